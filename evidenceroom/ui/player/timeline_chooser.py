"""Choosing an activity whose footage to see on one timeline (ARC-08): the activities that hold
recordings, newest first, found by kind, place or case number."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from evidenceroom.core import timeline
from evidenceroom.core.timeline import ActivitySummary
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui.archive.read_only_model import Index, ReadOnlyTableModel
from evidenceroom.ui.forms import labelled_row

SHOWN = 200


class ActivityListModel(ReadOnlyTableModel):
    columns = ("id", "time", "kind", "place", "case", "files")
    right_aligned = frozenset({"id", "files"})

    def __init__(self, timezone: str, parent=None):
        super().__init__(parent)
        self._headers = (self.tr("编号"), self.tr("活动时间"), self.tr("类型"), self.tr("地点"), self.tr("案号"),
                         self.tr("文件数"))
        self._tz = timezone
        self._rows: list[ActivitySummary] = []

    def set_rows(self, rows: list[ActivitySummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def activity_at(self, row: int) -> ActivitySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "id":
                return str(a.activity_id)
            if column == "time":
                start = a.started_at or a.first_recorded_at
                text = to_local(start, self._tz).strftime("%Y-%m-%d %H:%M") if start else ""
                if a.ended_at is not None:
                    text += self.tr(" 至 {0}").format(to_local(a.ended_at, self._tz).strftime("%H:%M"))
                return text
            if column == "kind":
                return a.kind
            if column == "place":
                return a.place
            if column == "case":
                return a.case_no or self.tr("未归案")
            if column == "files":
                return str(a.recordings)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ActivityChooser(QDialog):
    """`chosen()` is the activity picked once the dialog is accepted."""

    def __init__(self, archive, timezone: str, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.setWindowTitle(self.tr("选择执法活动"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("活动类型、地点或案号"))
        self.search.setClearButtonEnabled(True)
        form = QFormLayout()
        labelled_row(form, self.tr("查找(&F)："), self.search, self.tr("查找执法活动"))
        self.model = ActivityListModel(timezone, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("有录音录像的执法活动"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.note = QLabel(self)
        self.note.setAccessibleName(self.tr("查找结果"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("查看时间线"))
        self.ok_button.setAccessibleName(self.tr("查看时间线"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_ok())
        self.resize(760, 440)
        self.reload()

    def reload(self) -> None:
        rows = timeline.activities_with_recordings(self.archive, text=self.search.text(), limit=SHOWN)
        self.model.set_rows(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.note.setText(self.tr("没有符合条件的执法活动。") if not rows else
                          self.tr("显示最新的 {0} 个，请输入条件缩小范围。").format(SHOWN) if len(rows) >= SHOWN
                          else self.tr("共 {0} 个执法活动。").format(len(rows)))
        self._update_ok()

    def chosen(self) -> int | None:
        a = self.model.activity_at(self.table.currentIndex().row())
        return a.activity_id if a else None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

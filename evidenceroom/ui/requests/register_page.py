"""The viewing and copying register (查阅/复制登记簿): every viewing and copy under a grant — its kind,
the items played, each approver with their step — browsable, printable, exportable."""
from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import print_settings, register
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.exports import approver_lines, register_items, viewing_register_xlsx
from evidenceroom.core.register import RegisterFilter, RegisterRow
from evidenceroom.ui import documents, workers
from evidenceroom.ui.formatting import DisplayFormat


class RegisterPage(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)

        heading = QLabel(self.tr("查阅/复制登记簿"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.use_dates = QCheckBox(self.tr("查阅日期(&D)"))
        self.use_dates.setAccessibleName(self.tr("按查阅日期筛选"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_from.setCalendarPopup(True)
        self.date_from.setAccessibleName(self.tr("起始日期"))
        self.date_to = QDateEdit(QDate.currentDate())
        self.date_to.setCalendarPopup(True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.date_to.setAccessibleName(self.tr("截止日期"))
        self.viewer = QLineEdit()
        self.viewer.setPlaceholderText(self.tr("查阅人姓名"))
        self.viewer.setAccessibleName(self.tr("查阅人"))
        viewer_label = QLabel(self.tr("查阅人(&V)："))
        viewer_label.setBuddy(self.viewer)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("类别"))
        for text, value in ((self.tr("全部"), ""), (self.tr("查阅"), "view"), (self.tr("复制"), "copy"),
                            (self.tr("对外提供"), "provide")):
            self.kind.addItem(text, value)
        kind_label = QLabel(self.tr("类别(&K)："))
        kind_label.setBuddy(self.kind)
        self.refresh_button = QPushButton(self.tr("查询(&Q)"))
        self.refresh_button.setAccessibleName(self.tr("查询登记簿"))
        self.pdf_button = QPushButton(self.tr("打印 PDF(&P)…"))
        self.pdf_button.setAccessibleName(self.tr("把登记簿保存为 PDF"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel(&E)…"))
        self.xlsx_button.setAccessibleName(self.tr("把登记簿导出为 Excel"))
        for w in (self.use_dates, self.date_from, self.date_to, self.viewer):
            signal = w.toggled if isinstance(w, QCheckBox) else (
                w.returnPressed if isinstance(w, QLineEdit) else w.dateChanged)
            signal.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())

        headers = [self.tr("类别"), self.tr("查阅人（单位）"), self.tr("查阅事由"), self.tr("查阅内容"),
                   self.tr("实际播放"), self.tr("审批环节及审批人"), self.tr("开始时间"), self.tr("结束时间"),
                   self.tr("保管人")]
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(self.tr("查阅登记列表"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("登记簿提示"))

        filters = QHBoxLayout()
        for w in (self.use_dates, self.date_from, QLabel("—"), self.date_to, viewer_label, self.viewer, kind_label,
                  self.kind, self.refresh_button):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.pdf_button)
        filters.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.refresh()

    def current_filter(self) -> RegisterFilter:
        since = until = None
        if self.use_dates.isChecked():
            since = datetime.combine(self.date_from.date().toPython(), time.min)
            until = datetime.combine(self.date_to.date().toPython(), time.max)
        return RegisterFilter(since=since, until=until, viewer=self.viewer.text().strip(),
                              kind=self.kind.currentData() or "")

    def _kind_name(self, row: RegisterRow) -> str:
        return {"view": self.tr("查阅"), "copy": self.tr("复制"), "provide": self.tr("对外提供")}.get(row.kind, row.kind)

    def _played(self, row: RegisterRow) -> str:
        if row.is_copy:
            return "—"  # a copy plays nothing
        return ", ".join(f"#{rid}" for rid in row.played_ids) or self.tr("未播放")

    def refresh(self) -> None:
        rows = register.register_records(self.archive, self.current_filter())
        names = register_items(self.archive, rows)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            viewer = row.viewer_name + (f"（{row.viewer_organisation}）" if row.viewer_organisation else "")
            items = ", ".join(f"#{rid}" for rid in row.recording_ids)
            if row.is_copy and row.copy_ref:
                items = f"{row.copy_ref}: {items}"
            ended = self.display.local_time(row.ended_at) if row.ended_at else self.tr("未结束")
            for col, value in enumerate((self._kind_name(row), viewer, row.reason, items, self._played(row),
                                         "\n".join(approver_lines(row)), self.display.local_time(row.started_at),
                                         ended, row.clerk_name)):
                self.table.setItem(i, col, QTableWidgetItem(value))
            # The file names and cases behind the numbers, on hovering the cell.
            for col, ids in ((3, row.recording_ids), (4, row.played_ids)):
                self.table.item(i, col).setToolTip("\n".join(names[r].text for r in ids if r in names))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.message.setText(self.tr("共 {0} 条").format(len(rows)))

    def _target(self, title: str, suffix: str, pattern: str) -> Path | None:
        return documents.ask_target(self, title, f"查阅登记簿-{datetime.now():%Y%m%d}{suffix}", pattern)

    def save_pdf(self, target: Path | None = None, open_after: bool = True) -> workers.Job | None:
        """Write the register as shown to a PDF on a worker and, from the button, open it for printing."""
        from evidenceroom.printing.registers import viewing_register_pdf

        target = target or self._target(self.tr("保存登记簿 PDF"), ".pdf", documents.PDF_PATTERN)
        if target is None:
            return None
        archive, user, chosen = self.archive, self.user, self.current_filter()  # read here, not on the worker

        def produce() -> Path:
            viewing_register_pdf(archive, chosen, target)
            print_settings.record_printed(archive, user, "viewing_register", file=target.name, filter=str(chosen))
            return target

        return documents.write_in_background(
            self, produce, lambda saved: self.message.setText(self.tr("已保存：{0}").format(saved)),
            lambda exc: self.message.setText(str(exc)), self.pdf_button, open_after)

    def save_xlsx(self, target: Path | None = None) -> Path | None:
        target = target or self._target(self.tr("导出登记簿 Excel"), ".xlsx", "Excel (*.xlsx)")
        if target is None:
            return None
        try:
            viewing_register_xlsx(self.archive, self.current_filter(), target)
        except (ArchiveError, OSError) as exc:
            self.message.setText(str(exc))
            return None
        self.message.setText(self.tr("已导出：{0}").format(target))
        return target

"""Markers and snapshots beside the player: list them, add a marker, jump to a time point, and
open the review form of the recording shown."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core.review import MAX_MARKER_TEXT, MarkerInfo, SnapshotInfo
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui.player.timecode import format_datetime, format_position

POSITION_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _list(parent: QWidget, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setAllColumnsShowFocus(True)
    header = tree.header()
    header.setStretchLastSection(True)
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class MarkersPanel(QWidget):
    addRequested = Signal(str)  # the marker's text, to be added at the current position
    jumpRequested = Signal(int)  # a position in milliseconds
    reviewFormOpened = Signal(QWidget)  # the review form dialog, once shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.markers_heading = _heading(self.tr("标记"), self)
        self.markers = _list(self, [self.tr("时间"), self.tr("记录人"), self.tr("内容")])
        self.markers.setAccessibleName(self.tr("标记列表"))
        self.markers.setToolTip(self.tr("双击或按回车键跳转到该时间点"))
        self.markers_heading.setBuddy(self.markers)

        self.text_label = QLabel(self.tr("标记内容(&N)"), self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("在当前位置添加标记"))
        self.text.setMaxLength(MAX_MARKER_TEXT)
        self.text.setAccessibleName(self.tr("标记内容"))
        self.text.setClearButtonEnabled(True)
        self.text_label.setBuddy(self.text)
        self.add_button = QPushButton(self.tr("添加标记"), self)
        self.add_button.setAccessibleName(self.tr("添加标记"))
        self.add_button.setToolTip(self.tr("在当前播放位置添加标记（回车）"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("标记提示"))
        self.error.hide()

        self.snapshots_heading = _heading(self.tr("截图"), self)
        self.snapshots = _list(self, [self.tr("时间"), self.tr("截取人"), self.tr("SHA-256")])
        self.snapshots.setAccessibleName(self.tr("截图列表"))
        self.snapshots.setToolTip(self.tr("截图单独保存，有自己的 SHA-256，不改动原始资料。双击跳转到该时间点"))
        self.snapshots_heading.setBuddy(self.snapshots)

        self.review_button = QPushButton(self.tr("评查表(&R)…"), self)
        self.review_button.setAccessibleName(self.tr("填写所显示资料的评查表"))
        self.review_button.setToolTip(self.tr("按评查项目逐项检查，并在当前播放位置标记问题"))
        self.review_button.setEnabled(False)
        self.review_form = None

        add_row = QHBoxLayout()
        add_row.addWidget(self.text, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.markers_heading)
        layout.addWidget(self.markers, 3)
        layout.addWidget(self.text_label)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.snapshots_heading)
        layout.addWidget(self.snapshots, 2)
        layout.addWidget(self.review_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(280)

        self.setTabOrder(self.markers, self.text)
        self.setTabOrder(self.text, self.add_button)
        self.setTabOrder(self.add_button, self.snapshots)
        self.setTabOrder(self.snapshots, self.review_button)

        self.add_button.clicked.connect(self._add)
        self.text.returnPressed.connect(self._add)
        self.markers.itemActivated.connect(self._jump)
        self.snapshots.itemActivated.connect(self._jump)
        self.review_button.clicked.connect(lambda _=False: self.open_review_form())

    # --- filling -------------------------------------------------------------------------

    def set_markers(self, markers: list[MarkerInfo], hours: bool, timezone: str, select_id: int | None = None) -> None:
        self.markers.clear()
        for m in markers:
            item = QTreeWidgetItem([format_position(m.position_ms, hours), m.author_name, m.text])
            item.setData(0, POSITION_ROLE, m.position_ms)
            item.setData(0, ID_ROLE, m.id)
            item.setToolTip(2, m.text)
            item.setToolTip(1, self.tr("添加于 {0}").format(format_datetime(to_local(m.created_at, timezone))))
            self.markers.addTopLevelItem(item)
            if m.id == select_id:
                self.markers.setCurrentItem(item)
        self.markers_heading.setText(self.tr("标记（{0}）").format(len(markers)) if markers else self.tr("标记"))
        if self.review_form is not None and markers and markers[0].recording_id == self.review_form.recording_id:
            self.review_form.update_markers(markers)

    def set_snapshots(self, snapshots: list[SnapshotInfo], hours: bool, select_id: int | None = None) -> None:
        self.snapshots.clear()
        for snap in snapshots:
            item = QTreeWidgetItem([format_position(snap.position_ms, hours), snap.author_name, snap.sha256[:12] + "…"])
            item.setData(0, POSITION_ROLE, snap.position_ms)
            item.setData(0, ID_ROLE, snap.id)
            item.setToolTip(2, snap.sha256)
            self.snapshots.addTopLevelItem(item)
            if snap.id == select_id:
                self.snapshots.setCurrentItem(item)
        self.snapshots_heading.setText(self.tr("截图（{0}）").format(len(snapshots)) if snapshots else self.tr("截图"))

    def clear(self) -> None:
        if self.review_form is not None:
            self.review_form.detach()  # the recording it reviews is no longer in the player
        self.set_markers([], False, "UTC")
        self.set_snapshots([], False)
        self.text.clear()
        self.clear_error()

    def set_can_add(self, enabled: bool) -> None:
        self.text.setEnabled(enabled)
        self.add_button.setEnabled(enabled)
        self.review_button.setEnabled(enabled)  # a recording is open

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def marker_added(self) -> None:
        self.text.clear()
        self.clear_error()

    # --- user actions --------------------------------------------------------------------

    def _add(self) -> None:
        self.addRequested.emit(self.text.text())

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        position = item.data(0, POSITION_ROLE)
        if position is not None:
            self.jumpRequested.emit(int(position))

    # --- the review form (REV-04–REV-06) -----------------------------------------------------

    def _host(self):
        """The review pane holding this panel: it knows the archive, the user, the recording
        shown and the player's position."""
        w = self.parentWidget()
        while w is not None and not all(hasattr(w, n) for n in ("archive", "user", "recording_id", "position_ms")):
            w = w.parentWidget()
        return w

    def open_review_form(self):
        """Show the review form of the recording open in the pane; its "转到" seeks the player."""
        from evidenceroom.core.errors import ArchiveError
        from evidenceroom.ui.player.review_form import ReviewFormDialog

        host = self._host()
        recording_id = host.recording_id() if host is not None else None
        if recording_id is None:
            self.show_error(self.tr("请先打开一件资料。"))
            return None
        if self.review_form is not None:
            self.review_form.close()
        try:
            dialog = ReviewFormDialog(host.archive, host.user, recording_id, host.position_ms, self)
        except ArchiveError as exc:
            self.show_error(str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.seekRequested.connect(self.jumpRequested)
        dialog.destroyed.connect(lambda *_: setattr(self, "review_form", None))
        self.review_form = dialog
        dialog.show()
        self.reviewFormOpened.emit(dialog)
        return dialog

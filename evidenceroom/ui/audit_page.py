"""The audit log: every change, newest first, and a check of the hash chain."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import audit
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import Text
from evidenceroom.ui.formatting import DisplayFormat

PAGE = 500
ACTION_ROLE = Qt.ItemDataRole.UserRole


class AuditLogPage(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        heading = QLabel(self.tr("审计日志"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.chain_status = QLabel()
        self.chain_status.setAccessibleName(self.tr("审计链状态"))
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("审计事件列表"))
        self.table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("时间"), self.tr("操作人"),
                                              self.tr("操作"), self.tr("对象与内容")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.setAccessibleName(self.tr("刷新审计日志"))
        self.refresh_button.clicked.connect(self.refresh)
        self.more_button = QPushButton(self.tr("更早的记录(&M)"))
        self.more_button.setAccessibleName(self.tr("加载更早的审计记录"))
        self.more_button.clicked.connect(self.load_more)
        self.check_button = QPushButton(self.tr("校验审计链(&C)"))
        self.check_button.setAccessibleName(self.tr("校验审计链"))
        self.check_button.clicked.connect(self.check_chain)
        buttons = QHBoxLayout()
        for b in (self.refresh_button, self.more_button, self.check_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.chain_status)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        self._oldest: int | None = None
        self.load_more()

    def load_more(self) -> None:
        with self.archive.session() as s:
            rows = audit.recent_events(s, PAGE, self._oldest)
        start = self.table.rowCount()
        self.table.setRowCount(start + len(rows))
        for i, ev in enumerate(rows, start):
            target = f"{ev.target_kind} #{ev.target_id}" if ev.target_kind else ""
            values = [str(ev.seq), self.display.local_time(ev.at), ev.actor_name,
                      self.display.action(ev.action), f"{target}  {ev.details}".strip()]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setData(ACTION_ROLE, ev.action)  # the recorded action, for tools and tests
                    item.setToolTip(ev.action)
                elif col == 4:
                    item.setToolTip(value)
                self.table.setItem(i, col, item)
        if rows:
            self._oldest = rows[-1].seq
        self.more_button.setEnabled(len(rows) == PAGE)

    def check_chain(self) -> None:
        with self.archive.session() as s:
            checked, problems = audit.check_chain(s, self.archive.head_path)
        if problems:
            self.chain_status.setStyleSheet("color: #b00020;")
            self.chain_status.setText(self.tr("审计链有 {0} 处问题：{1}").format(len(problems), str(Text(problems[0].detail_zh, problems[0].detail_en))))
        else:
            self.chain_status.setStyleSheet("color: #1b5e20;")
            self.chain_status.setText(self.tr("审计链完整：{0} 条记录").format(checked))

"""完整性校验: the last integrity checks (from the menu, the command line or at idle times) and the
problems each found, with a button to check now (ARC-04)."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from evidenceroom.core import integrity
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import language
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import cell, make_table
from evidenceroom.ui.verify_action import VerifyRunner


class IntegrityTab(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.checks: list[integrity.CheckRow] = []
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("完整性校验概况"))
        self.verify_button = QPushButton(self.tr("立即校验(&V)"))
        self.verify_button.setAccessibleName(self.tr("立即校验档案库"))
        self.runner = VerifyRunner(archive, user, self)
        self.verify_button.clicked.connect(self.runner.start)
        self.runner.finished.connect(lambda _report: self.refresh())
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.setAccessibleName(self.tr("刷新校验记录"))
        self.refresh_button.clicked.connect(self.refresh)
        self.table = make_table([self.tr("完成时间"), self.tr("方式"), self.tr("校验文件数"), self.tr("审计记录数"),
                                 self.tr("问题数"), self.tr("执行人")], self.tr("完整性校验记录"))
        self.problems = make_table([self.tr("问题"), self.tr("资料编号"), self.tr("说明"), self.tr("文件")],
                                   self.tr("所选校验发现的问题"))
        self.table.itemSelectionChanged.connect(self._show_problems)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.verify_button)
        top.addWidget(self.refresh_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("integrity_split")
        split.addWidget(self.table)
        split.addWidget(self.problems)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.refresh()

    def _trigger(self, trigger: str) -> str:
        return {"manual": self.tr("手动"), "idle": self.tr("空闲时自动"), "cli": self.tr("命令行")}.get(trigger, trigger)

    def _kind(self, kind: str) -> str:
        return {"missing": self.tr("缺失"), "altered": self.tr("篡改"), "writable": self.tr("可写"),
                "extra": self.tr("多余"), "audit_chain": self.tr("审计链断开"),
                "audit_head": self.tr("审计链头不符")}.get(kind, kind)

    def refresh(self) -> None:
        self.checks = integrity.recent_checks(self.archive)
        self.table.setRowCount(len(self.checks))
        for i, c in enumerate(self.checks):
            texts = [self.display.local_time(c.finished_at), self._trigger(c.trigger), str(c.checked),
                     str(c.audit_events), str(c.problem_count), c.actor_name]
            for j, text in enumerate(texts):
                self.table.setItem(i, j, cell(text, align_right=j in (2, 3, 4)))
        if not self.checks:
            self.summary.setText(self.tr("还没有做过完整性校验。程序会在无人操作时自动校验，也可以立即校验。"))
            self.summary.setStyleSheet("")
            self.problems.setRowCount(0)
            return
        last = self.checks[0]
        when = self.display.local_time(last.finished_at)
        if last.ok:
            self.summary.setText(self.tr("上次校验（{0}）：{1} 个存档文件和 {2} 条审计记录全部完好。").format(
                when, last.checked, last.audit_events))
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(self.tr("上次校验（{0}）发现 {1} 个问题。").format(when, last.problem_count))
            self.summary.setStyleSheet("color: #b00020; font-weight: 600;")
        self.table.selectRow(0)
        self._show_problems()

    def _show_problems(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.checks):
            self.problems.setRowCount(0)
            return
        found = integrity.problems_of(self.archive, self.checks[rows[0].row()].id)
        self.problems.setRowCount(len(found))
        en = language() == "en"
        for i, p in enumerate(found):
            texts = [self._kind(p.kind), "" if p.recording_id is None else str(p.recording_id),
                     p.detail.en if en else p.detail.zh, p.path or ""]
            for j, text in enumerate(texts):
                self.problems.setItem(i, j, cell(text, align_right=j == 1))

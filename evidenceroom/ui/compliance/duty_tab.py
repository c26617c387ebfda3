"""记录义务 / 中断说明: activities of a checklist matter or of a type the profile lists, with their
duty (须全程记录 / 视情况记录, DUT-02) and whether they were recorded (应录未录 flagged, DUT-03); what
the capture times leave uncovered for every activity with footage (DUT-07); carried by two officers
where the profile asks it (未双人携带, DUT-08); and the gap statements with their approval (DUT-04/05)."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidenceroom.core import gaps, profiles
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.models import Role
from evidenceroom.core.models.oversight import GapStatus
from evidenceroom.ui.compliance.common import Loader, PeriodPicker, fill
from evidenceroom.ui.compliance.gap_dialogs import ActivityDialog, GapApprovalDialog, GapDialog
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import make_table, message_label, show_error, show_notice, show_warning

DESK_ROLES = (Role.CLERK.value, Role.ADMINISTRATOR.value)


class DutyTab(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.lines: list[gaps.DutyLine] = []
        self.carry_note = ""  # the activity dialog's two-person-carry warning, shown after the next read
        self.gap_rows: list[gaps.GapInfo] = []
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.period = PeriodPicker(90)
        self.flagged_only = QCheckBox(self.tr("只看待处理(&U)"))
        self.flagged_only.setAccessibleName(self.tr("只看应录未录、未说明的中断、待审核和未双人携带"))
        self.activity_button = QPushButton(self.tr("登记执法活动(&A)…"))
        self.activity_button.setAccessibleName(self.tr("登记执法活动"))
        self.gap_button = QPushButton(self.tr("登记中断说明(&G)…"))
        self.gap_button.setAccessibleName(self.tr("为所选活动登记中断说明"))
        for b in (self.activity_button, self.gap_button):
            b.setEnabled(user.role in DESK_ROLES)
        self.duty_table = make_table([self.tr("活动"), self.tr("环节"), self.tr("事项"), self.tr("地点"),
                                      self.tr("案号"), self.tr("执法人员"), self.tr("结束时间"), self.tr("资料"),
                                      self.tr("记录情况"), self.tr("未录时长"), self.tr("活动结束后录制"),
                                      self.tr("双人携带"), self.tr("记录义务"), self.tr("未录明细")],
                                     self.tr("须记录或有音像资料的执法活动"))
        self.gap_status = QComboBox()
        self.gap_status.addItem(self.tr("待审核"), (GapStatus.PENDING.value,))
        self.gap_status.addItem(self.tr("全部"), None)
        status_label = QLabel(self.tr("说明状态(&S)："))
        status_label.setBuddy(self.gap_status)
        self.gap_status.setAccessibleName(self.tr("说明状态"))
        self.approve_button = QPushButton(self.tr("审核所选说明(&R)…"))
        self.approve_button.setAccessibleName(self.tr("审批人当面审核所选说明"))
        self.gap_table = make_table([self.tr("编号"), self.tr("活动"), self.tr("类型"), self.tr("依据"),
                                     self.tr("原因"), self.tr("停止"), self.tr("恢复"), self.tr("状态"),
                                     self.tr("登记人"), self.tr("审核人"), self.tr("审核时间"), self.tr("审核意见")],
                                    self.tr("中断说明列表"))
        self.message = message_label(self.tr("记录义务提示"))

        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(self.flagged_only)
        top.addStretch(1)
        top.addWidget(self.activity_button)
        top.addWidget(self.gap_button)
        middle = QHBoxLayout()
        heading = QLabel(self.tr("中断说明和未记录说明"))
        heading.setStyleSheet("font-weight: 600;")
        middle.addWidget(heading)
        middle.addStretch(1)
        middle.addWidget(status_label)
        middle.addWidget(self.gap_status)
        middle.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.duty_table, 3)
        layout.addLayout(middle)
        layout.addWidget(self.gap_table, 2)
        layout.addWidget(self.message)

        self.loader = Loader(self, self._read, self._show, lambda exc: show_error(self.message, str(exc)))
        self.period.changed.connect(self.refresh)
        self.flagged_only.toggled.connect(self.refresh)
        self.gap_status.currentIndexChanged.connect(self.refresh)
        self.activity_button.clicked.connect(self.register_activity)
        self.gap_button.clicked.connect(self.register_gap)
        self.approve_button.clicked.connect(self.approve_selected)

    def duty_text(self, status: str) -> str:
        return {gaps.RECORDED: self.tr("完整记录"), gaps.BREAK_EXPLAINED: self.tr("有中断（已说明）"),
                gaps.BREAK_OPEN: self.tr("有中断（未说明）"), gaps.EXPLAINED: self.tr("不记录（已审核）"),
                gaps.AWAITING: self.tr("不记录（待审核）"), gaps.UNRECORDED: self.tr("应录未录"),
                gaps.AS_NEEDED: self.tr("视情况记录（不要求全程）"),
                gaps.NOT_LISTED: self.tr("不在清单内（未判定）")}[status]

    def duty_kind_text(self, duty: str) -> str:
        """The duty of the activity's type or matter as the profile gives it (DUT-02)."""
        return {profiles.WHOLE_PROCESS: self.tr("须全程记录"), profiles.AS_NEEDED: self.tr("视情况记录")}.get(
            duty, self.tr("不在清单内"))

    def coverage_text(self, line: gaps.DutyLine) -> str:
        """Where the capture times leave the activity unrecorded (DUT-07), e.g. 开头未录 10 分钟。"""
        parts = []
        if line.start_gap_seconds:
            parts.append(self.tr("开头未录 {0}").format(self.span(line.start_gap_seconds)))
        if line.breaks:
            parts.append(self.tr("中断 {0} 次共 {1}").format(line.breaks, self.span(line.break_seconds)))
        if line.end_gap_seconds:
            parts.append(self.tr("结尾未录 {0}").format(self.span(line.end_gap_seconds)))
        if line.after_end:
            parts.append(self.tr("活动结束后录制 {0} 段").format(line.after_end))
        return self.tr("；").join(parts)

    def carry_text(self, line: gaps.DutyLine) -> str:
        if line.carry == gaps.SINGLE_CARRIER:
            return self.tr("未双人携带")
        if line.carry == gaps.NO_RECORDER:
            return self.tr("未指明记录人")
        return self.tr("记录人：{0}").format("、".join(line.recorders)) if line.recorders else ""

    def gap_status_text(self, status: str) -> str:
        return {GapStatus.PENDING.value: self.tr("待审核"), GapStatus.APPROVED.value: self.tr("已审核备案"),
                GapStatus.REFUSED.value: self.tr("不予认可")}.get(status, status)

    def span(self, seconds: int) -> str:
        if not seconds:
            return ""
        if seconds < 60:
            return self.tr("{0} 秒").format(seconds)
        hours, minutes = divmod(round(seconds / 60), 60)
        return self.tr("{0} 小时 {1} 分").format(hours, minutes) if hours else self.tr("{0} 分钟").format(minutes)

    def refresh(self) -> None:
        """Read the period's duty report and the gap statements again on a worker; shown when read."""
        self.loader.load(self.archive, self.period.bounds(), self.gap_status.currentData())

    @staticmethod
    def _read(archive: Archive, bounds, gap_status) -> tuple[list[gaps.DutyLine], list[gaps.GapInfo]]:
        return gaps.duty_report(archive, *bounds), gaps.list_gaps(archive, gap_status)

    def _show(self, read: tuple[list[gaps.DutyLine], list[gaps.GapInfo]]) -> None:
        lines, self.gap_rows = read
        self.lines = [ln for ln in lines if ln.flagged or ln.carry or not self.flagged_only.isChecked()]
        fill(self.duty_table, [[str(ln.activity_id), ln.stage, ln.matter, ln.place, ln.case_no, "、".join(ln.officers),
                                self.display.local_time(ln.ended_at), str(ln.recordings), self.duty_text(ln.status),
                                self.span(ln.uncovered_seconds),
                                self.tr("{0} 段").format(ln.after_end) if ln.after_end else "", self.carry_text(ln),
                                self.duty_kind_text(ln.duty), self.coverage_text(ln)]
                               for ln in self.lines], right=frozenset({0, 7, 9, 10}))
        red = QBrush(QColor("#a61b1b"))
        for row, ln in enumerate(self.lines):
            if ln.carry:
                self.duty_table.item(row, 11).setForeground(red)
            if ln.flagged:
                self.duty_table.item(row, 8).setForeground(red)
        kinds = {"interruption": self.tr("中断记录"), "no_recording": self.tr("未记录")}
        fill(self.gap_table, [[str(g.id), f"{g.activity_id} {g.activity_kind}", kinds.get(g.kind, g.kind),
                               gaps.GROUNDS[g.ground].article if g.ground in gaps.GROUNDS else g.ground, g.reason,
                               self.display.local_time(g.stopped_at), self.display.local_time(g.resumed_at),
                               self.gap_status_text(g.status), g.registered_by_name, g.approver_name or "",
                               self.display.local_time(g.decided_at), g.decision_comment]
                              for g in self.gap_rows])
        flagged = sum(ln.flagged for ln in lines)
        text = self.tr("所选时段内须记录或有音像资料的执法活动 {0} 次，应录未录、中断未说明或待审核 {1} 次。").format(
            len(lines), flagged)
        carry = sum(bool(ln.carry) for ln in lines)
        if carry:
            text += self.tr("未双人携带或未指明记录人 {0} 次。").format(carry)
        note, self.carry_note = self.carry_note, ""
        if note:
            show_warning(self.message, self.tr("已登记。") + note + "\n" + text)
        else:
            show_notice(self.message, text)

    def selected_activity_id(self) -> int | None:
        row = self.duty_table.currentRow()
        return self.lines[row].activity_id if 0 <= row < len(self.lines) else None

    def register_activity(self) -> None:
        dialog = ActivityDialog(self.archive, self.user, self)
        if dialog.exec():
            self.carry_note = dialog.carry_warning
            self.refresh()

    def register_gap(self) -> None:
        activity_id = self.selected_activity_id()
        if activity_id is None:
            show_error(self.message, self.tr("请先在上方列表中选择执法活动。"))
            return
        dialog = GapDialog(self.archive, self.user, activity_id, self)
        if dialog.exec():
            self.refresh()

    def approve_selected(self) -> None:
        row = self.gap_table.currentRow()
        if not 0 <= row < len(self.gap_rows):
            show_error(self.message, self.tr("请先选择要审核的说明。"))
            return
        dialog = GapApprovalDialog(self.archive, self.user, self.gap_rows[row], self)
        if dialog.exec():
            self.refresh()

"""Dialogs of the recording-duty tab: register an activity, register a gap statement, and the
supervisor's in-person approval of a statement (own login and password for this one decision)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import gaps, lookups, profiles
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models.oversight import GapKind
from evidenceroom.ui.approver_fields import ApproverFields
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import message_label, show_error, show_warning

TIME_FORMAT = "yyyy-MM-dd HH:mm"


def _time_edit(value: QDateTime) -> QDateTimeEdit:
    edit = QDateTimeEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def _naive(edit: QDateTimeEdit) -> datetime:
    """The edit's time as the unit's local time (naive: the core reads it in the unit's zone)."""
    return edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)


class FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.result_value = None
        self.error = message_label(self.tr("错误信息"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def run(self, action) -> bool:
        try:
            self.result_value = action()
        except ArchiveError as exc:
            show_error(self.error, str(exc))
            return False
        self.accept()
        return True

    def submit(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError


class ActivityDialog(FormDialog):
    """Register an enforcement activity, marked with a checklist matter when it is one (DUT-03); the
    type is one of the profile's activity types or typed in, its recording duty shown beside it (DUT-02)."""

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("登记执法活动"), self.tr("登记"), parent)
        self.archive, self.user = archive, user
        with archive.session() as s:
            self.profile = profiles.active(s)
        self.checklist = self.profile.checklist
        self.carry_warning = ""  # set when saved with too few officers under two-person carry (DUT-08)
        people = lookups.officers(archive, active_only=True)  # an activity may name staff without a badge
        self.matter = QComboBox()
        self.matter.addItem(self.tr("（不在记录清单内）"), None)
        for item in self.checklist:
            self.matter.addItem(f"{item.stage} · {item.matter}", item.matter)
        # The profile's activity types to pick from; another may be typed (it then has no duty here).
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind.addItems(list(self.profile.activity_types))
        self.kind.setCurrentIndex(-1)
        self.kind.setEditText("")
        self.duty_label = QLabel()
        self.duty_label.setAccessibleName(self.tr("记录义务"))
        self.duty_label.setMinimumWidth(150)
        self.place = QLineEdit()
        now = QDateTime.currentDateTime()
        self.started = _time_edit(now.addSecs(-3600))
        self.ended = _time_edit(now)
        self.officers = QListWidget()
        self.officers.setMaximumHeight(120)
        for person in people:
            item = QListWidgetItem(f"{person.name}（{person.badge}）" if person.badge else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.officers.addItem(item)
        self.case_no = QLineEdit()
        labelled_row(self.form, self.tr("清单事项(&M)："), self.matter, self.tr("清单事项"))
        kind_row = QWidget()
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind, 1)
        row.addWidget(self.duty_label)
        kind_label = QLabel(self.tr("活动类型(&K)："))
        kind_label.setBuddy(self.kind)
        self.kind.setAccessibleName(self.tr("活动类型"))
        self.form.addRow(kind_label, kind_row)
        labelled_row(self.form, self.tr("地点(&P)："), self.place, self.tr("地点"))
        labelled_row(self.form, self.tr("开始时间(&S)："), self.started, self.tr("开始时间"))
        labelled_row(self.form, self.tr("结束时间(&E)："), self.ended, self.tr("结束时间"))
        labelled_row(self.form, self.tr("执法人员(&O)："), self.officers, self.tr("执法人员"))
        self.carry_label = message_label(self.tr("双人携带提示"))
        self.form.addRow("", self.carry_label)
        labelled_row(self.form, self.tr("案号(&C)："), self.case_no, self.tr("案号"))
        self.matter.currentIndexChanged.connect(self._matter_changed)
        self.kind.currentTextChanged.connect(lambda _text: self._update_duty())
        self.officers.itemChanged.connect(lambda _item: self._update_carry())
        self.finish_layout()
        self._update_carry()
        self._update_duty()

    def duty_text(self) -> str:
        """须全程记录 / 视情况记录 of the chosen matter, else of the type, with its article (DUT-02)."""
        chosen = self.matter.currentData() or self.kind.currentText().strip()
        if not chosen:
            return ""
        item = self.profile.item_of(chosen)
        if item is None:
            return self.tr("不在记录清单内")
        duty = self.tr("须全程记录") if item.duty == profiles.WHOLE_PROCESS else self.tr("视情况记录")
        return f"{duty}（{item.article}）" if item.article else duty

    def _update_duty(self) -> None:
        text = self.duty_text()
        self.duty_label.setText(text)
        # Whole-process in the colour of a duty, as-needed and unlisted plain.
        whole = text.startswith(self.tr("须全程记录"))
        self.duty_label.setStyleSheet("QLabel { color: #a61b1b; font-weight: 600; }" if whole else "")
        self.duty_label.setAccessibleDescription(text)

    def _carry_text(self) -> str:
        """The two-person-carry warning for the officers ticked, or "" (DUT-08, 003§11)."""
        if gaps.carry_check(self.profile, self.officer_ids()) != gaps.SINGLE_CARRIER:
            return ""
        return self.tr("本单位规定现场执法时音像记录设备须双人携带、一人全程记录：请至少勾选两名执法人员。"
                       "少于两人仍可登记，但该活动将标记为“未双人携带”。")

    def _update_carry(self) -> None:
        show_warning(self.carry_label, self._carry_text())

    def _matter_changed(self) -> None:
        matter = self.matter.currentData()
        if matter and not self.kind.currentText().strip():
            self.kind.setEditText(matter)
        self._update_duty()

    def officer_ids(self) -> list[int]:
        return [self.officers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.officers.count())
                if self.officers.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        # Saved all the same; the page that opened the dialog shows the warning (it is then flagged).
        self.carry_warning = self._carry_text()
        if not self.run(lambda: gaps.register_activity(
                self.archive, self.user, kind=self.kind.currentText(), place=self.place.text(),
                started_at=_naive(self.started), ended_at=_naive(self.ended), officer_ids=self.officer_ids(),
                matter=self.matter.currentData(), case_no=self.case_no.text(), profile=self.profile)):
            self.carry_warning = ""


class GapDialog(FormDialog):
    """The clerk registers a statement for an interruption or for a recording not made."""

    def __init__(self, archive: Archive, user: SignedIn, activity_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("登记第 {0} 号活动的中断说明").format(activity_id), self.tr("登记"), parent)
        self.archive, self.user, self.activity_id = archive, user, activity_id
        self.kind = QComboBox()
        self.kind.addItem(self.tr("中断记录（停止使用后续录或未能恢复）"), GapKind.INTERRUPTION.value)
        self.kind.addItem(self.tr("未记录（整个活动未录）"), GapKind.NO_RECORDING.value)
        self.ground = QComboBox()
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("写明无法记录的原因和依据（工作记录）"))
        self.reason.setTabChangesFocus(True)
        now = QDateTime.currentDateTime()
        self.stopped = _time_edit(now.addSecs(-1800))
        self.resumed = _time_edit(now.addSecs(-1200))
        self.not_resumed = QCheckBox(self.tr("未能恢复记录(&N)"))
        self.not_resumed.setAccessibleName(self.tr("未能恢复记录"))
        labelled_row(self.form, self.tr("说明类型(&K)："), self.kind, self.tr("说明类型"))
        labelled_row(self.form, self.tr("依据(&G)："), self.ground, self.tr("依据"))
        labelled_row(self.form, self.tr("原因和依据(&R)："), self.reason, self.tr("原因和依据"))
        self.stopped_label = labelled_row(self.form, self.tr("停止时间(&S)："), self.stopped, self.tr("停止时间"))
        self.resumed_label = labelled_row(self.form, self.tr("恢复时间(&U)："), self.resumed, self.tr("恢复时间"))
        self.form.addRow("", self.not_resumed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.not_resumed.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.ground.clear()
        for g in gaps.GROUNDS.values():
            if g.kind == kind:
                self.ground.addItem(f"{g.article} {Text(g.zh, g.en)}", g.key)
        interruption = kind == GapKind.INTERRUPTION.value
        for w in (self.stopped, self.stopped_label, self.not_resumed):
            w.setEnabled(interruption)
        for w in (self.resumed, self.resumed_label):
            w.setEnabled(interruption and not self.not_resumed.isChecked())

    def submit(self) -> None:
        interruption = self.kind.currentData() == GapKind.INTERRUPTION.value
        stopped = _naive(self.stopped) if interruption else None
        resumed = _naive(self.resumed) if interruption and not self.not_resumed.isChecked() else None
        self.run(lambda: gaps.register_gap(self.archive, self.user, self.activity_id, self.kind.currentData(),
                                           self.ground.currentData() or "", self.reason.toPlainText(), stopped,
                                           resumed))


class GapApprovalDialog(FormDialog):
    """A supervisor approves or refuses a statement in person; the password is cleared whatever happens."""

    def __init__(self, archive: Archive, desk: SignedIn, gap: gaps.GapInfo, parent: QWidget | None = None):
        super().__init__(self.tr("审核第 {0} 号说明").format(gap.id), self.tr("确认审核"), parent)
        self.archive, self.desk, self.gap = archive, desk, gap
        ground = gaps.GROUNDS.get(gap.ground)
        details = QLabel(self.tr("第 {0} 号活动（{1}）\n依据：{2}\n原因：{3}\n登记人：{4}").format(
            gap.activity_id, gap.activity_kind, f"{ground.article} {ground.zh}" if ground else gap.ground,
            gap.reason, gap.registered_by_name))
        details.setWordWrap(True)
        details.setAccessibleName(self.tr("说明内容"))
        self.layout_.insertWidget(0, details)
        self.approver = ApproverFields(self.form, self.tr("审批人用户名(&L)："), self.tr("审批人用户名"),
                                       self.tr("密码(&P)："), self.tr("审批人密码"))
        self.login, self.password = self.approver.login, self.approver.password
        self.decision = QComboBox()
        self.decision.addItem(self.tr("同意备案"), True)
        self.decision.addItem(self.tr("不予认可"), False)
        self.comment = QLineEdit()
        labelled_row(self.form, self.tr("审核意见(&D)："), self.decision, self.tr("审核意见"))
        labelled_row(self.form, self.tr("意见或理由(&C)："), self.comment, self.tr("意见或理由"))
        self.finish_layout()
        self.login.setFocus()

    def submit(self) -> None:
        password = self.approver.take_password()
        self.run(lambda: gaps.decide_gap(self.archive, self.desk, self.gap.id, self.login.text(), password,
                                         bool(self.decision.currentData()), self.comment.text()))

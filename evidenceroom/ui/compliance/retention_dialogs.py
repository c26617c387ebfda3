"""Dialogs of the retention tab: a reason, a retention mark with its ground, a case file's
retention, and the supervisor's in-person decision on a disposal proposal."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from evidenceroom.core import disposal, errors
from evidenceroom.core.archive import Archive
from evidenceroom.ui.approver_fields import ApproverFields
from evidenceroom.ui.compliance.gap_dialogs import FormDialog
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import hint_label


class _Base(FormDialog):
    """The compliance form dialog, a little narrower; `work()` raises ArchiveError to stay open."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(title, ok_text, parent)
        self.setMinimumWidth(480)

    def work(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        self.run(self.work)


class ReasonDialog(_Base):
    """A reason, then `action(reason)`: keep judgement, disposal proposal, hold, release."""

    def __init__(self, title: str, intro: str, ok_text: str, action, parent: QWidget | None = None):
        super().__init__(title, ok_text, parent)
        self.action = action
        self.layout_.insertWidget(0, hint_label(intro))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        labelled_row(self.form, self.tr("理由(&R)："), self.reason, self.tr("理由"))
        self.finish_layout()

    def work(self) -> None:
        self.action(self.reason.toPlainText())


class MarkDialog(_Base):
    """Permanent (000§15) or long-term (002§16) keeping on one of the regulation's grounds."""

    def __init__(self, title: str, article: str, grounds: tuple[str, ...], action, parent: QWidget | None = None):
        super().__init__(title, self.tr("标记"), parent)
        self.action = action
        self.layout_.insertWidget(0, hint_label(self.tr("依据 {0}，选择适用的情形：").format(article)))
        self.ground = QComboBox()
        for i, g in enumerate(grounds):
            self.ground.addItem(f"（{'一二三四五六七八九十'[i]}）{g}", g)
        labelled_row(self.form, self.tr("情形(&G)："), self.ground, self.tr("保存情形"))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        labelled_row(self.form, self.tr("说明(&N)："), self.note, self.tr("说明"))
        self.finish_layout()

    def work(self) -> None:
        self.action(self.ground.currentData(), self.note.text())


class CaseFileDialog(_Base):
    """A case's retention facts: when its file was archived and for how long (RET-04), and the
    flags that keep its recordings permanently under 000§15."""

    def __init__(self, case_no: str, current: dict, action, parent: QWidget | None = None):
        super().__init__(self.tr("案件保存信息"), self.tr("保存"), parent)
        self.action = action
        self.layout_.insertWidget(0, hint_label(self.tr(
            "案件 {0}：作为证据使用的资料与案卷保存期限相同；按中卫市办法第十五条，下列情形的资料永久保存。").format(case_no)))
        self.filed = QCheckBox(self.tr("案卷已归档(&A)"))
        self.filed.setAccessibleName(self.tr("案卷已归档"))
        self.form.addRow(self.filed)
        self.filed_on = QDateEdit(QDate(current["filed_on"]) if current.get("filed_on") else QDate.currentDate())
        self.filed_on.setCalendarPopup(True)
        self.filed_on.setDisplayFormat("yyyy-MM-dd")
        labelled_row(self.form, self.tr("归档日期(&D)："), self.filed_on, self.tr("案卷归档日期"))
        self.years = QSpinBox()
        self.years.setRange(1, 100)
        self.years.setValue(current.get("file_retention_years") or 30)
        self.years.setSuffix(self.tr(" 年"))
        labelled_row(self.form, self.tr("保存期限(&Y)："), self.years, self.tr("案卷保存期限（年）"))
        self.filed.toggled.connect(self.filed_on.setEnabled)
        self.filed.toggled.connect(self.years.setEnabled)
        self.filed.setChecked(bool(current.get("filed_on")))
        self.filed_on.setEnabled(self.filed.isChecked())
        self.years.setEnabled(self.filed.isChecked())
        self.flags: dict[str, QCheckBox] = {}
        for flag, text in (("major_case", self.tr("重大行政、刑事案件（其证据，000§15（一））")),
                           ("obstruction", self.tr("当事人或他人阻碍执法、妨害公务（000§15（二））")),
                           ("emergency_or_dispute", self.tr("重大突发事件、群体性事件或容易引发争议（000§15（三））")),
                           ("other_major", self.tr("其他重大、疑难、复杂情形（000§15（四））")),
                           ("penalty_case", self.tr("行政处罚案件"))):
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.setChecked(bool(current.get(flag)))
            self.flags[flag] = box
            self.form.addRow(box)
        self.finish_layout()

    def work(self) -> None:
        filed = (self.filed_on.date().toPython(), self.years.value()) if self.filed.isChecked() else None
        self.action(filed, {flag: box.isChecked() for flag, box in self.flags.items()})


class DisposalDecisionDialog(_Base):
    """The supervisor approves or refuses a disposal in person, with their own login and password.
    The password lives only in its field and is cleared whatever the outcome."""

    def __init__(self, archive: Archive, proposal_lines: list[tuple[str, str]], proposal_id: int,
                 parent: QWidget | None = None):
        super().__init__(self.tr("审批第 {0} 号清除申请").format(proposal_id), self.tr("确认"), parent)
        self.archive = archive
        self.proposal_id = proposal_id
        self.outcome: disposal.Disposed | None = None
        box = QGroupBox(self.tr("清除申请"))
        facts = QFormLayout(box)
        for caption, text in proposal_lines:
            value = QLabel(text)
            value.setWordWrap(True)
            value.setAccessibleName(caption)
            label = QLabel(caption + self.tr("："))
            label.setBuddy(value)
            facts.addRow(label, value)
        self.layout_.insertWidget(0, box)
        with archive.session() as s:
            who = disposal.approver_step(s)
        who_text = who.who_en if errors.language() == "en" else who.who_zh
        self.layout_.insertWidget(1, hint_label(self.tr(
            "批准后，原始文件将从存储中删除，只保留清除记录（哈希、案件、拍摄时间、理由、提出人、批准人、日期）。"
            "须由{0}本人输入自己的用户名和密码。").format(who_text)))
        self.approver = ApproverFields(self.form, self.tr("用户名(&U)："), self.tr("审批人用户名"),
                                       self.tr("密码(&W)："), self.tr("审批人密码"))
        self.login, self.password = self.approver.login, self.approver.password
        self.decision = QComboBox()
        self.decision.addItem(self.tr("批准清除"), "approve")
        self.decision.addItem(self.tr("不同意"), "refuse")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3)
        self.note.setPlaceholderText(self.tr("不同意时必填"))
        labelled_row(self.form, self.tr("审批意见(&D)："), self.decision, self.tr("审批决定"))
        labelled_row(self.form, self.tr("意见说明(&C)："), self.note, self.tr("意见说明"))
        self.finish_layout()
        self.login.setFocus()

    def work(self) -> None:
        password = self.approver.take_password()
        if self.decision.currentData() == "approve":
            self.outcome = disposal.approve(self.archive, self.proposal_id, self.login.text(), password,
                                            self.note.toPlainText())
        else:
            disposal.refuse(self.archive, self.proposal_id, self.login.text(), password, self.note.toPlainText())

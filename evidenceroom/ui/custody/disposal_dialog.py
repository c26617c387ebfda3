"""封存 / 销毁 / 启封: a supervisor decides in person on this screen (000§13), as in the approval of
a viewing request: their own user name and password for this one decision, cleared whatever
the outcome. A wrong password or a refusal is the core's to count and audit."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit

from evidenceroom.core import custody
from evidenceroom.ui.approver_fields import ApproverFields
from evidenceroom.ui.custody.dialog_base import MoveDialog, text_box
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import hint_label, show_warning


class DisposalDialog(MoveDialog):
    """`action` is "seal", "destroy" or "unseal"."""

    def __init__(self, archive, user, card, action: str, parent=None):
        self.action = action
        super().__init__(archive, user, card, parent)

    def build(self, form: QFormLayout) -> None:
        titles = {"seal": self.tr("封存设备"), "destroy": self.tr("销毁设备"), "unseal": self.tr("启封设备")}
        self.setWindowTitle(titles[self.action])
        self.reason_edit = text_box(3, self.tr("例如：主板损坏，经鉴定无维修价值"))
        labelled_row(form, self.tr("理由 *(&R)："), self.reason_edit, self.tr("理由"))
        if self.action == "destroy":
            warning = hint_label()
            show_warning(warning, self.tr("销毁不可撤销。设备被领用中或存有尚未导入的音像资料时不能销毁。"))
            form.addRow(warning)
        self.early_edit = QLineEdit()
        self.early_edit.setMaxLength(500)
        self.early_edit.setPlaceholderText(self.tr("设备启用不满最低使用年限时必填"))
        if self.action == "unseal":
            form.addRow(hint_label(self.tr("启封由系统管理员办理，设备回到“在库”。")))
            self.login_edit = self.password_edit = None
            self.reason_edit.textChanged.connect(self.update_ok)
            return
        labelled_row(form, self.tr("提前报废原因(&Y)："), self.early_edit, self.tr("提前报废原因"))
        box = QGroupBox(self.tr("审批人当面办理"))
        inner = QFormLayout(box)
        inner.addRow(hint_label(self.tr("由主管领导或办公室主任本人在下方输入自己的用户名和密码。")))
        self.approver = ApproverFields(inner, self.tr("用户名(&U)："), self.tr("审批人用户名"), self.tr("密码(&W)："),
                                       self.tr("审批人密码"))
        self.login_edit, self.password_edit = self.approver.login, self.approver.password
        self.login_edit.setMaxLength(100)
        form.addRow(box)
        for signal in (self.reason_edit.textChanged, self.login_edit.textChanged, self.password_edit.textChanged):
            signal.connect(lambda *_: self.update_ok())

    def ok_label(self) -> str:
        return {"seal": self.tr("封存"), "destroy": self.tr("销毁"), "unseal": self.tr("启封")}[self.action]

    def ready(self) -> bool:
        if not hasattr(self, "password_edit") or not self.reason_edit.toPlainText().strip():
            return False
        return self.password_edit is None or self.approver.filled()

    def perform(self):
        reason = self.reason_edit.toPlainText().strip()
        if self.action == "unseal":
            return custody.unseal(self.archive, self.user, self.card.device_id, reason)
        password = self.approver.take_password()
        service = custody.seal if self.action == "seal" else custody.destroy
        try:
            return service(self.archive, self.user, self.card.device_id, reason, self.login_edit.text().strip(),
                           password, early_reason=self.early_edit.text().strip())
        finally:
            self.password_edit.setFocus()

    def done(self, result: int) -> None:
        if self.password_edit is not None:
            self.password_edit.clear()  # never kept past the dialog
        super().done(result)

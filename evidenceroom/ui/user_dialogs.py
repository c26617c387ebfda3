"""Dialogs for user accounts: add or change an account, set a temporary password, disable with a
reason, and change one's own password. Each calls its core service on OK; a refusal is shown in the
dialog, which stays open with what was typed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from evidenceroom.core import lookups, user_admin
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import message_label, show_error


def role_text(role: str) -> str:
    names = {
        Role.CLERK.value: QCoreApplication.translate("UserRoles", "保管员"),
        Role.SUPERVISOR.value: QCoreApplication.translate("UserRoles", "审批人"),
        Role.INSPECTOR.value: QCoreApplication.translate("UserRoles", "执法监督"),
        Role.ADMINISTRATOR.value: QCoreApplication.translate("UserRoles", "系统管理员"),
    }
    return names.get(role, role)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _ServiceDialog(QDialog):
    """OK runs `_apply`; an ArchiveError is shown and the dialog stays open."""

    def _finish_layout(self, form: QFormLayout) -> None:
        self.message = message_label(self.tr("错误提示"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _twice(self, first: QLineEdit, second: QLineEdit) -> str:
        if first.text() != second.text():
            raise ArchiveError("两次输入的新密码不一致。", "The two new passwords differ.")
        return first.text()

    def _ok(self) -> None:
        try:
            self._apply()
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        self.accept()

    def _apply(self) -> None:
        raise NotImplementedError


class UserDialog(_ServiceDialog):
    """A new account (`user` None: login and password too) or a change to name, role and person."""

    def __init__(self, archive: Archive, admin: SignedIn, user: user_admin.UserInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.admin, self.user = archive, admin, user
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("新增用户账户") if user is None else self.tr("修改用户账户"))
        form = QFormLayout()
        self.login = QLineEdit(user.login if user else "")
        self.login.setReadOnly(user is not None)
        labelled_row(form, self.tr("登录名(&L)："), self.login, self.tr("登录名"))
        self.name = QLineEdit(user.display_name if user else "")
        labelled_row(form, self.tr("姓名(&N)："), self.name, self.tr("姓名"))
        self.role = QComboBox()
        for role in (Role.CLERK, Role.SUPERVISOR, Role.INSPECTOR, Role.ADMINISTRATOR):
            self.role.addItem(role_text(role.value), role.value)
        if user is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        labelled_row(form, self.tr("角色(&R)："), self.role, self.tr("角色"))
        self.person = QComboBox()
        self.person.addItem(self.tr("（不关联）"), None)
        for officer in lookups.officers(archive):
            text = f"{officer.name} {officer.badge or ''}".rstrip()
            if officer.department:
                text += f" · {officer.department}"
            if not officer.active:
                text += self.tr("（已停用）")
            self.person.addItem(text, officer.id)
        if user is not None and user.person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(user.person_id)))
        labelled_row(form, self.tr("关联人员(&P)："), self.person, self.tr("关联人员"))
        self.password = _password_field()
        self.password_again = _password_field()
        if user is None:
            labelled_row(form, self.tr("初始密码(&W)："), self.password, self.tr("初始密码"))
            labelled_row(form, self.tr("再次输入(&A)："), self.password_again, self.tr("再次输入初始密码"))
        self._finish_layout(form)
        (self.name if user else self.login).setFocus()

    def _apply(self) -> None:
        if self.user is None:
            password = self._twice(self.password, self.password_again)
            self.created_id = user_admin.add_user(self.archive, self.admin, self.login.text(), self.name.text(),
                                                  self.role.currentData(), password,
                                                  person_id=self.person.currentData())
        else:
            user_admin.change_user(self.archive, self.admin, self.user.user_id, display_name=self.name.text(),
                                   role=self.role.currentData(), person_id=self.person.currentData())


class ResetPasswordDialog(_ServiceDialog):
    def __init__(self, archive: Archive, admin: SignedIn, user: user_admin.UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.admin, self.user = archive, admin, user
        self.setWindowTitle(self.tr("重设密码 — {0}").format(user.login))
        form = QFormLayout()
        self.password = _password_field()
        self.password_again = _password_field()
        labelled_row(form, self.tr("临时密码(&W)："), self.password, self.tr("临时密码"))
        labelled_row(form, self.tr("再次输入(&A)："), self.password_again, self.tr("再次输入临时密码"))
        self._finish_layout(form)

    def _apply(self) -> None:
        user_admin.reset_password(self.archive, self.admin, self.user.user_id,
                                  self._twice(self.password, self.password_again))


class DisableDialog(_ServiceDialog):
    def __init__(self, archive: Archive, admin: SignedIn, user: user_admin.UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.admin, self.user = archive, admin, user
        self.setWindowTitle(self.tr("停用账户 — {0}").format(user.login))
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：调离本单位"))
        labelled_row(form, self.tr("停用原因(&R)："), self.reason, self.tr("停用原因"))
        self._finish_layout(form)

    def _apply(self) -> None:
        user_admin.set_active(self.archive, self.admin, self.user.user_id, False, self.reason.text())


class ChangeOwnPasswordDialog(_ServiceDialog):
    """For every role, from the File menu. A wrong old password counts toward the lockout."""

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.user = archive, user
        self.setWindowTitle(self.tr("修改密码"))
        form = QFormLayout()
        self.old = _password_field()
        self.new = _password_field()
        self.new_again = _password_field()
        labelled_row(form, self.tr("原密码(&O)："), self.old, self.tr("原密码"))
        labelled_row(form, self.tr("新密码(&N)："), self.new, self.tr("新密码"))
        labelled_row(form, self.tr("再次输入新密码(&A)："), self.new_again, self.tr("再次输入新密码"))
        self._finish_layout(form)

    def _apply(self) -> None:
        new = self._twice(self.new, self.new_again)
        try:
            user_admin.change_own_password(self.archive, self.user, self.old.text(), new)
        finally:
            self.old.clear()

"""Settings → User accounts (SEC-01): the administrator sees every account and adds, changes,
unlocks, disables or enables one, or sets a temporary password. Other roles see no section."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from evidenceroom.core import user_admin
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import cell, hint_label, make_table, message_label, show_error, show_notice
from evidenceroom.ui.user_dialogs import DisableDialog, ResetPasswordDialog, UserDialog, role_text


class UsersSection(QGroupBox):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("用户账户"), parent)
        self.archive = archive
        self.user = user
        self.users: list[user_admin.UserInfo] = []
        self.setAccessibleName(self.tr("用户账户"))
        if user.role != Role.ADMINISTRATOR.value:
            self.setVisible(False)  # accounts are the administrator's business only
            return
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        hint = hint_label(self.tr("每个使用本程序的人一个账户。离开本单位的人员请停用其账户（记录保留）；"
                                  "密码连续输错 5 次会锁定账户 15 分钟，可在此解除锁定或重设临时密码。"))
        self.table = make_table([self.tr("登录名"), self.tr("姓名"), self.tr("角色"), self.tr("关联人员"),
                                 self.tr("状态"), self.tr("最近登录")], self.tr("用户账户列表"), self)
        self.table.setMinimumHeight(180)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.change_user())
        self.add_button = self._button(self.tr("新增…"), self.tr("新增用户账户"), self.add_user)
        self.change_button = self._button(self.tr("修改…"), self.tr("修改所选账户"), self.change_user)
        self.reset_button = self._button(self.tr("重设密码…"), self.tr("重设所选账户的密码"), self.reset_password)
        self.unlock_button = self._button(self.tr("解除锁定"), self.tr("解除所选账户的锁定"), self.unlock)
        self.active_button = self._button(self.tr("停用…"), self.tr("停用或启用所选账户"), self.toggle_active)
        self.message = message_label(self.tr("用户账户提示"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.change_button, self.reset_button, self.unlock_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def status_text(self, info: user_admin.UserInfo) -> str:
        if not info.active:
            return self.tr("已停用")
        if info.locked:
            return self.tr("已锁定（至 {0}）").format(self.display.local_time(info.locked_until))
        return self.tr("正常")

    def refresh(self, select_id: int | None = None) -> None:
        self.users = user_admin.list_users(self.archive)
        self.table.setRowCount(len(self.users))
        for row, info in enumerate(self.users):
            person = self.display.officer(info.person_name, info.badge_no) if info.person_name else ""
            values = (info.login, info.display_name, role_text(info.role), person, self.status_text(info),
                      self.display.local_time(info.last_sign_in) if info.last_sign_in else "")
            for col, text in enumerate(values):
                self.table.setItem(row, col, cell(text))
            if info.user_id == select_id:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> user_admin.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_login(self, login: str) -> None:
        for row, info in enumerate(self.users):
            if info.login == login:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        info = self.selected()
        for b in (self.change_button, self.reset_button, self.active_button):
            b.setEnabled(info is not None)
        self.unlock_button.setEnabled(info is not None and info.locked)
        self.active_button.setText(self.tr("启用") if info is not None and not info.active else self.tr("停用…"))

    def _run(self, dialog, done: str, select_id: int | None) -> None:
        if dialog.exec():
            self.refresh(select_id if select_id is not None else getattr(dialog, "created_id", None))
            show_notice(self.message, done)

    def add_user(self) -> None:
        self._run(UserDialog(self.archive, self.user, None, self), self.tr("已新增账户。"), None)

    def change_user(self) -> None:
        info = self.selected()
        if info is not None:
            self._run(UserDialog(self.archive, self.user, info, self), self.tr("已保存。"), info.user_id)

    def reset_password(self) -> None:
        info = self.selected()
        if info is not None:
            self._run(ResetPasswordDialog(self.archive, self.user, info, self),
                      self.tr("已设置临时密码，请告知本人登录后修改。"), info.user_id)

    def unlock(self) -> None:
        info = self.selected()
        if info is not None:
            self._service(lambda: user_admin.unlock(self.archive, self.user, info.user_id),
                          self.tr("已解除锁定。"), info.user_id)

    def toggle_active(self) -> None:
        info = self.selected()
        if info is None:
            return
        if info.active:
            self._run(DisableDialog(self.archive, self.user, info, self), self.tr("已停用该账户。"), info.user_id)
        else:
            self._service(lambda: user_admin.set_active(self.archive, self.user, info.user_id, True),
                          self.tr("已启用该账户。"), info.user_id)

    def _service(self, call, done: str, select_id: int) -> None:
        try:
            call()
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        self.refresh(select_id)
        show_notice(self.message, done)

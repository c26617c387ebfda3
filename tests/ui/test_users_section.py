"""Settings → User accounts and File → Change password, driven like a user would (SEC-01)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QTableWidget

from evidenceroom.core import accounts, user_admin
from evidenceroom.core.accounts import AuthError
from evidenceroom.ui.main_window import MainWindow
from evidenceroom.ui.settings_page import SettingsPage
from evidenceroom.ui.user_dialogs import ChangeOwnPasswordDialog, DisableDialog, UserDialog
from evidenceroom.ui.users_section import UsersSection


_PAGES: list[SettingsPage] = []  # the page outlives the test's reference to its section


@pytest.fixture(autouse=True)
def _forget_pages():
    yield
    _PAGES.clear()


def _section(qtbot, archive, login, password) -> UsersSection:
    page = SettingsPage(archive, accounts.sign_in(archive, login, password))
    qtbot.addWidget(page)
    page.show()
    _PAGES[:] = [page]
    return page.findChild(UsersSection)


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _in_dialog(qtbot, act, then):
    """Run `act` (which opens a modal dialog) and `then(dialog)` inside it."""
    seen = []

    def inside():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        then(dialog)

    QTimer.singleShot(0, inside)
    act()
    assert seen, "no dialog opened"
    return seen[0]


def _row(section: UsersSection, login: str) -> list[str]:
    for r in range(section.table.rowCount()):
        if section.table.item(r, 0).text() == login:
            return [section.table.item(r, c).text() for c in range(section.table.columnCount())]
    raise AssertionError(f"{login} not listed")


def test_admin_adds_a_supervisor_who_then_signs_in(qtbot, staffed_archive, password):
    section = _section(qtbot, staffed_archive, "admin", password)
    assert section.isVisible() and section.table.accessibleName() == "用户账户列表"
    assert _row(section, "clerk")[2:5] == ["保管员", "", "正常"]

    def fill(dialog: UserDialog):
        assert isinstance(dialog, UserDialog)
        for field in (dialog.password, dialog.password_again):
            assert field.echoMode() == QLineEdit.EchoMode.Password
        dialog.login.setText("deputy")
        dialog.name.setText("钱副局长")
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        dialog.person.setCurrentIndex(dialog.person.findText("李娜", Qt.MatchFlag.MatchStartsWith))
        dialog.password.setText("deputy-pass-77")
        dialog.password_again.setText("deputy-pass-78")
        _ok(qtbot, dialog)  # the two passwords differ: refused, the dialog stays
        assert dialog.isVisible() and "不一致" in dialog.message.text()
        dialog.password_again.setText("deputy-pass-77")
        _ok(qtbot, dialog)

    _in_dialog(qtbot, lambda: qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton), fill)
    row = _row(section, "deputy")
    assert row[1:3] == ["钱副局长", "审批人"] and row[4] == "正常"
    assert "李娜" in row[3] and "13002" in row[3]
    assert "已新增" in section.message.text()
    who = accounts.sign_in(staffed_archive, "deputy", "deputy-pass-77")
    assert (who.role, who.display_name) == ("supervisor", "钱副局长")


def test_duplicate_login_is_refused_in_the_dialog(qtbot, staffed_archive, password):
    admin = accounts.sign_in(staffed_archive, "admin", password)
    dialog = UserDialog(staffed_archive, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login.setText("Clerk")
    dialog.name.setText("某人")
    dialog.password.setText("long-enough-1")
    dialog.password_again.setText("long-enough-1")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "已被使用" in dialog.message.text()
    # Every field is labelled (a buddy) and named for screen readers.
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in (dialog.login, dialog.name, dialog.role, dialog.person, dialog.password, dialog.password_again):
        assert field in buddies and field.accessibleName()


def test_lock_disable_enable_from_the_section(qtbot, staffed_archive, password):
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(AuthError):
            accounts.sign_in(staffed_archive, "clerk", "wrong")
    section = _section(qtbot, staffed_archive, "admin", password)
    assert _row(section, "clerk")[4].startswith("已锁定")
    section.select_login("clerk")
    assert section.unlock_button.isEnabled()
    qtbot.mouseClick(section.unlock_button, Qt.MouseButton.LeftButton)
    assert _row(section, "clerk")[4] == "正常" and not section.unlock_button.isEnabled()

    def disable(dialog):
        assert isinstance(dialog, DisableDialog)
        dialog.reason.setText("调离本单位")
        _ok(qtbot, dialog)

    section.select_login("clerk")
    _in_dialog(qtbot, lambda: qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton), disable)
    assert _row(section, "clerk")[4] == "已停用"
    with pytest.raises(AuthError):
        accounts.sign_in(staffed_archive, "clerk", password)
    section.select_login("clerk")
    assert section.active_button.text() == "启用"
    qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton)
    assert _row(section, "clerk")[4] == "正常"

    # The administrator's own account: refused, said in the section.
    section.select_login("admin")

    def disable_self(dialog):
        dialog.reason.setText("测试")
        _ok(qtbot, dialog)
        assert "自己" in dialog.message.text() or "最后一个" in dialog.message.text()
        dialog.reject()

    _in_dialog(qtbot, lambda: qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton), disable_self)
    assert _row(section, "admin")[4] == "正常"


def test_clerk_sees_no_user_section(qtbot, staffed_archive, password):
    page = SettingsPage(staffed_archive, accounts.sign_in(staffed_archive, "clerk", password))
    qtbot.addWidget(page)
    page.show()
    section = page.findChild(UsersSection)
    assert section is None or not section.isVisible()
    assert not [t for t in page.findChildren(QTableWidget) if t.accessibleName() == "用户账户列表"]


def test_change_password_from_the_file_menu(qtbot, staffed_archive, password):
    window = MainWindow(staffed_archive, accounts.sign_in(staffed_archive, "inspector", password))
    qtbot.addWidget(window)
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.change_password_action in file_menu.actions()
    assert window.change_password_action.text() == "修改密码(&W)…"

    def change(dialog):
        assert isinstance(dialog, ChangeOwnPasswordDialog)
        for field in (dialog.old, dialog.new, dialog.new_again):
            assert field.echoMode() == QLineEdit.EchoMode.Password and field.accessibleName()
        dialog.old.setText("not-it")
        dialog.new.setText("inspector-new-9")
        dialog.new_again.setText("inspector-new-9")
        _ok(qtbot, dialog)
        assert dialog.isVisible() and "原密码不正确" in dialog.message.text()
        assert dialog.old.text() == ""
        dialog.old.setText(password)
        _ok(qtbot, dialog)

    _in_dialog(qtbot, window.change_password_action.trigger, change)
    assert accounts.sign_in(staffed_archive, "inspector", "inspector-new-9").login == "inspector"
    with pytest.raises(AuthError):
        accounts.sign_in(staffed_archive, "inspector", password)
    users = {u.login: u for u in user_admin.list_users(staffed_archive)}
    assert users["inspector"].status == "active"


def test_change_and_reset_through_the_dialogs(qtbot, staffed_archive, password):
    section = _section(qtbot, staffed_archive, "admin", password)
    for button in (section.add_button, section.change_button, section.reset_button, section.unlock_button,
                   section.active_button):
        assert button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    section.select_login("clerk")

    def change(dialog):
        assert isinstance(dialog, UserDialog) and dialog.login.isReadOnly()
        assert not dialog.password.isVisible()  # no password on a change
        dialog.name.setText("陈静（内勤）")
        dialog.role.setCurrentIndex(dialog.role.findData("inspector"))
        dialog.person.setCurrentIndex(dialog.person.findText("张伟", Qt.MatchFlag.MatchStartsWith))
        _ok(qtbot, dialog)

    _in_dialog(qtbot, lambda: qtbot.mouseClick(section.change_button, Qt.MouseButton.LeftButton), change)
    row = _row(section, "clerk")
    assert row[1:3] == ["陈静（内勤）", "执法监督"] and "张伟" in row[3]

    def reset(dialog):
        dialog.password.setText("temp-pass-123")
        dialog.password_again.setText("temp-pass-123")
        _ok(qtbot, dialog)

    section.select_login("clerk")
    _in_dialog(qtbot, lambda: qtbot.mouseClick(section.reset_button, Qt.MouseButton.LeftButton), reset)
    assert "临时密码" in section.message.text()
    assert accounts.sign_in(staffed_archive, "clerk", "temp-pass-123").role == "inspector"

    # The last administrator cannot be made something else: said in the dialog, nothing changes.
    section.select_login("admin")

    def demote(dialog):
        dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
        _ok(qtbot, dialog)
        assert dialog.isVisible() and "最后一个" in dialog.message.text()
        dialog.reject()

    _in_dialog(qtbot, lambda: qtbot.mouseClick(section.change_button, Qt.MouseButton.LeftButton), demote)
    assert _row(section, "admin")[2] == "系统管理员"

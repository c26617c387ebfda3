"""First run → sign-in, through the real widgets."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from sqlalchemy import select

from evidenceroom.core.archive import Archive
from evidenceroom.core.models import AuditEvent, Department, User
from evidenceroom.ui.login_dialog import LoginDialog
from evidenceroom.ui.setup_wizard import SetupWizard


def _next(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_first_run_wizard_creates_the_archive_with_unit_departments_and_administrator(qtbot, archive_dir):
    wizard = SetupWizard(archive_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.location_page.path.text() == str(archive_dir)
    _next(qtbot, wizard)
    wizard.unit_page.unit.setText("秦皇岛市水务局")  # QTest types ASCII only
    wizard.unit_page.departments.setPlainText("法制办公室\n水政监察支队一大队\n")
    _next(qtbot, wizard)
    wizard.admin_page.name.setText("系统管理员")
    wizard.admin_page.password.setText("s3cret-pass")
    wizard.admin_page.confirm.setText("s3cret-pass")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.archive is not None
    with wizard.archive as archive, archive.session() as s:
        assert archive.unit(s).name == "秦皇岛市水务局"
        assert set(s.scalars(select(Department.name))) == {"法制办公室", "水政监察支队一大队"}
        admin = s.scalars(select(User)).one()
        assert (admin.login, admin.role) == ("admin", "administrator")
        assert admin.password_hash.startswith("$argon2")


def test_wizard_refuses_mismatched_passwords_and_creates_nothing(qtbot, archive_dir):
    wizard = SetupWizard(archive_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    wizard.unit_page.unit.setText("测试单位")  # QTest types ASCII only
    _next(qtbot, wizard)
    wizard.admin_page.password.setText("s3cret-pass")
    wizard.admin_page.confirm.setText("other-pass")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert "不一致" in wizard.error.text()
    assert not Archive.exists(archive_dir)


def test_wizard_refuses_a_short_password_with_a_clear_message(qtbot, archive_dir):
    wizard = SetupWizard(archive_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    wizard.unit_page.unit.setText("测试单位")  # QTest types ASCII only
    _next(qtbot, wizard)
    wizard.admin_page.password.setText("short")
    wizard.admin_page.confirm.setText("short")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert "至少需要 8 个字符" in wizard.error.text()
    assert not Archive.exists(archive_dir)


def _login(qtbot, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.login.setText(login)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_login_succeeds_with_the_right_password_and_is_audited(qtbot, staffed_archive, password):
    dialog = LoginDialog(staffed_archive)
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, "clerk", password)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in.login == "clerk" and dialog.signed_in.role == "clerk"
    with staffed_archive.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last.action == "login.succeeded" and last.target_id == dialog.signed_in.user_id


def test_five_wrong_passwords_lock_the_account_even_for_the_right_password(qtbot, staffed_archive, password):
    dialog = LoginDialog(staffed_archive)
    qtbot.addWidget(dialog)
    dialog.show()
    for n in range(4):
        _login(qtbot, dialog, "clerk", f"wrong-{n}")
        assert "再错" in dialog.message.text()
    _login(qtbot, dialog, "clerk", "wrong-5")
    assert "锁定" in dialog.message.text()
    _login(qtbot, dialog, "clerk", password)
    assert dialog.signed_in is None
    assert "锁定" in dialog.message.text()
    with staffed_archive.session() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("login.%"))
                                 .order_by(AuditEvent.seq)))
    assert actions == ["login.failed"] * 5 + ["login.refused"]


def test_unknown_user_gets_the_same_message_as_a_wrong_password(qtbot, staffed_archive):
    dialog = LoginDialog(staffed_archive)
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, "nobody", "whatever-1")
    assert "用户名或密码不正确" in dialog.message.text()
    assert dialog.signed_in is None

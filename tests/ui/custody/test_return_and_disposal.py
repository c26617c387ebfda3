"""Return with footage lands on the import page filled in; sealing needs a supervisor in person."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from evidenceroom.core import custody, device_register
from evidenceroom.core.models import AuditEvent
from evidenceroom.ui.custody.disposal_dialog import DisposalDialog
from evidenceroom.ui.custody.move_dialogs import ReturnDialog
from evidenceroom.ui.imports.common import chosen_data
from evidenceroom.ui.main_window import MainWindow

from custody_steps import drop_card

ALL_PASS = custody.PreUseCheck(battery_ok=True, storage_ok=True, clock_ok=True, no_fault=True)


def _check_out(archive, clerk, device_id, officer_id, hours_ago: float = 3) -> None:
    at = datetime.now().astimezone() - timedelta(hours=hours_ago)
    custody.check_out(archive, clerk, device_id, officer_id, "现场检查", at + timedelta(hours=8), ALL_PASS, at=at)


@pytest.fixture
def window(qtbot, staffed_archive, clerk):
    w = MainWindow(staffed_archive, clerk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.show_page("devices")
    yield w
    w.import_page.shutdown()


def test_return_with_footage_opens_the_import_page_filled_in(qtbot, window, staffed_archive, clerk, camera_id,
                                                             officer_ids):
    _check_out(staffed_archive, clerk, camera_id, officer_ids["13001"])
    page = window.devices_page
    page.refresh()
    drop_card(page, camera_id, "in_store")
    dialog = page.dialog
    assert isinstance(dialog, ReturnDialog)
    assert not dialog.start_edit.isEnabled()
    dialog.footage_check.setChecked(True)
    assert dialog.start_edit.isEnabled() and dialog.footage_hint.isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()  # with footage, what was recorded must be said
    dialog.recorded_edit.setPlainText("现场检查全过程")
    ended = dialog.now() - timedelta(minutes=30)  # the unit's local time, as the dialog shows it
    dialog.start_edit.setDateTime(ended - timedelta(hours=1))
    dialog.end_edit.setDateTime(ended)
    dialog.activity_edit.setText("河道现场检查")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"
    assert window.pages.currentWidget() is window.import_page
    details = window.import_page.details
    assert chosen_data(details.officer_combo) == "13001"
    assert chosen_data(details.device_combo) == "DSJ-07"
    assert details.ended_check.isChecked()
    ended_at = ended.replace(tzinfo=ZoneInfo(dialog.timezone))
    assert details.ended_edit.dateTime().toPython() == ended_at.astimezone().replace(tzinfo=None)
    assert details.kind_combo.currentText() == "河道现场检查"
    request = details.request([])
    assert request.officer_badge == "13001" and request.device_serial == "DSJ-07"
    assert request.activity_ended_at == ended_at


def test_return_without_footage_stays_on_the_board(qtbot, window, staffed_archive, clerk, camera_id, officer_ids):
    _check_out(staffed_archive, clerk, camera_id, officer_ids["13002"])
    page = window.devices_page
    page.refresh()
    page.act(camera_id, "return")
    qtbot.mouseClick(page.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is page
    assert page.board.card(camera_id) in page.board.columns["in_store"].cards
    assert "归还" in page.message.text()


def _seal_dialog(page, camera_id) -> DisposalDialog:
    drop_card(page, camera_id, "sealed")
    dialog = page.dialog
    assert isinstance(dialog, DisposalDialog) and dialog.action == "seal"
    dialog.reason_edit.setPlainText("主板损坏，无维修价值")
    return dialog


def _audit_actions(archive) -> list[str]:
    with archive.session() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_sealing_cancelled_without_approval_changes_nothing(page, staffed_archive, camera_id):
    dialog = _seal_dialog(page, camera_id)
    assert not dialog.ok_button.isEnabled()  # no supervisor yet
    dialog.login_edit.setText("director")
    assert not dialog.ok_button.isEnabled()
    dialog.cancel_button.click()
    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"
    assert page.board.card(camera_id) in page.board.columns["in_store"].cards


def test_sealing_with_a_wrong_password_is_refused_and_counted(qtbot, page, staffed_archive, camera_id):
    dialog = _seal_dialog(page, camera_id)
    dialog.login_edit.setText("director")
    dialog.password_edit.setText("not-the-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.password_edit.text() == ""
    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"
    actions = _audit_actions(staffed_archive)
    assert actions[-1] == "approval.failed"  # the core counts and audits the failed attempt
    assert not any(a.startswith("custody.seal") for a in actions)


def test_the_clerk_cannot_approve_their_own_sealing(qtbot, page, staffed_archive, camera_id, password):
    dialog = _seal_dialog(page, camera_id)
    dialog.login_edit.setText("clerk")
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "审批" in dialog.error.text()
    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"


def test_a_supervisor_in_person_seals_the_device(qtbot, page, staffed_archive, camera_id, password):
    dialog = _seal_dialog(page, camera_id)
    dialog.login_edit.setText("director")
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert device_register.get_device(staffed_archive, camera_id).state == "sealed"
    card = page.board.card(camera_id)
    assert card in page.board.columns["sealed"].cards
    assert card.accessibleName() == "执法记录仪 DSJ-07，封存"
    history = custody.device_history(staffed_archive, camera_id)
    assert history[-1].kind == "seal" and history[-1].approver_name.startswith("赵主任")


def test_retiring_a_two_year_old_camera_asks_for_a_reason(qtbot, page, staffed_archive, clerk, camera_id, password):
    from datetime import date

    info = device_register.get_device(staffed_archive, camera_id)
    today = date.today()
    device_register.edit_device(staffed_archive, clerk, camera_id, device_register.DeviceInput(
        serial=info.serial, kind=info.kind, model=info.model, in_service_on=today.replace(year=today.year - 2)))
    page.refresh()
    dialog = _seal_dialog(page, camera_id)
    dialog.login_edit.setText("director")
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "提前报废原因" in dialog.error.text()
    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"
    dialog.early_edit.setText("外壳破裂进水，修复费用超过原价")
    dialog.password_edit.setText(password)  # cleared after every try
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert device_register.get_device(staffed_archive, camera_id).state == "sealed"


def test_a_return_with_footage_while_an_import_runs_leaves_that_import_alone(qtbot, window, staffed_archive, clerk,
                                                                            camera_id, officer_ids, monkeypatch):
    _check_out(staffed_archive, clerk, camera_id, officer_ids["13001"])
    monkeypatch.setattr(window.import_page, "is_running", lambda: True)
    restarts = []
    monkeypatch.setattr(window.import_page, "restart", lambda: restarts.append(1))
    page = window.devices_page
    page.refresh()
    dialog = page.act(camera_id, "return")
    dialog.footage_check.setChecked(True)
    dialog.recorded_edit.setPlainText("现场检查全过程")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"
    assert window.pages.currentWidget() is page and not restarts
    assert "DSJ-07" in page.message.text() and "导入" in page.message.text()
    monkeypatch.undo()  # before the window closes: a running import would hold it open with a message box

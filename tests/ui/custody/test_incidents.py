"""Faults, repairs, losses, maintenance and history through the page's dialogs; keyboard moves
between cards; a long column shown a page at a time."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from evidenceroom.core import custody, device_register
from evidenceroom.ui.custody import board as board_module
from evidenceroom.ui.custody.history_dialog import HistoryDialog

ALL_PASS = custody.PreUseCheck(battery_ok=True, storage_ok=True, clock_ok=True, no_fault=True)


def _ok(qtbot, dialog) -> None:
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()


def test_fault_repair_and_back_in_service_show_in_the_history(qtbot, page, staffed_archive, camera_id):
    page.act(camera_id, "fault")
    page.dialog.description_edit.setPlainText("开机后无法录像")
    page.dialog.reported_to_combo.setCurrentIndex(1)  # 单位负责人 (001§16)
    _ok(qtbot, page.dialog)
    assert page.board.card(camera_id) in page.board.columns["faulty"].cards
    page.act(camera_id, "check_out")  # not offered from 故障, and the core refuses it anyway
    assert page.dialog.isVisible()
    page.dialog.reject()

    page.act(camera_id, "repair")
    assert not page.dialog.ok_button.isEnabled()
    page.dialog.repairer_edit.setText("市数码设备售后服务中心")
    _ok(qtbot, page.dialog)
    assert page.board.card(camera_id) in page.board.columns["in_repair"].cards
    page.act(camera_id, "back_in_service")
    page.dialog.result_edit.setPlainText("更换存储卡槽，测试录像正常")
    page.dialog.cost_spin.setValue(120)
    _ok(qtbot, page.dialog)
    assert page.board.card(camera_id) in page.board.columns["in_store"].cards

    history = page.act(camera_id, "history")
    assert isinstance(history, HistoryDialog)
    kinds = [history.model.index(r, 2).data() for r in range(history.model.rowCount())]
    assert kinds == ["故障登记", "送修", "修复"]
    history.reject()


def test_a_check_out_refused_by_the_core_shows_why_in_the_dialog(qtbot, page, staffed_archive, camera_id):
    page.act(camera_id, "fault")
    page.dialog.description_edit.setPlainText("屏幕碎裂")
    _ok(qtbot, page.dialog)
    card = page.cards[camera_id]
    from evidenceroom.ui.custody.move_dialogs import CheckOutDialog

    dialog = CheckOutDialog(staffed_archive, page.user, card, page)
    qtbot.addWidget(dialog)
    dialog.officer_combo.setCurrentIndex(0)
    dialog.purpose_edit.setText("巡查")
    for check in (dialog.battery_check, dialog.storage_check, dialog.clock_check):
        check.setChecked(True)
    dialog.submit()
    assert "故障待修" in dialog.error.text()
    assert device_register.get_device(staffed_archive, camera_id).state == "faulty"


def test_a_loss_by_misuse_names_the_user_and_the_original_price(qtbot, page, staffed_archive, clerk, camera_id,
                                                                officer_ids):
    info = device_register.get_device(staffed_archive, camera_id)
    device_register.edit_device(staffed_archive, clerk, camera_id, device_register.DeviceInput(
        serial=info.serial, kind=info.kind, model=info.model, asset_no=info.asset_no, purchase_price="2800"))
    at = datetime.now().astimezone() - timedelta(hours=3)
    custody.check_out(staffed_archive, clerk, camera_id, officer_ids["13001"], "巡查", at + timedelta(hours=8),
                      ALL_PASS, at=at)
    page.refresh()
    page.act(camera_id, "loss")
    assert "张伟" in page.dialog.liability_hint.text()
    page.dialog.circumstances_edit.setPlainText("巡查途中遗落在河堤")
    page.dialog.liable_check.setChecked(True)
    _ok(qtbot, page.dialog)
    assert page.board.card(camera_id) in page.board.columns["gone"].cards
    assert page.board.card(camera_id).accessibleName() == "执法记录仪 DSJ-07，遗失"
    assert "张伟" in page.message.text() and "2,800.00 元" in page.message.text()


def test_maintenance_of_a_networked_device_needs_the_offline_item(qtbot, page, staffed_archive, clerk, camera_id):
    info = device_register.get_device(staffed_archive, camera_id)
    device_register.edit_device(staffed_archive, clerk, camera_id, device_register.DeviceInput(
        serial=info.serial, kind=info.kind, model=info.model, features=frozenset({"live_upload"})))
    page.refresh()
    dialog = page.act(camera_id, "maintenance")
    dialog.done_edit.setPlainText("清洁镜头，校准时钟")
    assert dialog.offline_check.isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.offline_check.setChecked(True)
    _ok(qtbot, dialog)
    assert custody.device_history(staffed_archive, camera_id)[-1].kind == "maintenance"


def test_arrow_keys_move_between_cards_and_columns(qtbot, page, staffed_archive, clerk, officer_ids):
    for serial in ("DSJ-08", "DSJ-09"):
        device_register.add_device(staffed_archive, clerk, device_register.DeviceInput(serial=serial,
                                                                                      kind="body_camera"))
    nine = next(d.id for d in device_register.list_devices(staffed_archive) if d.serial == "DSJ-09")
    at = datetime.now().astimezone() - timedelta(hours=1)
    custody.check_out(staffed_archive, clerk, nine, officer_ids["13002"], "巡查", at + timedelta(hours=8), ALL_PASS,
                      at=at)
    page.refresh()
    first = page.board.columns["in_store"].cards[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert page.focusWidget().card.serial == "DSJ-08"
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Right)
    assert page.focusWidget().card.serial == "DSJ-09"
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Right)  # nothing further right: stays
    assert page.focusWidget().card.serial == "DSJ-09"


def test_a_long_column_shows_a_page_of_cards_and_more_on_request(qtbot, page, staffed_archive, clerk, monkeypatch):
    monkeypatch.setattr(board_module, "PAGE_SIZE", 2)
    for n in range(3):
        device_register.add_device(staffed_archive, clerk, device_register.DeviceInput(serial=f"ZD-{n}",
                                                                                      kind="handheld_terminal"))
    column = page.board.columns["in_store"]
    column._shown = 2
    page.refresh()
    assert len(column.cards) == 2
    assert "（4）" in column.title.text()
    assert column.more_button.isVisible()
    column.more_button.click()
    assert len(column.cards) == 4
    assert not column.more_button.isVisible()


def test_handover_then_return_gives_three_ledger_rows_with_both_names(qtbot, page, staffed_archive, clerk, camera_id,
                                                                      officer_ids):
    at = datetime.now().astimezone() - timedelta(hours=3)
    custody.check_out(staffed_archive, clerk, camera_id, officer_ids["13001"], "巡查", at + timedelta(hours=8),
                      ALL_PASS, at=at)
    page.refresh()
    dialog = page.act(camera_id, "handover")
    assert "张伟" in page.cards[camera_id].holder
    assert not dialog.ok_button.isEnabled()
    dialog.officer_combo.setCurrentIndex(dialog.officer_combo.findData(officer_ids["13002"]))
    dialog.reason_edit.setText("换班")
    _ok(qtbot, dialog)
    assert "李娜" in page.board.card(camera_id).summary
    page.act(camera_id, "return")
    _ok(qtbot, page.dialog)
    page.tabs.setCurrentWidget(page.ledger_tab)
    model = page.ledger_tab.model
    rows = [(model.index(r, 2).data(), model.index(r, 3).data()) for r in range(model.rowCount())]
    assert rows == [("归还", "李娜（13002）"), ("交接", "李娜（13002）"), ("领用", "张伟（13001）")]


def test_double_clicking_a_card_opens_its_history(qtbot, page, camera_id):
    card = page.board.card(camera_id)
    qtbot.mouseDClick(card, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, HistoryDialog) and page.dialog.isVisible()
    assert "DSJ-07" in page.dialog.windowTitle()
    page.dialog.reject()

"""The custody board: cards in their state's column, moved by drag and drop or from their menu."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt

from evidenceroom.core import custody, device_register, lookups
from evidenceroom.ui.custody.move_dialogs import CheckOutDialog

from custody_steps import drop_card


def _fill_check_out(dialog: CheckOutDialog, officer_text: str = "13001") -> None:
    dialog.officer_combo.setEditText(dialog.officer_combo.itemText(
        next(i for i in range(dialog.officer_combo.count()) if officer_text in dialog.officer_combo.itemText(i))))
    dialog.purpose_edit.setText("河道采砂现场检查")
    for check in (dialog.battery_check, dialog.storage_check, dialog.clock_check):
        check.setChecked(True)


def test_camera_starts_in_store_with_its_count_and_accessible_name(page, camera_id):
    column = page.board.columns["in_store"]
    assert [c.card.serial for c in column.cards] == ["DSJ-07"]
    assert "（1）" in column.title.text()
    assert page.board.columns["checked_out"].title.text().endswith("（0）")
    assert page.board.card(camera_id).accessibleName() == "执法记录仪 DSJ-07，在库"


def test_drag_from_store_to_checked_out_goes_through_the_check_out_dialog(qtbot, page, camera_id, staffed_archive):
    assert "#eaf2fb" in drop_card(page, camera_id, "checked_out")
    dialog = page.dialog
    assert isinstance(dialog, CheckOutDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    _fill_check_out(dialog)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert device_register.get_device(staffed_archive, camera_id).state == "checked_out"
    card = page.board.card(camera_id)
    assert card in page.board.columns["checked_out"].cards
    assert "张伟" in card.summary
    assert card.accessibleName() == "执法记录仪 DSJ-07，领用中"
    assert page.focusWidget() is card  # a keyboard user carries on from the card just moved


def test_a_failed_pre_use_item_needs_a_reason(qtbot, page, camera_id, staffed_archive):
    drop_card(page, camera_id, "checked_out")
    dialog = page.dialog
    _fill_check_out(dialog)
    dialog.clock_check.setChecked(False)
    assert not dialog.ok_button.isEnabled()
    assert "日期、时间设定准确" in dialog.check_hint.text()
    dialog.reason_edit.setPlainText("出发前已与标准时间核对，偏差 3 秒")
    assert dialog.clock_offset() is None and dialog.offset_spin.text() == "未测量"
    dialog.offset_spin.setValue(3)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert device_register.get_device(staffed_archive, camera_id).state == "checked_out"
    check = custody.device_history(staffed_archive, camera_id)[-1].details["pre_use_check"]
    assert check["clock_ok"] is False and check["clock_offset_s"] == 3
    assert check["reasons"] == {"clock": "出发前已与标准时间核对，偏差 3 秒"}


def test_a_fault_in_the_check_opens_the_fault_form_instead(qtbot, page, camera_id, staffed_archive):
    drop_card(page, camera_id, "checked_out")
    dialog = page.dialog
    _fill_check_out(dialog)
    dialog.fault_check.setChecked(True)
    assert dialog.ok_button.text() == "改为故障登记"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"  # nothing checked out
    fault = page.dialog
    assert fault is not dialog and fault.windowTitle() == "故障登记"
    fault.description_edit.setPlainText("开机后无法录像")
    qtbot.mouseClick(fault.ok_button, Qt.MouseButton.LeftButton)
    assert device_register.get_device(staffed_archive, camera_id).state == "faulty"
    assert page.board.card(camera_id) in page.board.columns["faulty"].cards


def test_a_refused_drop_says_why_and_changes_nothing(page, camera_id, staffed_archive):
    assert "#fdecea" in drop_card(page, camera_id, "in_repair")  # marked as no place for it while hovering
    assert page.dialog is None
    assert page.message.isVisible()
    assert "不能把在库的设备 DSJ-07 直接移到“维修中”" in page.message.text()
    assert "领用" in page.message.text()
    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"


def test_other_mime_data_is_not_taken(page, camera_id):
    mime = QMimeData()
    mime.setText("DSJ-07")
    drop_card(page, camera_id, "checked_out", mime)
    assert page.dialog is None


# A popup menu on the offscreen platform cannot raise itself or grab the keyboard; a desktop can.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing the keyboard")


@POPUP
def test_the_card_menu_opens_from_the_keyboard_and_checks_out(qtbot, page, camera_id, staffed_archive):
    card = page.board.card(camera_id)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = card.menu
    assert menu.isVisible()
    names = [a.text() for a in menu.actions() if a.text()]
    assert names[0] == "领用…"
    menu.close()
    qtbot.keyClick(card, Qt.Key.Key_Menu)
    menu = card.menu
    assert menu.isVisible()
    menu.actions()[0].trigger()
    assert isinstance(page.dialog, CheckOutDialog)
    page.dialog.reject()


def test_tab_reaches_the_board(qtbot, page):
    page.tabs.tabBar().setFocus()
    for _ in range(12):
        if page.board.isAncestorOf(page.focusWidget()):
            break
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget().accessibleName() == "执法记录仪 DSJ-07，在库"


def test_check_out_to_no_one_on_the_staff_list_is_not_possible(page, camera_id):
    drop_card(page, camera_id, "checked_out")
    dialog = page.dialog
    _fill_check_out(dialog)
    dialog.officer_combo.setEditText("王五")
    assert not dialog.ok_button.isEnabled()
    names = [dialog.officer_combo.itemText(i) for i in range(dialog.officer_combo.count())]
    assert all(o.badge for o in lookups.officers(page.archive) if any(o.name in n for n in names))


def test_check_out_dialog_tabs_from_the_officer_through_the_checks_to_ok(page, camera_id):
    drop_card(page, camera_id, "checked_out")
    dialog = page.dialog
    chain, w = [], dialog.officer_combo
    for _ in range(40):
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(dialog):
            chain.append(w)
        w = w.nextInFocusChain()
        if w is dialog.officer_combo:
            break
    order = [dialog.officer_combo, dialog.purpose_edit, dialog.return_edit, dialog.battery_check,
             dialog.storage_check, dialog.clock_check, dialog.fault_check, dialog.offset_spin, dialog.reason_edit,
             dialog.ok_button, dialog.cancel_button]
    assert [w for w in chain if w in order] == order
    dialog.reject()


def test_a_networked_device_needs_the_offline_item_before_check_out(qtbot, page, staffed_archive, clerk, camera_id):
    info = device_register.get_device(staffed_archive, camera_id)
    device_register.edit_device(staffed_archive, clerk, camera_id, device_register.DeviceInput(
        serial=info.serial, kind=info.kind, model=info.model, features=frozenset({"live_upload"})))
    page.refresh()
    drop_card(page, camera_id, "checked_out")
    dialog = page.dialog
    _fill_check_out(dialog)
    assert dialog.offline_check.isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.offline_check.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert device_register.get_device(staffed_archive, camera_id).state == "checked_out"


@POPUP
def test_an_inspector_sees_the_board_but_no_move_in_any_menu(qtbot, staffed_archive, camera_id, password):
    from evidenceroom.core import accounts
    from evidenceroom.ui.custody.devices_page import DevicesPage

    page = DevicesPage(staffed_archive, accounts.sign_in(staffed_archive, "inspector", password))
    qtbot.addWidget(page)
    page.show()
    card = page.board.card(camera_id)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Menu)
    names = [a.text() for a in card.menu.actions() if a.text()]
    assert names == ["没有可办理的操作", "查看履历…"]
    card.menu.close()
    drop_card(page, camera_id, "sealed")
    assert page.dialog is None and "只能查看" in page.message.text()
    assert page.act(camera_id, "seal") is None
    assert not page.register_tab.add_button.isVisibleTo(page) and not page.register_tab.import_button.isVisibleTo(page)
    assert not page.ratios_tab.edit_button.isVisibleTo(page)
    assert device_register.get_device(staffed_archive, camera_id).state == "in_store"

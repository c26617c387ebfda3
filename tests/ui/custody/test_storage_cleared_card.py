"""记录存储已清除 from a device card's menu: the device's last import, verified first (ARC-10)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from evidenceroom.core import custody
from evidenceroom.core.ingest import ImportRequest, import_paths

POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing the keyboard")


@POPUP
def test_the_card_menu_records_the_clearing_of_the_last_import_once_it_is_verified(
        qtbot, page, staffed_archive, clerk, camera_id, card):
    report = import_paths(staffed_archive, clerk.actor, ImportRequest(paths=[card], officer_badge="13001",
                                                                      device_serial="DSJ-07"))
    page.refresh()
    board_card = page.board.card(camera_id)
    board_card.setFocus()
    qtbot.keyClick(board_card, Qt.Key.Key_Menu)
    names = [a.text() for a in board_card.menu.actions() if a.text()]
    assert "记录存储已清除…" in names
    board_card.menu.close()

    dialog = page.act(camera_id, "storage_cleared")
    assert f"第 {report.batch_id} 批" in dialog.batch_label.text() and "存入 4 个" in dialog.batch_label.text()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=30_000)
    assert "核验通过：4 个文件" in dialog.status_label.text()
    dialog.note_edit.setPlainText("存储卡已格式化")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    last = custody.device_history(staffed_archive, camera_id)[-1]
    assert (last.kind_zh, last.reason, last.details["batch_id"]) == ("已清除设备存储", "存储卡已格式化", report.batch_id)
    assert "记录存储已清除" in page.message.text()

    again = page.act(camera_id, "storage_cleared")
    assert not again.ok_button.isEnabled() and "设备存储已于" in again.status_label.text()
    again.reject()


def test_a_device_never_imported_from_has_nothing_to_record(qtbot, page, camera_id):
    dialog = page.act(camera_id, "storage_cleared")
    assert not dialog.ok_button.isEnabled()
    assert "没有导入记录" in dialog.batch_label.text()
    dialog.reject()

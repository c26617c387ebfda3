"""The import's result page: "已清除设备存储" only after the batch is verified (ARC-10)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from evidenceroom.core.custody import EventKind
from evidenceroom.core.device_ledger import LedgerFilter, ledger
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.storage_clearing import storage_clearing_for_batch
from evidenceroom.ui.custody.ledger_tab import event_cells
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.import_wizard import FILES, RESULT, RUN

from import_steps import choose, click, fill_details


def _start(qtbot, page, card) -> None:
    choose(qtbot, page, card)
    fill_details(page)
    click(qtbot, page.next_button)
    assert page.step() == FILES
    click(qtbot, page.next_button)  # 开始导入


def _cleared_rows(archive):
    return ledger(archive, LedgerFilter(kinds=(EventKind.STORAGE_CLEARED.value,)))


def test_the_button_is_disabled_during_the_import_and_records_the_clearing_once_verified(
        qtbot, page, card, staffed_archive):
    finished = []
    page.importFinished.connect(finished.append)
    _start(qtbot, page, card)
    result = page.result
    assert page.step() == RUN and page.is_running()
    assert not result.clear_button.isEnabled()

    qtbot.waitUntil(lambda: page.step() == RESULT, timeout=60_000)
    qtbot.waitUntil(lambda: result.clear_button.isEnabled(), timeout=30_000)
    assert not result.verifying()
    assert "核验通过：4 个文件" in result.clear_status.text() and "DSJ-07" in result.clear_status.text()
    assert result.clear_button.accessibleName() == "已清除设备存储"
    assert result.clear_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    with staffed_archive.session() as s:
        verified = s.scalars(select(AuditEvent).where(AuditEvent.action == "import.verified")).one()
        assert verified.target_id == finished[0]

    # From the keyboard: focus the button, press space, confirm.
    result.clear_button.setFocus()
    qtbot.keyClick(result.clear_button, Qt.Key.Key_Space)
    box = result.confirm_box
    assert box is not None and box.isVisible()
    assert "DSJ-07" in box.text() and "张伟（13001）" in box.text() and "4 个" in box.text()
    assert _cleared_rows(staffed_archive) == []
    click(qtbot, box.yes_button)

    qtbot.waitUntil(lambda: result.confirm_box is None)
    (row,) = _cleared_rows(staffed_archive)
    assert row.event.kind_zh == "已清除设备存储" and row.event.device_serial == "DSJ-07"
    assert row.event.details["batch_id"] == finished[0]
    assert storage_clearing_for_batch(staffed_archive, finished[0]).event_id == row.event.id
    assert not result.clear_button.isEnabled()
    assert result.clear_status.text().startswith("✔ 设备存储已于 ") and "由 陈静" in result.clear_status.text()
    assert not result.clear_message.isVisible()
    # The custody page's ledger names the import whose files were verified before the clearing.
    cells = event_cells(row, DisplayFormat())
    assert cells[2] == "已清除设备存储" and cells[8] == f"导入批次 {finished[0]}，4 个文件已核验"


def test_cancelling_the_confirmation_records_nothing(qtbot, page, card, staffed_archive):
    _start(qtbot, page, card)
    qtbot.waitUntil(lambda: page.step() == RESULT, timeout=60_000)
    result = page.result
    qtbot.waitUntil(lambda: result.clear_button.isEnabled(), timeout=30_000)
    click(qtbot, result.clear_button)
    box = result.confirm_box
    assert box.defaultButton() is not box.yes_button
    box.reject()
    qtbot.waitUntil(lambda: result.confirm_box is None)
    assert _cleared_rows(staffed_archive) == []
    assert result.clear_button.isEnabled()


def test_a_file_left_on_the_device_keeps_the_button_disabled_and_says_why(qtbot, page, card, staffed_archive):
    # A clip that could not be read: it is only on the device, which must not be cleared.
    (card / "DCIM" / "100MEDIA" / "20261128_101500_0003.MP4").symlink_to(card / "已拔出.MP4")
    _start(qtbot, page, card)
    qtbot.waitUntil(lambda: page.step() == RESULT, timeout=60_000)
    result = page.result
    qtbot.waitUntil(lambda: not result.verifying(), timeout=30_000)
    assert result.rejected_table.rowCount() == 1
    assert not result.clear_button.isEnabled()
    assert "未能存入" in result.clear_button.toolTip()
    assert result.clear_status.text().startswith("设备存储暂不能清除：")
    assert _cleared_rows(staffed_archive) == []

"""The import form's 活动开始时间 and the result page's 打印移交回执 (ARC-06)."""
from __future__ import annotations

import json
import shutil
import subprocess

from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import select

from evidenceroom.core.models import Activity, AuditEvent
from evidenceroom.ui.imports.import_wizard import DETAILS

from import_steps import choose, click, fill_details, run_to_result


def _activity_times(page, start_hours_ago: float, end_hours_ago: float) -> tuple[QDateTime, QDateTime]:
    now = QDateTime.currentDateTime()
    start, end = now.addSecs(int(-start_hours_ago * 3600)), now.addSecs(int(-end_hours_ago * 3600))
    d = page.details
    d.ended_check.setChecked(True)
    d.ended_edit.setDateTime(end)
    d.started_check.setChecked(True)
    d.started_edit.setDateTime(start)
    d.kind_combo.setEditText("日常执法检查")
    d.place_edit.setText("戴河下游左岸")
    return start, end


def test_the_start_field_sits_with_the_end_and_is_stored_on_the_new_activity(qtbot, page, card, staffed_archive):
    choose(qtbot, page, card)
    fill_details(page)
    d = page.details
    # Only with an end: a start alone makes no activity.
    assert not d.started_check.isEnabled() and not d.started_edit.isEnabled()
    d.ended_check.setChecked(True)
    assert d.started_check.isEnabled() and not d.started_edit.isEnabled()
    assert d.started_edit.accessibleName() == "活动开始时间"
    assert d.started_check.focusPolicy() & Qt.FocusPolicy.TabFocus
    start, end = _activity_times(page, 3, 1)
    assert d.started_edit.isEnabled()
    run_to_result(qtbot, page)
    with staffed_archive.session() as s:
        activity = s.scalars(select(Activity)).one()
        # The form shows this computer's time, as the end field does.
        assert activity.started_at == start.toPython().astimezone()
        assert activity.ended_at == end.toPython().astimezone()
        assert activity.kind == "日常执法检查"


def test_a_start_after_the_end_is_shown_on_the_form_and_nothing_starts(qtbot, page, card, staffed_archive):
    choose(qtbot, page, card)
    fill_details(page)
    _activity_times(page, 1, 2)
    click(qtbot, page.next_button)
    assert page.step() == DETAILS
    assert page.details.error.isVisible() and "活动开始时间须早于结束时间" in page.details.error.text()
    # Unticking the start lets the import go on without it.
    page.details.started_check.setChecked(False)
    run_to_result(qtbot, page)
    with staffed_archive.session() as s:
        activity = s.scalars(select(Activity)).one()
        assert activity.started_at is None and activity.ended_at is not None


def test_the_result_page_prints_the_hand_in_receipt_and_audits_it(qtbot, page, card, staffed_archive, tmp_path):
    choose(qtbot, page, card)
    fill_details(page)
    _activity_times(page, 3, 1)
    run_to_result(qtbot, page)
    result = page.result
    assert result.receipt_button.isVisible() and result.receipt_button.isEnabled()
    assert result.receipt_button.accessibleName() == "打印移交回执"
    assert result.clear_button.isVisibleTo(result)  # the storage-clearing row stays beside it
    target = tmp_path / "回执 输出" / "移交回执.pdf"
    report = result.print_receipt(target=target, open_after=False)
    assert not result.receipt_button.isEnabled()  # while it is written
    qtbot.waitUntil(lambda: report.finished, timeout=30_000)
    assert report.saved == target and target.is_file() and result.receipt_button.isEnabled()
    assert str(target) in result.receipt_message.text()
    text = " ".join(subprocess.run([shutil.which("pdftotext"), "-layout", str(target), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "张伟（13001）" in text and "DSJ-07" in text and "移交人（签字）" in text and "接收人（签字）" in text
    assert "日常执法检查" in text
    with staffed_archive.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).one()
    assert (event.target_kind, event.target_id) == ("import_batch", result.summary.batch_id)
    assert json.loads(event.details)["document"] == "hand_in_receipt"


def test_a_failed_receipt_is_reported_on_the_page(qtbot, page, card, staffed_archive, tmp_path):
    choose(qtbot, page, card)
    fill_details(page)
    run_to_result(qtbot, page)
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("x", encoding="utf-8")  # a file where the folder should be
    report = page.result.print_receipt(target=blocker / "回执.pdf", open_after=False)
    qtbot.waitUntil(lambda: report.finished, timeout=30_000)
    assert report.saved is None and page.result.receipt_message.isVisible()
    with staffed_archive.session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).all() == []

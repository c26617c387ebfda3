"""打印监管链报告… in the archive's detail panel (RPT-09): the selected recording's chain of custody as a
PDF, audited as document.printed."""
from __future__ import annotations

import json
import subprocess

import pytest
from sqlalchemy import select

from evidenceroom.core.models import AuditEvent
from evidenceroom.ui.archive.browser import ArchivePage


@pytest.fixture
def page(qtbot, filled_archive, clerk) -> ArchivePage:
    p = ArchivePage(filled_archive, clerk)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    return p


def test_the_button_asks_for_the_selected_recording_and_the_pdf_is_saved_and_audited(qtbot, page, tmp_path):
    page.recording_table.selectRow(0)
    rec = page.recordings.recording_at(0)
    button = page.detail.chain_button
    assert button.isVisibleTo(page) and button.accessibleName() == "打印监管链报告"
    page.detail.chain_report_requested.disconnect()  # no file dialog in a test: the page is called below
    with qtbot.waitSignal(page.detail.chain_report_requested) as asked:
        button.click()
    assert asked.args == [rec.id]

    out = tmp_path / "报告 输出" / "监管链.pdf"
    job = page.print_chain_report(rec.id, target=out, open_after=False)
    assert not button.isEnabled()  # written on a worker; the button waits for it
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    assert job.saved == out and button.isEnabled()
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "音像资料监管链报告" in text and rec.sha256 in text and "审计链校验通过" in text
    assert "已保存" in page.detail.report_message.text()
    with page.archive.session() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).one()
    assert (ev.target_kind, ev.target_id, json.loads(ev.details)["document"]) == ("recording", rec.id,
                                                                                  "chain_of_custody")


def test_a_recording_that_does_not_exist_shows_the_error_and_audits_nothing(qtbot, page, tmp_path):
    page.recording_table.selectRow(0)
    job = page.print_chain_report(999, target=tmp_path / "x.pdf", open_after=False)
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    assert job.saved is None
    assert "999" in page.detail.report_message.text() and page.detail.report_message.isVisibleTo(page)
    assert not (tmp_path / "x.pdf").exists()
    with page.archive.session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).all() == []

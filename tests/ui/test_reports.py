"""A printed document is written in a job: the button waits, the page says where it was saved and
the print is audited; a page closed meanwhile still gets its file written and audited, and nobody
is told. A failed write is shown on the page."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import select

from evidenceroom.core.models import AuditEvent
from evidenceroom.ui import workers
from evidenceroom.ui.reports import print_document


def _page():
    page = QWidget()
    message, button = QLabel(), QPushButton("打印")
    layout = QVBoxLayout(page)
    layout.addWidget(message)
    layout.addWidget(button)
    return page, message, button


def _printed(archive) -> list[dict]:
    with archive.session() as s:
        return [json.loads(e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.printed").order_by(AuditEvent.seq))]


def _write(path):
    path.write_bytes(b"%PDF-1.4\n")


def test_the_document_is_written_off_the_ui_thread_then_saved_and_audited(qtbot, staffed_archive, clerk, tmp_path):
    page, message, button = _page()
    qtbot.addWidget(page)
    target = tmp_path / "报告 输出" / "设备状况报告.pdf"
    target.parent.mkdir()
    report = print_document(page, staffed_archive, clerk, message, button, "保存", "x.pdf", _write, "device_status",
                            target=target, open_after=False)
    assert not button.isEnabled() and "正在生成" in message.text()
    qtbot.waitUntil(lambda: report.finished, timeout=20_000)
    assert button.isEnabled() and report.saved == target and target.is_file()
    assert str(target) in message.text()
    assert [p["document"] for p in _printed(staffed_archive)] == ["device_status"]


def test_a_failed_write_is_shown_and_not_audited(qtbot, staffed_archive, clerk, tmp_path):
    page, message, button = _page()
    qtbot.addWidget(page)

    def fails(path):
        raise OSError(f"磁盘已满：{path.name}")

    report = print_document(page, staffed_archive, clerk, message, button, "保存", "x.pdf", fails, "device_status",
                            target=tmp_path / "a.pdf", open_after=False)
    qtbot.waitUntil(lambda: report.finished, timeout=20_000)
    assert "磁盘已满" in message.text() and button.isEnabled() and report.saved is None
    assert _printed(staffed_archive) == []


def test_a_page_closed_while_the_document_is_written_still_gets_it_written_and_audited(qtbot, staffed_archive, clerk,
                                                                                          tmp_path):
    page, message, button = _page()
    target = tmp_path / "设备状况报告.pdf"
    print_document(page, staffed_archive, clerk, message, button, "保存", "x.pdf", _write, "device_status",
                   target=target, open_after=False)
    page.deleteLater()
    qtbot.waitUntil(lambda: not workers.running_jobs(), timeout=20_000)
    assert target.is_file()
    assert [p["document"] for p in _printed(staffed_archive)] == ["device_status"]

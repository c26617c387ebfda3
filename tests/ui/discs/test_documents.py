"""The helpers that save a PDF for printing: written whole on a worker, named as asked, errors reach the page."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from evidenceroom.ui import documents


def _finished(qtbot, job):
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    return job


def test_a_document_is_written_on_a_worker_and_reported_on_the_ui_thread(qtbot, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton()
    qtbot.addWidget(button)
    target = tmp_path / "打印 文件" / "光盘标签 A.pdf"
    threads, saved, failed = [], [], []

    def produce() -> Path:
        threads.append(threading.current_thread())
        return documents.write_whole(target, b"%PDF-1.4 x")

    job = documents.write_in_background(parent, produce, saved.append, failed.append, button, open_after=False)
    assert not button.isEnabled()  # one print at a time from this button
    _finished(qtbot, job)
    assert threads and threads[0] is not threading.main_thread()
    assert saved == [target] and failed == [] and job.saved == target and button.isEnabled()
    assert target.read_bytes() == b"%PDF-1.4 x"
    assert [p.name for p in target.parent.iterdir()] == ["光盘标签 A.pdf"]  # no .part left behind


def test_a_failed_write_reaches_the_page_and_leaves_no_file(qtbot, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    saved, failed = [], []
    job = documents.write_in_background(parent, lambda: documents.write_whole(blocker / "label.pdf", b"%PDF"),
                                        saved.append, failed.append, open_after=False)
    _finished(qtbot, job)
    assert saved == [] and len(failed) == 1 and isinstance(failed[0], OSError)
    assert blocker.read_text() == "x" and job.saved is None


def test_a_page_closed_mid_print_hears_nothing(qtbot, tmp_path: Path):
    parent = QWidget()
    release = threading.Event()
    heard = []

    def produce() -> Path:
        release.wait(10)
        return documents.write_whole(tmp_path / "x.pdf", b"%PDF")

    job = documents.write_in_background(parent, produce, heard.append, heard.append, open_after=False)
    parent.deleteLater()
    qtbot.waitUntil(lambda: job.abandoned, timeout=5_000)
    release.set()
    _finished(qtbot, job)
    assert heard == [] and (tmp_path / "x.pdf").read_bytes() == b"%PDF"  # finished, reported to nobody


def test_a_preview_goes_to_the_print_folder(tmp_path: Path):
    path = documents.preview_pdf(b"%PDF-1.4 y", "文字说明材料 GP-2026-0001.pdf", open_after=False, folder=tmp_path)
    assert path.parent == tmp_path and path.read_bytes() == b"%PDF-1.4 y"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_print_folder_is_the_users_own(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = documents.preview_folder()
    assert folder.is_dir() and folder.is_relative_to(tmp_path / "cache")
    assert folder.stat().st_mode & 0o077 == 0  # no one else may read the papers


def test_saving_the_viewing_register_for_printing_is_audited(qtbot, filled_archive, clerk, tmp_path: Path):
    import json

    from sqlalchemy import select

    from evidenceroom.core.models import AuditEvent
    from evidenceroom.ui.requests.register_page import RegisterPage

    page = RegisterPage(filled_archive, clerk)
    qtbot.addWidget(page)
    job = _finished(qtbot, page.save_pdf(target=tmp_path / "登记簿.pdf", open_after=False))
    saved = job.saved
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    assert "已保存" in page.message.text() and page.pdf_button.isEnabled()
    with filled_archive.session() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).all()
    details = json.loads(event.details)
    assert details["document"] == "viewing_register" and event.actor_user_id == clerk.user_id
    assert details["file"] == "登记簿.pdf" and "filter" in details  # what was printed, read when asked


@pytest.fixture
def made_set(archive, card, tmp_path):
    from core.disc_support import made_set

    from evidenceroom.printing.descriptions import render_description

    return made_set(archive, card, tmp_path / "光盘 输出", render_description)


def test_a_sets_papers_are_rendered_on_a_worker_and_audited_once_each(qtbot, archive, made_set, tmp_path):
    import json

    from sqlalchemy import select

    from evidenceroom.core.models import AuditEvent
    from evidenceroom.ui.discs.papers import SetPapers

    desk, info = made_set
    owner = QWidget()
    qtbot.addWidget(owner)
    papers = SetPapers(archive, desk.clerk, open_after=False, folder=tmp_path / "打印")
    saved, failed = [], []
    for what, sleeve in (("labels-disc", None), ("sleeves", (1, "B")), ("description", None)):
        _finished(qtbot, papers.start(owner, info, what, saved.append, failed.append, sleeve))
    assert failed == []
    assert [p.name for p in saved] == [f"光盘标签-{info.set_no}-disc.pdf", f"光盘封套-{info.set_no}-1B.pdf",
                                       f"文字说明材料-{info.set_no}.pdf"]
    assert saved[2].read_bytes() == info.description_path.read_bytes()
    _finished(qtbot, papers.start(owner, info, "sleeves", saved.append, failed.append, (9, "A")))
    assert len(failed) == 1 and isinstance(failed[0], LookupError)  # no such disc: nothing written or audited
    with archive.session() as s:
        printed = [json.loads(e.details) for e in s.scalars(select(AuditEvent)
                                                             .where(AuditEvent.action == "document.printed"))]
    assert [(p["document"], p["file"]) for p in printed] == [
        ("disc_label_disc", saved[0].name), ("disc_sleeve", saved[1].name), ("disc_description", saved[2].name)]
    assert printed[0]["discs"] == ["1/1 A", "1/1 B"] and printed[1]["disc"] == "1/1 B"
    assert printed[2]["same_as_disc"] is True and all(p["set_no"] == info.set_no for p in printed)


def test_the_description_preview_button_writes_on_a_worker_with_the_units_page_size(qtbot, archive, card,
                                                                                    tmp_path):
    import subprocess

    from core.disc_support import copy_grant, make_desk

    from evidenceroom.core import print_settings
    from evidenceroom.core.print_settings import PrintSettings
    from evidenceroom.ui.discs.make_set_dialog import MakeSetDialog

    desk = make_desk(archive, card)
    copy_grant(archive, desk)
    print_settings.set_print_settings(archive, desk.clerk, PrintSettings("Letter", 0, 0))
    dialog = MakeSetDialog(archive, desk.clerk, open_preview=False, preview_folder=tmp_path / "打印")
    qtbot.addWidget(dialog)
    dialog.extractor.setText("王五")
    with qtbot.waitSignal(dialog.preview_button.clicked):
        dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_path is not None and dialog.preview_button.isEnabled(), timeout=30_000)
    info = subprocess.run(["pdfinfo", str(dialog.preview_path)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792" in info  # Letter, as the set will be made, not A4

"""The one helper that saves a PDF for printing: written whole, named as asked, errors reach the page."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from evidenceroom.ui import documents


def test_a_document_is_written_to_the_chosen_path_with_chinese_names_and_spaces(qtbot, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "打印 文件" / "光盘标签 A.pdf"
    saved = documents.save_document(parent, "保存", "x.pdf", lambda p: documents.write_whole(p, b"%PDF-1.4 x"),
                                    target=target, open_after=False)
    assert saved == target and target.read_bytes() == b"%PDF-1.4 x"
    assert [p.name for p in target.parent.iterdir()] == ["光盘标签 A.pdf"]  # no .part left behind


def test_a_failed_write_reaches_the_caller_and_leaves_no_file(qtbot, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    with pytest.raises(OSError):
        documents.save_document(parent, "保存", "x.pdf", lambda p: documents.write_whole(p, b"%PDF"),
                                target=blocker / "label.pdf", open_after=False)
    assert blocker.read_text() == "x"


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
    saved = page.save_pdf(target=tmp_path / "登记簿.pdf", open_after=False)
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    with filled_archive.session() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).all()
    assert json.loads(event.details)["document"] == "viewing_register" and event.actor_user_id == clerk.user_id

"""Help → About shows the version written in pyproject.toml, and the window carries the app icon."""
from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from evidenceroom.ui.about import about_box
from evidenceroom.ui.application import app_icon

REPO = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_comes_from_pyproject():
    import evidenceroom

    assert evidenceroom.__version__ == pyproject_version()


def test_about_box_names_version_archive_and_runtime(qtbot, tmp_path):
    root = tmp_path / "证据 室"
    box = about_box(None, root)
    qtbot.addWidget(box)
    text = box.text()
    assert text.splitlines()[0] == f"EvidenceRoom {pyproject_version()}"
    assert str(root) in text
    assert "Qt " in text and "libvlc 3." in text
    assert not box.iconPixmap().isNull()
    assert box.standardButtons() == QMessageBox.StandardButton.Ok
    without = about_box(None, None)
    qtbot.addWidget(without)
    assert without.text().count("\n") == text.count("\n") - 1  # no archive line without an archive


def test_app_icon_has_every_rendered_size(qapp):
    icon = app_icon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}

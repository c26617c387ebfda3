"""Printed documents from the UI: ask where to save a PDF, write it whole, open it for printing.

Our PySide6 (Essentials) has no QtPdf, so a PDF cannot be painted into a QPrintPreviewDialog;
it is opened in the system's PDF viewer instead, which previews and prints it (and keeps the
exact page size, which matters for labels). A PDF is written under a temporary name and renamed
when complete, so a half-written file never carries the final name.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from platformdirs import user_cache_path
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

PDF_PATTERN = "PDF (*.pdf)"
PREVIEW_FOLDER = "打印"


def write_whole(path: Path, data: bytes) -> Path:
    """Write `data` to `path` in full or not at all (temporary name, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    part.write_bytes(data)
    os.replace(part, path)
    return path


def ask_target(parent: QWidget, title: str, default_name: str, pattern: str = PDF_PATTERN,
               folder: Path | None = None) -> Path | None:
    """The file the user chose to save to, or None when they cancelled."""
    start = (folder or Path.home()) / default_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), pattern)
    return Path(chosen) if chosen else None


def open_for_printing(path: Path) -> bool:
    """Open a saved PDF in the system viewer, where it is previewed and printed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_document(parent: QWidget, title: str, default_name: str, write: Callable[[Path], object],
                  target: Path | None = None, open_after: bool = True, pattern: str = PDF_PATTERN) -> Path | None:
    """Ask where (unless `target` is given), let `write(path)` write the file, then open it.

    Returns the path, or None when the user cancelled. Errors from `write` (ArchiveError, OSError)
    reach the caller, which shows them where its page shows messages.
    """
    target = target or ask_target(parent, title, default_name, pattern)
    if target is None:
        return None
    write(target)
    if open_after:
        open_for_printing(target)
    return target


def preview_folder() -> Path:
    """This user's own print folder: the papers name cases and people, so not a shared /tmp."""
    folder = user_cache_path("EvidenceRoom", appauthor=False) / PREVIEW_FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # the mode is ignored on Windows
    return folder


def preview_pdf(data: bytes, name: str, open_after: bool = True, folder: Path | None = None) -> Path:
    """Write a rendered PDF to the print folder (no question asked) and open it to preview and print;
    printing the same paper again replaces the earlier file."""
    path = write_whole((folder or preview_folder()) / name, data)
    if open_after:
        open_for_printing(path)
    return path

"""Printed documents from the UI: ask where to save a PDF, write it whole on a worker, open it for printing.

Our PySide6 (Essentials) has no QtPdf, so a PDF cannot be painted into a QPrintPreviewDialog;
it is opened in the system's PDF viewer instead, which previews and prints it (and keeps the
exact page size, which matters for labels). A PDF is written under a temporary name and renamed
when complete, so a half-written file never carries the final name.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from platformdirs import user_cache_path
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QWidget

from evidenceroom.printing.pages import write_whole
from evidenceroom.ui import workers

PDF_PATTERN = "PDF (*.pdf)"
PREVIEW_FOLDER = "打印"


def ask_target(parent: QWidget, title: str, default_name: str, pattern: str = PDF_PATTERN,
               folder: Path | None = None) -> Path | None:
    """The file the user chose to save to, or None when they cancelled."""
    start = (folder or Path.home()) / default_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), pattern)
    return Path(chosen) if chosen else None


def open_for_printing(path: Path) -> bool:
    """Open a saved PDF in the system viewer, where it is previewed and printed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def write_in_background(owner: QWidget, produce: Callable[[], Path], on_saved: Callable[[Path], object],
                        on_failed: Callable[[Exception], object], button: QAbstractButton | None = None,
                        open_after: bool = True) -> workers.Job:
    """Run `produce()` (render, write whole, audit; no widgets touched) on a worker, then on the UI
    thread open the file it returns for printing and call `on_saved(path)`, or `on_failed(exc)`.
    `button` is disabled meanwhile. If `owner` goes first, nothing is reported."""
    job = workers.Job(lambda progress, cancel: produce(), owner=owner)
    job.saved = None

    def saved(path: Path) -> None:
        job.saved = path
        if open_after:
            open_for_printing(path)
        on_saved(path)

    job.succeeded.connect(saved)
    job.failed.connect(on_failed)
    if button is not None:
        button.setEnabled(False)
        job.finished.connect(lambda: button.setEnabled(True))
    return job


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

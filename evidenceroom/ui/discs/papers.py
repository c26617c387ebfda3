"""A set's papers from the discs page: labels (A4 sheet or printable disc), sleeves, the written
description. Each is rendered from the recorded set by `printing.disc_papers` (as the command
line does), written to the print folder (or where the user chooses), audited as
`document.printed`, and opened to preview and print. `start` does the rendering on a worker."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton

from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_register import DiscSetInfo
from evidenceroom.printing import disc_papers
from evidenceroom.ui import documents, workers


class SetPapers:
    """Renders and opens the papers of one set; `folder` None means the system's print folder."""

    def __init__(self, archive: Archive, user: SignedIn, open_after: bool = True, folder: Path | None = None):
        self.archive, self.user, self.open_after, self.folder = archive, user, open_after, folder

    def write(self, info: DiscSetInfo, what: str, sleeve: tuple[int, str] | None = None) -> Path:
        """Render, write and audit one paper (`what` is one of `disc_papers.ALL`); touches no widget."""
        folder = self.folder or documents.preview_folder()
        [path] = disc_papers.print_papers(self.archive, self.user, info, folder, [what], sleeve)
        return path

    def start(self, owner: QObject, info: DiscSetInfo, what: str, on_saved: Callable[[Path], object],
              on_failed: Callable[[Exception], object], sleeve: tuple[int, str] | None = None,
              button: QAbstractButton | None = None) -> workers.Job:
        """`write` on a worker; the file is opened and `on_saved(path)` called on the UI thread."""
        return documents.write_in_background(owner, lambda: self.write(info, what, sleeve), on_saved, on_failed,
                                             button, self.open_after)

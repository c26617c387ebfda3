"""A set's papers from the discs page: labels (A4 sheet or printable disc), sleeves, the written
description. Each is rendered from the recorded set, written to the print folder (or where the
user chooses), opened to preview and print, and audited as `document.printed`."""
from __future__ import annotations

from pathlib import Path

from evidenceroom.core import print_settings
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_papers import set_disc_facts
from evidenceroom.core.disc_register import DiscSetInfo
from evidenceroom.printing.descriptions import set_description_pdf
from evidenceroom.printing.labels import render_labels
from evidenceroom.printing.sleeve import render_sleeve
from evidenceroom.ui import documents


class SetPapers:
    """Renders and opens the papers of one set; `folder` None means the system's print folder."""

    def __init__(self, archive: Archive, user: SignedIn, open_after: bool = True, folder: Path | None = None):
        self.archive, self.user, self.open_after, self.folder = archive, user, open_after, folder

    def _out(self, data: bytes, name: str, document: str, info: DiscSetInfo, **details) -> Path:
        path = documents.preview_pdf(data, name, open_after=self.open_after, folder=self.folder)
        print_settings.record_printed(self.archive, self.user, document, "disc_set", info.id, set_no=info.set_no,
                                      file=path.name, **details)
        return path

    def labels(self, info: DiscSetInfo, layout: str) -> Path:
        """Labels for every disc and copy of the set: two a sheet, or one per printable disc."""
        facts = set_disc_facts(self.archive, info.id)
        data = render_labels(facts, layout, print_settings.print_settings(self.archive))
        which = [f"{f.disc_no}/{f.disc_count} {f.copy}" for f in facts]
        return self._out(data, f"光盘标签-{info.set_no}-{layout}.pdf", f"disc_label_{layout}", info, discs=which)

    def sleeve(self, info: DiscSetInfo, disc_no: int, copy: str) -> Path:
        facts = [f for f in set_disc_facts(self.archive, info.id) if f.disc_no == disc_no and f.copy == copy]
        if not facts:  # the copies table only offers what the set has
            raise LookupError(f"{info.set_no} {disc_no} {copy}")
        data = render_sleeve(facts[0], print_settings.print_settings(self.archive))
        return self._out(data, f"光盘封套-{info.set_no}-{disc_no}{copy}.pdf", "disc_sleeve", info,
                         disc=f"{disc_no}/{facts[0].disc_count} {copy}")

    def description(self, info: DiscSetInfo) -> Path:
        """The written description as filed with the set (the same PDF as on the disc)."""
        data, same = set_description_pdf(self.archive, info, print_settings.print_settings(self.archive))
        return self._out(data, f"文字说明材料-{info.set_no}.pdf", "disc_description", info, same_as_disc=same)

"""The papers of a disc set already made — labels (A4 label sheet or printable disc), one sleeve per
disc and copy, the written description — rendered with the unit's print settings, each written
whole into a folder and audited as `document.printed`. One path for the discs page and for
`evidenceroom papers`, so both print and audit the same papers the same way.

No Qt here: the window calls this on a worker thread and opens the files itself."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from evidenceroom.core import print_settings
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_papers import set_disc_facts
from evidenceroom.core.disc_register import DiscSetInfo
from evidenceroom.printing.descriptions import set_description_pdf
from evidenceroom.printing.labels import render_labels
from evidenceroom.printing.pages import write_whole
from evidenceroom.printing.sleeve import render_sleeve

LABELS_A4, LABELS_DISC, SLEEVES, DESCRIPTION = "labels-a4", "labels-disc", "sleeves", "description"
ALL = (LABELS_A4, LABELS_DISC, SLEEVES, DESCRIPTION)


@dataclass(frozen=True)
class Paper:
    name: str  # the file name
    document: str  # a key of print_settings.DOCUMENT_KINDS
    data: bytes
    details: dict = field(default_factory=dict)  # what the audit event names besides the file


def render_papers(archive: Archive, info: DiscSetInfo, wanted: Iterable[str] = ALL,
                  sleeve: tuple[int, str] | None = None) -> Iterator[Paper]:
    """The papers asked for, in the order of `ALL`; `sleeve` (disc number, copy) keeps only that
    disc's sleeve. LookupError when the set has no such disc and copy."""
    wanted = set(wanted)
    settings = print_settings.print_settings(archive)
    discs = set_disc_facts(archive, info.id) if wanted & {LABELS_A4, LABELS_DISC, SLEEVES} else []
    for layout, what in (("a4", LABELS_A4), ("disc", LABELS_DISC)):
        if what in wanted:
            yield Paper(f"光盘标签-{info.set_no}-{layout}.pdf", f"disc_label_{layout}",
                        render_labels(discs, layout, settings),
                        {"discs": [f"{d.disc_no}/{d.disc_count} {d.copy}" for d in discs]})
    if SLEEVES in wanted:
        chosen = [d for d in discs if sleeve is None or (d.disc_no, d.copy) == sleeve]
        if not chosen:  # the page only offers the copies the set has
            raise LookupError(f"{info.set_no} {sleeve[0]} {sleeve[1]}" if sleeve else info.set_no)
        for d in chosen:
            yield Paper(f"光盘封套-{info.set_no}-{d.disc_no}{d.copy}.pdf", "disc_sleeve", render_sleeve(d, settings),
                        {"disc": f"{d.disc_no}/{d.disc_count} {d.copy}"})
    if DESCRIPTION in wanted:
        data, same = set_description_pdf(archive, info, settings)
        yield Paper(f"文字说明材料-{info.set_no}.pdf", "disc_description", data, {"same_as_disc": same})


def print_papers(archive: Archive, who, info: DiscSetInfo, folder: Path, wanted: Iterable[str] = ALL,
                 sleeve: tuple[int, str] | None = None) -> list[Path]:
    """Write each paper whole into `folder` (made if missing; a paper printed again replaces the
    earlier file) and audit it for `who` (a signed-in user or the command line's actor)."""
    written = []
    for paper in render_papers(archive, info, wanted, sleeve):
        path = write_whole(folder / paper.name, paper.data)
        print_settings.record_printed(archive, who, paper.document, "disc_set", info.id, set_no=info.set_no,
                                      file=path.name, **paper.details)
        written.append(path)
    return written

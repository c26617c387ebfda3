"""A made set's papers, written whole and audited one by one: shared by the discs page and the CLI."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from core.disc_support import made_set
from evidenceroom.core.models import AuditEvent
from evidenceroom.printing import disc_papers
from evidenceroom.printing.descriptions import render_description


@pytest.fixture
def made(archive, card, tmp_path):
    return made_set(archive, card, tmp_path / "光盘 输出", render_description)


def _printed(archive) -> list[dict]:
    with archive.session() as s:
        return [json.loads(e.details) for e in s.scalars(select(AuditEvent)
                                                         .where(AuditEvent.action == "document.printed")
                                                         .order_by(AuditEvent.seq))]


def test_each_paper_is_written_whole_and_audited_and_printing_again_replaces_it(archive, made, tmp_path):
    desk, info = made
    out = tmp_path / "打印 文件"
    first = disc_papers.print_papers(archive, desk.clerk, info, out)
    assert [p.name for p in first] == [f"光盘标签-{info.set_no}-a4.pdf", f"光盘标签-{info.set_no}-disc.pdf",
                                       f"光盘封套-{info.set_no}-1A.pdf", f"光盘封套-{info.set_no}-1B.pdf",
                                       f"文字说明材料-{info.set_no}.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in first)
    assert [d["document"] for d in _printed(archive)] == ["disc_label_a4", "disc_label_disc", "disc_sleeve",
                                                          "disc_sleeve", "disc_description"]
    again = disc_papers.print_papers(archive, desk.clerk, info, out, [disc_papers.SLEEVES], sleeve=(1, "A"))
    assert again == [first[2]] and len(_printed(archive)) == 6
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in first)  # replaced, no .part left


def test_a_paper_that_cannot_be_written_is_not_audited(archive, made, tmp_path):
    desk, info = made
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("x")
    with pytest.raises(OSError):
        disc_papers.print_papers(archive, desk.clerk, info, blocker, [disc_papers.DESCRIPTION])
    with pytest.raises(LookupError):
        disc_papers.print_papers(archive, desk.clerk, info, tmp_path / "out", [disc_papers.SLEEVES], sleeve=(2, "A"))
    assert _printed(archive) == [] and blocker.read_text() == "x" and not (tmp_path / "out").exists()

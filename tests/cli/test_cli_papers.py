"""`evidenceroom papers SET_ID --out DIR`: a set's labels, sleeves and description as PDF files, audited."""
from __future__ import annotations

import subprocess

import pytest

from cli_support import rows, run_json
from core.disc_support import copy_grant, make_desk
from evidenceroom.core import discs
from evidenceroom.printing.descriptions import render_description


@pytest.fixture
def made(archive, card, tmp_path):
    desk = make_desk(archive, card)
    info = discs.make_disc_set(archive, desk.clerk, copy_grant(archive, desk), extractor="王五", medium="cd",
                               render_description=render_description, folder=tmp_path / "光盘 输出")
    return info


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def test_papers_writes_every_paper_of_a_set_and_audits_each(cli, archive_dir, made, tmp_path):
    out = tmp_path / "打印 文件"
    proc = cli("--archive", archive_dir, "papers", str(made.id), "--out", out, "--json")
    assert proc.returncode == 0, proc.stderr
    result = run_json(proc)
    names = sorted(p.rsplit("/", 1)[-1] for p in result["files"])
    no = made.set_no
    assert names == sorted([f"光盘标签-{no}-a4.pdf", f"光盘标签-{no}-disc.pdf", f"光盘封套-{no}-1A.pdf",
                            f"光盘封套-{no}-1B.pdf", f"文字说明材料-{no}.pdf"])
    assert "副本 B" in _text(out / f"光盘封套-{no}-1B.pdf")
    assert (out / f"文字说明材料-{no}.pdf").read_bytes() == made.description_path.read_bytes()
    printed = rows(archive_dir, "SELECT details FROM audit_event WHERE action = 'document.printed' ORDER BY seq")
    assert len(printed) == 5 and all(no in d for (d,) in printed)
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no half-written file left


def test_papers_for_a_set_that_does_not_exist_is_refused(cli, archive_dir, made, tmp_path):
    proc = cli("--archive", archive_dir, "papers", "999", "--out", tmp_path / "out", "--what", "labels-a4")
    assert proc.returncode == 1
    assert "999" in proc.stderr
    assert not (tmp_path / "out").exists()

"""The chain-of-custody report on paper (RPT-09): every event in order with who did it, the file's
SHA-256, and 审计链校验通过 at the foot; the CJK font embedded."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
from contextlib import closing

import pytest

from core.disc_support import make_desk
from core.test_chain_of_custody import viewed_twice_and_copied_once
from evidenceroom.core.chain_of_custody import chain_of_custody
from evidenceroom.printing.chain_report import chain_report_pdf


def _run(*args) -> str:
    tool = shutil.which(str(args[0]))
    if tool is None:
        pytest.fail(f"{args[0]} is needed for this test: apt-get install poppler-utils")
    return subprocess.run([tool, *map(str, args[1:])], check=True, capture_output=True, text=True).stdout


def test_a_clip_viewed_twice_and_copied_once_prints_every_event_in_order(archive, card, tmp_path):
    desk = make_desk(archive, card)
    clip = viewed_twice_and_copied_once(archive, desk, tmp_path)
    report = chain_of_custody(archive, recording_id=clip)
    pdf = chain_report_pdf(report, tmp_path / "报告 输出" / "监管链.pdf")
    text = " ".join(_run("pdftotext", "-layout", pdf, "-").split())
    assert "音像资料监管链报告" in text and report.recordings[0].sha256 in text
    assert text.count("查阅开始（登记）") == 2 and text.count("制作光盘（复制）") == 1
    assert text.count("播放结束") == 2 and "王五" in text and "赵局长" in text
    # In the log's order: each event's audit number appears after the one before it.
    positions = [text.index(f" {n} {e.seq} ") for n, e in enumerate(report.events, start=1)]
    assert positions == sorted(positions)
    assert text.rstrip().endswith("审计链校验通过")  # each page's footer
    fonts = _run("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts


def test_an_altered_log_is_printed_as_not_verified(archive, archive_dir, card, tmp_path):
    desk = make_desk(archive, card)
    clip = desk.recording_ids[0]
    with closing(sqlite3.connect(archive_dir / "archive.db")) as conn:
        conn.execute("UPDATE audit_event SET actor_name = '某人' WHERE seq = 3")
        conn.commit()
    pdf = chain_report_pdf(archive, tmp_path / "b.pdf", recording_id=clip)
    text = " ".join(_run("pdftotext", "-layout", pdf, "-").split())
    assert "审计链校验未通过" in text and "第 3 号审计事件的内容被改动" in text
    assert "审计链校验通过" not in text

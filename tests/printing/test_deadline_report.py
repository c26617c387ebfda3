"""The printed hand-in timeliness report (RPT-05): late hand-ins with their hours, by department and officer."""
from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest

from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.deadline_report import deadline_report_pdf
from tests.core.oversight_support import activity, hand_in, staff


def test_two_late_hand_ins_appear_with_their_hours(archive, tmp_path):
    ids = staff(archive)
    for n, hours in enumerate((30, 27)):
        hand_in(archive, tmp_path / f"in{n}", activity(archive, ids["张伟"], ended_hours_ago=hours), 300 + 50 * n)
    hand_in(archive, tmp_path / "ok", activity(archive, ids["李娜"], ended_hours_ago=2), 500, badge="13002")
    with archive.session() as s:
        today = to_local(utcnow(), archive.unit(s).timezone).replace(tzinfo=None, hour=0, minute=0, second=0,
                                                                      microsecond=0)
    pdf = deadline_report_pdf(archive, today - timedelta(days=3), today + timedelta(days=1), tmp_path / "移交 统计.pdf")
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is needed for this test: apt-get install poppler-utils")
    text = " ".join(subprocess.run([tool, "-layout", str(pdf), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    assert "音像资料移交情况统计表" in text
    assert f"期间：{(today - timedelta(days=3)):%Y-%m-%d} 至 {today:%Y-%m-%d}" in text
    assert "逾期 6 小时" in text and "逾期 3 小时" in text
    assert "一大队 2 2 0 2 0 0 0.0%" in text and "李娜 1 1 1 0 0 0 100.0%" in text

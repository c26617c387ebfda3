"""The printed spot-check report: every sampled recording with its three scores, department totals."""
from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest

from evidenceroom.core import spot_checks
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.spot_check_report import spot_check_pdf
from tests.core.oversight_support import hand_in, sign_in, staff


def _text(pdf) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is needed for this test: apt-get install poppler-utils")
    return " ".join(subprocess.run([tool, "-layout", str(pdf), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def test_each_sampled_recording_appears_with_its_scores_and_the_department_total(archive, tmp_path):
    staff(archive)
    for n in range(3):
        hand_in(archive, tmp_path / f"in{n}", None, 300 + 70 * n)
    inspector = sign_in(archive, "inspector")
    with archive.session() as s:
        now = to_local(utcnow(), archive.unit(s).timezone).replace(tzinfo=None)
    check = spot_checks.draw(archive, inspector, now - timedelta(days=1), now + timedelta(hours=1), proportion=1.0,
                             seed=9)
    for item, scores in zip(check.items, ((10, 9, 8), (7, 6, 5))):
        spot_checks.score(archive, inspector, item.id, *scores, "中途停录")
    text = _text(spot_check_pdf(archive, check.id, tmp_path / "抽查 报告.pdf"))
    assert "音像资料抽查评分表" in text and "随机种子 9" in text
    for item in check.items:
        assert f"#{item.recording_id} {item.original_name}" in text
    assert "10 9 8 27 中途停录" in text and "7 6 5 18 中途停录" in text
    assert "一大队 3 2 45 22.5" in text and "执法人员得分 执法人员 抽取（件） 已评分（件） 总分 平均分 张伟 3 2 45 22.5" in text

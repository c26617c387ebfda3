"""The yearly review printed: figures in the text, the CJK font embedded, pages render."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image

from evidenceroom.core.timeutil import utcnow
from evidenceroom.printing.yearly_review import yearly_review_pdf
from tests.core.oversight_support import activity, hand_in, staff


def _run(*args) -> str:
    tool = shutil.which(str(args[0]))
    if tool is None:
        pytest.fail(f"{args[0]} is needed for this test: apt-get install poppler-utils")
    return subprocess.run([tool, *map(str, args[1:])], check=True, capture_output=True, text=True).stdout


def test_the_yearly_review_pdf_has_the_figures_an_embedded_font_and_renders(archive, tmp_path):
    ids = staff(archive)
    late = activity(archive, ids["张伟"], ended_hours_ago=30)
    on_time = activity(archive, ids["李娜"], ended_hours_ago=3)
    activity(archive, ids["张伟"], ended_hours_ago=60)
    hand_in(archive, tmp_path / "a", late, 440)
    hand_in(archive, tmp_path / "b", on_time, 550, badge="13002")
    year = utcnow().year
    pdf = yearly_review_pdf(archive, year, tmp_path / "报告 输出" / "评查.pdf")

    text = " ".join(_run("pdftotext", "-layout", pdf, "-").split())
    assert f"{year} 年度音像记录资料评查报告" in text
    assert "音像资料 2 件，执法活动 3 次；按时移交 1 次，逾期移交 1 次，逾期未移交 1 次，按时移交率 33.3%" in text
    assert "一大队 1 2 0 1 1 0 0.0%" in text and "二大队 1 1 1 0 0 0 100.0%" in text
    assert "逾期 6 小时" in text and "逾期未移交 36 小时" in text
    assert "图 1 各部门音像资料与执法活动" in text and "无设备配备数据" in text

    fonts = _run("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # every font embedded

    _run("pdftoppm", "-r", "40", "-png", pdf, tmp_path / "page")
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 1
    with Image.open(pages[0]) as im:
        assert im.convert("L").getextrema()[0] < 100  # something dark was drawn


def test_the_reviews_held_are_listed_and_a_year_without_one_says_so(archive, tmp_path):
    from datetime import date

    from evidenceroom.core import review_records
    from tests.core.oversight_support import sign_in

    staff(archive)
    year = utcnow().year
    first = " ".join(_run("pdftotext", yearly_review_pdf(archive, year, tmp_path / "a.pdf"), "-").split())
    assert "本年度尚未登记评查" in first
    review_records.record_review(archive, sign_in(archive, "inspector"), date(year, 1, 1), "全年现场检查资料",
                                 "周科长", 12, "1 件中断未说明", "书面检查")
    second = " ".join(_run("pdftotext", yearly_review_pdf(archive, year, tmp_path / "b.pdf"), "-").split())
    assert "全年现场检查资料" in second and "书面检查" in second and "本年度尚未登记评查" not in second

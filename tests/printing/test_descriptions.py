"""The written description (文字说明材料, DSC-02) rendered to a real PDF and read back with poppler."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from evidenceroom.core.print_settings import PrintSettings
from evidenceroom.printing.descriptions import render_description
from tests.printing.disc_fact_samples import (CASE_NAME, CASE_NO, COLLECTOR, PLACE, SET_NO, UNIT, assert_fonts_embedded,
                                              description, flat, page_count, page_size, recording, renders, run, save,
                                              tool)


def test_the_description_names_the_case_every_file_and_the_six_people_and_times(tmp_path: Path):
    pdf = save(render_description(description(files=2)), tmp_path / "说明 材料" / "description.pdf")
    text = flat(pdf)
    for fact in ("文字说明材料", UNIT, SET_NO, CASE_NO, CASE_NAME, "现场检查", "作为行政处罚案件证据附卷", "赵局长",
                 "光盘张数2张", "制作人", "王五", "制作时间", "2026-03-1614:05", "提取人", "李四（执法证号15010002）",
                 "提取时间", "2026-03-1613:50", "制作人签名", "提取人签名", "日期", "第1页共1页"):
        assert fact in text, fact
    for i in (1, 2):
        rec = recording(i)
        for fact in (rec.file_name, rec.sha256, f"2026-03-1509:30:{i:02d}", re.sub(r"\s", "", rec.device),
                     f"0:01:{round(65.4 + i) - 60:02d}", f"{rec.size:,}"):
            assert fact in text, fact
    assert text.count(re.sub(r"\s", "", COLLECTOR)) == 2 and text.count(re.sub(r"\s", "", PLACE)) == 2
    assert text.count("取证人员") == 2 and text.count("取证时间") == 2 and text.count("取证地点") == 2
    assert_fonts_embedded(pdf)
    assert page_size(pdf) == pytest.approx((595.28, 841.89), abs=0.1)
    renders(pdf, tmp_path / "png")


def test_a_long_description_flows_over_pages_each_numbered_of_the_total(tmp_path: Path):
    pdf = save(render_description(description(files=9)), tmp_path / "description.pdf")
    pages = page_count(pdf)
    assert pages >= 3
    for n in range(1, pages + 1):
        assert f"第{n}页共{pages}页" in flat(pdf, n)
    assert recording(9).sha256 in flat(pdf)
    assert "提取人签名" in flat(pdf, pages)  # the signatures close the last page
    assert_fonts_embedded(pdf)


def test_a_long_place_wraps_inside_its_cell_on_letter_paper(tmp_path: Path):
    # A narrow letter page and a long value: the text must wrap, not run past the margin.
    rec = recording(1)
    long_place = "秦淮区" + "中山南路沿河段" * 12
    facts = description(files=1, recordings=(rec.__class__(**{**rec.__dict__, "place": long_place}),))
    pdf = save(render_description(facts, PrintSettings(page_size="Letter")), tmp_path / "description.pdf")
    assert page_size(pdf) == pytest.approx((612, 792), abs=0.1)
    assert re.sub(r"\s", "", long_place) in flat(pdf)
    html = run(tool("pdftotext"), "-bbox", pdf, "-")
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert max(right_edges) < 612 - 40  # inside the right margin (18 mm = 51 pt)


def test_empty_facts_show_a_dash_instead_of_vanishing(tmp_path: Path):
    rec = recording(1)
    facts = description(files=1, activity="", recordings=(rec.__class__(**{**rec.__dict__, "place": "",
                                                                           "recorded_at": None}),))
    pdf = save(render_description(facts), tmp_path / "description.pdf")
    text = flat(pdf)
    assert "取证地点—" in text and "取证时间—" in text

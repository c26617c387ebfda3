"""The disc sleeve (光盘封套, DSC-04) rendered to a real PDF and read back with poppler."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.units import mm

from evidenceroom.core.print_settings import PrintSettings
from evidenceroom.printing.sleeve import render_sleeve, short_hash
from tests.printing.disc_fact_samples import (CASE_NAME, CASE_NO, MANIFEST, SET_NO, UNIT, assert_fonts_embedded, disc,
                                              flat, page_count, page_size, recording, renders, save, words)


def test_the_front_carries_the_label_facts_and_the_back_lists_the_files(tmp_path: Path):
    pdf = save(render_sleeve(disc("B", 2, 3, files=3)), tmp_path / "封套" / "sleeve.pdf")
    assert page_count(pdf) == 2
    assert page_size(pdf) == pytest.approx((120 * mm, 120 * mm), abs=0.1)
    front = flat(pdf, 1)
    for fact in (UNIT, "执法音像证据光盘", CASE_NO, CASE_NAME, "现场检查", "王五", "2026-03-1614:05", SET_NO,
                 "副本B", "第2/3张", MANIFEST):
        assert fact in front, fact
    back = flat(pdf, 2)
    assert "光盘内容（共3个文件）" in back
    for i in (1, 2, 3):
        rec = recording(i)
        for fact in (rec.file_name, short_hash(rec.sha256), f"2026-03-1509:30:{i:02d}", "11.8MB"):
            assert fact in back, fact
        assert rec.sha256 not in back  # the short form only; the full hash is in the description
    assert_fonts_embedded(pdf)
    renders(pdf, tmp_path / "png")


def test_a_long_file_list_flows_to_more_pages_with_its_header_repeated(tmp_path: Path):
    pdf = save(render_sleeve(disc("A", files=30)), tmp_path / "sleeve.pdf")
    pages = page_count(pdf)
    assert pages >= 3
    text = flat(pdf)
    for i in range(1, 31):
        assert recording(i).file_name in text
    for n in range(2, pages + 1):
        assert "文件名" in flat(pdf, n) and f"{n}/{pages}" in flat(pdf, n)


def test_the_offsets_move_every_page(tmp_path: Path):
    plain = save(render_sleeve(disc("A", files=12)), tmp_path / "plain.pdf")
    moved = save(render_sleeve(disc("A", files=12), PrintSettings(offset_x_mm=-3, offset_y_mm=2)),
                 tmp_path / "moved.pdf")
    for page in range(1, page_count(plain) + 1):
        before, after = words(plain, page), words(moved, page)
        assert before and [w[0] for w in before] == [w[0] for w in after]
        for b, a in zip(before, after):
            assert a[1] - b[1] == pytest.approx(-3 * mm, abs=0.05)
            assert a[2] - b[2] == pytest.approx(2 * mm, abs=0.05)

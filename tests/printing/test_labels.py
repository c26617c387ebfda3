"""Disc labels (DSC-04) rendered to real PDFs and read back with poppler."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.print_settings import PrintSettings
from evidenceroom.printing.labels import CLAMP, manifest_qr, render_labels
from evidenceroom.printing.sleeve import render_sleeve
from tests.printing.disc_fact_samples import (CASE_NAME, CASE_NO, MANIFEST, SET_NO, UNIT, assert_fonts_embedded, disc,
                                              flat, page_count, page_size, renders, run, save, tool,
                                              words)


def test_a_two_copy_set_prints_on_one_a4_sheet_with_every_required_fact(tmp_path: Path):
    pdf = save(render_labels([disc("A"), disc("B")], "a4"), tmp_path / "标签 目录" / "labels.pdf")
    assert page_count(pdf) == 1
    assert page_size(pdf) == pytest.approx((595.28, 841.89), abs=0.1)
    text = flat(pdf)
    for fact in (UNIT, CASE_NO, CASE_NAME, "执法活动：现场检查", "制作人：王五", "制作时间：2026-03-1614:05",
                 f"编号：{SET_NO}", "副本A", "副本B", "第1/1张", MANIFEST[:32], MANIFEST[32:]):
        assert fact in text, fact
    assert_fonts_embedded(pdf)
    renders(pdf, tmp_path / "png")


def test_copies_a_and_b_are_identical_but_for_the_copy(tmp_path: Path):
    pdf = save(render_labels([disc("A"), disc("B")], "disc"), tmp_path / "labels.pdf")
    assert page_count(pdf) == 2
    assert page_size(pdf) == pytest.approx((120 * mm, 120 * mm), abs=0.1)
    first, second = flat(pdf, 1), flat(pdf, 2)
    assert first != second
    texts = [[w[0] for w in words(pdf, n)] for n in (1, 2)]
    assert [{"A": "B"}.get(t, t) for t in texts[0]] == texts[1]
    assert texts[0].count("A") == 2 and texts[1].count("B") == 2  # "副本 A" and the large letter
    # The same layout line for line (a centred line moves by the width difference of A and B).
    lines = lambda n: [(round(w[2], 2), round(w[4], 2)) for w in words(pdf, n)]  # noqa: E731
    assert lines(1) == lines(2)


def test_three_discs_take_two_sheets_and_letter_paper_is_honoured(tmp_path: Path):
    discs = [disc("A", 1, 2), disc("A", 2, 2), disc("B", 1, 2)]
    pdf = save(render_labels(discs, "a4", PrintSettings(page_size="Letter")), tmp_path / "labels.pdf")
    assert page_count(pdf) == 2
    assert page_size(pdf) == pytest.approx((612, 792), abs=0.1)
    assert "第1/2张" in flat(pdf, 1) and "第2/2张" in flat(pdf, 1) and "第1/2张" in flat(pdf, 2)


def _ring_distances(pdf: Path, centre: tuple[float, float]) -> list[tuple[str, float, float]]:
    """Each word's nearest and farthest distance from the label's centre, in mm."""
    cx, cy = centre
    out = []
    for word, x0, y0, x1, y1 in words(pdf):
        near_x = min(max(cx, x0), x1)
        near_y = min(max(cy, y0), y1)
        far = max(math.hypot(x - cx, y - cy) for x in (x0, x1) for y in (y0, y1))
        out.append((word, math.hypot(near_x - cx, near_y - cy) / mm, far / mm))
    return out


@pytest.mark.parametrize("long_names", [False, True])
def test_no_text_in_the_clamping_ring_nor_past_the_edge(tmp_path: Path, long_names: bool):
    changes = {}
    if long_names:
        changes = dict(unit="江苏省南京市秦淮区水务局综合行政执法大队第二中队", activity="河道管理范围内违法建设现场检查及调查取证",
                       case_name="某某建筑工程有限公司未经许可在秦淮河河道管理范围内擅自建设建筑物及构筑物并堆放物料案",
                       maker="欧阳明月（执法证号 15010009）")
    pdf = save(render_labels([disc("A", **changes)], "disc"), tmp_path / "label.pdf")
    distances = _ring_distances(pdf, (60 * mm, 60 * mm))
    assert len(distances) > 10
    for word, near, far in distances:
        assert near > CLAMP / mm, f"{word} reaches into the clamping ring ({near:.1f} mm from the centre)"
        assert far < 59, f"{word} runs off the label ({far:.1f} mm from the centre)"
    if long_names:
        assert "…" in flat(pdf) or "欧阳明月" in flat(pdf)


def test_the_qr_code_holds_the_manifest_hash_and_decodes_from_the_printed_page(tmp_path: Path):
    import zxingcpp
    from PIL import Image

    assert manifest_qr(MANIFEST).value == MANIFEST
    for name, pdf in (("label", render_labels([disc("A")], "disc")), ("sleeve", render_sleeve(disc("A")))):
        path = save(pdf, tmp_path / f"{name}.pdf")
        run(tool("pdftoppm"), "-r", "200", "-f", "1", "-l", "1", "-png", path, tmp_path / name)
        [png] = tmp_path.glob(f"{name}-*1.png")
        found = zxingcpp.read_barcodes(Image.open(png))
        assert [r.text for r in found] == [MANIFEST], name


def test_the_offsets_move_everything_on_the_page(tmp_path: Path):
    plain = save(render_labels([disc("A")], "disc"), tmp_path / "plain.pdf")
    moved = save(render_labels([disc("A")], "disc", PrintSettings(offset_x_mm=4.0, offset_y_mm=-2.5)),
                 tmp_path / "moved.pdf")
    before, after = words(plain), words(moved)
    assert [w[0] for w in before] == [w[0] for w in after]
    for b, a in zip(before, after):
        assert a[1] - b[1] == pytest.approx(4 * mm, abs=0.05)  # right
        assert a[2] - b[2] == pytest.approx(-2.5 * mm, abs=0.05)  # up (negative y is up)


def test_an_unknown_layout_or_no_disc_is_refused():
    with pytest.raises(ArchiveError, match="版式"):
        render_labels([disc("A")], "a5")
    with pytest.raises(ArchiveError, match="没有"):
        render_labels([], "a4")


def test_a_printable_disc_gets_no_ink_inside_the_clamping_ring(tmp_path: Path):
    from PIL import Image

    dpi = 100
    px = dpi / 25.4  # pixels per mm

    def ink_inside_clamp(pdf: Path, centre_mm: tuple[float, float]) -> int:
        run(tool("pdftoppm"), "-r", str(dpi), "-f", "1", "-l", "1", "-gray", "-png", pdf, tmp_path / pdf.stem)
        [png] = tmp_path.glob(f"{pdf.stem}-*1.png")
        image = Image.open(png).convert("L")
        cx, cy = centre_mm[0] * px, centre_mm[1] * px
        r = CLAMP / mm * px - 1
        return sum(1 for x in range(int(cx - r), int(cx + r)) for y in range(int(cy - r), int(cy + r))
                   if (x - cx) ** 2 + (y - cy) ** 2 < r * r and image.getpixel((x, y)) < 250)

    on_disc = save(render_labels([disc("A")], "disc"), tmp_path / "disc.pdf")
    assert ink_inside_clamp(on_disc, (60, 60)) == 0
    # On a sheet the faint guide circles are drawn, so the same measure finds them.
    sheet = save(render_labels([disc("A")], "a4"), tmp_path / "sheet.pdf")
    assert ink_inside_clamp(sheet, (105, 75.5)) > 0

"""The printed register (RPT-01, ACC-04): each row's kind, each approver with their step, the clips
played, and copies as rows of their own, on an A4 landscape page where nothing is cut off."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from evidenceroom.core import register, usb_copy
from evidenceroom.core.register import RegisterFilter
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.registers import viewing_register_pdf

from core.register_support import COPY_REASON, REASON, Desk


def _run(*args) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def printed(archive, card, tmp_path: Path) -> tuple[Desk, Path, str]:
    desk = Desk(archive, card)
    since = utcnow()
    entry = register.start_viewing(archive, desk.clerk, desk.grant(), [desk.a, desk.b])
    desk.play(desk.b)
    desk.play(desk.a)
    register.end_viewing(archive, desk.clerk, entry.id)
    usb = tmp_path / "U盘 (F)"
    usb.mkdir()
    report = usb_copy.copy_to_folder(archive, desk.clerk, desk.grant("copy", COPY_REASON), [desk.a], usb, "",
                                     medium="usb")
    period = RegisterFilter(since=to_local(since, "Asia/Shanghai").replace(tzinfo=None))
    return desk, viewing_register_pdf(archive, period, tmp_path / "打印" / "登记簿.pdf"), report.folder.name


def test_the_pdf_shows_kind_approvers_by_step_clips_played_and_the_copy(printed):
    desk, pdf, folder = printed
    flat = re.sub(r"\s+", "", _run("pdftotext", "-raw", pdf, "-"))
    for expected in ("类别", "实际播放", "审批环节及审批人", "保管人", "查阅", "复制", REASON, COPY_REASON,
                     "审核：李主任(lizhuren)", "批准：赵局长(zhaojuzhang)", f"#{desk.b}{desk.name_b}",
                     f"#{desk.a}{desk.name_a}", f"复制到：{folder}", "共2条"):
        assert expected in flat, expected
    # Each row's approvers in step order: the review before the approval, for the viewing and the copy.
    assert flat.count("审核：李主任(lizhuren)批准：赵局长(zhaojuzhang)") == 2
    # The clips in the order played: B before A in the 实际播放 cell.
    played = flat.index(f"#{desk.b}{desk.name_b}", flat.index(REASON))
    assert played < flat.index(f"#{desk.a}{desk.name_a}", played)


def test_the_page_is_landscape_and_the_table_stays_inside_the_margins(printed, tmp_path: Path):
    _desk, pdf, _folder = printed
    _run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", pdf, tmp_path / "page")
    [png] = sorted(tmp_path.glob("page*.png"))
    with Image.open(png) as image:
        gray = image.convert("L")
        width, height = gray.size
        assert width > height
        # Nothing is drawn in the outer 5 mm on the left and right: no column runs off the page.
        edge = round(5 / 25.4 * 60)
        for x in (*range(edge), *range(width - edge, width)):
            assert all(gray.getpixel((x, y)) > 200 for y in range(0, height, 2)), x

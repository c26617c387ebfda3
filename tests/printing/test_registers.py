"""The viewing register printed (PDF) and exported (xlsx) from a real archive with real viewings."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import select

from evidenceroom.core import access, accounts, policy, registry
from evidenceroom.core.access import Items, OutsideParty
from evidenceroom.core.audit import Actor, read_head
from evidenceroom.core.exports import VIEWING_REGISTER_COLUMNS, viewing_register_xlsx
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Case, Recording, Role
from evidenceroom.core.register import RegisterFilter, end_viewing, register_rows, start_viewing
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.fonts import WQY_MICROHEI, FontNotFound, cjk_font_path, font_candidates, load_first
from evidenceroom.printing.registers import viewing_register_pdf

PASSWORD = "正确的密码-2026"
CASE_NO = "秦水罚〔2026〕31号"
REASON = "复核现场检查过程，核对执法人员告知程序及当事人陈述申辩的录音录像是否完整，供执法监督使用"
OUTSIDE_REASON = "行政诉讼举证需要"  # short enough for one line of its cell


@dataclass
class Room:
    clerk: accounts.SignedIn
    clip_a: int
    clip_b: int
    name_a: str
    name_b: str
    grant_id: int  # 张三's grant, covering the whole case
    outside_grant_id: int  # 陈律师's grant, covering clip A


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is needed for this test: apt-get install poppler-utils")
    return path


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def _approve(archive, clerk, request_id: int) -> int:
    access.decide(archive, clerk, request_id, "lizhuren", PASSWORD, "approve", "同意")
    return access.decide(archive, clerk, request_id, "zhaojuzhang", PASSWORD, "approve", "同意查阅").grant_id


@pytest.fixture
def room(archive, card) -> Room:
    setup = Actor("测试准备")
    import_paths(archive, setup, ImportRequest(paths=[card], case_no=CASE_NO))
    with archive.transaction() as s:
        registry.add_user(s, setup, "wangwu", PASSWORD, Role.CLERK, "王五")
        for login, name, title, badge in (("lizhuren", "李主任", "办公室主任", "3201002"),
                                          ("zhaojuzhang", "赵局长", "局主管领导", "3201003")):
            user = registry.add_user(s, setup, login, PASSWORD, Role.SUPERVISOR, name)
            user.person_id = registry.add_person(s, setup, name, badge, "办公室", title).id
        officer = registry.add_person(s, setup, "张三", "3201001", "执法大队", "执法人员").id
        case_id = s.scalar(select(Case.id).where(Case.case_no == CASE_NO))
        clips = s.execute(select(Recording.id, Recording.original_name).where(Recording.media_kind == "video")
                          .order_by(Recording.original_name)).all()
    clerk = accounts.sign_in(archive, "wangwu", PASSWORD)
    now = utcnow()
    common = dict(kind="view", purpose="supervision", window_start=now, window_end=now + timedelta(hours=8),
                  policy=policy.REGULATION_003)
    req = access.create_request(archive, clerk, requester=officer, reason=REASON, items=Items(case_ids=(case_id,)),
                                **common)
    outside = access.create_request(archive, clerk, requester=OutsideParty("陈律师", "某某律师事务所", "110101199001011234"),
                                    reason=OUTSIDE_REASON, items=Items(recording_ids=(clips[0].id,)), **common)
    return Room(clerk, clips[0].id, clips[1].id, clips[0].original_name, clips[1].original_name,
                _approve(archive, clerk, req.id), _approve(archive, clerk, outside.id))


@pytest.fixture
def two_viewings(archive, room: Room) -> Room:
    first = start_viewing(archive, room.clerk, room.grant_id, [room.clip_a])
    end_viewing(archive, room.clerk, first.id)
    start_viewing(archive, room.clerk, room.outside_grant_id, [room.clip_a])  # still going when printed
    second = start_viewing(archive, room.clerk, room.grant_id, [room.clip_a, room.clip_b])
    end_viewing(archive, room.clerk, second.id)
    return room


def _text(pdf: Path) -> str:
    return _run(_tool("pdftotext"), "-layout", pdf, "-")


def _pages(text: str) -> list[str]:
    return [p for p in text.split("\f") if p.strip()]


def test_the_pdf_shows_the_register_with_an_embedded_chinese_font(archive, two_viewings: Room, tmp_path: Path):
    room = two_viewings
    out = viewing_register_pdf(archive, RegisterFilter(), tmp_path / "打印" / "登记簿.pdf")
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")

    text = _text(out)  # -layout: what is on one line of the page stays on one line
    for expected in ("音像资料查阅/复制登记簿", "测试市水务局", "张三", "陈律师", "（某某律师事务所）", OUTSIDE_REASON,
                     room.name_a, room.name_b, "审核：李主任 (lizhuren)", "批准：赵局长 (zhaojuzhang)", "王五",
                     "未结束", "查阅"):
        assert expected in text, expected
    assert re.search(r"第\s*1\s*页\s*共\s*1\s*页", text)
    # A long reason wraps inside its cell; read in drawing order, its lines follow one another.
    raw = re.sub(r"\s+", "", _run(_tool("pdftotext"), "-raw", out, "-"))
    for expected in (REASON, CASE_NO, *VIEWING_REGISTER_COLUMNS):
        assert expected in raw, expected

    # Times are the unit's (Asia/Shanghai), not UTC.
    started = [r.started_at for r in register_rows(archive)]
    for when in started:
        assert to_local(when, "Asia/Shanghai").strftime("%Y-%m-%d") in text
        assert to_local(when, "Asia/Shanghai").strftime("%H:%M") in text
        assert when.strftime("%H:%M") not in text  # eight hours off, never the same clock time

    # The footer names the audit chain's head, as it stands after the viewings.
    seq, digest = read_head(archive.head_path)
    assert f"审计链 #{seq} sha256 {digest[:16]}" in text

    # name type encoding emb sub uni object ID: every font in the file is the CJK one, embedded.
    fonts = _run(_tool("pdffonts"), out).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert "TrueType" in line and line.split()[-5] == "yes", line
    assert any("WenQuanYi" in line for line in fonts) or cjk_font_path() != WQY_MICROHEI


def test_the_register_runs_in_order_of_viewing_and_the_period_filter_holds(archive, two_viewings: Room,
                                                                           tmp_path: Path):
    out = viewing_register_pdf(archive, RegisterFilter(), tmp_path / "all.pdf")
    text = re.sub(r"\s+", "", _run(_tool("pdftotext"), "-raw", out, "-"))
    # Oldest first: 张三's first viewing, then 陈律师's, then 张三's second.
    assert text.index("张三") < text.index("陈律师") < text.rindex("张三")
    assert "共3条" in text

    later = datetime.now() + timedelta(days=400)
    empty = _text(viewing_register_pdf(archive, RegisterFilter(since=later), tmp_path / "empty.pdf"))
    assert "本期间无查阅或复制记录" in empty and "张三" not in empty
    assert later.strftime("%Y-%m-%d %H:%M") in empty

    only = _text(viewing_register_pdf(archive, RegisterFilter(viewer="陈"), tmp_path / "chen.pdf"))
    assert "陈律师" in only and "张三" not in only


def test_sixty_entries_run_over_several_pages_each_numbered_of_the_total(archive, room: Room, tmp_path: Path):
    for n in range(60):
        entry = start_viewing(archive, room.clerk, room.grant_id, [room.clip_a, room.clip_b][: 1 + n % 2])
        end_viewing(archive, room.clerk, entry.id)
    # The filter's page size does not cut the printed register short.
    out = viewing_register_pdf(archive, RegisterFilter(limit=10), tmp_path / "sixty.pdf")
    pages = _pages(_text(out))
    total = len(pages)
    assert total >= 3
    for n, page in enumerate(pages, start=1):
        assert re.search(rf"第\s*{n}\s*页\s*共\s*{total}\s*页", page), page[-400:]
        assert "审计链 #" in page
    assert re.search(r"共\s*60\s*条", pages[0])
    flat = re.sub(r"\s+", "", _run(_tool("pdftotext"), "-raw", out, "-"))
    # Each page repeats the column headings, and every entry appears once by its number.
    assert all("查阅事由" in p for p in pages)
    assert flat.count(REASON) == 60


def test_page_one_renders_to_an_image(archive, two_viewings: Room, tmp_path: Path):
    out = viewing_register_pdf(archive, RegisterFilter(), tmp_path / "register.pdf")
    _run(_tool("pdftoppm"), "-r", "60", "-png", "-f", "1", "-l", "1", out, tmp_path / "page")
    png = sorted(tmp_path.glob("page*.png"))
    assert len(png) == 1
    with Image.open(png[0]) as image:
        assert image.format == "PNG"
        assert image.width > image.height  # A4 landscape: 297 x 210 mm at 60 dpi
        assert abs(image.width / image.height - 297 / 210) < 0.01
        # Ink on the page: the title, the table's grid and its text are drawn, not a blank sheet.
        dark = sum(image.convert("L").histogram()[:128])
        assert dark > 2_000


def test_without_a_cjk_truetype_font_the_error_says_what_to_install(tmp_path: Path):
    cff = tmp_path / "NotoSansCJK-Regular.ttc"
    cff.write_bytes(b"ttcf" + b"\x00" * 64)  # not a font reportlab can read
    with pytest.raises(FontNotFound, match="fonts-wqy-microhei") as caught:
        load_first([(tmp_path / "missing.ttc", 0), (cff, 0)])
    assert "missing.ttc" in str(caught.value) and "NotoSansCJK-Regular.ttc" in str(caught.value)
    font, path = load_first([(tmp_path / "missing.ttc", 0), *font_candidates()])
    assert path.is_file() and font.face.name


def test_the_xlsx_has_a_bold_frozen_header_and_one_row_per_viewing(archive, two_viewings: Room, tmp_path: Path):
    room = two_viewings
    out = viewing_register_xlsx(archive, RegisterFilter(), tmp_path / "导出" / "登记簿.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["查阅复制登记簿"]
    ws = wb["查阅复制登记簿"]
    assert [c.value for c in ws[1]] == list(VIEWING_REGISTER_COLUMNS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert all(ws.column_dimensions[col].width > 5 for col in "ABCDEFGHIJ")

    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert len(rows) == 3
    assert [r[0] for r in rows] == [1, 2, 3]
    assert [r[1] for r in rows] == ["查阅"] * 3
    assert [r[2] for r in rows] == ["张三", "陈律师（某某律师事务所）", "张三"]
    assert [r[3] for r in rows] == [REASON, OUTSIDE_REASON, REASON]
    assert room.name_a in rows[0][4] and CASE_NO in rows[0][4] and room.name_b not in rows[0][4]
    assert room.name_a in rows[2][4] and room.name_b in rows[2][4]
    assert [r[5] for r in rows] == ["未播放"] * 3  # nothing was played under these entries
    assert [r[6] for r in rows] == ["审核：李主任 (lizhuren)\n批准：赵局长 (zhaojuzhang)"] * 3
    assert [r[9] for r in rows] == ["王五 (wangwu)"] * 3

    entries = list(reversed(register_rows(archive)))
    for row, entry in zip(rows, entries):
        start, end = row[7], row[8]
        assert isinstance(start, datetime) and start.tzinfo is None
        local = to_local(entry.started_at, "Asia/Shanghai").replace(tzinfo=None)
        assert abs(start - local) < timedelta(seconds=1)
        if entry.ended_at is None:
            assert end is None
        else:
            assert isinstance(end, datetime) and end >= start
    assert ws.cell(row=2, column=8).number_format == "yyyy-mm-dd hh:mm"

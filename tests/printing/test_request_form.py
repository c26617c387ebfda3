"""The approval form (音像资料调阅审批表) printed from a real archive, before and after real approvals."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from evidenceroom.core import access, accounts, policy, registry
from evidenceroom.core.access import Items, OutsideParty
from evidenceroom.core.audit import Actor, read_head
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Case, Recording, Role
from evidenceroom.core.request_details import request_details
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.request_form import request_form_pdf

PASSWORD = "正确的密码-2026"
CASE_NO = "秦水罚〔2026〕31号"
REASON = ("复核现场检查过程，核对执法人员告知程序及当事人陈述申辩的录音录像是否完整，供执法监督使用；"
          "同时核实执法记录仪的开启时间与检查笔录记载的时间是否一致，并对照询问笔录逐段查看")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is needed for this test: apt-get install poppler-utils")
    return path


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def _layout(pdf: Path) -> str:
    return _run(_tool("pdftotext"), "-layout", pdf, "-")


def _flat(pdf: Path) -> str:
    return re.sub(r"\s+", "", _run(_tool("pdftotext"), "-raw", pdf, "-"))


@pytest.fixture
def room(archive, card):
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
    req = access.create_request(archive, clerk, kind="copy", requester=officer, reason=REASON,
                                purpose="supervision", items=Items(recording_ids=tuple(c.id for c in clips),
                                                                   case_ids=(case_id,)),
                                window_start=now, window_end=now + timedelta(hours=8), policy=policy.REGULATION_003)
    return clerk, req.id, [c.original_name for c in clips]


def test_a_pending_request_prints_with_empty_signature_boxes_for_both_steps(archive, room, tmp_path: Path):
    clerk, request_id, names = room
    out = request_form_pdf(archive, request_id, tmp_path / "打印" / "审批表.pdf")
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")

    text = _layout(out)
    flat = _flat(out)
    assert len(names) == 2
    for expected in ("音像资料调阅审批表", "测试市水务局", f"第{request_id}号", "张三", "3201001", "复制", "执法监督",
                     REASON, CASE_NO, *names, "审核", "批准", "办公室主任", "局主管领导", "待审批", "王五"):
        assert expected in flat, expected
    # Both steps undecided: each leaves a signature and a date to be filled in by hand.
    assert flat.count("签字：") == 2
    assert flat.count("年月日") == 2
    for name in ("李主任", "赵局长", "同意"):
        assert name not in flat, name
    # The window and each recording's time are the unit's (Asia/Shanghai), never UTC.
    d = request_details(archive, request_id)
    start = to_local(d.info.window_start, "Asia/Shanghai").strftime("%Y-%m-%d %H:%M")
    assert start in text
    for rec in d.recordings:
        assert rec.recorded_local is not None and rec.recorded_local.strftime("%Y-%m-%d %H:%M") in text
    assert d.cases and d.cases[0].case_no == CASE_NO and d.cases[0].recording_count >= 2
    assert re.search(r"第\s*1\s*页\s*共\s*1\s*页", text)
    seq, digest = read_head(archive.head_path)
    assert f"审计链 #{seq} sha256 {digest[:16]}" in text


def test_after_both_approvals_the_form_shows_the_approvers_and_their_decisions(archive, room, tmp_path: Path):
    clerk, request_id, _ = room
    access.decide(archive, clerk, request_id, "lizhuren", PASSWORD, "approve", "同意，请按规定复制")
    half = _flat(request_form_pdf(archive, request_id, tmp_path / "half.pdf"))
    assert "李主任" in half and "同意：同意，请按规定复制" in half
    assert half.count("签字：") == 1 and "赵局长" not in half  # the leader's step still to be signed

    access.decide(archive, clerk, request_id, "zhaojuzhang", PASSWORD, "approve", "同意复制")
    out = request_form_pdf(archive, request_id, tmp_path / "done.pdf")
    flat = _flat(out)
    for expected in ("李主任", "赵局长", "同意：同意复制", "已批准"):
        assert expected in flat, expected
    assert "签字：" not in flat and "年月日" not in flat
    for step in access.request_info(archive, request_id).steps:
        assert to_local(step.at, "Asia/Shanghai").strftime("%Y-%m-%d %H:%M") in _layout(out)


def test_a_refusal_prints_its_reason_and_an_outside_requester_their_organisation(archive, room, tmp_path: Path):
    clerk, request_id, names = room
    access.decide(archive, clerk, request_id, "lizhuren", PASSWORD, "refuse", reason="事由与所列资料无关")
    flat = _flat(request_form_pdf(archive, request_id, tmp_path / "refused.pdf"))
    assert "不同意。事由与所列资料无关" in flat and "已拒绝" in flat

    with archive.session() as s:
        clip = s.scalar(select(Recording.id).where(Recording.original_name == names[0]))
    now = utcnow()
    outside = access.create_request(archive, clerk, kind="provide",
                                    requester=OutsideParty("陈律师", "某某律师事务所", "110101199001011234"),
                                    reason="行政诉讼举证需要", purpose="litigation", items=Items(recording_ids=(clip,)),
                                    window_start=now, window_end=now + timedelta(hours=2),
                                    policy=policy.REGULATION_003)
    flat = _flat(request_form_pdf(archive, outside.id, tmp_path / "outside.pdf"))
    for expected in ("陈律师", "某某律师事务所", "110101199001011234", "对外提供", "办理涉法涉诉案件", names[0]):
        assert expected in flat, expected


def test_every_font_is_embedded_and_page_one_renders_a4_portrait(archive, room, tmp_path: Path):
    _, request_id, _ = room
    out = request_form_pdf(archive, request_id, tmp_path / "form.pdf")
    # name type encoding emb sub uni object ID
    fonts = _run(_tool("pdffonts"), out).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert line.split()[-5] == "yes", line

    _run(_tool("pdftoppm"), "-r", "70", "-png", "-f", "1", "-l", "1", out, tmp_path / "page")
    png = sorted(tmp_path.glob("page*.png"))
    assert len(png) == 1
    with Image.open(png[0]) as image:
        assert image.height > image.width
        assert abs(image.height / image.width - 297 / 210) < 0.01
        dark = sum(image.convert("L").histogram()[:128])
        assert dark > 2_000

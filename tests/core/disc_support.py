"""A desk with footage filed under a case and an approved copy grant, for the disc tests."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from evidenceroom.core import access, accounts, policy, registry
from evidenceroom.core.access import Items
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.audit import Actor
from evidenceroom.core.disc_facts import DescriptionFacts
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Case, DeviceKind, Recording, Role
from evidenceroom.core.timeutil import utcnow

PASSWORD = "正确的密码-2026"
CASE_NO = "秦水罚〔2026〕31号"


@dataclass
class DiscDesk:
    clerk: SignedIn
    officer_id: int
    case_id: int
    recording_ids: list[int]  # oldest first


def render_test_description(facts: DescriptionFacts) -> bytes:
    """Stands in for the printed description: a small PDF-like file naming the facts."""
    lines = [f"{facts.set_no} {facts.case_no} 制作人 {facts.maker} 提取人 {facts.extractor}"]
    lines += [f"{r.file_name} {r.sha256} {r.collector} {r.place}" for r in facts.recordings]
    return ("%PDF-1.4\n" + "\n".join(lines) + "\n%%EOF\n").encode("utf-8")


def make_desk(archive, card: Path) -> DiscDesk:
    setup = Actor("测试准备")
    with archive.transaction() as s:
        registry.add_user(s, setup, "wangwu", PASSWORD, Role.CLERK, "王五")
        leader = registry.add_user(s, setup, "zhaojuzhang", PASSWORD, Role.SUPERVISOR, "赵局长")
        leader.person_id = registry.add_person(s, setup, "赵局长", "3201003", "办公室", "局主管领导").id
        officer = registry.add_person(s, setup, "张三", "3201001", "执法大队", "执法人员")
        registry.add_device(s, setup, "DSJ-2024-0117", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ")
        officer_id = officer.id
    import_paths(archive, setup, ImportRequest(paths=[card], case_no=CASE_NO, officer_badge="3201001",
                                               device_serial="DSJ-2024-0117", activity_ended_at=utcnow(),
                                               activity_kind="现场检查", activity_place="秦淮河 东岸 3 号码头"))
    with archive.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_no == CASE_NO))
        ids = list(s.scalars(select(Recording.id).order_by(Recording.recorded_at, Recording.id)))
    return DiscDesk(accounts.sign_in(archive, "wangwu", PASSWORD), officer_id, case_id, ids)


def copy_grant(archive, desk: DiscDesk, items: Items | None = None, kind: str = "copy", hours: float = 8) -> int:
    now = utcnow()
    req = access.create_request(archive, desk.clerk, kind=kind, requester=desk.officer_id,
                                reason="复制为光盘后附卷", purpose="litigation",
                                items=items or Items(case_ids=(desk.case_id,)), window_start=now,
                                window_end=now + timedelta(hours=hours), policy=policy.DEFAULT)
    return access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD, "approve", "同意复制").grant_id


def made_set(archive, card: Path, folder: Path, render=render_test_description):
    """A desk with its hand-in and one CD set made under a copy grant: (desk, the set's info)."""
    from evidenceroom.core import discs

    desk = make_desk(archive, card)
    info = discs.make_disc_set(archive, desk.clerk, copy_grant(archive, desk), extractor="王五", medium="cd",
                               render_description=render, folder=folder)
    return desk, info

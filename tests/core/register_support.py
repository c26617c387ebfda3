"""A desk for the register tests: footage under a case, filed by an officer at a place, and requests
approved under the 003 chain (the office director reviews, the bureau leader approves)."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from evidenceroom.core import access, accounts, playback_rules, policy, registry, review
from evidenceroom.core.access import Items
from evidenceroom.core.audit import Actor
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Case, DeviceKind, Recording, Role
from evidenceroom.core.register import ApproverStep
from evidenceroom.core.timeutil import utcnow

PASSWORD = "正确的密码-2026"
CASE_NO = "秦水罚〔2026〕31号"
REASON = "复核现场检查过程"
COPY_REASON = "复制后附卷，移送法制审核"
CHAIN = (ApproverStep(1, "审核", "李主任 (lizhuren)"), ApproverStep(2, "批准", "赵局长 (zhaojuzhang)"))
# The audit events of a grant used: a viewing registered, a copy made.
USES = ("access.viewing_started", "copy.made", "disc_set.made")


class Desk:
    def __init__(self, archive, card: Path):
        setup = Actor("测试准备")
        with archive.transaction() as s:
            registry.add_user(s, setup, "wangwu", PASSWORD, Role.CLERK, "王五")
            for login, name, title, badge in (("lizhuren", "李主任", "办公室主任", "3201002"),
                                              ("zhaojuzhang", "赵局长", "局主管领导", "3201003")):
                user = registry.add_user(s, setup, login, PASSWORD, Role.SUPERVISOR, name)
                user.person_id = registry.add_person(s, setup, name, badge, "办公室", title).id
            self.officer = registry.add_person(s, setup, "张三", "3201001", "执法大队", "执法人员").id
            registry.add_device(s, setup, "DSJ-2024-0117", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ")
        # Who recorded it and where: a disc's description needs both.
        import_paths(archive, setup, ImportRequest(paths=[card], case_no=CASE_NO, officer_badge="3201001",
                                                   device_serial="DSJ-2024-0117", activity_ended_at=utcnow(),
                                                   activity_kind="现场检查", activity_place="秦淮河 东岸 3 号码头"))
        with archive.session() as s:
            self.case_id = s.scalar(select(Case.id).where(Case.case_no == CASE_NO))
            clips = s.execute(select(Recording.id, Recording.original_name).where(Recording.media_kind == "video")
                              .order_by(Recording.original_name)).all()
        self.archive = archive
        self.clerk = accounts.sign_in(archive, "wangwu", PASSWORD)
        (self.a, self.name_a), (self.b, self.name_b) = clips[0], clips[1]

    def grant(self, kind: str = "view", reason: str = REASON, requester=None) -> int:
        """A request under the 003 chain (the office director reviews, the bureau leader approves)."""
        now = utcnow()
        req = access.create_request(self.archive, self.clerk, kind=kind, requester=requester or self.officer,
                                    reason=reason, purpose="supervision", items=Items(case_ids=(self.case_id,)),
                                    window_start=now, window_end=now + timedelta(hours=8),
                                    policy=policy.REGULATION_003)
        access.decide(self.archive, self.clerk, req.id, "lizhuren", PASSWORD, "approve", "同意")
        return access.decide(self.archive, self.clerk, req.id, "zhaojuzhang", PASSWORD, "approve", "同意").grant_id

    def play(self, recording_id: int) -> None:
        """Play a recording the way the review pane does: the basis first, then the audited playback."""
        basis = playback_rules.may_play(self.archive, self.clerk, recording_id)
        playback = review.start_playback(self.archive, self.clerk, recording_id, basis)
        review.end_playback(self.archive, self.clerk, playback, 1200)

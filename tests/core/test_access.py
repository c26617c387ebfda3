"""Viewing and copying: a request, in-person approval step by step, a grant, and the register."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from evidenceroom.core import access, accounts, grants, policy, registry
from evidenceroom.core.access import Items, OutsideParty
from evidenceroom.core.accounts import AuthError, SignedIn
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import (AccessRequest, Approval, AuditEvent, Case, Grant, Recording, RegisterEntry,
                                      Role, User)
from evidenceroom.core.register import RegisterFilter, end_viewing, register_rows, start_viewing
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.verify import verify

PASSWORD = "正确的密码-2026"
CASE_NO = "秦水罚〔2026〕31号"


@dataclass
class Desk:
    clerk: SignedIn
    officer_id: int  # 张三, asks to view, no login
    case_id: int
    clip_a: int
    clip_b: int
    director_id: int
    leader_id: int


def _staff(s, setup: Actor, login: str, name: str, role: Role, title: str | None = None,
           badge: str | None = None) -> User:
    user = registry.add_user(s, setup, login, PASSWORD, role, name)
    if title or badge:
        user.person_id = registry.add_person(s, setup, name, badge, "办公室", title).id
    return user


@pytest.fixture
def desk(archive, card) -> Desk:
    setup = Actor("测试准备")
    import_paths(archive, setup, ImportRequest(paths=[card], case_no=CASE_NO))
    with archive.transaction() as s:
        _staff(s, setup, "wangwu", "王五", Role.CLERK)
        director = _staff(s, setup, "lizhuren", "李主任", Role.SUPERVISOR, "办公室主任", "3201002")
        leader = _staff(s, setup, "zhaojuzhang", "赵局长", Role.SUPERVISOR, "局主管领导", "3201003")
        _staff(s, setup, "qianzhuren", "钱主任", Role.SUPERVISOR, "办公室主任", "3201004")
        _staff(s, setup, "sunjiancha", "孙监督", Role.INSPECTOR)
        officer = registry.add_person(s, setup, "张三", "3201001", "执法大队", "执法人员")
        case_id = s.scalar(select(Case.id).where(Case.case_no == CASE_NO))
        clips = s.scalars(select(Recording.id).where(Recording.media_kind == "video")
                          .order_by(Recording.original_name)).all()
        ids = (officer.id, case_id, clips[0], clips[1], director.id, leader.id)
    return Desk(accounts.sign_in(archive, "wangwu", PASSWORD), *ids)


def _request(archive, desk: Desk, items: Items | None = None, hours: float = 8, **overrides):
    now = utcnow()
    args = dict(kind="view", requester=desk.officer_id, reason="复核现场检查过程", purpose="supervision",
                items=items or Items(recording_ids=(desk.clip_a,)), window_start=now,
                window_end=now + timedelta(hours=hours), policy=policy.REGULATION_003)
    args.update(overrides)
    return access.create_request(archive, desk.clerk, **args)


def _actions(archive) -> list[str]:
    with archive.session() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def _counts(archive) -> tuple[int, ...]:
    with archive.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in
                     (AccessRequest, Approval, Grant, RegisterEntry, AuditEvent))


def _approve_both(archive, desk: Desk, request_id: int):
    access.decide(archive, desk.clerk, request_id, "lizhuren", PASSWORD, "approve", "同意")
    return access.decide(archive, desk.clerk, request_id, "zhaojuzhang", PASSWORD, "approve", "同意查阅")


def test_two_step_approval_in_person_then_the_viewing_is_registered(archive, desk):
    req = _request(archive, desk)
    assert (req.status, req.status_zh, req.requester_name) == ("pending", "待审批", "张三")
    assert access.pending_count(archive) == 1

    first = access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "approve", "同意，报局领导批准")
    assert (first.step, first.step_name, first.status, first.grant_id) == (1, "审核", "under_review", None)
    assert first.approver_user_id == desk.director_id
    assert access.request_info(archive, req.id).status_zh == "待局主管领导批准"
    with pytest.raises(ArchiveError, match="需经审批：请先登记调阅申请"):
        grants.require_grant(archive, desk.clip_a)

    second = access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD, "approve", "同意查阅")
    assert (second.step, second.step_name, second.status) == (2, "批准", "approved")
    assert second.approver_user_id == desk.leader_id and access.pending_count(archive) == 0
    info = access.request_info(archive, req.id)
    assert info.status_zh == "已批准" and info.grant_id == second.grant_id
    assert [st.approver_name for st in info.steps] == ["李主任 (lizhuren)", "赵局长 (zhaojuzhang)"]
    assert grants.require_grant(archive, desk.clip_a).id == second.grant_id

    # Each decision is the approver's, not the clerk's at the desk.
    with archive.session() as s:
        decided = s.scalars(select(AuditEvent).where(AuditEvent.action == "access.decided")
                            .order_by(AuditEvent.seq)).all()
    assert [e.actor_user_id for e in decided] == [desk.director_id, desk.leader_id]
    assert json.loads(decided[0].details)["at_desk_of"] == "王五 (wangwu)"

    # Clip B of the same case is not in the grant.
    assert grants.valid_grant_for(archive, desk.clip_b) is None
    with pytest.raises(ArchiveError, match="不在第 .* 号调阅批准的范围内"):
        start_viewing(archive, desk.clerk, second.grant_id, [desk.clip_a, desk.clip_b])

    entry = start_viewing(archive, desk.clerk, second.grant_id, [desk.clip_a])
    done = end_viewing(archive, desk.clerk, entry.id)
    [row] = register_rows(archive)
    assert (row.viewer_name, row.reason, row.recording_ids) == ("张三", "复核现场检查过程", (desk.clip_a,))
    assert row.approvers == "李主任 (lizhuren)、赵局长 (zhaojuzhang)"
    assert row.started_at == entry.started_at and row.ended_at == done.ended_at >= row.started_at
    assert row.clerk_name == "王五 (wangwu)" and row.request_id == req.id
    assert register_rows(archive, RegisterFilter(viewer="张")) == [row]
    assert register_rows(archive, RegisterFilter(recording_id=desk.clip_b)) == []
    with pytest.raises(ArchiveError, match="已于 .* 结束"):
        end_viewing(archive, desk.clerk, entry.id)

    # The next day the grant's window is over.
    assert grants.valid_grant_for(archive, desk.clip_a, at=utcnow() + timedelta(days=1)) is None

    actions = _actions(archive)
    for action in ("access.requested", "access.granted", "access.viewing_started", "access.viewing_ended"):
        assert actions.count(action) == 1
    assert actions.count("access.decided") == 2 and actions.count("approval.succeeded") == 2
    assert verify(archive, Actor("测试")).problems == []


def test_viewing_after_the_window_is_refused_and_the_request_expires(archive, desk):
    end = utcnow() + timedelta(seconds=3)
    req = _request(archive, desk, window_end=end, policy=policy.DEFAULT)
    undecided = _request(archive, desk, window_end=end, policy=policy.DEFAULT)
    decision = access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD, "approve")
    assert decision.status == "approved" and access.pending_count(archive) == 1
    time.sleep(max(0.0, (end - utcnow()).total_seconds()) + 0.1)
    assert access.pending_count(archive) == 0
    before = _counts(archive)
    with pytest.raises(ArchiveError, match="批准的查阅时段已过"):
        start_viewing(archive, desk.clerk, decision.grant_id, [desk.clip_a])
    with pytest.raises(ArchiveError, match="查阅时段已过.*请重新登记"):
        access.decide(archive, desk.clerk, undecided.id, "zhaojuzhang", PASSWORD, "approve")
    assert _counts(archive) == before
    assert access.expire_overdue(archive, desk.clerk) == [req.id, undecided.id]
    assert {r.status_zh for r in access.list_requests(archive)} == {"已过期"}
    assert access.expire_overdue(archive, desk.clerk) == []
    assert _actions(archive).count("access.expired") == 2


def test_viewing_before_the_window_opens_is_refused(archive, desk):
    start = utcnow() + timedelta(days=1)
    req = _request(archive, desk, window_start=start, window_end=start + timedelta(hours=2), policy=policy.DEFAULT)
    grant_id = access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "approve").grant_id
    with pytest.raises(ArchiveError, match="未到批准的查阅时段"):
        start_viewing(archive, desk.clerk, grant_id, [desk.clip_a])
    assert grants.valid_grant_for(archive, desk.clip_a, at=start + timedelta(hours=1)).id == grant_id


def test_an_approver_cannot_decide_their_own_request(archive, desk):
    with archive.session() as s:
        director_person = s.get(User, desk.director_id).person_id
    req = _request(archive, desk, requester=director_person, policy=policy.DEFAULT)
    before = _counts(archive)
    with pytest.raises(ArchiveError, match="不得审批本人申请"):
        access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "approve")
    assert _counts(archive) == before
    assert access.request_info(archive, req.id).status == "pending"


def test_a_wrong_password_is_refused_audited_and_counted_toward_lockout(archive, desk, rows):
    req = _request(archive, desk)
    with pytest.raises(AuthError, match="用户名或密码不正确"):
        access.decide(archive, desk.clerk, req.id, "lizhuren", "猜的密码", "approve")
    assert rows(archive, Approval) == []
    assert access.request_info(archive, req.id).status == "pending"
    with archive.session() as s:
        assert s.get(User, desk.director_id).failed_logins == 1
        failed = s.scalars(select(AuditEvent).where(AuditEvent.action == "approval.failed")).all()
    assert [(e.actor_user_id, e.target_id) for e in failed] == [(desk.director_id, desk.director_id)]
    for _ in range(accounts.MAX_FAILURES - 1):
        with pytest.raises(AuthError):
            access.decide(archive, desk.clerk, req.id, "lizhuren", "猜的密码", "approve")
    with pytest.raises(AuthError, match="已锁定"):
        access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "approve")
    assert rows(archive, Approval) == []
    assert verify(archive, Actor("测试")).problems == []


def test_the_leader_cannot_approve_before_the_directors_review(archive, desk):
    req = _request(archive, desk)
    before = _counts(archive)
    with pytest.raises(ArchiveError, match="须先经办公室主任审核"):
        access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD, "approve")
    with pytest.raises(ArchiveError, match="须先经办公室主任审核"):
        access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD, "approve", step=2)
    assert _counts(archive) == before
    with pytest.raises(ArchiveError, match="须由办公室主任办理"):
        access.decide(archive, desk.clerk, req.id, "sunjiancha", PASSWORD, "approve")
    assert _counts(archive) == before


def test_a_step_already_decided_cannot_be_decided_again(archive, desk):
    req = _request(archive, desk)
    access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "approve", step=1)
    before = _counts(archive)
    with pytest.raises(ArchiveError, match="第 1 步（审核）已由 李主任 \\(lizhuren\\) 于 .* 办理，不能重复审批"):
        access.decide(archive, desk.clerk, req.id, "qianzhuren", PASSWORD, "approve", step=1)
    with pytest.raises(ArchiveError, match="各步须由不同的审批人办理"):
        access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "approve")
    assert _counts(archive) == before


def test_a_refusal_needs_its_reason_and_ends_the_request(archive, desk):
    req = _request(archive, desk)
    before = _counts(archive)
    with pytest.raises(ArchiveError, match="不同意时须填写理由"):
        access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "refuse", "不同意", reason="  ")
    assert _counts(archive) == before
    refused = access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "refuse", reason="事由与案件无关")
    assert (refused.status, refused.grant_id) == ("refused", None)
    info = access.request_info(archive, req.id)
    assert info.status_zh == "已拒绝" and info.steps[0].refusal_reason == "事由与案件无关"
    with pytest.raises(ArchiveError, match="已拒绝，不能再审批"):
        access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD, "approve")


def test_an_approver_may_narrow_a_whole_case_to_one_clip_and_a_shorter_window(archive, desk):
    req = _request(archive, desk, items=Items(case_ids=(desk.case_id,)))
    assert grants.valid_grant_for(archive, desk.clip_b) is None
    end = req.window_start + timedelta(hours=2)
    access.decide(archive, desk.clerk, req.id, "lizhuren", PASSWORD, "narrow", "只看第一段",
                  narrower_items=Items(recording_ids=(desk.clip_a,)), shorter_window=(req.window_start, end))
    with pytest.raises(ArchiveError, match="不在申请范围内"):
        access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD, "narrow",
                      narrower_items=Items(case_ids=(desk.case_id,)))
    grant = grants.grant_info(archive, access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD,
                                                     "approve").grant_id)
    assert grant.items == Items(recording_ids=(desk.clip_a,)) and grant.window_end == end
    assert grants.valid_grant_for(archive, desk.clip_a).id == grant.id
    assert grants.valid_grant_for(archive, desk.clip_b) is None


def test_a_whole_case_grant_covers_every_recording_of_the_case(archive, desk):
    req = _request(archive, desk, items=Items(case_ids=(desk.case_id,)), kind="copy")
    grant_id = _approve_both(archive, desk, req.id).grant_id
    assert grants.valid_grant_for(archive, desk.clip_b, kind="copy").id == grant_id
    assert grants.valid_grant_for(archive, desk.clip_b, kind="view").id == grant_id
    assert grants.valid_grant_for(archive, desk.clip_b, kind="provide") is None
    entry = start_viewing(archive, desk.clerk, grant_id, [desk.clip_a, desk.clip_b])
    assert entry.recording_ids == tuple(sorted((desk.clip_a, desk.clip_b))) and entry.kind == "copy"


def _bad_inputs(desk: Desk) -> list[tuple[dict, str]]:
    now = utcnow()
    return [
        (dict(reason="   "), "请填写查阅事由"),
        (dict(items=Items()), "请选择要调阅的资料或案件"),
        (dict(window_start=now - timedelta(days=2), window_end=now - timedelta(days=1)), "查阅时段已经过去"),
        (dict(window_end=now + timedelta(days=8)), "不能超过 7 天"),
        (dict(window_end=now - timedelta(hours=1)), "结束时间须晚于开始时间"),
        (dict(items=Items(recording_ids=(desk.clip_a, 9999))), "没有第 9999 号资料"),
        (dict(items=Items(case_ids=(9999,))), "没有第 9999 号案件"),
        (dict(requester=OutsideParty("某律师", "某律师事务所", " ")), "外单位申请人须填写姓名、单位和证件号码"),
        (dict(requester=9999), "人员名单中没有第 9999 号人员"),
        (dict(purpose="other"), "请写明用途"),
        (dict(kind="delete"), "无效的申请类型"),
    ]


def test_each_bad_request_is_refused_and_changes_nothing(archive, desk):
    before = _counts(archive)
    for overrides, message in _bad_inputs(desk):
        with pytest.raises(ArchiveError, match=message):
            _request(archive, desk, **overrides)
        assert _counts(archive) == before, message
    inspector = accounts.sign_in(archive, "sunjiancha", PASSWORD)
    before = _counts(archive)
    with pytest.raises(ArchiveError, match="由保管员统一登记"):
        access.create_request(archive, inspector, kind="view", requester=desk.officer_id, reason="抽查",
                              purpose="supervision", items=Items(recording_ids=(desk.clip_a,)),
                              window_start=utcnow(), window_end=utcnow() + timedelta(hours=1))
    assert _counts(archive) == before


def test_an_outside_party_request_keeps_name_organisation_and_id_number(archive, desk):
    req = _request(archive, desk, kind="provide", purpose="litigation",
                   requester=OutsideParty("某律师", "某律师事务所", "320102199001011234"),
                   window_start=datetime(2099, 1, 1, 9), window_end=datetime(2099, 1, 1, 17))
    assert (req.requester_person_id, req.requester_organisation) == (None, "某律师事务所")
    assert req.requester_id_number == "320102199001011234"
    # Naive times are the unit's local time (Asia/Shanghai).
    assert req.window_start.isoformat() == "2099-01-01T01:00:00+00:00"


def test_revocation_stops_a_grant(archive, desk):
    req = _request(archive, desk)
    grant_id = _approve_both(archive, desk, req.id).grant_id
    with pytest.raises(ArchiveError, match="请填写撤销理由"):
        grants.revoke_grant(archive, desk.clerk, grant_id, " ")
    revoked = grants.revoke_grant(archive, desk.clerk, grant_id, "案件已移送，停止查阅")
    assert revoked.revoked_by_name == "王五 (wangwu)" and revoked.revoked_at is not None
    assert grants.valid_grant_for(archive, desk.clip_a) is None
    assert access.request_info(archive, req.id).status_zh == "已撤销"
    before = _counts(archive)
    with pytest.raises(ArchiveError, match="已于 .* 撤销，不能查阅"):
        start_viewing(archive, desk.clerk, grant_id, [desk.clip_a])
    with pytest.raises(ArchiveError, match="已于 .* 撤销"):
        grants.revoke_grant(archive, desk.clerk, grant_id, "再次撤销")
    assert _counts(archive) == before
    assert "access.revoked" in _actions(archive)
    assert verify(archive, Actor("测试")).problems == []


def test_grants_expiring_today_are_listed_for_the_desk(archive, desk):
    soon = _request(archive, desk, hours=1, policy=policy.DEFAULT)
    later = _request(archive, desk, hours=24 * 5, policy=policy.DEFAULT)
    soon_grant = access.decide(archive, desk.clerk, soon.id, "lizhuren", PASSWORD, "approve").grant_id
    access.decide(archive, desk.clerk, later.id, "lizhuren", PASSWORD, "approve")
    at = soon.window_end - timedelta(minutes=1)
    assert [g.id for g in grants.grants_expiring_today(archive, at=at)] == [soon_grant]

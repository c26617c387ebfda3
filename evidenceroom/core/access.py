"""Viewing and copying (调阅、复制): requests and their in-person approvals (ACC-01 … ACC-03).

The custodian registers each request; each step of the policy's approval chain is decided by an
approver who signs in on that one decision (003§22: the office director reviews, the bureau
leader approves); when every step has approved, a grant allows the listed items, the granted
kind, within the approved window. Grants are checked and revoked in `evidenceroom.core.grants`,
and each viewing under one is written in the register (`evidenceroom.core.register`). Every
change appends an audit event in the same transaction, and a refused call changes nothing —
except that a wrong password is counted and audited.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evidenceroom.core import accounts, audit, policy as policies
from evidenceroom.core.accounts import AuthError, require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import (AccessKind, AccessPurpose, AccessRequest, Approval, Case, Decision, Grant,
                                      Person, Recording, RequestStatus, Role, User)
from evidenceroom.core.timeutil import as_utc, utcnow

MAX_REASON = 2000
OPEN = (RequestStatus.PENDING.value, RequestStatus.UNDER_REVIEW.value)
KIND_NAMES = {AccessKind.VIEW.value: "查阅", AccessKind.COPY.value: "复制", AccessKind.PROVIDE.value: "对外提供"}
STATUS_NAMES = {
    RequestStatus.PENDING.value: ("待审批", "pending"),
    RequestStatus.UNDER_REVIEW.value: ("审批中", "under review"),
    RequestStatus.APPROVED.value: ("已批准", "approved"),
    RequestStatus.REFUSED.value: ("已拒绝", "refused"),
    RequestStatus.REVOKED.value: ("已撤销", "revoked"),
    RequestStatus.EXPIRED.value: ("已过期", "expired"),
}


@dataclass(frozen=True)
class Items:
    """Recordings and whole cases (every recording filed under the case)."""

    recording_ids: tuple[int, ...] = ()
    case_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class OutsideParty:
    """A requester from outside the staff list (对外提供): name, organisation, ID number."""

    name: str
    organisation: str
    id_number: str


@dataclass(frozen=True)
class StepInfo:
    number: int
    name_zh: str
    who_zh: str
    decision: str | None
    approver_name: str | None
    at: datetime | None
    comment: str
    refusal_reason: str | None


@dataclass(frozen=True)
class RequestInfo:
    id: int
    kind: str
    requester_person_id: int | None
    requester_name: str
    requester_organisation: str
    requester_id_number: str | None
    reason: str
    purpose: str
    purpose_detail: str
    items: Items
    window_start: datetime
    window_end: datetime
    status: str
    status_zh: str  # 待审批, 待局主管领导批准, 已批准 …
    policy: str
    steps: tuple[StepInfo, ...]
    created_by_name: str
    created_at: datetime
    grant_id: int | None


@dataclass(frozen=True)
class DecisionInfo:
    request_id: int
    step: int
    step_name: str
    decision: str
    approver_user_id: int
    approver_name: str
    status: str
    grant_id: int | None


def actor_of(who) -> Actor:
    """A signed-in user (`SignedIn`) or a plain `Actor`."""
    return who if isinstance(who, Actor) else who.actor


def when_utc(value: datetime, s: Session, archive: Archive) -> datetime:
    return as_utc(value, archive.unit(s).timezone)


def fmt_utc(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC")


def _check_items(s: Session, items: Items) -> Items:
    rec_ids = tuple(dict.fromkeys(int(i) for i in items.recording_ids))
    case_ids = tuple(dict.fromkeys(int(i) for i in items.case_ids))
    if not rec_ids and not case_ids:
        raise ArchiveError("请选择要调阅的资料或案件。", "Choose the recordings or cases the request is for.")
    for rec_id in rec_ids:
        if s.get(Recording, rec_id) is None:
            raise ArchiveError(f"没有第 {rec_id} 号资料。", f"There is no recording {rec_id}.")
    for case_id in case_ids:
        if s.get(Case, case_id) is None:
            raise ArchiveError(f"没有第 {case_id} 号案件。", f"There is no case {case_id}.")
    return Items(rec_ids, case_ids)


def _check_window(start: datetime, end: datetime, max_days: int, now: datetime) -> None:
    if end <= start:
        raise ArchiveError("查阅时段的结束时间须晚于开始时间。", "The window must end after it starts.")
    if end <= now:
        raise ArchiveError(f"查阅时段已经过去（至 {fmt_utc(end)}），请重新选择时段。",
                           f"The window is over (it ended {fmt_utc(end)}); choose another window.")
    if end - start > timedelta(days=max_days):
        raise ArchiveError(f"查阅时段不能超过 {max_days} 天。", f"The window cannot be longer than {max_days} days.")


def create_request(archive: Archive, clerk, *, kind: str, requester: int | OutsideParty, reason: str,
                   purpose: str, items: Items, window_start: datetime, window_end: datetime,
                   purpose_detail: str = "", policy: policies.AccessPolicy = policies.DEFAULT) -> RequestInfo:
    """Register a request to view, copy or provide recordings (ACC-01); it waits for approval.

    `requester` is a person id from the staff list or an outside party. Naive times are the
    unit's local time.
    """
    who = actor_of(clerk)
    require_role(clerk, (Role.CLERK.value, Role.ADMINISTRATOR.value),
                 "调阅申请由保管员统一登记。", "Requests are registered by the custodian.")
    if kind not in KIND_NAMES:
        raise ArchiveError(f"无效的申请类型：{kind}。", f"Not a valid request kind: {kind}.")
    if purpose not in {p.value for p in AccessPurpose}:
        raise ArchiveError(f"无效的用途：{purpose}。", f"Not a valid purpose: {purpose}.")
    reason = (reason or "").strip()
    if not reason:
        raise ArchiveError("请填写查阅事由。", "Enter the reason for the request.")
    if len(reason) > MAX_REASON:
        raise ArchiveError(f"查阅事由过长（最多 {MAX_REASON} 字）。",
                           f"The reason is too long (at most {MAX_REASON} characters).")
    if purpose == AccessPurpose.OTHER.value and not purpose_detail.strip():
        raise ArchiveError("用途为“其他”时请写明用途。", "Describe the purpose when it is 'other'.")
    policy.chain(kind)
    with archive.transaction() as s:
        start, end = when_utc(window_start, s, archive), when_utc(window_end, s, archive)
        _check_window(start, end, policy.max_window_days, utcnow())
        items = _check_items(s, items)
        if isinstance(requester, OutsideParty):
            name, org, id_no = requester.name.strip(), requester.organisation.strip(), requester.id_number.strip()
            if not (name and org and id_no):
                raise ArchiveError("外单位申请人须填写姓名、单位和证件号码。",
                                   "An outside requester needs a name, an organisation and an ID number.")
            person_id = None
        else:
            person = s.get(Person, requester)
            if person is None:
                raise ArchiveError(f"人员名单中没有第 {requester} 号人员。",
                                   f"There is no person {requester} in the staff list.")
            name, org, id_no, person_id = person.name, "", person.badge_no, person.id
        req = AccessRequest(kind=kind, requester_person_id=person_id, requester_name=name,
                            requester_organisation=org, requester_id_number=id_no, reason=reason, purpose=purpose,
                            purpose_detail=purpose_detail.strip(), window_start=start, window_end=end,
                            status=RequestStatus.PENDING.value, policy=policy.name, created_by_user_id=who.user_id,
                            created_by_name=who.name, created_at=utcnow())
        req.recordings = [s.get(Recording, i) for i in items.recording_ids]
        req.cases = [s.get(Case, i) for i in items.case_ids]
        s.add(req)
        s.flush()
        audit.record(s, who, "access.requested", "access_request", req.id, kind=kind, requester=name,
                     organisation=org, person_id=person_id, reason=reason, purpose=purpose,
                     recordings=list(items.recording_ids), cases=list(items.case_ids),
                     window=[start.isoformat(), end.isoformat()], policy=policy.name)
        return _request_info(s, req)


def _approvals(s: Session, request_id: int) -> list[Approval]:
    return list(s.scalars(select(Approval).where(Approval.request_id == request_id).order_by(Approval.step)))


def _grant_of(s: Session, request_id: int) -> Grant | None:
    return s.scalar(select(Grant).where(Grant.request_id == request_id))


def _request_info(s: Session, req: AccessRequest) -> RequestInfo:
    chain = policies.by_name(req.policy).chain(req.kind)
    done = {a.step: a for a in _approvals(s, req.id)}
    steps = []
    for n, st in enumerate(chain, start=1):
        a = done.get(n)
        if a is None:
            steps.append(StepInfo(n, st.name_zh, st.who_zh, None, None, None, "", None))
        else:
            steps.append(StepInfo(n, st.name_zh, st.who_zh, a.decision, a.approver_name, a.at, a.comment,
                                  a.refusal_reason))
    status_zh = STATUS_NAMES[req.status][0]
    if req.status == RequestStatus.UNDER_REVIEW.value:
        nxt = chain[len(done)]
        status_zh = f"待{nxt.who_zh}{nxt.name_zh}"
    grant = _grant_of(s, req.id)
    return RequestInfo(req.id, req.kind, req.requester_person_id, req.requester_name, req.requester_organisation,
                       req.requester_id_number, req.reason, req.purpose, req.purpose_detail,
                       Items(tuple(r.id for r in req.recordings), tuple(c.id for c in req.cases)),
                       req.window_start, req.window_end, req.status, status_zh, req.policy, tuple(steps),
                       req.created_by_name, req.created_at, grant.id if grant else None)


def request_info(archive: Archive, request_id: int) -> RequestInfo:
    with archive.session() as s:
        return _request_info(s, _request(s, request_id))


def list_requests(archive: Archive, statuses: tuple[str, ...] | None = None, limit: int = 500) -> list[RequestInfo]:
    """Newest first; `statuses` narrows to those (e.g. the open ones, `OPEN`)."""
    with archive.session() as s:
        q = select(AccessRequest).order_by(AccessRequest.created_at.desc(), AccessRequest.id.desc()).limit(limit)
        if statuses:
            q = q.where(AccessRequest.status.in_(statuses))
        return [_request_info(s, r) for r in s.scalars(q)]


def _request(s: Session, request_id: int) -> AccessRequest:
    req = s.get(AccessRequest, request_id)
    if req is None:
        raise ArchiveError(f"没有第 {request_id} 号调阅申请。", f"There is no access request {request_id}.")
    return req


# --- deciding, in person -----------------------------------------------------------------------

def decide(archive: Archive, clerk, request_id: int, login: str, password: str, decision: str, comment: str = "",
           reason: str | None = None, narrower_items: Items | None = None,
           shorter_window: tuple[datetime, datetime] | None = None, *, step: int | None = None) -> DecisionInfo:
    """The approver signs in with their own login and password for this one decision (ACC-03).

    The decision is recorded under the approver's name; `clerk` is who keeps the desk. `step`,
    when given, is the step the approver was shown: a step decided meanwhile is refused. A wrong
    password is counted toward the lockout and audited even though the decision is refused.
    """
    if decision not in {d.value for d in Decision}:
        raise ArchiveError(f"无效的审批意见：{decision}。", f"Not a valid decision: {decision}.")
    reason = (reason or "").strip() or None
    if decision == Decision.REFUSE.value and not reason:
        raise ArchiveError("不同意时须填写理由。", "A refusal must state its reason.")
    narrowing = narrower_items is not None or shorter_window is not None
    if decision == Decision.NARROW.value and not narrowing:
        raise ArchiveError("缩小范围时请选择保留的资料或缩短的时段。", "To narrow, choose fewer items or a shorter window.")
    if decision != Decision.NARROW.value and narrowing:
        raise ArchiveError("只有“缩小范围后同意”才能改动资料或时段。", "Only a narrowing approval changes the items or window.")
    desk = actor_of(clerk)
    with archive.session() as s:
        with s.begin():
            try:
                approver = accounts.authenticate(s, login, password, purpose="approval")
            except AuthError as exc:
                failure = exc
            else:
                return _decide(archive, s, desk, approver, request_id, decision, (comment or "").strip(), reason,
                               narrower_items, shorter_window, step)
        raise failure


def _decide(archive: Archive, s: Session, desk: Actor, approver: accounts.SignedIn, request_id: int,
            decision: str, comment: str, reason: str | None, narrower: Items | None,
            shorter: tuple[datetime, datetime] | None, step: int | None) -> DecisionInfo:
    now = utcnow()
    req = _request(s, request_id)
    if req.status not in OPEN:
        raise ArchiveError(f"第 {req.id} 号申请{STATUS_NAMES[req.status][0]}，不能再审批。",
                           f"Request {req.id} is {STATUS_NAMES[req.status][1]}; it cannot be decided.")
    chain = policies.by_name(req.policy).chain(req.kind)
    done = _approvals(s, req.id)
    items, start, end = _effective(req, done)
    if end <= now:
        raise ArchiveError(f"第 {req.id} 号申请的查阅时段已过（至 {fmt_utc(end)}），请重新登记。",
                           f"The window of request {req.id} is over ({fmt_utc(end)}); register it again.")
    number = len(done) + 1
    if step is not None:
        if not 1 <= step <= len(chain):
            raise ArchiveError(f"审批流程没有第 {step} 步。", f"The approval chain has no step {step}.")
        if step < number:
            a = done[step - 1]
            raise ArchiveError(
                f"第 {step} 步（{a.step_name}）已由 {a.approver_name} 于 {fmt_utc(a.at)} 办理，不能重复审批。",
                f"Step {step} ({a.step_name}) was already decided by {a.approver_name} at {fmt_utc(a.at)}.")
        if step > number:
            first = chain[number - 1]
            raise ArchiveError(f"须先经{first.who_zh}{first.name_zh}，才能办理第 {step} 步。",
                               f"Step {step} waits for the {first.name_en} by {first.who_en}.")
    current = chain[number - 1]
    user = s.get(User, approver.user_id)
    if user.id == req.created_by_user_id or (user.person_id is not None and user.person_id == req.requester_person_id):
        raise ArchiveError("不得审批本人申请。", "You cannot decide your own request.")
    if any(a.approver_user_id == user.id for a in done):
        raise ArchiveError("同一申请的各步须由不同的审批人办理。", "Each step of a request needs a different approver.")
    title = s.scalar(select(Person.title).where(Person.id == user.person_id)) if user.person_id else None
    if user.role not in current.roles or (current.titles and title not in current.titles):
        later = [st for st in chain[number:] if user.role in st.roles and (not st.titles or title in st.titles)]
        if later:
            raise ArchiveError(f"须先经{current.who_zh}{current.name_zh}，{approver.display_name} 才能{later[0].name_zh}。",
                               f"The {current.name_en} by {current.who_en} comes first; "
                               f"{approver.display_name} decides after it.")
        raise ArchiveError(f"第 {number} 步（{current.name_zh}）须由{current.who_zh}办理，{approver.display_name} 无此权限。",
                           f"Step {number} ({current.name_en}) is for {current.who_en}; "
                           f"{approver.display_name} may not decide it.")
    if narrower is not None:
        items = _narrowed(s, items, narrower)
    if shorter is not None:
        new_start, new_end = when_utc(shorter[0], s, archive), when_utc(shorter[1], s, archive)
        if new_start < start or new_end > end or new_end <= max(new_start, now):
            raise ArchiveError(f"缩短后的时段须在原时段（{fmt_utc(start)} 至 {fmt_utc(end)}）之内。",
                               f"The shorter window must lie within {fmt_utc(start)} to {fmt_utc(end)}.")
        start, end = new_start, new_end
    who = approver.actor
    row = Approval(request_id=req.id, step=number, step_name=current.name_zh, decision=decision, comment=comment,
                   refusal_reason=reason, approver_user_id=user.id, approver_name=who.name, at=now,
                   narrowed_items=json.dumps({"recordings": items.recording_ids, "cases": items.case_ids})
                   if narrower is not None else None,
                   narrowed_start=start if shorter is not None else None,
                   narrowed_end=end if shorter is not None else None)
    s.add(row)
    s.flush()
    audit.record(s, who, "access.decided", "access_request", req.id, step=number, step_name=current.name_zh,
                 decision=decision, comment=comment, reason=reason, at_desk_of=desk.name,
                 items={"recordings": list(items.recording_ids), "cases": list(items.case_ids)} if narrower else None,
                 window=[start.isoformat(), end.isoformat()] if shorter else None)
    grant = None
    if decision == Decision.REFUSE.value:
        req.status = RequestStatus.REFUSED.value
    elif number < len(chain):
        req.status = RequestStatus.UNDER_REVIEW.value
    else:
        req.status = RequestStatus.APPROVED.value
        grant = Grant(request_id=req.id, kind=req.kind, window_start=start, window_end=end, granted_at=now,
                      recordings=[s.get(Recording, i) for i in items.recording_ids],
                      cases=[s.get(Case, i) for i in items.case_ids])
        s.add(grant)
        s.flush()
        audit.record(s, who, "access.granted", "access_grant", grant.id, request_id=req.id, kind=req.kind,
                     recordings=list(items.recording_ids), cases=list(items.case_ids),
                     window=[start.isoformat(), end.isoformat()])
    return DecisionInfo(req.id, number, current.name_zh, decision, user.id, who.name, req.status,
                        grant.id if grant else None)


def _effective(req: AccessRequest, done: list[Approval]) -> tuple[Items, datetime, datetime]:
    """The items and window still allowed after the narrowings of earlier steps."""
    items = Items(tuple(r.id for r in req.recordings), tuple(c.id for c in req.cases))
    start, end = req.window_start, req.window_end
    for a in done:
        if a.narrowed_items is not None:
            kept = json.loads(a.narrowed_items)
            items = Items(tuple(kept["recordings"]), tuple(kept["cases"]))
        if a.narrowed_start is not None:
            start, end = a.narrowed_start, a.narrowed_end
    return items, start, end


def _narrowed(s: Session, allowed: Items, narrower: Items) -> Items:
    kept = _check_items(s, narrower)
    for case_id in kept.case_ids:
        if case_id not in allowed.case_ids:
            raise ArchiveError(f"第 {case_id} 号案件不在申请范围内，不能加入。",
                               f"Case {case_id} is not part of the request; it cannot be added.")
    for rec_id in kept.recording_ids:
        if rec_id not in allowed.recording_ids and s.get(Recording, rec_id).case_id not in allowed.case_ids:
            raise ArchiveError(f"第 {rec_id} 号资料不在申请范围内，不能加入。",
                               f"Recording {rec_id} is not part of the request; it cannot be added.")
    return kept


def pending_count(archive: Archive) -> int:
    """Requests waiting for a decision whose window has not run out."""
    with archive.session() as s:
        return s.scalar(select(func.count(AccessRequest.id)).where(AccessRequest.status.in_(OPEN),
                                                                   AccessRequest.window_end > utcnow()))


def expire_overdue(archive: Archive, actor) -> list[int]:
    """Mark as expired the requests whose window ran out undecided, and the approved ones whose
    grant's window has ended; returns their ids. Each change is audited."""
    who = actor_of(actor)
    now = utcnow()
    with archive.transaction() as s:
        undecided = s.scalars(select(AccessRequest).where(AccessRequest.status.in_(OPEN),
                                                          AccessRequest.window_end <= now)).all()
        ended = s.scalars(select(AccessRequest).join(Grant, Grant.request_id == AccessRequest.id).where(
            AccessRequest.status == RequestStatus.APPROVED.value, Grant.window_end <= now)).all()
        for req in sorted([*undecided, *ended], key=lambda r: r.id):
            audit.record(s, who, "access.expired", "access_request", req.id, status_before=req.status,
                         window_end=req.window_end.isoformat())
            req.status = RequestStatus.EXPIRED.value
        return sorted(r.id for r in [*undecided, *ended])

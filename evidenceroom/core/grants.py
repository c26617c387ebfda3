"""Grants (ACC-05): what an approved request allows — these recordings or whole cases, this kind,
within this window — until it ends or is revoked.

The player and, later, export ask `require_grant` before they open anything; a grant is made
only by the last approval of a request (`evidenceroom.core.access.decide`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from evidenceroom.core import audit
from evidenceroom.core.access import KIND_NAMES, Items, actor_of, fmt_utc
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AccessKind, Grant, Recording, RequestStatus, Role, grant_case, grant_recording
from evidenceroom.core.timeutil import utcnow

# A grant of a wider kind allows the narrower ones: copying or providing implies seeing.
COVERED_BY = {
    AccessKind.VIEW.value: (AccessKind.VIEW.value, AccessKind.COPY.value, AccessKind.PROVIDE.value),
    AccessKind.COPY.value: (AccessKind.COPY.value, AccessKind.PROVIDE.value),
    AccessKind.PROVIDE.value: (AccessKind.PROVIDE.value,),
}


@dataclass(frozen=True)
class GrantInfo:
    id: int
    request_id: int
    kind: str
    items: Items
    window_start: datetime
    window_end: datetime
    granted_at: datetime
    revoked_at: datetime | None
    revoked_by_name: str | None
    revoked_why: str | None


def _grant_info(g: Grant) -> GrantInfo:
    return GrantInfo(g.id, g.request_id, g.kind, Items(tuple(r.id for r in g.recordings), tuple(c.id for c in g.cases)),
                     g.window_start, g.window_end, g.granted_at, g.revoked_at, g.revoked_by_name, g.revoked_why)


def grant_info(archive: Archive, grant_id: int) -> GrantInfo:
    with archive.session() as s:
        return _grant_info(grant_row(s, grant_id))


def grant_row(s: Session, grant_id: int) -> Grant:
    grant = s.get(Grant, grant_id)
    if grant is None:
        raise ArchiveError(f"没有第 {grant_id} 号调阅批准。", f"There is no grant {grant_id}.")
    return grant


def refuse_unless_open(grant: Grant, now: datetime, window_zh: str, cannot_zh: str, cannot_en: str) -> None:
    """Refuse use of a grant that was revoked or whose window has not begun or is over. `window_zh`
    names the window (查阅, 复制); `cannot_*` says what is refused (不能查阅 / no viewing under it)."""
    if grant.revoked_at is not None:
        raise ArchiveError(f"第 {grant.id} 号批准已于 {fmt_utc(grant.revoked_at)} 撤销，{cannot_zh}。",
                           f"Grant {grant.id} was revoked at {fmt_utc(grant.revoked_at)}; {cannot_en}.")
    if now < grant.window_start:
        raise ArchiveError(f"未到批准的{window_zh}时段（自 {fmt_utc(grant.window_start)} 起）。",
                           f"The approved window has not begun (it starts {fmt_utc(grant.window_start)}).")
    if now >= grant.window_end:
        raise ArchiveError(f"第 {grant.id} 号批准的{window_zh}时段已过（至 {fmt_utc(grant.window_end)}），请重新申请。",
                           f"The window of grant {grant.id} is over (it ended {fmt_utc(grant.window_end)}); "
                           "request again.")


def revoke_grant(archive: Archive, actor, grant_id: int, why: str) -> GrantInfo:
    """Withdraw a grant before its window ends; viewing under it stops being allowed."""
    who = actor_of(actor)
    require_role(actor, (Role.CLERK.value, Role.SUPERVISOR.value, Role.ADMINISTRATOR.value),
                 "执法监督人员不能撤销调阅批准。", "An inspector cannot revoke a grant.")
    why = (why or "").strip()
    if not why:
        raise ArchiveError("请填写撤销理由。", "Enter why the grant is revoked.")
    with archive.transaction() as s:
        grant = grant_row(s, grant_id)
        if grant.revoked_at is not None:
            raise ArchiveError(f"第 {grant.id} 号调阅批准已于 {fmt_utc(grant.revoked_at)} 撤销。",
                               f"Grant {grant.id} was already revoked at {fmt_utc(grant.revoked_at)}.")
        grant.revoked_at, grant.revoked_by_user_id, grant.revoked_by_name, grant.revoked_why = (
            utcnow(), who.user_id, who.name, why)
        grant.request.status = RequestStatus.REVOKED.value
        audit.record(s, who, "access.revoked", "access_grant", grant.id, request_id=grant.request_id, why=why)
        return _grant_info(grant)


def _covering(s: Session, recording_id: int, at: datetime, kind: str):
    rec = s.get(Recording, recording_id)
    if rec is None:
        raise ArchiveError(f"没有第 {recording_id} 号资料。", f"There is no recording {recording_id}.")
    listed = Grant.id.in_(select(grant_recording.c.grant_id).where(grant_recording.c.recording_id == rec.id))
    if rec.case_id is not None:
        listed = or_(listed, Grant.id.in_(select(grant_case.c.grant_id).where(grant_case.c.case_id == rec.case_id)))
    return (select(Grant).where(Grant.revoked_at.is_(None), Grant.window_start <= at, Grant.window_end > at,
                                Grant.kind.in_(COVERED_BY[kind]), listed)
            .order_by(Grant.window_end.desc(), Grant.id.desc()))


def valid_grant_for(archive: Archive, recording_id: int, at: datetime | None = None,
                    kind: str = AccessKind.VIEW.value) -> GrantInfo | None:
    """A grant, unrevoked and within its window at `at` (now by default), that covers the recording
    (listed itself or through its case) for `kind`; None when there is none."""
    with archive.session() as s:
        grant = s.scalars(_covering(s, recording_id, at or utcnow(), kind).limit(1)).first()
        return _grant_info(grant) if grant else None


def require_grant(archive: Archive, recording_id: int, at: datetime | None = None,
                  kind: str = AccessKind.VIEW.value) -> GrantInfo:
    grant = valid_grant_for(archive, recording_id, at, kind)
    if grant is None:
        raise ArchiveError(
            f"需经审批：请先登记调阅申请，经审批同意后方可{KIND_NAMES[kind]}第 {recording_id} 号资料。",
            f"Approval needed: register an access request first; recording {recording_id} can be "
            f"{'viewed' if kind == 'view' else 'copied' if kind == 'copy' else 'provided'} once it is approved.")
    return grant


def grants_expiring_today(archive: Archive, at: datetime | None = None) -> list[GrantInfo]:
    """Unrevoked grants whose window ends later today (the unit's calendar day)."""
    now = at or utcnow()
    with archive.session() as s:
        local = now.astimezone(ZoneInfo(archive.unit(s).timezone))
        midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        q = (select(Grant).where(Grant.revoked_at.is_(None), Grant.window_end > now, Grant.window_end <= midnight)
             .order_by(Grant.window_end, Grant.id))
        return [_grant_info(g) for g in s.scalars(q)]

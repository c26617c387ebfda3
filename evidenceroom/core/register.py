"""The custodian's register (登记簿) of viewings under a grant (003§22, ACC-04).

Before an approved viewing starts, the custodian writes the entry — viewer (查阅人), reason
(查阅事由) and time (查阅时间), taken from the request — with the items to be played and the
approvers; ending the viewing adds the actual end. Outside the grant's window, after a
revocation, or for an item the grant does not cover, no entry is made.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit, db
from evidenceroom.core.access import actor_of, fmt_utc, when_utc
from evidenceroom.core.grants import grant_row, refuse_unless_open
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Approval, Recording, RegisterEntry, register_entry_recording
from evidenceroom.core.timeutil import utcnow


@dataclass(frozen=True)
class RegisterRow:
    id: int
    grant_id: int
    request_id: int
    kind: str
    viewer_name: str
    viewer_organisation: str
    reason: str
    purpose: str
    recording_ids: tuple[int, ...]
    approvers: str
    started_at: datetime
    ended_at: datetime | None
    clerk_name: str


@dataclass(frozen=True)
class RegisterFilter:
    since: datetime | None = None  # started at or after (naive: the unit's local time)
    until: datetime | None = None  # started before
    viewer: str = ""  # part of the viewer's name
    recording_id: int | None = None
    request_id: int | None = None
    limit: int = 500
    offset: int = 0


def _row(e: RegisterEntry) -> RegisterRow:
    return RegisterRow(e.id, e.grant_id, e.request_id, e.kind, e.viewer_name, e.viewer_organisation, e.reason,
                       e.purpose, tuple(sorted(r.id for r in e.recordings)), e.approvers, e.started_at, e.ended_at,
                       e.clerk_name)


def start_viewing(archive: Archive, clerk, grant_id: int, recording_ids: list[int]) -> RegisterRow:
    """Write the register entry for a viewing under a grant; the player may open only after it."""
    who = actor_of(clerk)
    rec_ids = list(dict.fromkeys(int(i) for i in recording_ids))
    if not rec_ids:
        raise ArchiveError("请选择要查阅的资料。", "Choose the recordings to view.")
    now = utcnow()
    with archive.transaction() as s:
        grant = grant_row(s, grant_id)
        refuse_unless_open(grant, now, "查阅", "不能查阅", "no viewing under it")
        listed = {r.id for r in grant.recordings}
        cases = {c.id for c in grant.cases}
        recordings = []
        for rec_id in rec_ids:
            rec = s.get(Recording, rec_id)
            if rec is None:
                raise ArchiveError(f"没有第 {rec_id} 号资料。", f"There is no recording {rec_id}.")
            if rec.id not in listed and rec.case_id not in cases:
                raise ArchiveError(f"第 {rec_id} 号资料不在第 {grant.id} 号调阅批准的范围内，需另行申请。",
                                   f"Recording {rec_id} is not covered by grant {grant.id}; it needs its own request.")
            recordings.append(rec)
        req = grant.request
        approvers = s.scalars(select(Approval.approver_name).where(Approval.request_id == req.id)
                              .order_by(Approval.step))
        entry = RegisterEntry(grant_id=grant.id, request_id=req.id, kind=grant.kind,
                              viewer_person_id=req.requester_person_id, viewer_name=req.requester_name,
                              viewer_organisation=req.requester_organisation, reason=req.reason,
                              purpose=req.purpose, approvers="、".join(approvers), started_at=now,
                              clerk_user_id=who.user_id, clerk_name=who.name, recordings=recordings)
        s.add(entry)
        s.flush()
        audit.record(s, who, "access.viewing_started", "register_entry", entry.id, grant_id=grant.id,
                     request_id=req.id, viewer=req.requester_name, reason=req.reason, recordings=rec_ids)
        return _row(entry)


def end_viewing(archive: Archive, clerk, entry_id: int) -> RegisterRow:
    """Close the register entry with the actual end of the viewing."""
    who = actor_of(clerk)
    with archive.transaction() as s:
        entry = s.get(RegisterEntry, entry_id)
        if entry is None:
            raise ArchiveError(f"登记簿中没有第 {entry_id} 号记录。", f"There is no register entry {entry_id}.")
        if entry.ended_at is not None:
            raise ArchiveError(f"第 {entry_id} 号查阅已于 {fmt_utc(entry.ended_at)} 结束。",
                               f"Viewing {entry_id} already ended at {fmt_utc(entry.ended_at)}.")
        entry.ended_at = utcnow()
        audit.record(s, who, "access.viewing_ended", "register_entry", entry.id, grant_id=entry.grant_id,
                     started_at=entry.started_at.isoformat(), ended_at=entry.ended_at.isoformat())
        return _row(entry)


def register_rows(archive: Archive, filters: RegisterFilter | None = None) -> list[RegisterRow]:
    """The register for browsing, newest viewing first."""
    f = filters or RegisterFilter()
    with archive.session() as s:
        q = _query(archive, s, f).order_by(RegisterEntry.started_at.desc(), RegisterEntry.id.desc())
        return [_row(e) for e in s.scalars(q.limit(f.limit).offset(f.offset))]


def _query(archive: Archive, s: Session, f: RegisterFilter):
    q = select(RegisterEntry)
    if f.since is not None:
        q = q.where(RegisterEntry.started_at >= when_utc(f.since, s, archive))
    if f.until is not None:
        q = q.where(RegisterEntry.started_at < when_utc(f.until, s, archive))
    if f.viewer.strip():
        q = q.where(db.contains_text(s, RegisterEntry.viewer_name, f.viewer.strip()))
    if f.request_id is not None:
        q = q.where(RegisterEntry.request_id == f.request_id)
    if f.recording_id is not None:
        q = q.where(RegisterEntry.id.in_(select(register_entry_recording.c.entry_id)
                                         .where(register_entry_recording.c.recording_id == f.recording_id)))
    return q

"""The custodian's register (登记簿) of viewings and copies under a grant (003§22, ACC-04, RPT-01).

Before an approved viewing starts, the custodian writes the entry — viewer (查阅人), reason
(查阅事由) and time (查阅时间), taken from the request — with the items to be played and the
approvers; ending the viewing adds the actual end. Outside the grant's window, after a
revocation, or for an item the grant does not cover, no entry is made.

Read back, each row also carries each approver with their step (审核：…；批准：…) from the
approval rows, and the items actually played under the entry, from the playback audit events
(each names the register entry it was played under). Copies made under a grant — disc sets and
USB copies — are register rows too (kind 复制 or 对外提供), read from their audit events.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit, db
from evidenceroom.core.access import KIND_NAMES, actor_of, fmt_utc, when_utc
from evidenceroom.core.grants import grant_row, refuse_unless_open
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import (AccessRequest, Approval, AuditEvent, Decision, Grant, Recording,
                                      RegisterEntry, register_entry_recording)
from evidenceroom.core.timeutil import utcnow


VIEWING = "viewing"  # RegisterRow.source: a register entry
COPY_EVENTS = {"copy.made": "usb_copy", "disc_set.made": "disc_set"}  # the audit events of a copy made
_CHUNK = 500  # ids per IN (...), well under every database's limit on parameters


@dataclass(frozen=True)
class ApproverStep:
    step: int
    step_name: str  # 审核 / 批准 / 审批
    name: str


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
    clerk_name: str  # 保管人: who registered the viewing or made the copy
    approver_steps: tuple[ApproverStep, ...] = ()
    played_ids: tuple[int, ...] = ()  # recordings actually played under the entry, in the order first played
    source: str = VIEWING  # or "usb_copy" / "disc_set": then `id` is the audit event's number
    copy_ref: str = ""  # the disc set's number or the copy's folder name

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def approvers_text(self) -> str:
        """Each approver with their step, in step order: 审核：李主任；批准：赵局长."""
        if not self.approver_steps:
            return self.approvers
        return "；".join(f"{a.step_name}：{a.name}" for a in self.approver_steps)

    @property
    def is_copy(self) -> bool:
        return self.source != VIEWING


@dataclass(frozen=True)
class RegisterFilter:
    since: datetime | None = None  # started (a copy: made) at or after; naive: the unit's local time
    until: datetime | None = None  # started (made) before
    viewer: str = ""  # part of the viewer's name
    recording_id: int | None = None
    request_id: int | None = None
    kind: str = ""  # view / copy / provide; empty: every kind
    limit: int = 500
    offset: int = 0


def _row(e: RegisterEntry, rec_ids: tuple[int, ...] | None = None, steps: tuple[ApproverStep, ...] = (),
         played: tuple[int, ...] = ()) -> RegisterRow:
    if rec_ids is None:
        rec_ids = tuple(sorted(r.id for r in e.recordings))
    return RegisterRow(e.id, e.grant_id, e.request_id, e.kind, e.viewer_name, e.viewer_organisation, e.reason,
                       e.purpose, rec_ids, e.approvers, e.started_at, e.ended_at, e.clerk_name, steps, played)


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
        return _row(entry, tuple(sorted(rec_ids)), approver_steps(s, [req.id]).get(req.id, ()))


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
        return _row(entry, None, approver_steps(s, [entry.request_id]).get(entry.request_id, ()),
                    _played(s, [entry]).get(entry.id, ()))


def register_rows(archive: Archive, filters: RegisterFilter | None = None) -> list[RegisterRow]:
    """The register entries (viewings) for browsing, newest first, each with its approvers' steps and
    the items played; a fixed number of statements whatever the number of rows."""
    f = _checked(filters or RegisterFilter())
    with archive.session() as s:
        q = _query(archive, s, f).order_by(RegisterEntry.started_at.desc(), RegisterEntry.id.desc())
        entries = list(s.scalars(q.limit(f.limit).offset(f.offset)))
        recordings = _entry_recordings(s, [e.id for e in entries])
        steps = approver_steps(s, {e.request_id for e in entries})
        played = _played(s, entries)
        return [_row(e, recordings.get(e.id, ()), steps.get(e.request_id, ()), played.get(e.id, ()))
                for e in entries]


def _checked(f: RegisterFilter) -> RegisterFilter:
    if f.kind and f.kind not in KIND_NAMES:
        raise ArchiveError(f"没有“{f.kind}”这一类别（可选：查阅、复制、对外提供）。",
                           f"There is no kind '{f.kind}' (view, copy or provide).")
    return f


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
    if f.kind:
        q = q.where(RegisterEntry.kind == f.kind)
    if f.recording_id is not None:
        q = q.where(RegisterEntry.id.in_(select(register_entry_recording.c.entry_id)
                                         .where(register_entry_recording.c.recording_id == f.recording_id)))
    return q


def _chunks(ids) -> list[list[int]]:
    ordered = sorted(set(ids))
    return [ordered[i:i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def _entry_recordings(s: Session, entry_ids: list[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    for chunk in _chunks(entry_ids):
        q = (select(register_entry_recording.c.entry_id, register_entry_recording.c.recording_id)
             .where(register_entry_recording.c.entry_id.in_(chunk)))
        for entry_id, rec_id in s.execute(q):
            found.setdefault(entry_id, []).append(rec_id)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def approver_steps(s: Session, request_ids) -> dict[int, tuple[ApproverStep, ...]]:
    """Per request, who approved each step of its chain (the latest decision of a step counts)."""
    latest: dict[int, dict[int, ApproverStep]] = {}
    for chunk in _chunks(request_ids):
        q = (select(Approval.request_id, Approval.step, Approval.step_name, Approval.approver_name)
             .where(Approval.request_id.in_(chunk), Approval.decision != Decision.REFUSE.value)
             .order_by(Approval.request_id, Approval.step, Approval.id))
        for request_id, step, step_name, name in s.execute(q):
            latest.setdefault(request_id, {})[step] = ApproverStep(step, step_name, name)
    return {rid: tuple(by_step[k] for k in sorted(by_step)) for rid, by_step in latest.items()}


def _played(s: Session, entries: list[RegisterEntry]) -> dict[int, tuple[int, ...]]:
    """Per entry, the recordings played under it, from the playback audit events of its time.

    A playback under a registered viewing names the entry in its audit event (playback_rules.
    PlaybackBasis); the events are read for the entries' span only, in one statement."""
    if not entries:
        return {}
    wanted = {e.id for e in entries}
    q = (select(AuditEvent.target_id, AuditEvent.details)
         .where(AuditEvent.action == "playback.started",
                AuditEvent.at >= min(e.started_at for e in entries),
                db.contains_text(s, AuditEvent.details, '"register_entry_id"'))
         .order_by(AuditEvent.seq))
    if all(e.ended_at is not None for e in entries):
        q = q.where(AuditEvent.at <= max(e.ended_at for e in entries))
    played: dict[int, list[int]] = {}
    for rec_id, details in s.execute(q):
        entry_id = _details(details).get("register_entry_id")
        if entry_id in wanted and rec_id is not None:
            ids = played.setdefault(entry_id, [])
            if rec_id not in ids:
                ids.append(rec_id)
    return {k: tuple(v) for k, v in played.items()}


def _details(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def copy_rows(archive: Archive, filters: RegisterFilter | None = None) -> list[RegisterRow]:
    """The copies made under grants (disc sets, USB copies) as register rows of kind 复制/对外提供,
    newest first: viewer = the recipient, reason = the request's, items = the recordings copied,
    custodian = who made the copy. Read from their audit events, the record of every copy made."""
    f = _checked(filters or RegisterFilter())
    if f.kind == "view":
        return []
    with archive.session() as s:
        q = select(AuditEvent).where(AuditEvent.action.in_(list(COPY_EVENTS)))
        if f.since is not None:
            q = q.where(AuditEvent.at >= when_utc(f.since, s, archive))
        if f.until is not None:
            q = q.where(AuditEvent.at < when_utc(f.until, s, archive))
        events = [(ev, _details(ev.details)) for ev in s.scalars(q.order_by(AuditEvent.seq.desc()))]
        grant_ids = {int(d["grant_id"]) for _, d in events if isinstance(d.get("grant_id"), int)}
        grants: dict[int, tuple[str, AccessRequest]] = {}
        for chunk in _chunks(grant_ids):
            for grant_id, kind, req in s.execute(select(Grant.id, Grant.kind, AccessRequest)
                                                 .join(AccessRequest, AccessRequest.id == Grant.request_id)
                                                 .where(Grant.id.in_(chunk))):
                grants[grant_id] = (kind, req)
        steps = approver_steps(s, {req.id for _, req in grants.values()})
        rows = [_copy_row(ev, d, grants.get(d.get("grant_id")), steps) for ev, d in events]
    rows = [r for r in rows if _copy_wanted(r, f)]
    return rows[f.offset:f.offset + f.limit]


def _copy_row(ev: AuditEvent, d: dict, granted: tuple[str, AccessRequest] | None,
              steps: dict[int, tuple[ApproverStep, ...]]) -> RegisterRow:
    source = COPY_EVENTS[ev.action]
    if source == "disc_set":
        rec_ids = [r for disc in d.get("discs", []) if isinstance(disc, dict) for r in disc.get("recordings", [])]
        ref = str(d.get("set_no", ""))
    else:
        rec_ids = list(d.get("recordings", []))
        ref = str(d.get("folder", "")).replace("\\", "/").rsplit("/", 1)[-1]
    kind, req = granted if granted is not None else ("copy", None)
    recipient = " ".join(str(d.get("recipient", "")).split())
    name, org = recipient, ""
    if req is not None:
        # The recipient is the requester unless the custodian named someone else when copying.
        if not recipient or recipient == " ".join(x for x in (req.requester_name, req.requester_organisation) if x):
            name, org = req.requester_name, req.requester_organisation
    chain = steps.get(req.id, ()) if req is not None else ()
    return RegisterRow(ev.seq, int(d.get("grant_id") or 0), req.id if req is not None else int(d.get("request_id") or 0),
                       kind if kind != "view" else "copy", name, org, req.reason if req is not None else "",
                       req.purpose if req is not None else "",
                       tuple(sorted({int(r) for r in rec_ids if isinstance(r, int)})),
                       "、".join(a.name for a in chain), ev.at, ev.at, ev.actor_name, chain, (), source, ref)


def _copy_wanted(row: RegisterRow, f: RegisterFilter) -> bool:
    if f.kind and row.kind != f.kind:
        return False
    if f.viewer.strip() and f.viewer.strip().casefold() not in row.viewer_name.casefold():
        return False
    if f.request_id is not None and row.request_id != f.request_id:
        return False
    return f.recording_id is None or f.recording_id in row.recording_ids


def register_records(archive: Archive, filters: RegisterFilter | None = None) -> list[RegisterRow]:
    """The whole register — viewings and copies — newest first, at most `limit` rows after `offset`."""
    f = filters or RegisterFilter()
    wide = RegisterFilter(f.since, f.until, f.viewer, f.recording_id, f.request_id, f.kind, f.limit + f.offset, 0)
    rows = register_rows(archive, wide) + copy_rows(archive, wide)
    rows.sort(key=lambda r: (r.started_at, r.source == VIEWING, r.id), reverse=True)
    return rows[f.offset:f.offset + f.limit]

"""The Compliance page's retention lists (RET-01..07): expiring soon, expired awaiting the
custodian's judgement, long-term without verified discs, holds.

Only recordings whose base period has ended can have expired, since every other rule ends later,
so the lists read those alone, in capture-time order through its index, a chunk at a time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Iterator

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from evidenceroom.core import profiles
from evidenceroom.core.models import Activity, Case, Recording
from evidenceroom.core.models.retention import DisposalProposal, KeepAssessment, RetentionHold, RetentionMark
from evidenceroom.core.retention import LONG_TERM, SOON_DAYS, Expiry, add_months, expiries, today_in, unit_zone
from evidenceroom.core.vault import Cancelled

LIST_LIMIT = 1000  # rows per list on the page; the totals count the rest
_COLUMNS = (Recording.id, Recording.original_name, Recording.case_id, Recording.activity_id, Recording.recorded_at,
            Recording.imported_at, Recording.disposed_at)
CHUNK = 2000


def candidates(s: Session, profile: profiles.Profile, until: date, cancel=None) -> Iterator[list]:
    """Recordings whose base period ends by `until`, in chunks: the only ones that can have expired
    by then, since every other rule ends later. Read in capture-time order through its index, a
    chunk at a time (keyset), as plain rows, so a million-row archive costs no more memory than one."""
    column = Recording.imported_at if profile.retention.starts_from == "imported_at" else Recording.recorded_at
    # Three days' margin for month ends and the unit's time zone; `compute` then decides exactly.
    latest_start = add_months(until, -profile.retention.base_months) + timedelta(days=3)
    cutoff = datetime.combine(latest_start, time.min, unit_zone(s))
    after = None
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        query = select(*_COLUMNS).where(column < cutoff, Recording.disposed_at.is_(None))
        if after is not None:
            query = query.where(or_(column > after[0], and_(column == after[0], Recording.id > after[1])))
        rows = s.execute(query.order_by(column, Recording.id).limit(CHUNK)).all()
        if not rows:
            return
        yield rows
        last = rows[-1]
        after = (last.imported_at if column is Recording.imported_at else last.recorded_at, last.id)


@dataclass(frozen=True)
class Row:
    recording_id: int
    original_name: str
    case_no: str | None
    recorded_at: datetime
    expiry: Expiry


@dataclass(frozen=True)
class HoldRow:
    hold_id: int
    target_zh: str
    target_en: str
    reason: str
    placed_by: str
    placed_at: datetime
    recordings: int


@dataclass(frozen=True)
class Overview:
    today: date
    expiring_soon: list[Row]
    expired_awaiting: list[Row]
    long_term_without_discs: list[Row]
    holds: list[HoldRow]
    totals: dict[str, int] = field(default_factory=dict)  # all rows of a list, also those past its limit


def _rows(s: Session, recs: list, ex: dict[int, Expiry]) -> list[Row]:
    case_ids = {r.case_id for r in recs if r.case_id is not None}
    case_nos = dict(s.execute(select(Case.id, Case.case_no).where(Case.id.in_(case_ids))).all()) if case_ids else {}
    return [Row(r.id, r.original_name, case_nos.get(r.case_id), r.recorded_at, ex[r.id]) for r in recs]


def has_verified_discs(s: Session, recording_id: int) -> bool:
    """A verified two-copy disc set (DSC-03) holds the recording (002§16: 一式两份)."""
    from evidenceroom.core.disc_register import has_verified_two_copy_set  # the disc area imports much

    return has_verified_two_copy_set(s, recording_id)


def overview(s: Session, today: date | None = None, soon_days: int = SOON_DAYS, limit: int | None = LIST_LIMIT,
             cancel=None) -> Overview:
    """The Compliance page's lists, each cut at `limit` rows (None: uncut; the totals count them all)."""
    profile = profiles.active(s)
    today = today or today_in(s)
    horizon = today + timedelta(days=soon_days)
    soon: list = []
    awaiting: list = []
    totals = {"expiring_soon": 0, "expired_awaiting": 0}
    merged: dict[int, Expiry] = {}
    for chunk in candidates(s, profile, horizon, cancel):
        ex = expiries(s, chunk, profile)
        decided = _decided(s, [r.id for r in chunk])
        for r in chunk:
            e = ex[r.id]
            if e.held:
                continue
            if e.expired(today):
                if r.id in decided:
                    continue
                key, bucket = "expired_awaiting", awaiting
            elif e.expires_on is not None and e.expires_on <= horizon:
                key, bucket = "expiring_soon", soon
            else:
                continue
            totals[key] += 1
            if limit is None or len(bucket) < limit:
                bucket.append(r)
                merged[r.id] = e
    long_ids = list(s.scalars(select(RetentionMark.recording_id).where(RetentionMark.kind == LONG_TERM)
                              .order_by(RetentionMark.at)))
    long_recs = [r for r in (s.get(Recording, i) for i in long_ids)
                 if r is not None and r.disposed_at is None and not has_verified_discs(s, r.id)]
    return Overview(today, _rows(s, soon, merged), _rows(s, awaiting, merged),
                    _rows(s, long_recs, expiries(s, long_recs, profile)), holds(s), totals)


def _decided(s: Session, ids: list[int]) -> set[int]:
    """Recordings the custodian judged worth keeping, or already proposed for disposal."""
    out: set[int] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        latest: dict[int, bool] = {}
        for rid, worth in s.execute(select(KeepAssessment.recording_id, KeepAssessment.worth_keeping)
                                    .where(KeepAssessment.recording_id.in_(chunk)).order_by(KeepAssessment.at,
                                                                                            KeepAssessment.id)):
            latest[rid] = worth
        out |= {rid for rid, worth in latest.items() if worth}
        out |= set(s.scalars(select(DisposalProposal.recording_id).where(
            DisposalProposal.recording_id.in_(chunk), DisposalProposal.status == "proposed")))
    return out


def holds(s: Session) -> list[HoldRow]:
    out = []
    for h in s.scalars(select(RetentionHold).where(RetentionHold.released_at.is_(None)).order_by(RetentionHold.id)):
        if h.case_id is not None:
            case = s.get(Case, h.case_id)
            zh, en = f"案件 {case.case_no}", f"case {case.case_no}"
            where = Recording.case_id == h.case_id
        else:
            act = s.get(Activity, h.activity_id)
            zh, en = f"执法活动 {act.id}（{act.kind} {act.place}）", f"activity {act.id} ({act.kind} {act.place})"
            where = Recording.activity_id == h.activity_id
        count = len(s.scalars(select(Recording.id).where(where)).all())
        out.append(HoldRow(h.id, zh, en, h.reason, h.placed_by_name, h.placed_at, count))
    return out

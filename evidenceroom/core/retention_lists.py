"""The Compliance page's retention lists (RET-01..07): expiring soon, expired awaiting the
custodian's judgement, long-term without verified discs, holds.

Most recordings carry no mark, hold or judgement: their expiry is the base period alone, so which
list they belong to is a range of capture (or import) times, counted in SQL through the index.
Only the few "special" recordings (marked, held, judged, proposed) go through the engine one by
one. A million-row archive is then counted in a moment and only a page of rows is read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from evidenceroom.core import profiles
from evidenceroom.core.db import id_in
from evidenceroom.core.models import Activity, Case, Recording
from evidenceroom.core.models.retention import DisposalProposal, KeepAssessment, RetentionHold, RetentionMark
from evidenceroom.core.retention import (CASE_FLAG_GROUNDS, LONG_TERM, SOON_DAYS, Expiry, add_months, compute,
                                         context, expiries, today_in, unit_zone)
from evidenceroom.core.vault import Cancelled

LIST_LIMIT = 1000  # rows per list on the page; the totals count the rest
_COLUMNS = (Recording.id, Recording.original_name, Recording.case_id, Recording.activity_id, Recording.recorded_at,
            Recording.imported_at, Recording.disposed_at)


def last_start(until: date, months: int) -> date:
    """The latest local start date whose base period of `months` has ended by `until`.

    `add_months` never decreases with the start date, and the month's-end clamp can let a day or
    two after `add_months(until, -months)` end by `until` too (2024-02-29 + 12 months = 2025-02-28)."""
    day = add_months(until, -months)
    while add_months(day + timedelta(days=1), months) <= until:
        day += timedelta(days=1)
    return day


def _bound(day: date, zone: ZoneInfo) -> datetime:
    """Start times before this are on or before `day` in the unit's time zone."""
    return datetime.combine(day + timedelta(days=1), time.min, zone)


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
    case_ids = sorted({r.case_id for r in recs if r.case_id is not None})
    case_nos = dict(s.execute(select(Case.id, Case.case_no).where(id_in(s, Case.id, case_ids))).all()) if case_ids else {}
    return [Row(r.id, r.original_name, case_nos.get(r.case_id), r.recorded_at, ex[r.id]) for r in recs]


def has_verified_discs(s: Session, recording_id: int) -> bool:
    """A verified two-copy disc set (DSC-03) holds the recording (002§16: 一式两份)."""
    from evidenceroom.core.disc_register import has_verified_two_copy_set  # the disc area imports much

    return has_verified_two_copy_set(s, recording_id)


def overview(s: Session, today: date | None = None, soon_days: int = SOON_DAYS, limit: int | None = LIST_LIMIT,
             cancel=None) -> Overview:
    """The Compliance page's lists, each cut at `limit` rows (None: uncut; the totals count them all)."""
    profile = profiles.active(s)
    today, lists, merged, totals = _by_expiry(s, today, soon_days, limit, cancel, profile)
    long_recs = long_term_without_discs(s)
    return Overview(today, _rows(s, lists["expiring_soon"], merged), _rows(s, lists["expired_awaiting"], merged),
                    _rows(s, long_recs, expiries(s, long_recs, profile)), holds(s), totals)


def totals(s: Session, today: date | None = None, soon_days: int = SOON_DAYS) -> dict[str, int]:
    """How many recordings expire soon and how many have expired awaiting judgement, no rows read."""
    return _by_expiry(s, today, soon_days, 0, None)[3]


def _by_expiry(s: Session, today: date | None, soon_days: int, limit: int | None, cancel,
               profile: profiles.Profile | None = None):
    """The expiring-soon and expired-awaiting lists, cut at `limit`, with the expiries and totals."""
    profile = profile or profiles.active(s)
    zone = unit_zone(s)
    today = today or today_in(s)
    horizon = today + timedelta(days=soon_days)
    months = profile.retention.base_months
    column = Recording.imported_at if profile.retention.starts_from == "imported_at" else Recording.recorded_at
    expired_before = _bound(last_start(today, months), zone)  # base period ended by today
    soon_before = _bound(last_start(horizon, months), zone)  # base period ends by the horizon
    live = Recording.disposed_at.is_(None)
    ranges = {"expired_awaiting": (column < expired_before,),
              "expiring_soon": (column >= expired_before, column < soon_before)}

    # The special recordings, whose expiry is not the base period alone or who are already decided.
    ctx = context(s)
    decided = _decided(s)
    special = set(ctx.marks) | decided
    # Subqueries rather than lists of ids: the statements stay the same size however many cases.
    if ctx.cases and profile.retention.permanent_grounds:  # flagged cases: permanent under 000§15
        flagged = select(Case.id).where(or_(*(getattr(Case, flag) for flag, _, _ in CASE_FLAG_GROUNDS)))
        special |= set(s.scalars(select(Recording.id).where(Recording.case_id.in_(flagged))))
    if ctx.held_cases or ctx.held_activities:
        active = RetentionHold.released_at.is_(None)
        special |= set(s.scalars(select(Recording.id).where(or_(
            Recording.case_id.in_(select(RetentionHold.case_id).where(active)),
            Recording.activity_id.in_(select(RetentionHold.activity_id).where(active))))))
    special_rows = s.execute(select(*_COLUMNS).where(id_in(s, Recording.id, sorted(special)), live,
                                                     column < soon_before)).all() if special else []
    if cancel is not None and cancel.is_set():
        raise Cancelled()

    def start_of(r) -> datetime:
        return r.imported_at if column is Recording.imported_at else r.recorded_at

    totals, lists, merged = {}, {}, {}
    special_ex = expiries(s, special_rows, profile, ctx)
    for key, where in ranges.items():
        # The plain ones: counted in SQL, less the special ones that fall in the same range.
        in_range = [r for r in special_rows
                    if ("expired_awaiting" if start_of(r) < expired_before else "expiring_soon") == key]
        total = s.scalar(select(func.count()).select_from(Recording).where(live, *where)) - len(in_range)
        want = None if limit is None else limit + len(in_range)
        query = select(*_COLUMNS).where(live, *where).order_by(column, Recording.id)
        plain = [r for r in s.execute(query if want is None else query.limit(want)).all() if r.id not in special]
        for r in plain:
            merged[r.id] = compute(r, profile, zone, (), None, False)
        chosen = plain
        # The special ones: where the engine puts them, whatever range their capture time is in.
        for r in special_rows:
            e = special_ex[r.id]
            if e.held:
                continue
            if key == "expired_awaiting" and e.expired(today) and r.id not in decided:
                chosen.append(r)
            elif key == "expiring_soon" and not e.expired(today) and e.expires_on is not None \
                    and e.expires_on <= horizon:
                chosen.append(r)
            else:
                continue
            merged[r.id] = e
            total += 1
        chosen.sort(key=lambda r: (start_of(r), r.id))
        totals[key] = total
        lists[key] = chosen if limit is None else chosen[:limit]
        if cancel is not None and cancel.is_set():
            raise Cancelled()
    return today, lists, merged, totals


def long_term_without_discs(s: Session) -> list[Recording]:
    """Live recordings marked long-term that no verified two-copy disc set holds yet, by mark time."""
    from evidenceroom.core.disc_register import with_verified_two_copy_set  # the disc area imports much

    recs = list(s.scalars(select(Recording).join(RetentionMark, RetentionMark.recording_id == Recording.id)
                          .where(RetentionMark.kind == LONG_TERM, Recording.disposed_at.is_(None))
                          .order_by(RetentionMark.at, RetentionMark.id)))
    done = with_verified_two_copy_set(s, [r.id for r in recs])
    return [r for r in recs if r.id not in done]


def _decided(s: Session) -> set[int]:
    """Recordings the custodian last judged worth keeping, or already proposed for disposal."""
    latest: dict[int, bool] = {}
    for rid, worth in s.execute(select(KeepAssessment.recording_id, KeepAssessment.worth_keeping)
                                .order_by(KeepAssessment.at, KeepAssessment.id)):
        latest[rid] = worth
    proposed = set(s.scalars(select(DisposalProposal.recording_id).where(DisposalProposal.status == "proposed")))
    return {rid for rid, worth in latest.items() if worth} | proposed


def holds(s: Session) -> list[HoldRow]:
    """The holds in force, each with the number of recordings it covers (four queries in all)."""
    active = RetentionHold.released_at.is_(None)
    rows = s.execute(select(RetentionHold, Case.case_no, Activity.kind, Activity.place)
                     .outerjoin(Case, Case.id == RetentionHold.case_id)
                     .outerjoin(Activity, Activity.id == RetentionHold.activity_id)
                     .where(active).order_by(RetentionHold.id)).all()
    per_case = dict(s.execute(select(Recording.case_id, func.count(Recording.id))
                              .where(Recording.case_id.in_(select(RetentionHold.case_id).where(active)))
                              .group_by(Recording.case_id)).all())
    per_activity = dict(s.execute(select(Recording.activity_id, func.count(Recording.id))
                                  .where(Recording.activity_id.in_(select(RetentionHold.activity_id).where(active)))
                                  .group_by(Recording.activity_id)).all())
    out = []
    for h, case_no, kind, place in rows:
        if h.case_id is not None:
            zh, en = f"案件 {case_no}", f"case {case_no}"
            count = per_case.get(h.case_id, 0)
        else:
            aid = h.activity_id
            zh, en = f"执法活动 {aid}（{kind} {place}）", f"activity {aid} ({kind} {place})"
            count = per_activity.get(aid, 0)
        out.append(HoldRow(h.id, zh, en, h.reason, h.placed_by_name, h.placed_at, count))
    return out


@dataclass(frozen=True)
class RecordingLinks:
    """Where a recording belongs: what a mark on the case file or a hold acts on."""
    recording_id: int
    case_id: int | None
    case_no: str | None
    activity_id: int | None


def links(archive, recording_id: int) -> RecordingLinks | None:
    """The recording's case and activity; None when there is no such recording."""
    with archive.session() as s:
        row = s.execute(select(Recording.id, Recording.case_id, Case.case_no, Recording.activity_id)
                        .outerjoin(Case, Case.id == Recording.case_id).where(Recording.id == recording_id)).first()
    return RecordingLinks(*row) if row is not None else None


CASE_FLAGS = ("major_case", "obstruction", "emergency_or_dispute", "other_major", "penalty_case")


@dataclass(frozen=True)
class CaseFileFacts:
    case_id: int
    case_no: str
    filed_on: date | None
    file_retention_years: int | None
    flags: dict[str, bool]


def case_file(archive, case_id: int) -> CaseFileFacts | None:
    """A case's filing date, file retention and flags, as the case-file dialog shows them."""
    with archive.session() as s:
        case = s.get(Case, case_id)
        if case is None:
            return None
        return CaseFileFacts(case.id, case.case_no, case.filed_on, case.file_retention_years,
                             {f: getattr(case, f) for f in CASE_FLAGS})

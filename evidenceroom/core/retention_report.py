"""The retention report (保存期限报告, RPT-08, 000§15, 001§14, 002§15–§16, 003§20).

Recordings counted by the rule that decides how long they are kept (base period, evidence, long-term,
permanent, on hold); those that expire within a chosen number of days; long-term ones without a
verified two-copy disc set (002§16: 一式两份); and the disposals of a period with their tombstones.
The retention engine (`retention`, `retention_lists`) decides everything; this module only gathers.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from evidenceroom.core import profiles
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Recording
from evidenceroom.core.models.retention import Tombstone
from evidenceroom.core.retention import context, expiries, today_in, unit_zone
from evidenceroom.core.retention_lists import Row, overview
from evidenceroom.core.timeutil import utcnow


MAX_DAYS = 3660
# The bases in the report's order; a recording on hold is counted under 保全 whatever its rule.
BASES = (("base", "基本保存期限"), ("evidence", "作为证据（随案卷）"), ("evidence_unfiled", "作为证据（案卷未归档）"),
         ("long_term", "长期保存"), ("permanent", "永久保存"), ("hold", "保全（暂停清除）"))
_CHUNK = 500


@dataclass(frozen=True)
class DisposalLine:
    recording_id: int
    original_name: str
    sha256: str
    case_no: str | None
    recorded_at: datetime
    expired_on: date
    grounds: str
    proposed_by: str
    approved_by: str
    disposed_at: datetime
    tombstone_id: int


@dataclass(frozen=True)
class RetentionReport:
    unit_name: str
    timezone: str
    profile_name: str
    today: date
    days: int
    by_basis: tuple[tuple[str, str, int], ...]  # (kind, name, live recordings)
    expiring: tuple[Row, ...]
    expired_awaiting: tuple[Row, ...]
    long_term_without_discs: tuple[Row, ...]
    disposals: tuple[DisposalLine, ...]
    period_start: date
    period_end: date
    printed_at: datetime


def _counts(s) -> dict[str, int]:
    counts = {kind: 0 for kind, _ in BASES}
    ids = list(s.scalars(select(Recording.id).where(Recording.disposed_at.is_(None)).order_by(Recording.id)))
    profile = profiles.active(s)
    ctx = context(s)
    for i in range(0, len(ids), _CHUNK):
        recs = list(s.scalars(select(Recording).where(Recording.id.in_(ids[i:i + _CHUNK]))))
        for ex in expiries(s, recs, profile, ctx).values():
            key = "hold" if ex.held else ex.deciding.kind
            counts[key] = counts.get(key, 0) + 1
    return counts


def retention_report(archive: Archive, *, days: int = 90, start: date | None = None, end: date | None = None,
                     today: date | None = None) -> RetentionReport:
    """The report for the next `days` days, with the disposals between `start` and `end` (local days;
    by default the last twelve months)."""
    if not isinstance(days, int) or not 0 < days <= MAX_DAYS:
        raise ArchiveError(f"天数必须在 1 到 {MAX_DAYS} 之间。", f"The number of days must be between 1 and {MAX_DAYS}.")
    with archive.session() as s:
        unit = archive.unit(s)
        today = today or today_in(s)
        end = end or today
        start = start or end - timedelta(days=365)
        if start > end:
            raise ArchiveError(f"开始日期 {start} 晚于结束日期 {end}。", f"The start date {start} is after the end date {end}.")
        zone = unit_zone(s)
        lists = overview(s, today=today, soon_days=days, limit=None)
        counts = _counts(s)
        lo = datetime.combine(start, time.min, zone)
        hi = datetime.combine(end + timedelta(days=1), time.min, zone)
        tombs = s.scalars(select(Tombstone).where(Tombstone.disposed_at >= lo, Tombstone.disposed_at < hi)
                          .order_by(Tombstone.disposed_at, Tombstone.id))
        disposals = tuple(DisposalLine(t.recording_id, t.original_name, t.sha256, t.case_no, t.recorded_at, t.expired_on,
                                       t.grounds, t.proposed_by_name, t.approved_by_name, t.disposed_at, t.id)
                          for t in tombs)
        return RetentionReport(unit.name, unit.timezone, profiles.active(s).name_zh, today, days,
                               tuple((k, name, counts.get(k, 0)) for k, name in BASES), tuple(lists.expiring_soon),
                               tuple(lists.expired_awaiting), tuple(lists.long_term_without_discs), disposals,
                               start, end, utcnow())

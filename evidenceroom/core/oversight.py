"""Hand-in deadlines for a period (DUT-09, RPT-05): which activities' footage came in on time,
late, or not at all, by officer and by department.

The deadline is the profile's `hand_in_hours` after the activity ends, or after the return to the
unit for remote work (000§14, 001§14(1), 002§13, 003§19). An activity's footage counts as handed
in when the first import of it began (the hand-in at the desk, not the end of copying).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from evidenceroom.core import deadlines, profiles
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Activity, Case, ImportBatch, Person, Recording
from evidenceroom.core.timeutil import as_utc, utcnow

ON_TIME, LATE, MISSING, PENDING = "on_time", "late", "missing", "pending"
STATUS_NAMES = {ON_TIME: ("按时移交", "on time"), LATE: ("逾期移交", "handed in late"),
                MISSING: ("逾期未移交", "overdue, not handed in"), PENDING: ("未到期", "not yet due")}
NO_OFFICER = "（未登记执法人员）"
NO_DEPARTMENT = "（未登记部门）"


@dataclass(frozen=True)
class DeadlineLine:
    activity_id: int
    kind: str
    place: str
    case_no: str
    officers: tuple[str, ...]
    departments: tuple[str, ...]
    ends_at: datetime  # when the deadline starts to run: end of the activity, or return to the unit
    deadline_at: datetime
    handed_in_at: datetime | None
    recordings: int
    status: str
    late_by_seconds: int | None  # late hand-in, or overdue and still missing

    @property
    def hours_late(self) -> float | None:
        return None if self.late_by_seconds is None else self.late_by_seconds / 3600


@dataclass
class Tally:
    name: str
    activities: int = 0
    recordings: int = 0
    on_time: int = 0
    late: int = 0
    missing: int = 0
    pending: int = 0

    def add(self, line: DeadlineLine) -> None:
        self.activities += 1
        self.recordings += line.recordings
        setattr(self, line.status, getattr(self, line.status) + 1)

    @property
    def due(self) -> int:
        return self.on_time + self.late + self.missing

    @property
    def on_time_rate(self) -> float | None:
        """On-time hand-ins among the activities already due; None when none is due."""
        return None if self.due == 0 else self.on_time / self.due


@dataclass(frozen=True)
class DeadlineReport:
    since: datetime
    until: datetime
    hand_in_hours: int
    now: datetime
    lines: tuple[DeadlineLine, ...]
    by_officer: tuple[Tally, ...]
    by_department: tuple[Tally, ...]
    total: Tally = field(default_factory=lambda: Tally("合计"))


def classify(deadline_at: datetime, handed_in_at: datetime | None, now: datetime) -> tuple[str, int | None]:
    """The status of one activity's hand-in, and the seconds it is late or overdue."""
    if handed_in_at is not None:
        if handed_in_at <= deadline_at:
            return ON_TIME, None
        return LATE, int((handed_in_at - deadline_at).total_seconds())
    if now > deadline_at:
        return MISSING, int((now - deadline_at).total_seconds())
    return PENDING, None


def describe(line: DeadlineLine) -> str:
    """按时移交, 逾期 N 小时, 逾期未移交 N 小时, 未到期."""
    if line.status == LATE:
        return deadlines.describe("late", line.late_by_seconds)
    if line.status == MISSING:
        return "逾期未移交 " + deadlines.describe("late", line.late_by_seconds).removeprefix("逾期 ")
    return STATUS_NAMES[line.status][0]


def period_bounds(s: Session, archive: Archive, since: datetime, until: datetime) -> tuple[datetime, datetime]:
    """A period in UTC; naive times are the unit's local time. The end is exclusive."""
    tz = archive.unit(s).timezone
    start, end = as_utc(since, tz), as_utc(until, tz)
    if end <= start:
        raise ArchiveError("时段的结束须晚于开始。", "The period must end after it starts.")
    return start, end


def _window(start: datetime, end: datetime):
    """The activities whose end or return falls in the period: a superset of `activities_in`."""
    return or_(Activity.ended_at.between(start, end), Activity.returned_at.between(start, end))


def _hand_ins(s: Session, activities) -> dict[int, tuple[datetime, int]]:
    """Per activity: when its footage was first handed in, and how many recordings it has."""
    q = (select(Recording.activity_id, func.min(ImportBatch.started_at), func.count(Recording.id))
         .join(ImportBatch, ImportBatch.id == Recording.batch_id)
         .where(Recording.activity_id.in_(activities)).group_by(Recording.activity_id))
    return {activity_id: (first, count) for activity_id, first, count in s.execute(q)}


def _recording_officers(s: Session, activities) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    q = (select(Recording.activity_id, Recording.officer_id).distinct()
         .where(Recording.activity_id.in_(activities), Recording.officer_id.is_not(None)))
    for activity_id, officer_id in s.execute(q):
        out.setdefault(activity_id, set()).add(officer_id)
    return out


def activities_in(s: Session, start: datetime, end: datetime) -> list[Activity]:
    """Activities whose deadline starts to run in [start, end)."""
    q = (select(Activity).options(selectinload(Activity.officers).selectinload(Person.department))
         .where(_window(start, end)).order_by(Activity.id))
    found = []
    for a in s.scalars(q):
        basis = deadlines.hand_in_deadline(a, 0)
        if basis is not None and start <= basis < end:
            found.append(a)
    return found


def _report(s: Session, start: datetime, end: datetime, hours: int, now: datetime) -> DeadlineReport:
    acts = activities_in(s, start, end)
    # The other reads go by the period's activities as a subquery, not by lists of their ids: a
    # fixed number of statements, and no id list that grows with the period.
    window = select(Activity.id).where(_window(start, end)).scalar_subquery()
    hand_ins = _hand_ins(s, window)
    rec_officers = _recording_officers(s, window)
    officer_ids = (select(Recording.officer_id).where(Recording.activity_id.in_(window))
                   .where(Recording.officer_id.is_not(None)).scalar_subquery())
    people = {p.id: p for p in s.scalars(select(Person).options(selectinload(Person.department))
                                         .where(Person.id.in_(officer_ids)))}
    cases = dict(s.execute(select(Case.id, Case.case_no).where(
        Case.id.in_(select(Activity.case_id).where(_window(start, end)).scalar_subquery()))).all())
    lines: list[DeadlineLine] = []
    by_officer: dict[int, Tally] = {}  # by person: two officers may share a name
    by_department: dict[str, Tally] = {}
    total = Tally("合计")
    for a in acts:
        officers = {p.id: p for p in a.officers}
        officers.update({i: people[i] for i in rec_officers.get(a.id, ()) if i in people})
        ordered = sorted(officers.values(), key=lambda p: p.id)
        names = tuple(p.name for p in ordered) or (NO_OFFICER,)
        depts = tuple(dict.fromkeys(p.department.name if p.department else NO_DEPARTMENT for p in ordered)) \
            or (NO_DEPARTMENT,)
        deadline_at = deadlines.hand_in_deadline(a, hours)
        first, count = hand_ins.get(a.id, (None, 0))
        status, late = classify(deadline_at, first, now)
        line = DeadlineLine(a.id, a.kind, a.place, cases.get(a.case_id, ""), names, depts, deadline_at -
                            timedelta(hours=hours), deadline_at, first, count, status, late)
        lines.append(line)
        total.add(line)
        for p in ordered or [None]:
            key, name = (p.id, p.name) if p else (0, NO_OFFICER)
            by_officer.setdefault(key, Tally(name)).add(line)
        for d in depts:
            by_department.setdefault(d, Tally(d)).add(line)
    return DeadlineReport(start, end, hours, now, tuple(lines), tuple(sorted(by_officer.values(), key=lambda t: t.name)),
                          tuple(sorted(by_department.values(), key=lambda t: t.name)), total)


def deadline_report(archive: Archive, since: datetime, until: datetime, profile: profiles.Profile | None = None,
                    now: datetime | None = None) -> DeadlineReport:
    """Every activity whose deadline started to run in the period, with its hand-in status.

    Naive `since`/`until` are the unit's local time; `until` is exclusive. The profile in force
    gives the hours unless one is passed."""
    with archive.session() as s:
        start, end = period_bounds(s, archive, since, until)
        profile = profile or profiles.active(s)
        if profile.hand_in_hours <= 0:
            raise ArchiveError("移交期限须为正的小时数。", "The hand-in deadline must be a positive number of hours.")
        return _report(s, start, end, profile.hand_in_hours, now or utcnow())

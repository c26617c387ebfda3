"""The yearly review (音像记录资料评查, 002§17, RPT-07): a year's figures by department — recordings,
hand-ins on time, late and missing — with gap statements, spot-check results and device ratios.

Pure figures for the printed report (`evidenceroom.printing.yearly_review`) and the Compliance page.
Device ratios come from `evidenceroom.core.staffing` when the unit's departments have classes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evidenceroom.core import findings as findings_, gaps, inspections as inspections_, oversight, profiles
from evidenceroom.core import review_records
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Department, Person, Recording
from evidenceroom.core.models.oversight import GapKind, GapStatus, RecordingGap, SpotCheck, SpotCheckItem
from evidenceroom.core.timeutil import as_utc, month_range, utcnow


@dataclass(frozen=True)
class DepartmentFigures:
    name: str
    recordings: int
    activities: int
    on_time: int
    late: int
    missing: int
    pending: int  # deadline not yet passed
    on_time_rate: float | None


@dataclass(frozen=True)
class MonthFigures:
    month: int
    recordings: int
    on_time: int
    due: int

    @property
    def on_time_rate(self) -> float | None:
        return None if self.due == 0 else self.on_time / self.due


@dataclass(frozen=True)
class GapFigures:
    interruptions: int
    no_recordings: int
    pending: int
    approved: int
    refused: int
    unrecorded: int  # activities of a listed matter still 应录未录


@dataclass(frozen=True)
class SpotCheckFigures:
    checks: int
    sampled: int
    scored: int
    item_averages: tuple[float | None, float | None, float | None]
    by_department: tuple[tuple[str, int, int, float | None], ...]  # name, sampled, scored, average total

    @property
    def average_total(self) -> float | None:
        vals = [v for v in self.item_averages if v is not None]
        return sum(vals) if len(vals) == 3 else None


@dataclass(frozen=True)
class DeviceRow:
    department: str
    class_name: str
    article: str
    officers: int
    required: int | None
    in_service: int
    shortfall: int | None


@dataclass(frozen=True)
class YearlyReview:
    year: int
    unit_name: str
    timezone: str
    profile_name: str
    hand_in_hours: int
    made_at: datetime
    departments: tuple[DepartmentFigures, ...]
    total: DepartmentFigures
    months: tuple[MonthFigures, ...]
    late_lines: tuple[oversight.DeadlineLine, ...]  # late or missing hand-ins, most overdue first
    gaps: GapFigures
    spot_checks: SpotCheckFigures
    devices: tuple[DeviceRow, ...] | None  # None: no device data
    reviews: tuple[review_records.ReviewInfo, ...] = ()  # reviews held in the year (002§17)
    findings: tuple[findings_.FindingInfo, ...] = ()  # recorded in the year (DUT-13)
    inspections: tuple[inspections_.InspectionInfo, ...] = ()  # unannounced inspections (DUT-11)


def _year_bounds(year: int, tz: str) -> tuple[datetime, datetime]:
    return as_utc(datetime(year, 1, 1), tz), as_utc(datetime(year + 1, 1, 1), tz)


def _recordings_by_department(s: Session, start: datetime, end: datetime) -> dict[str, int]:
    q = (select(Department.name, func.count(Recording.id)).select_from(Recording)
         .outerjoin(Person, Person.id == Recording.officer_id).outerjoin(Department, Department.id == Person.department_id)
         .where(Recording.recorded_at >= start, Recording.recorded_at < end).group_by(Department.name))
    return {name or oversight.NO_DEPARTMENT: n for name, n in s.execute(q).all()}


def _months(s: Session, year: int, tz: str, report: oversight.DeadlineReport) -> tuple[MonthFigures, ...]:
    out = []
    for m in range(1, 13):
        start, end = month_range(year, m, tz)
        n = s.scalar(select(func.count(Recording.id)).where(Recording.recorded_at >= start, Recording.recorded_at < end))
        lines = [ln for ln in report.lines if start <= ln.ends_at < end]
        out.append(MonthFigures(m, n, sum(ln.status == oversight.ON_TIME for ln in lines),
                                sum(ln.status in (oversight.ON_TIME, oversight.LATE, oversight.MISSING)
                                    for ln in lines)))
    return tuple(out)


def _gap_figures(s: Session, duty: list[gaps.DutyLine], start: datetime, end: datetime) -> GapFigures:
    rows = s.execute(select(RecordingGap.kind, RecordingGap.status)
                     .where(RecordingGap.registered_at >= start, RecordingGap.registered_at < end)).all()
    return GapFigures(sum(k == GapKind.INTERRUPTION.value for k, _ in rows),
                      sum(k == GapKind.NO_RECORDING.value for k, _ in rows),
                      sum(st == GapStatus.PENDING.value for _, st in rows),
                      sum(st == GapStatus.APPROVED.value for _, st in rows),
                      sum(st == GapStatus.REFUSED.value for _, st in rows),
                      sum(d.status == gaps.UNRECORDED for d in duty))


def _avg(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _spot_check_figures(archive: Archive, start: datetime, end: datetime) -> SpotCheckFigures:
    """The year's draws and their sampled recordings' scores by the officer's department, in two reads."""
    in_year = (SpotCheck.drawn_at >= start, SpotCheck.drawn_at < end)
    with archive.session() as s:
        checks = s.scalar(select(func.count(SpotCheck.id)).where(*in_year))
        items = s.execute(
            select(SpotCheckItem.score_recorded, SpotCheckItem.score_uninterrupted, SpotCheckItem.score_handover,
                   Department.name)
            .join(SpotCheck, SpotCheck.id == SpotCheckItem.spot_check_id)
            .join(Recording, Recording.id == SpotCheckItem.recording_id)
            .outerjoin(Person, Person.id == Recording.officer_id)
            .outerjoin(Department, Department.id == Person.department_id)
            .where(*in_year).order_by(SpotCheck.id, SpotCheckItem.position)).all()
    by_dept: dict[str, list[tuple]] = {}
    for *sc, name in items:
        by_dept.setdefault(oversight.NO_DEPARTMENT if name is None else name, []).append(tuple(sc))
    scored = [tuple(row[:3]) for row in items if _scored(row[:3])]
    return SpotCheckFigures(
        checks, len(items), len(scored), tuple(_avg([sc[k] for sc in scored]) for k in range(3)),
        tuple((name, len(its), sum(map(_scored, its)), _avg([sum(sc) for sc in its if _scored(sc)]))
              for name, its in sorted(by_dept.items())))


def _scored(scores: tuple) -> bool:
    return all(x is not None for x in scores)


def _devices(archive: Archive, profile: profiles.Profile) -> tuple[DeviceRow, ...] | None:
    from evidenceroom.core import staffing

    rows = [r for r in staffing.staffing(archive, profile) if r.staffing_class]
    if not rows:
        return None
    return tuple(DeviceRow(r.name, r.class_name or r.staffing_class or "", r.article, r.officers, r.required,
                           r.in_service, r.shortfall) for r in rows)


def yearly_review(archive: Archive, year: int, profile: profiles.Profile | None = None,
                  now: datetime | None = None) -> YearlyReview:
    """The figures of one calendar year in the unit's time zone."""
    if not 2000 <= year <= 2100:
        raise ArchiveError(f"年份 {year} 无效。", f"{year} is not a valid year.")
    now = now or utcnow()
    with archive.session() as s:
        unit = archive.unit(s)
        tz, unit_name = unit.timezone, unit.name
        profile = profile or profiles.active(s)
        start, end = _year_bounds(year, tz)
        if start > now:
            raise ArchiveError(f"{year} 年尚未开始，无法评查。", f"The year {year} has not begun.")
    report = oversight.deadline_report(archive, datetime(year, 1, 1), datetime(year + 1, 1, 1), profile, now)
    duty = gaps.duty_report(archive, datetime(year, 1, 1), datetime(year + 1, 1, 1))
    checks = _spot_check_figures(archive, start, end)
    with archive.session() as s:
        recs = _recordings_by_department(s, start, end)
        tallies = {t.name: t for t in report.by_department}
        names = sorted(set(recs) | set(tallies))
        depts = []
        for name in names:
            t = tallies.get(name, oversight.Tally(name))
            depts.append(DepartmentFigures(name, recs.get(name, 0), t.activities, t.on_time, t.late, t.missing,
                                           t.pending, t.on_time_rate))
        tot = report.total
        # An activity whose officers come from two departments counts in each; the total counts it once.
        total = DepartmentFigures("合计", sum(recs.values()), tot.activities, tot.on_time, tot.late, tot.missing,
                                  tot.pending, tot.on_time_rate)
        months = _months(s, year, tz, report)
        gap_figures = _gap_figures(s, duty, start, end)
    late = sorted((ln for ln in report.lines if ln.status in (oversight.LATE, oversight.MISSING)),
                  key=lambda ln: -(ln.late_by_seconds or 0))
    return YearlyReview(year, unit_name, tz, profile.name_zh, profile.hand_in_hours, now, tuple(depts), total, months,
                        tuple(late), gap_figures, checks, _devices(archive, profile),
                        tuple(review_records.reviews_of(archive, year)),
                        tuple(findings_.list_findings(archive, start, end)),
                        tuple(inspections_.list_inspections(archive, date(year, 1, 1), date(year + 1, 1, 1))))

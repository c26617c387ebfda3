"""The figures the Compliance page opens on: a supervisor's view at a glance.

Hand-ins per month for the last twelve months with the on-time rate, overdue footage, gap
statements awaiting approval, activities still 应录未录, unfiled recordings, and — from the
retention and custody areas — recordings expiring soon and device alerts.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from evidenceroom.core import gaps, oversight, profiles, review_records
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import language
from evidenceroom.core.models import Recording
from evidenceroom.core.models.oversight import SpotCheck
from evidenceroom.core.timeutil import add_months, as_utc, month_range, to_local, utcnow


@dataclass(frozen=True)
class MonthBar:
    year: int
    month: int
    recordings: int  # recorded that month (read through the capture-time index: cheap on a large archive)
    on_time: int  # activities whose deadline started that month and were handed in on time
    due: int

    @property
    def label(self) -> str:
        return f"{self.year % 100:02d}-{self.month:02d}"

    @property
    def on_time_rate(self) -> float | None:
        return None if self.due == 0 else self.on_time / self.due


@dataclass(frozen=True)
class Dashboard:
    today: datetime  # local
    months: tuple[MonthBar, ...]
    on_time: int
    due: int
    overdue: tuple[oversight.DeadlineLine, ...]  # still not handed in, in the last 12 months
    pending_gaps: int
    unrecorded: int  # 应录未录 in the last 12 months
    breaks_open: int  # interruptions found or registered, not yet explained
    unfiled: int  # recordings with neither case nor activity
    spot_checks_this_year: int
    expiring_soon: int | None  # None: no retention data
    expired_awaiting: int | None
    device_alerts: tuple[str, ...] | None  # None: no custody data
    hand_in_hours: int
    profile_name: str
    profile_expired_on: date | None  # the regulation's validity ended (e.g. 000§20: 2026-05-06)
    review_missing: bool  # 本年度未开展评查 (002§17), from 1 November

    @property
    def on_time_rate(self) -> float | None:
        return None if self.due == 0 else self.on_time / self.due


def _retention(archive: Archive) -> tuple[int | None, int | None]:
    from evidenceroom.core import retention_lists  # it reads the profile too; imported late to keep start-up light

    with archive.session() as s:
        totals = retention_lists.totals(s)  # the counts only: no long-term list or holds to build
    return totals.get("expiring_soon", 0), totals.get("expired_awaiting", 0)


def _device_alerts(archive: Archive, profile: profiles.Profile) -> tuple[str, ...] | None:
    from evidenceroom.core import device_alerts

    # The alert text says what is wrong; the serial says with which device.
    sep = ": " if language() == "en" else "："
    return tuple(f"{a.serial}{sep}{a}" for a in device_alerts.unit_alerts(archive, profile) if a.severity == "warning")


def dashboard(archive: Archive, now: datetime | None = None, profile: profiles.Profile | None = None) -> Dashboard:
    now = now or utcnow()
    with archive.session() as s:
        tz = archive.unit(s).timezone
        profile = profile or profiles.active(s)
    local = to_local(now, tz).replace(tzinfo=None)
    months = [add_months(date(local.year, local.month, 1), k) for k in range(-11, 1)]  # oldest first
    first = datetime(months[0].year, months[0].month, 1)
    report = oversight.deadline_report(archive, first, datetime(local.year, local.month, local.day) + timedelta(days=1),
                                       profile, now)
    bars = []
    with archive.session() as s:
        for month in months:
            start, end = month_range(month.year, month.month, tz)
            n = s.scalar(select(func.count(Recording.id)).where(Recording.recorded_at >= start,
                                                                 Recording.recorded_at < end))
            lines = [ln for ln in report.lines if start <= ln.ends_at < end]
            bars.append(MonthBar(month.year, month.month, n, sum(ln.status == oversight.ON_TIME for ln in lines),
                                 sum(ln.status != oversight.PENDING for ln in lines)))
        unfiled = s.scalar(select(func.count(Recording.id)).where(Recording.case_id.is_(None),
                                                                  Recording.activity_id.is_(None)))
        checks = s.scalar(select(func.count(SpotCheck.id)).where(
            SpotCheck.drawn_at >= as_utc(datetime(local.year, 1, 1), tz)))
    duty = gaps.duty_report(archive, first, local + timedelta(days=1))
    unrecorded = sum(d.status == gaps.UNRECORDED for d in duty)
    breaks_open = sum(d.status == gaps.BREAK_OPEN for d in duty)
    soon, awaiting = _retention(archive)
    overdue = tuple(sorted((ln for ln in report.lines if ln.status == oversight.MISSING),
                           key=lambda ln: -(ln.late_by_seconds or 0)))
    return Dashboard(local, tuple(bars), report.total.on_time, report.total.due, overdue, gaps.pending_count(archive),
                     unrecorded, breaks_open, unfiled, checks, soon, awaiting, _device_alerts(archive, profile),
                     profile.hand_in_hours, profile.name_zh,
                     profile.valid_until if profile.valid_until and local.date() > profile.valid_until else None,
                     review_records.review_missing(archive, local.date()))

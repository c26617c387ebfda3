"""Times are stored in UTC and shown in the unit's time zone."""
from __future__ import annotations

import calendar
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Shanghai"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime, local_tz: str = DEFAULT_TIMEZONE) -> datetime:
    """A naive time is taken as local time in the unit's zone (body cameras name files that way)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(local_tz))
    return value.astimezone(timezone.utc)


def to_local(value: datetime, local_tz: str = DEFAULT_TIMEZONE) -> datetime:
    return value.astimezone(ZoneInfo(local_tz))


def local_wall(value: datetime | None, local_tz: str = DEFAULT_TIMEZONE) -> datetime | None:
    """The unit's wall-clock time of `value`, without a zone, as papers and sheets print it."""
    return None if value is None else to_local(value, local_tz).replace(tzinfo=None)


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(timezone.utc).isoformat()


def local_today(local_tz: str = DEFAULT_TIMEZONE, now: datetime | None = None) -> date:
    """The calendar day it is in the unit's zone at `now` (default: now): deadlines and dates entered
    by hand are the unit's days, not the computer's or UTC's."""
    return to_local(now or utcnow(), local_tz).date()


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier); the month's last day when it has no such day (29 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_range(year: int, month: int, local_tz: str = DEFAULT_TIMEZONE) -> tuple[datetime, datetime]:
    """The UTC bounds [start, end) of a calendar month in the unit's zone."""
    nxt = add_months(date(year, month, 1), 1)
    return as_utc(datetime(year, month, 1), local_tz), as_utc(datetime(nxt.year, nxt.month, 1), local_tz)

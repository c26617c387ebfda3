"""Times are stored in UTC and shown in the unit's time zone."""
from __future__ import annotations

from datetime import datetime, timezone
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


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(timezone.utc).isoformat()

"""The hand-in deadline (ARC-07): footage is due within a set time after its activity.

24 hours after the activity ends by default (000§14, 001§14(1)); for remote, on-water or off-site
work it runs from the officer's return to the unit (002§13, 003§19). The hours come from the unit's
policy profile (`profiles.active(session).hand_in_hours`); 24 when none is given.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from evidenceroom.core.models import Activity, DeadlineStatus

DEFAULT_HOURS = 24


@dataclass(frozen=True)
class DeadlineCheck:
    deadline_at: datetime | None
    status: DeadlineStatus
    late_by_seconds: int | None


def hand_in_deadline(activity: Activity | None, hours: int = DEFAULT_HOURS) -> datetime | None:
    if activity is None:
        return None
    start = activity.returned_at if activity.remote and activity.returned_at else activity.ended_at
    return None if start is None else start + timedelta(hours=hours)


def check(activity: Activity | None, handed_in_at: datetime, hours: int = DEFAULT_HOURS) -> DeadlineCheck:
    deadline = hand_in_deadline(activity, hours)
    if deadline is None:
        return DeadlineCheck(None, DeadlineStatus.UNKNOWN, None)
    if handed_in_at <= deadline:
        return DeadlineCheck(deadline, DeadlineStatus.ON_TIME, None)
    return DeadlineCheck(deadline, DeadlineStatus.LATE, int((handed_in_at - deadline).total_seconds()))


def describe(status: str, late_by_seconds: int | None) -> str:
    """The words the office uses: 按时, 逾期 N 小时, 未知."""
    if status == DeadlineStatus.ON_TIME.value:
        return "按时"
    if status == DeadlineStatus.LATE.value:
        hours = (late_by_seconds or 0) / 3600
        return f"逾期 {hours:.0f} 小时" if hours >= 1 else f"逾期 {max(1, round(hours * 60))} 分钟"
    return "未知"

"""Time codes as the review pane shows them: positions and the wall-clock time of a frame."""
from __future__ import annotations

from datetime import datetime, timedelta

from evidenceroom.core.timeutil import to_local


def format_position(ms: int | None, hours: bool = False) -> str:
    """mm:ss, or h:mm:ss when the recording is an hour or longer (or `hours` is asked for)."""
    if ms is None or ms < 0:
        ms = 0
    seconds = int(ms) // 1000
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h or hours:
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m:02d}:{s:02d}"


def needs_hours(duration_ms: int | None) -> bool:
    return bool(duration_ms and duration_ms >= 3600 * 1000)


def frame_time(recorded_at: datetime, position_ms: int, timezone: str) -> datetime:
    """The wall-clock time of the frame at `position_ms`, in the unit's time zone."""
    return to_local(recorded_at + timedelta(milliseconds=max(0, int(position_ms))), timezone)


def format_datetime(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")

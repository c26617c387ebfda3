"""The device clock offset recorded at import (ARC-09; 000§12, 001§11, 002§7, 003§11).

Devices must have the correct date and time (日期、时间设定准确). At import the custodian records
how far the device clock is from the workstation clock: the device clock minus the real time, in
seconds, positive when the device runs fast — the convention of the pre-use check
(`custody.PreUseCheck.clock_offset_s`). `Recording.recorded_at` stays the time as the device wrote
it; the corrected time is worked out from the stored offset whenever it is shown.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from evidenceroom.core import profiles
from evidenceroom.core.archive import Archive
from evidenceroom.core.custody import EventKind
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Device, Recording
from evidenceroom.core.models.custody import CustodyEvent
from evidenceroom.core.timeutil import as_utc, local_wall, utcnow

# Beyond a day the figure is a typing slip (or a device reset to 1970), not a clock that drifted.
MAX_OFFSET_S = 86_400


def check_offset(offset_s: float | None) -> float | None:
    """The offset as a float, or None when not measured; an absurd one is refused."""
    if offset_s is None:
        return None
    if isinstance(offset_s, bool) or not isinstance(offset_s, (int, float)) or not math.isfinite(offset_s):
        raise ArchiveError("设备时钟偏差必须是秒数。", "The device clock offset must be a number of seconds.")
    if abs(offset_s) > MAX_OFFSET_S:
        raise ArchiveError(
            f"设备时钟偏差 {offset_s:g} 秒超过一天（±{MAX_OFFSET_S} 秒），不像是时钟误差。"
            "请核对设备时间和输入的数值。",
            f"A device clock offset of {offset_s:g} s is more than a day (±{MAX_OFFSET_S} s): not a clock "
            "drift. Check the device's time and the figure entered.")
    return float(offset_s)


def wall_clock_now(archive: Archive) -> datetime:
    """This computer's time now as the unit's wall clock (naive): what a correct device shows."""
    with archive.session() as s:
        return local_wall(utcnow(), archive.unit(s).timezone)


def measured_offset(archive: Archive, device_time: datetime, now: datetime | None = None) -> float:
    """The offset from the time the device shows (`device_time`; naive = the unit's wall clock)
    read off at `now` (default: this moment), to the second; an absurd one is refused."""
    if device_time.tzinfo is None:
        with archive.session() as s:
            device_time = as_utc(device_time, archive.unit(s).timezone)
    offset = round((device_time - (now or utcnow())).total_seconds())
    return check_offset(float(offset))


def corrected(recorded_at: datetime, offset_s: float | None) -> datetime:
    """The real time of a moment the device stamped `recorded_at`: a fast clock ran ahead."""
    if offset_s is None:
        return recorded_at
    return recorded_at - timedelta(seconds=offset_s)


def offset_warning(offset_s: float | None, tolerance_s: float) -> bool:
    """True when a measured offset is beyond the tolerance (either way); exactly at it is fine."""
    return offset_s is not None and abs(offset_s) > tolerance_s


def tolerance_s(archive: Archive) -> int:
    """The active profile's tolerance for a device clock, seconds (`clock_tolerance_seconds`)."""
    with archive.session() as s:
        return profiles.active(s).clock_tolerance_seconds


@dataclass(frozen=True)
class ClockCheck:
    """What the import form shows about an offset entered for a device."""

    offset_s: float | None
    tolerance_s: int
    exceeded: bool


def check(archive: Archive, offset_s: float | None) -> ClockCheck:
    """An entered offset against the unit's profile tolerance."""
    tolerance = tolerance_s(archive)
    return ClockCheck(offset_s, tolerance, offset_warning(offset_s, tolerance))


def measured_at_check_out(archive: Archive, serial: str | None) -> float | None:
    """The offset measured in the pre-use check of the device's latest check-out, if one was.

    The import form proposes it: the custodian measured the same clock that morning."""
    if not serial:
        return None
    with archive.session() as s:
        details = s.scalars(
            select(CustodyEvent.details).join(Device, Device.id == CustodyEvent.device_id)
            .where(Device.serial == serial, CustodyEvent.kind == EventKind.CHECK_OUT.value)
            .order_by(CustodyEvent.at.desc(), CustodyEvent.id.desc()).limit(1)).first()
    if details is None:
        return None
    try:
        value = (json.loads(details).get("pre_use_check") or {}).get("clock_offset_s")
    except (ValueError, AttributeError):
        return None
    try:
        return check_offset(value)
    except ArchiveError:
        return None


def recording_offset(archive: Archive, recording_id: int) -> float | None:
    """The offset stored with a recording (None when not measured or no such recording)."""
    with archive.session() as s:
        return s.scalar(select(Recording.clock_offset_s).where(Recording.id == recording_id))

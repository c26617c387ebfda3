"""Device alerts: out past the expected return, service life ending (000§11), not checked lately.

The numbers come from the unit's profile: the service life by kind (in-service date plus the
kind's maximum years is the end; past its minimum years a device "may be replaced"), and
`device_check_stale_days` for maintenance (维护保养, DEV-12): a device whose last maintenance or
repair is older than that is 保养逾期, however often it was checked out meanwhile — a pre-use
check is not maintenance.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evidenceroom.core import profiles
from evidenceroom.core.archive import Archive, unit_timezone
from evidenceroom.core.custody import DeviceState, EventKind
from evidenceroom.core.device_register import KIND_NAMES
from evidenceroom.core.errors import language
from evidenceroom.core.models import Device
from evidenceroom.core.models.custody import CustodyEvent
from evidenceroom.core.timeutil import add_months, local_today, utcnow

CHECKS = (EventKind.MAINTENANCE.value, EventKind.BACK_IN_SERVICE.value)
# Sealed, destroyed or lost devices are out of use: only their records matter now.
RETIRED = (DeviceState.SEALED.value, DeviceState.DESTROYED.value, DeviceState.LOST.value)
LIFE_OVER, LIFE_NEAR, MAY_REPLACE = "life_over", "life_near", "may_replace"  # also the alert codes


@dataclass(frozen=True)
class Alert:
    device_id: int
    serial: str
    code: str  # overdue_return | life_over | life_near | may_replace | check_stale
    severity: str  # "warning" or "info"
    zh: str
    en: str

    def __str__(self) -> str:
        return self.en if language() == "en" else self.zh


def service_life_end(device: Device, profile: profiles.Profile) -> date | None:
    life = profile.service_life.get(device.kind)
    if life is None or device.in_service_on is None:
        return None
    return add_months(device.in_service_on, 12 * life.max_years)


def life_stage(device: Device, profile: profiles.Profile, today: date) -> str | None:
    """Where a device in use stands in its service life on `today`: LIFE_OVER, LIFE_NEAR (within the
    profile's lead months of the end), MAY_REPLACE (past the minimum years), or None."""
    end = service_life_end(device, profile)
    if end is None or device.state in RETIRED:
        return None
    life = profile.service_life[device.kind]
    if today >= end:
        return LIFE_OVER
    if today >= add_months(end, -profile.service_life_lead_months):
        return LIFE_NEAR
    if today >= add_months(device.in_service_on, 12 * max(life.min_years, profile.minimum_service_years)):
        return MAY_REPLACE
    return None


def alerts_for(device: Device, last_check: datetime | None, profile: profiles.Profile, now: datetime,
               today: date) -> list[Alert]:
    """One device's alerts, from its row and the time of its last check."""
    out: list[Alert] = []

    def add(code, severity, zh, en):
        out.append(Alert(device.id, device.serial, code, severity, zh, en))

    if device.state == DeviceState.CHECKED_OUT.value and device.expected_return_at and device.expected_return_at < now:
        late = now - device.expected_return_at
        hours = int(late.total_seconds() // 3600)
        add("overdue_return", "warning", f"逾期未还（超过预计归还时间 {hours} 小时）",
            f"Overdue: {hours} h past the expected return")
    if device.state in RETIRED:
        return out
    stage = life_stage(device, profile, today)
    if stage is not None:
        life, end = profile.service_life[device.kind], service_life_end(device, profile)
        kind_zh = KIND_NAMES.get(device.kind, (device.kind,))[0]
        span_zh, span_en = f"{life.min_years}–{life.max_years} 年", f"{life.min_years}–{life.max_years} years"
        if stage == LIFE_OVER:
            add(stage, "warning", f"超出使用年限（{span_zh}）", f"Past its service life ({span_en})")
        elif stage == LIFE_NEAR:
            add(stage, "warning", f"临近使用年限（{span_zh}，至 {end}）", f"Service life ({span_en}) ends on {end}")
        else:
            add(stage, "info", f"已满{kind_zh}最低使用年限 {life.min_years} 年，可更新",
                f"Past the minimum {life.min_years} years: may be replaced")
    stale = timedelta(days=profile.device_check_stale_days)
    since = last_check or device.created_at
    # In use or in store alike; a faulty device or one at the repairer gets its check with the repair.
    usable = device.state in (DeviceState.IN_STORE.value, DeviceState.CHECKED_OUT.value)
    if usable and since is not None and now - since > stale:
        days = (now - since).days
        what_zh = f"{days} 天未保养" if last_check else f"登记后 {days} 天未保养"
        add("check_stale", "warning", f"保养逾期（{what_zh}，周期 {profile.device_check_stale_days} 天）",
            f"Maintenance overdue: {days} days since the last (every {profile.device_check_stale_days} days)")
    return out


def last_checks(s: Session, device_ids=None) -> dict[int, datetime]:
    q = select(CustodyEvent.device_id, func.max(CustodyEvent.at)).where(CustodyEvent.kind.in_(CHECKS)) \
        .group_by(CustodyEvent.device_id)
    if device_ids is not None:
        q = q.where(CustodyEvent.device_id.in_(list(device_ids)))
    rows = s.execute(q).all()
    # max() over a UTC column comes back naive from SQLite: mark it UTC as the column type would.
    return {d: (at if at is None or at.tzinfo else at.replace(tzinfo=timezone.utc)) for d, at in rows}


def alerts_by_device(s: Session, profile: profiles.Profile | None = None,
                     now: datetime | None = None) -> dict[int, list[Alert]]:
    """Alerts of every device that has some, by device id."""
    profile = profile or profiles.active(s)
    now = now or utcnow()
    today = local_today(unit_timezone(s), now)
    checks = last_checks(s)
    out: dict[int, list[Alert]] = {}
    for device in s.scalars(select(Device).order_by(Device.serial)):
        found = alerts_for(device, checks.get(device.id), profile, now, today)
        if found:
            out[device.id] = found
    return out


def unit_alerts(archive: Archive, profile: profiles.Profile | None = None,
                now: datetime | None = None) -> list[Alert]:
    """Every device's alerts, warnings first, for the dashboard."""
    with archive.session() as s:
        found = [a for alerts in alerts_by_device(s, profile, now).values() for a in alerts]
    return sorted(found, key=lambda a: (a.severity != "warning", a.serial, a.code))


def device_alerts(archive: Archive, device_id: int, profile: profiles.Profile | None = None,
                  now: datetime | None = None) -> list[Alert]:
    with archive.session() as s:
        device = s.get(Device, device_id)
        if device is None:
            return []
        profile = profile or profiles.active(s)
        now = now or utcnow()
        return alerts_for(device, last_checks(s, [device_id]).get(device_id), profile, now,
                          local_today(unit_timezone(s), now))

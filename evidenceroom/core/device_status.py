"""The device-status report (设备状况报告, RPT-04, 000§11–§13, 001§16–§17).

Every device once, under its state; the devices past the end of their service life or within the
profile's lead time of it; and the losses and damage in a period with the liable user and the
compensation at the original price. The rules stay in the custody area: states and their names
from `custody`, the end of service life from `device_alerts`, incidents from the ledger.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from evidenceroom.core import profiles
from evidenceroom.core.archive import Archive
from evidenceroom.core.custody import STATE_NAMES, DeviceState, EventKind
from evidenceroom.core.device_alerts import LIFE_NEAR, LIFE_OVER, life_stage, service_life_end
from evidenceroom.core.device_ledger import LedgerFilter, ledger
from evidenceroom.core.device_register import KIND_NAMES
from evidenceroom.core.models import Device
from evidenceroom.core.timeutil import local_today, utcnow


# The report's headings: the state's own name, with the word the regulations use where it differs.
HEADINGS = {
    DeviceState.IN_STORE.value: "在用（在库）",
    DeviceState.CHECKED_OUT.value: "在用（领用中）",
    DeviceState.FAULTY.value: "故障",
    DeviceState.IN_REPAIR.value: "送修（维修中）",
    DeviceState.LOST.value: "遗失",
    DeviceState.SEALED.value: "封存",
    DeviceState.DESTROYED.value: "销毁",
}
PAST_LIFE = "超出使用年限"
NEAR_LIFE = "临近使用年限"


@dataclass(frozen=True)
class DeviceLine:
    id: int
    serial: str
    kind_zh: str
    model: str
    department: str
    holder: str
    in_service_on: date | None
    life_end: date | None
    state: str
    state_zh: str


@dataclass(frozen=True)
class LossLine:
    at: datetime
    serial: str
    kind_zh: str
    what_zh: str  # 遗失 or 损坏
    officer: str
    circumstances: str
    liable: bool
    compensation: str | None  # yuan, as recorded; None when not liable or the price is unknown


@dataclass(frozen=True)
class DeviceStatus:
    unit_name: str
    timezone: str
    today: date
    profile_name: str
    service_life_article: str
    lead_months: int
    by_state: tuple[tuple[str, str, tuple[DeviceLine, ...]], ...]  # (state, heading, devices)
    past_life: tuple[DeviceLine, ...]
    near_life: tuple[DeviceLine, ...]
    losses: tuple[LossLine, ...]
    period_text: str
    printed_at: datetime

    @property
    def device_count(self) -> int:
        return sum(len(devices) for _, _, devices in self.by_state)


def device_status(archive: Archive, *, start: date | None = None, end: date | None = None,
                  today: date | None = None, profile: profiles.Profile | None = None) -> DeviceStatus:
    """Devices by state, service life, and losses between `start` and `end` (local days; open when None)."""
    with archive.session() as s:
        profile = profile or profiles.active(s)
        unit = archive.unit(s)
        today = today or local_today(unit.timezone)
        lead = profile.service_life_lead_months
        groups: dict[str, list[DeviceLine]] = {st: [] for st in HEADINGS}
        past, near = [], []
        for d in s.scalars(select(Device).order_by(Device.serial)):
            end_on = service_life_end(d, profile)
            line = DeviceLine(d.id, d.serial, KIND_NAMES.get(d.kind, (d.kind,))[0], d.model,
                              d.department.name if d.department else "", d.holder.name if d.holder else "",
                              d.in_service_on, end_on, d.state, STATE_NAMES.get(d.state, (d.state,))[0])
            groups.setdefault(d.state, []).append(line)
            stage = life_stage(d, profile, today)  # None out of use: its service life no longer asks for anything
            if stage == LIFE_OVER:
                past.append(line)
            elif stage == LIFE_NEAR:
                near.append(line)
    losses = []
    kinds = (EventKind.LOSS.value, EventKind.DAMAGE.value)
    for row in ledger(archive, LedgerFilter(start=start, end=end, kinds=kinds)):
        e = row.event
        liable = bool(e.details.get("liable"))
        officer = f"{e.officer_name}（{e.officer_badge}）" if e.officer_badge else (e.officer_name or "")
        losses.append(LossLine(e.at, e.device_serial, KIND_NAMES.get(e.device_kind, (e.device_kind,))[0],
                               "遗失" if e.kind == EventKind.LOSS.value else "损坏", officer, e.reason, liable,
                               e.details.get("compensation") if liable else None))
    period = f"{start or '最早记录'} 至 {end or today}"
    by_state = tuple((st, HEADINGS.get(st, st), tuple(lines)) for st, lines in groups.items())
    return DeviceStatus(unit.name, unit.timezone, today, profile.name_zh, profile.service_life_article, lead, by_state,
                        tuple(past), tuple(near), tuple(losses), period, utcnow())

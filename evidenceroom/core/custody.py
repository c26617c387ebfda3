"""Device custody (设备保管): the moves of a device between states, each a ledger row.

A device is in store (在库), checked out (领用中), in repair (维修中), faulty (故障), sealed
(封存), destroyed (销毁) or lost (遗失). Every move is a service here: it checks the rule,
changes the device, writes a `CustodyEvent` (the ledger's row: device, officer, who issued or
received it, when, why) and an audit event in the same transaction. Bad input changes nothing —
except a supervisor's wrong password, which is counted and audited.

Naive times are the unit's local time. Here: states, check-out, handover, return. Faults,
repairs, losses, seal and destroy are in `device_faults`; the board, history and ledger in
`device_ledger`; alerts in `device_alerts`; the register in `device_register` — all of them
reachable as attributes of this module too. Staffing ratios are in `staffing`.
"""
from __future__ import annotations

import enum
import importlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit
from evidenceroom.core.access import actor_of, fmt_utc, when_utc
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.device_register import NETWORKED, device_row, features_of
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Activity, Device, Person, Role
from evidenceroom.core.models.custody import CustodyEvent
from evidenceroom.core.timeutil import local_today, utcnow

MAX_TEXT = 2000
# A moment "now" entered by hand may run a little ahead of the PC's clock.
CLOCK_SLACK = timedelta(minutes=5)


class DeviceState(str, enum.Enum):
    IN_STORE = "in_store"
    CHECKED_OUT = "checked_out"
    IN_REPAIR = "in_repair"
    FAULTY = "faulty"
    SEALED = "sealed"
    DESTROYED = "destroyed"
    LOST = "lost"


STATE_NAMES = {
    DeviceState.IN_STORE.value: ("在库", "in store"),
    DeviceState.CHECKED_OUT.value: ("领用中", "checked out"),
    DeviceState.IN_REPAIR.value: ("维修中", "in repair"),
    DeviceState.FAULTY.value: ("故障", "faulty"),
    DeviceState.SEALED.value: ("封存", "sealed"),
    DeviceState.DESTROYED.value: ("已销毁", "destroyed"),
    DeviceState.LOST.value: ("遗失", "lost"),
}
# The board's columns: destroyed and lost share the last one.
BOARD_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("在库", (DeviceState.IN_STORE.value,)),
    ("领用中", (DeviceState.CHECKED_OUT.value,)),
    ("维修中", (DeviceState.IN_REPAIR.value,)),
    ("故障", (DeviceState.FAULTY.value,)),
    ("封存", (DeviceState.SEALED.value,)),
    ("销毁/遗失", (DeviceState.DESTROYED.value, DeviceState.LOST.value)),
)
# Not available for work: the staffing ratio does not count these (faulty ones wait for repair).
OUT_OF_SERVICE = frozenset({DeviceState.SEALED.value, DeviceState.DESTROYED.value, DeviceState.LOST.value,
                            DeviceState.FAULTY.value})


class EventKind(str, enum.Enum):
    CHECK_OUT = "check_out"
    HANDOVER = "handover"
    RETURN = "return"
    FAULT = "fault"
    REPAIR = "repair"
    BACK_IN_SERVICE = "back_in_service"
    LOSS = "loss"
    FOUND = "found"
    DAMAGE = "damage"
    MAINTENANCE = "maintenance"
    SEAL = "seal"
    UNSEAL = "unseal"
    DESTROY = "destroy"
    STORAGE_CLEARED = "storage_cleared"  # a verified import's device card wiped (ARC-10); state unchanged


EVENT_NAMES = {
    EventKind.CHECK_OUT.value: ("领用", "check-out"),
    EventKind.HANDOVER.value: ("交接", "handover"),
    EventKind.RETURN.value: ("归还", "return"),
    EventKind.FAULT.value: ("故障登记", "fault report"),
    EventKind.REPAIR.value: ("送修", "sent to repair"),
    EventKind.BACK_IN_SERVICE.value: ("修复", "back in service"),
    EventKind.LOSS.value: ("遗失", "loss"),
    EventKind.FOUND.value: ("找回", "found"),
    EventKind.DAMAGE.value: ("损坏", "damage"),
    EventKind.MAINTENANCE.value: ("维护保养", "maintenance"),
    EventKind.SEAL.value: ("封存", "sealed"),
    EventKind.UNSEAL.value: ("启封", "unsealed"),
    EventKind.DESTROY.value: ("销毁", "destroyed"),
    EventKind.STORAGE_CLEARED.value: ("已清除设备存储", "device storage cleared"),
}
FAULT_REPORTED_TO = {"administrator": ("管理员", "the administrator"), "unit_head": ("单位负责人", "the unit head")}


@dataclass(frozen=True)
class PreUseCheck:
    """The pre-use check (使用前检查, 000§12, 001§11, 002§7, 003§11).

    Battery, storage and clock must pass, or the failed item carries a reason in `reasons`
    (keyed "battery", "storage", "clock"). A fault (`no_fault` False) always blocks: the device
    needs a fault report first. `clock_offset_s` is the device clock minus the real time, if measured.
    """

    battery_ok: bool
    storage_ok: bool
    clock_ok: bool
    no_fault: bool
    clock_offset_s: float | None = None
    reasons: dict[str, str] | None = None
    # Devices with network or wireless upload functions: not connected to the internet or to
    # unrelated devices (001§15). Required True for them; None for the others.
    not_networked: bool | None = None

    def as_json(self) -> dict:
        return {"battery_ok": self.battery_ok, "storage_ok": self.storage_ok, "clock_ok": self.clock_ok,
                "no_fault": self.no_fault, "clock_offset_s": self.clock_offset_s, "reasons": dict(self.reasons or {}),
                "not_networked": self.not_networked}


CHECK_ITEMS = (("battery", "battery_ok", "电池电量充足", "battery charged"),
               ("storage", "storage_ok", "存储空间充足", "enough free storage"),
               ("clock", "clock_ok", "日期、时间设定准确", "date and time set correctly"))


class FaultReportNeeded(ArchiveError):
    """The pre-use check found a fault: nothing was checked out; report the fault (`report_fault`)."""

    def __init__(self, device_id: int, serial: str):
        super().__init__(f"设备 {serial} 有故障，不能领用，请登记故障。",
                         f"Device {serial} has a fault and cannot be checked out; report the fault.")
        self.device_id = device_id


@dataclass(frozen=True)
class CustodyEventInfo:
    id: int
    device_id: int
    device_serial: str
    device_kind: str
    kind: str
    kind_zh: str
    from_state: str
    to_state: str
    officer_id: int | None
    officer_name: str | None
    officer_badge: str | None
    actor_name: str
    approver_name: str | None
    at: datetime
    recorded_at: datetime
    reason: str
    details: dict


@dataclass(frozen=True)
class ReturnFacts:
    """What the import wizard needs after a return with footage; the 24-hour clock runs from
    `activity_ended` (000§14, 001§14)."""

    event_id: int
    device_id: int
    device_serial: str
    officer_id: int
    officer_name: str
    officer_badge: str | None
    has_footage: bool
    activity_id: int | None
    activity_started: datetime | None
    activity_ended: datetime | None
    activity_description: str
    case_no: str | None
    activity_place: str = ""  # where it was recorded: the written description needs it (000§14)


@dataclass(frozen=True)
class Incident:
    """A loss, theft or damage (DEV-08): the liable user and the compensation at the original price."""

    event_id: int
    device_id: int
    kind: str
    officer_id: int | None
    officer_name: str | None
    liable: bool
    compensation: Decimal | None  # yuan; None when not liable or the price is unknown


# --- helpers -------------------------------------------------------------------------------------

def _text(value: str | None, zh: str, en: str, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ArchiveError(f"请填写{zh}。", f"Enter the {en}.")
    if len(value) > MAX_TEXT:
        raise ArchiveError(f"{zh}过长（最多 {MAX_TEXT} 字）。", f"The {en} is too long (at most {MAX_TEXT} characters).")
    return value


def _moment(s: Session, archive: Archive, device: Device, at: datetime | date | None, zh: str, en: str) -> datetime:
    """When a move happened: now by default; never in the future nor before the device was bought."""
    now = utcnow()
    if at is None:
        return now
    if not isinstance(at, datetime):
        # A date alone: today means now; an earlier day, its noon (local), so the order holds.
        if at == local_today(archive.unit(s).timezone, now):
            return now
        at = datetime(at.year, at.month, at.day, 12, 0)
    when = when_utc(at, s, archive)
    if when > now + CLOCK_SLACK:
        raise ArchiveError(f"{zh}（{fmt_utc(when)}）晚于当前时间。", f"The {en} ({fmt_utc(when)}) is in the future.")
    first = device.purchased_on or device.in_service_on
    if first is not None and when.date() < first:
        raise ArchiveError(f"{zh}早于设备购置日期 {first}。", f"The {en} is before the device's purchase date {first}.")
    # The ledger is kept in order: a move cannot be dated before the device's previous one.
    last = s.scalars(select(CustodyEvent).where(CustodyEvent.device_id == device.id)
                     .order_by(CustodyEvent.at.desc(), CustodyEvent.id.desc()).limit(1)).first()
    if last is not None and when < last.at:
        name_zh, name_en = EVENT_NAMES[last.kind]
        raise ArchiveError(f"{zh}早于该设备上一条台账记录（{name_zh}，{fmt_utc(last.at)}）。",
                           f"The {en} is before the device's previous ledger entry ({name_en}, {fmt_utc(last.at)}).")
    return when


def _busy(device: Device) -> ArchiveError:
    zh, en = STATE_NAMES[device.state]
    if device.state == DeviceState.CHECKED_OUT.value:
        holder = device.holder.name if device.holder else "?"
        return ArchiveError(f"设备 {device.serial} 已由 {holder} 领用，尚未归还。",
                            f"Device {device.serial} is checked out to {holder} and not yet returned.")
    if device.state == DeviceState.FAULTY.value:
        return ArchiveError(f"设备 {device.serial} 故障待修，不能领用。",
                            f"Device {device.serial} has a fault awaiting repair; it cannot be checked out.")
    return ArchiveError(f"设备 {device.serial} {zh}，不能领用。", f"Device {device.serial} is {en}; it cannot be checked out.")


def _wrong_state(device: Device, what_zh: str, what_en: str) -> ArchiveError:
    zh, en = STATE_NAMES[device.state]
    return ArchiveError(f"设备 {device.serial} 当前{zh}，不能{what_zh}。",
                        f"Device {device.serial} is {en}; it cannot be {what_en}.")


def officer_row(s: Session, officer_id: int | None) -> Person:
    """An active enforcement officer of the unit: on the staff list, with a badge (DEV-04)."""
    person = s.get(Person, officer_id) if officer_id is not None else None
    if person is None:
        raise ArchiveError("该人员不在人员名单中，设备只能交给本单位在职执法人员。",
                           "That person is not on the staff list; devices go only to the unit's active officers.")
    if not person.active:
        raise ArchiveError(f"{person.name} 已不在职，不能领用设备。",
                           f"{person.name} is no longer active and cannot be given a device.")
    if not person.badge_no:
        raise ArchiveError(f"{person.name} 没有执法证号，设备只能交给执法人员。",
                           f"{person.name} has no badge number; devices go only to enforcement officers.")
    return person


def _move(s: Session, who, device: Device, kind: EventKind, to_state: str, at: datetime, *,
          officer: Person | None = None, reason: str = "", approver=None, **details) -> CustodyEvent:
    require_role(who, (Role.CLERK.value, Role.ADMINISTRATOR.value),
                 "设备的领用、归还和登记由保管员办理。", "Devices are issued, taken back and recorded by the custodian.")
    actor = actor_of(who)
    event = CustodyEvent(device_id=device.id, kind=kind.value, from_state=device.state, to_state=to_state,
                         officer_id=officer.id if officer else None, actor_user_id=actor.user_id, actor_name=actor.name,
                         approver_user_id=approver.user_id if approver else None,
                         approver_name=approver.actor.name if approver else None, at=at, recorded_at=utcnow(),
                         reason=reason, details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str))
    s.add(event)
    device.state = to_state
    s.flush()
    audit.record(s, actor, f"custody.{kind.value}", "device", device.id, event_id=event.id, serial=device.serial,
                 from_state=event.from_state, to_state=to_state, officer_id=event.officer_id,
                 officer=officer.name if officer else None, at=at.isoformat(), reason=reason,
                 approver=event.approver_name, **details)
    return event


def _latest(s: Session, device_id: int, *kinds: EventKind) -> CustodyEvent | None:
    return s.scalars(select(CustodyEvent).where(CustodyEvent.device_id == device_id,
                                                CustodyEvent.kind.in_([k.value for k in kinds]))
                     .order_by(CustodyEvent.at.desc(), CustodyEvent.id.desc()).limit(1)).first()


def event_info(s: Session, e: CustodyEvent) -> CustodyEventInfo:
    officer = e.officer
    return CustodyEventInfo(e.id, e.device_id, e.device.serial, e.device.kind, e.kind, EVENT_NAMES[e.kind][0],
                            e.from_state, e.to_state, e.officer_id, officer.name if officer else None,
                            officer.badge_no if officer else None, e.actor_name, e.approver_name, e.at,
                            e.recorded_at, e.reason, json.loads(e.details or "{}"))


# --- check-out, handover, return ----------------------------------------------------------------

def check_out(archive: Archive, who, device_id: int, officer_id: int, purpose: str, expected_return: datetime,
              check: PreUseCheck, *, activity_id: int | None = None, case_no: str | None = None,
              at: datetime | None = None) -> CustodyEventInfo:
    """Issue a device in store to an active officer for a stated work purpose (DEV-04, DEV-05).

    Raises `FaultReportNeeded` when the check found a fault (nothing changes; report the fault).
    """
    purpose = _text(purpose, "领用事由（执法活动或案件）", "purpose (an activity or a case)")
    reasons = {k: (v or "").strip() for k, v in (check.reasons or {}).items()}
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state != DeviceState.IN_STORE.value:
            raise _busy(device)
        if not check.no_fault:
            raise FaultReportNeeded(device.id, device.serial)
        for key, attr, zh, en in CHECK_ITEMS:
            if not getattr(check, attr) and not reasons.get(key):
                raise ArchiveError(f"使用前检查未通过：{zh}。请处理后再领用，或写明原因。",
                                   f"Pre-use check failed: {en}. Fix it before check-out, or state a reason.")
        if NETWORKED & set(features_of(device.features)) and not check.not_networked:
            raise ArchiveError("该设备有联网或无线上传功能：须确认未与互联网或其他与工作无关的设备连接（001§15）。",
                               "This device can go online: confirm it is not connected to the internet or to "
                               "unrelated devices (001§15).")
        officer = officer_row(s, officer_id)
        when = _moment(s, archive, device, at, "领用时间", "check-out time")
        if expected_return is None:
            raise ArchiveError("请填写预计归还时间。", "Enter the expected return.")
        due = when_utc(expected_return, s, archive)
        if due <= when:
            raise ArchiveError("预计归还时间须晚于领用时间。", "The expected return must be after the check-out.")
        if activity_id is not None and s.get(Activity, activity_id) is None:
            raise ArchiveError(f"没有第 {activity_id} 号执法活动。", f"There is no activity {activity_id}.")
        event = _move(s, who, device, EventKind.CHECK_OUT, DeviceState.CHECKED_OUT.value, when, officer=officer,
                      reason=purpose, expected_return=due.isoformat(), pre_use_check=check.as_json(),
                      activity_id=activity_id, case_no=(case_no or "").strip() or None)
        device.holder_id, device.held_since, device.expected_return_at = officer.id, when, due
        return event_info(s, event)


def handover(archive: Archive, who, device_id: int, to_officer_id: int, *, reason: str = "",
             at: datetime | None = None) -> CustodyEventInfo:
    """Hand a checked-out device from its holder to another active officer (交接, DEV-03)."""
    reason = _text(reason, "交接原因", "reason", required=False)
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state != DeviceState.CHECKED_OUT.value:
            raise _wrong_state(device, "交接", "handed over")
        officer = officer_row(s, to_officer_id)
        if officer.id == device.holder_id:
            raise ArchiveError(f"设备已在 {officer.name} 手中。", f"{officer.name} already holds the device.")
        when = _moment(s, archive, device, at, "交接时间", "handover time")
        if device.held_since and when < device.held_since:
            raise ArchiveError("交接时间早于上一次领用或交接。", "The handover is before the last check-out or handover.")
        previous = device.holder
        event = _move(s, who, device, EventKind.HANDOVER, DeviceState.CHECKED_OUT.value, when, officer=officer,
                      reason=reason, from_officer_id=previous.id if previous else None,
                      from_officer=previous.name if previous else None)
        device.holder_id, device.held_since = officer.id, when
        return event_info(s, event)


def return_device(archive: Archive, who, device_id: int, *, condition: str, recorded: str, has_footage: bool,
                  activity_started: datetime | None = None, activity_ended: datetime | None = None,
                  activity_description: str = "", faulty: bool = False, fault_description: str = "",
                  at: datetime | None = None, activity_place: str = "") -> ReturnFacts:
    """Take a checked-out device back: its condition and what was recorded (记录内容, 001§9).

    With footage, the activity's end is required: the import that follows runs its hand-in
    deadline from it. `faulty` puts the device straight to 故障 with `fault_description`.
    """
    condition = _text(condition, "设备状况", "condition")
    recorded = _text(recorded, "记录内容", "what was recorded", required=has_footage)
    description = _text(activity_description, "执法活动", "activity", required=False)
    place = _text(activity_place, "执法地点", "place", required=False)
    fault_description = _text(fault_description, "故障情况", "fault description", required=faulty)
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state != DeviceState.CHECKED_OUT.value:
            raise ArchiveError(f"设备 {device.serial} 当前{STATE_NAMES[device.state][0]}，没有领用记录可归还。",
                               f"Device {device.serial} is {STATE_NAMES[device.state][1]}; there is nothing to return.")
        when = _moment(s, archive, device, at, "归还时间", "return time")
        if device.held_since and when < device.held_since:
            raise ArchiveError("归还时间早于领用时间。", "The return is before the check-out.")
        started = when_utc(activity_started, s, archive) if activity_started else None
        ended = when_utc(activity_ended, s, archive) if activity_ended else None
        if has_footage and ended is None:
            raise ArchiveError("有音像资料时请填写执法活动结束时间（24 小时移交时限从此起算）。",
                               "With footage, enter when the activity ended (the 24-hour hand-in runs from it).")
        if ended is not None and ended > when + CLOCK_SLACK:
            raise ArchiveError("执法活动结束时间晚于归还时间。", "The activity ends after the device was returned.")
        if started is not None and ended is not None and started > ended:
            raise ArchiveError("执法活动开始时间晚于结束时间。", "The activity starts after it ends.")
        if started is not None and device.held_since and started < device.held_since - CLOCK_SLACK:
            raise ArchiveError("执法活动开始时间早于领用时间。", "The activity starts before the device was checked out.")
        if ended is not None and device.held_since and ended < device.held_since - CLOCK_SLACK:
            raise ArchiveError("执法活动结束时间早于领用时间。", "The activity ends before the device was checked out.")
        out = _latest(s, device.id, EventKind.CHECK_OUT)
        out_details = json.loads(out.details) if out else {}
        officer = device.holder
        to_state = DeviceState.FAULTY.value if faulty else DeviceState.IN_STORE.value
        event = _move(s, who, device, EventKind.RETURN, to_state, when, officer=officer, reason=condition,
                      recorded=recorded, has_footage=has_footage, activity_started=started, activity_ended=ended,
                      activity_description=description, activity_place=place or None,
                      fault_description=fault_description or None,
                      checked_out_event_id=out.id if out else None)
        device.holder_id = device.held_since = device.expected_return_at = None
        return ReturnFacts(event.id, device.id, device.serial, officer.id, officer.name, officer.badge_no,
                           has_footage, out_details.get("activity_id"), started, ended,
                           description or (out.reason if out else ""), out_details.get("case_no"), place)


# The rest of the custody API, so that callers need only this module: faults, repairs, losses,
# maintenance, seal and destroy; the board, history and ledger; alerts; the register. Loaded on
# first use (PEP 562), since those modules import this one.
_ELSEWHERE = {
    "device_faults": ("back_in_service", "destroy", "record_maintenance", "report_fault", "report_found",
                      "report_loss", "send_to_repair", "seal", "unseal"),
    "device_ledger": ("DeviceCard", "LedgerFilter", "LedgerRow", "board", "device_history", "ledger"),
    "device_alerts": ("Alert", "device_alerts", "unit_alerts"),
    "device_register": ("DeviceInfo", "DeviceInput", "Feature", "FEATURE_NAMES", "KIND_NAMES", "add_device",
                        "edit_device", "get_device", "list_devices"),
}
_HOME = {name: module for module, names in _ELSEWHERE.items() for name in names}


def __getattr__(name: str):
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"evidenceroom.core.{module}"), name)

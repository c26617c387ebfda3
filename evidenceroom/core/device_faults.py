"""Faults, repairs, losses, maintenance, and the end of a device: seal, unseal, destroy.

Faults are reported and repaired by professionals, never by the user (000§12, 001§16); a loss or
damage by poor care or misuse is paid at the original price (000§12, 001§17); broken devices are
sealed or destroyed (000§13) on a supervisor's in-person approval. See `core.custody` for the
states and the ledger rows every move writes.
"""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evidenceroom.core import accounts, profiles
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import AuthError, require_role
from evidenceroom.core.archive import Archive, unit_today
from evidenceroom.core.custody import (FAULT_REPORTED_TO, CustodyEventInfo, DeviceState, EventKind, Incident,
                                       _latest, _moment, _move, _text, _wrong_state, event_info, officer_row)
from evidenceroom.core.device_register import NETWORKED, device_row, features_of, price_fen, price_yuan
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Device, Recording, Role

GONE = (DeviceState.DESTROYED.value, DeviceState.LOST.value)


def report_fault(archive: Archive, who, device_id: int, description: str, reported_to: str = "administrator", *,
                 reporter_id: int | None = None, at: datetime | None = None) -> CustodyEventInfo:
    """Register a fault (故障登记, DEV-06): the device stops being used until a repair closes it.

    `reported_to` is "administrator" (000§12) or "unit_head" (001§16). A checked-out device
    comes back to the desk with its report; its holder is the reporter unless another is named.
    """
    description = _text(description, "故障情况", "fault description")
    if reported_to not in FAULT_REPORTED_TO:
        raise ArchiveError(f"无效的报告对象：{reported_to}。", f"Not a valid recipient of the report: {reported_to}.")
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state not in (DeviceState.IN_STORE.value, DeviceState.CHECKED_OUT.value):
            raise _wrong_state(device, "登记故障", "reported faulty")
        reporter = officer_row(s, reporter_id) if reporter_id is not None else device.holder
        when = _moment(s, archive, device, at, "故障时间", "fault time")
        event = _move(s, who, device, EventKind.FAULT, DeviceState.FAULTY.value, when, officer=reporter,
                      reason=description, reported_to=reported_to, reported_to_zh=FAULT_REPORTED_TO[reported_to][0])
        device.holder_id = device.held_since = device.expected_return_at = None
        return event_info(s, event)


def send_to_repair(archive: Archive, who, device_id: int, repairer: str, *, central: bool = False,
                   sent_on: date | datetime | None = None) -> CustodyEventInfo:
    """Send a faulty device to a professional repairer or to central repair (统一维修, DEV-07)."""
    repairer = _text(repairer, "维修单位", "repairer")
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state != DeviceState.FAULTY.value:
            raise _wrong_state(device, "送修", "sent to repair")
        when = _moment(s, archive, device, sent_on, "送修日期", "date sent")
        fault = _latest(s, device.id, EventKind.FAULT, EventKind.RETURN, EventKind.DAMAGE)
        event = _move(s, who, device, EventKind.REPAIR, DeviceState.IN_REPAIR.value, when, reason=repairer,
                      repairer=repairer, central=central, fault_event_id=fault.id if fault else None)
        return event_info(s, event)


def back_in_service(archive: Archive, who, device_id: int, returned_on: date | datetime | None = None, *,
                    result: str = "修复", repaired: bool = True, cost=None) -> CustodyEventInfo:
    """Close a repair (DEV-07): repaired devices go back in store; unrepairable ones stay faulty,
    to be sealed or destroyed. `cost` in yuan."""
    result = _text(result, "维修结果", "repair result")
    cost_fen = price_fen(cost)
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state != DeviceState.IN_REPAIR.value:
            raise _wrong_state(device, "办理修复", "returned from repair")
        when = _moment(s, archive, device, returned_on, "修复日期", "return date")
        sent = _latest(s, device.id, EventKind.REPAIR)
        if sent is not None and when < sent.at and when.date() < sent.at.date():
            raise ArchiveError("修复日期早于送修日期。", "The repair ends before the device was sent.")
        to_state = DeviceState.IN_STORE.value if repaired else DeviceState.FAULTY.value
        event = _move(s, who, device, EventKind.BACK_IN_SERVICE, to_state, when, reason=result, result=result,
                      repaired=repaired, cost=str(price_yuan(cost_fen)) if cost_fen is not None else None,
                      repairer=json.loads(sent.details).get("repairer") if sent else None,
                      sent_at=sent.at if sent else None)
        return event_info(s, event)


def report_loss(archive: Archive, who, device_id: int, circumstances: str, *, liable: bool,
                kind: str = "loss", officer_id: int | None = None, at: datetime | None = None) -> Incident:
    """A loss, theft ("loss") or damage ("damage") incident (DEV-08).

    `liable` notes poor care or misuse (保管不善或使用不当): then the user pays the original price
    (000§12, 001§17), taken from the register. Lost devices go to 遗失, damaged ones to 故障.
    """
    circumstances = _text(circumstances, "事情经过", "circumstances")
    if kind not in (EventKind.LOSS.value, EventKind.DAMAGE.value):
        raise ArchiveError(f"无效的事件类型：{kind}。", f"Not a valid incident kind: {kind}.")
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state in GONE or device.state == DeviceState.SEALED.value:
            raise _wrong_state(device, "登记遗失或损坏", "reported lost or damaged")
        user = officer_row(s, officer_id) if officer_id is not None else device.holder
        if liable and user is None:
            raise ArchiveError("请指定负有责任的使用人员。", "Name the user who is liable.")
        when = _moment(s, archive, device, at, "发生时间", "time of the incident")
        compensation = price_yuan(device.purchase_price_fen) if liable else None
        to_state = DeviceState.LOST.value if kind == EventKind.LOSS.value else DeviceState.FAULTY.value
        event = _move(s, who, device, EventKind(kind), to_state, when, officer=user, reason=circumstances,
                      liable=liable, compensation=str(compensation) if compensation is not None else None)
        device.holder_id = device.held_since = device.expected_return_at = None
        return Incident(event.id, device.id, kind, user.id if user else None, user.name if user else None, liable,
                        compensation)


def report_found(archive: Archive, who, device_id: int, circumstances: str, *,
                 at: datetime | None = None) -> CustodyEventInfo:
    """A lost device is found again: it comes back to the desk, in store, and should be checked
    before its next use. The loss stays in its history."""
    circumstances = _text(circumstances, "找回经过", "how it was found")
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state != DeviceState.LOST.value:
            raise _wrong_state(device, "登记找回", "reported found")
        when = _moment(s, archive, device, at, "找回时间", "time found")
        lost = _latest(s, device.id, EventKind.LOSS)
        if lost is not None and when < lost.at:
            raise ArchiveError("找回时间早于遗失时间。", "The device was found before it was lost.")
        event = _move(s, who, device, EventKind.FOUND, DeviceState.IN_STORE.value, when, reason=circumstances,
                      loss_event_id=lost.id if lost else None)
        return event_info(s, event)


def record_maintenance(archive: Archive, who, device_id: int, done: str, *, on: date | datetime | None = None,
                       not_networked: bool | None = None) -> CustodyEventInfo:
    """Log maintenance (维护保养, DEV-12). A device with network or wireless upload functions needs
    the 001§15 item ticked: not connected to the internet or to unrelated devices (DEV-13)."""
    done = _text(done, "保养内容", "work done")
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state in GONE:
            raise _wrong_state(device, "保养", "maintained")
        if NETWORKED & set(features_of(device.features)) and not not_networked:
            raise ArchiveError("该设备有联网或无线上传功能：须确认未与互联网或其他与工作无关的设备连接（001§15）。",
                               "This device can go online: confirm it was not connected to the internet or to "
                               "unrelated devices (001§15).")
        when = _moment(s, archive, device, on, "保养日期", "maintenance date")
        event = _move(s, who, device, EventKind.MAINTENANCE, device.state, when, reason=done,
                      not_networked=not_networked)
        return event_info(s, event)


# --- the end of a device ---------------------------------------------------------------------------

def footage_pending(s: Session, device: Device) -> bool:
    """The last return said the device holds footage, and nothing has been imported from it since."""
    last = _latest(s, device.id, EventKind.RETURN)
    if last is None or not json.loads(last.details).get("has_footage"):
        return False
    imported = s.scalar(select(func.count(Recording.id)).where(Recording.device_id == device.id,
                                                               Recording.imported_at >= last.at))
    return not imported


def _young(device: Device, profile: profiles.Profile, today: date) -> bool:
    if device.in_service_on is None:
        return False
    start = device.in_service_on
    try:
        limit = start.replace(year=start.year + profile.minimum_service_years)
    except ValueError:  # 29 February
        limit = start.replace(year=start.year + profile.minimum_service_years, day=28)
    return today < limit


def _dispose(archive: Archive, who, device_id: int, kind: EventKind, allowed: tuple[str, ...], reason: str,
             approver_login: str, approver_password: str, early_reason: str,
             profile: profiles.Profile | None) -> CustodyEventInfo:
    reason = _text(reason, "原因", "reason")
    early_reason = _text(early_reason, "提前报废原因", "reason for early retirement", required=False)
    desk = actor_of(who)
    verb_zh, verb_en = ("封存", "sealed") if kind == EventKind.SEAL else ("销毁", "destroyed")
    with archive.session() as s:
        with s.begin():
            device = device_row(s, device_id)
            if device.state not in allowed:
                raise _wrong_state(device, verb_zh, verb_en)
            if footage_pending(s, device):
                raise ArchiveError(f"设备 {device.serial} 中的音像资料尚未导入，不能{verb_zh}。",
                                   f"Device {device.serial} holds footage not yet imported; it cannot be {verb_en}.")
            policy = profile or profiles.active(s)
            if _young(device, policy, unit_today(s)) and not early_reason:
                raise ArchiveError(
                    f"设备启用不满 {policy.minimum_service_years} 年（{device.in_service_on} 启用），须写明提前报废原因。",
                    f"The device has served less than {policy.minimum_service_years} years (since "
                    f"{device.in_service_on}); state why it is retired early.")
            try:
                approver = accounts.authenticate(s, approver_login, approver_password, purpose="approval")
            except AuthError as exc:
                failure = exc
            else:
                if approver.user_id == desk.user_id:
                    raise ArchiveError("不得由经办人本人审批。", "The person at the desk cannot approve their own action.")
                if approver.role != Role.SUPERVISOR.value:
                    raise ArchiveError(f"{approver.display_name} 不是审批人，不能批准{verb_zh}。",
                                       f"{approver.display_name} is not a supervisor and cannot approve this.")
                when = _moment(s, archive, device, None, "", "")
                to_state = DeviceState.SEALED.value if kind == EventKind.SEAL else DeviceState.DESTROYED.value
                event = _move(s, who, device, kind, to_state, when, reason=reason, approver=approver,
                              early_reason=early_reason or None)
                return event_info(s, event)
        raise failure


def seal(archive: Archive, who, device_id: int, reason: str, approver_login: str, approver_password: str, *,
         early_reason: str = "", profile: profiles.Profile | None = None) -> CustodyEventInfo:
    """Seal (封存) a device in store or faulty, on a supervisor's in-person approval (000§13, DEV-09).

    Refused while checked out or holding footage not yet imported; a device younger than the
    profile's minimum service years needs `early_reason` (DEV-10)."""
    return _dispose(archive, who, device_id, EventKind.SEAL, (DeviceState.IN_STORE.value, DeviceState.FAULTY.value),
                    reason, approver_login, approver_password, early_reason, profile)


def destroy(archive: Archive, who, device_id: int, reason: str, approver_login: str, approver_password: str, *,
            early_reason: str = "", profile: profiles.Profile | None = None) -> CustodyEventInfo:
    """Destroy (销毁) a device in store, faulty or sealed; final. Same approval and limits as `seal`."""
    return _dispose(archive, who, device_id, EventKind.DESTROY,
                    (DeviceState.IN_STORE.value, DeviceState.FAULTY.value, DeviceState.SEALED.value),
                    reason, approver_login, approver_password, early_reason, profile)


def unseal(archive: Archive, who, device_id: int, reason: str) -> CustodyEventInfo:
    """Bring a sealed device back into store: an administrator's act, with a reason (DEV-09)."""
    reason = _text(reason, "启封原因", "reason for unsealing")
    require_role(who, (Role.ADMINISTRATOR.value,), "启封须由系统管理员办理。", "Only an administrator can unseal a device.")
    with archive.transaction() as s:
        device = device_row(s, device_id)
        if device.state != DeviceState.SEALED.value:
            raise _wrong_state(device, "启封", "unsealed")
        event = _move(s, who, device, EventKind.UNSEAL, DeviceState.IN_STORE.value,
                      _moment(s, archive, device, None, "", ""), reason=reason)
        return event_info(s, event)

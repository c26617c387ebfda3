"""Reading custody: the board (one column per state), a device's history, and the ledger (台账).

The ledger lists every custody event — device, user (使用人员), handover time, who issued or
received it, what was recorded (001§9, 002§4, 003§9) — filtered by device, officer and dates;
a return row links to the clips recorded on the device while it was out (DEV-03).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from evidenceroom.core import profiles
from evidenceroom.core.access import when_utc
from evidenceroom.core.archive import Archive
from evidenceroom.core.custody import CHECK_ITEMS, STATE_NAMES, CustodyEventInfo, DeviceState, EventKind, event_info
from evidenceroom.core.device_alerts import Alert, alerts_by_device
from evidenceroom.core.device_register import KIND_NAMES
from evidenceroom.core.models import Device, Person, Recording
from evidenceroom.core.models.custody import CustodyEvent
from evidenceroom.core.timeutil import local_wall, to_local, utcnow


@dataclass(frozen=True)
class DeviceCard:
    """One device on the board."""

    id: int
    kind: str
    kind_zh: str
    serial: str
    model: str
    state: str
    holder_id: int | None
    holder_name: str | None
    since: datetime | None  # when it entered its present state (its last custody event)
    expected_return: datetime | None
    alerts: tuple[Alert, ...]


@dataclass(frozen=True)
class LedgerFilter:
    device_id: int | None = None
    officer_id: int | None = None
    start: date | datetime | None = None  # dates are whole local days; naive times are local
    end: date | datetime | None = None
    kinds: tuple[str, ...] = ()
    department_id: int | None = None  # the devices registered to one department (RPT-02)


@dataclass(frozen=True)
class LedgerRow:
    event: CustodyEventInfo
    recording_ids: tuple[int, ...]  # for a return: the clips recorded on the device while it was out


def board(archive: Archive, profile: profiles.Profile | None = None,
          now: datetime | None = None) -> dict[str, list[DeviceCard]]:
    """Every device as a card, by state (all seven `DeviceState` values, in order, each by serial).
    `custody.BOARD_COLUMNS` says which states share a column."""
    with archive.session() as s:
        alerts = alerts_by_device(s, profile, now)
        # The newest event per device, read from the (device_id, at) index.
        last = {d: at if at.tzinfo else at.replace(tzinfo=timezone.utc) for d, at in s.execute(
            select(CustodyEvent.device_id, func.max(CustodyEvent.at))
            # Clearing a card after an import is no move: the card keeps the time of the last one.
            .where(CustodyEvent.kind != EventKind.STORAGE_CLEARED.value)
            .group_by(CustodyEvent.device_id)).all()}
        out: dict[str, list[DeviceCard]] = {st.value: [] for st in DeviceState}
        for d in s.scalars(select(Device).order_by(Device.serial)):
            since = d.held_since if d.state == DeviceState.CHECKED_OUT.value else last.get(d.id, d.created_at)
            card = DeviceCard(d.id, d.kind, KIND_NAMES.get(d.kind, (d.kind,))[0], d.serial, d.model, d.state,
                              d.holder_id, d.holder.name if d.holder else None, since, d.expected_return_at,
                              tuple(alerts.get(d.id, ())))
            out.setdefault(d.state, []).append(card)
        return out


def device_history(archive: Archive, device_id: int) -> list[CustodyEventInfo]:
    """A device's custody events, oldest first."""
    with archive.session() as s:
        q = select(CustodyEvent).where(CustodyEvent.device_id == device_id).order_by(
            CustodyEvent.at, CustodyEvent.id).options(joinedload(CustodyEvent.officer))
        return [event_info(s, e) for e in s.scalars(q)]


def _bound(s, archive: Archive, value: date | datetime | None, end: bool) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value + timedelta(days=1) if end else value, time())
    return when_utc(value, s, archive)


def ledger(archive: Archive, filt: LedgerFilter = LedgerFilter(), limit: int = 100000) -> list[LedgerRow]:
    """The ledger's rows in time order, filtered; an end date includes that whole day."""
    with archive.session() as s:
        q = select(CustodyEvent).order_by(CustodyEvent.at, CustodyEvent.id).limit(limit).options(
            joinedload(CustodyEvent.device), joinedload(CustodyEvent.officer))
        if filt.device_id is not None:
            q = q.where(CustodyEvent.device_id == filt.device_id)
        if filt.officer_id is not None:
            q = q.where(CustodyEvent.officer_id == filt.officer_id)
        if filt.department_id is not None:
            q = q.where(CustodyEvent.device_id.in_(select(Device.id).where(Device.department_id == filt.department_id)))
        start, end = _bound(s, archive, filt.start, False), _bound(s, archive, filt.end, True)
        if start is not None:
            q = q.where(CustodyEvent.at >= start)
        if end is not None:
            q = q.where(CustodyEvent.at < end if not isinstance(filt.end, datetime) else CustodyEvent.at <= end)
        if filt.kinds:
            q = q.where(CustodyEvent.kind.in_(filt.kinds))
        events = list(s.scalars(q).unique())
        # Only devices with footage filed against them can link clips: ask the rest nothing.
        devices = {e.device_id for e in events if e.kind == EventKind.RETURN.value}
        filed = set(s.scalars(select(Recording.device_id).where(Recording.device_id.in_(devices)).distinct())) \
            if devices else set()
        rows = []
        for e in events:
            info = event_info(s, e)
            linked = e.kind == EventKind.RETURN.value and e.device_id in filed
            rows.append(LedgerRow(info, _clips(s, e, info) if linked else ()))
        return rows


def _clips(s, e: CustodyEvent, info: CustodyEventInfo) -> tuple[int, ...]:
    out_id = info.details.get("checked_out_event_id")
    out = s.get(CustodyEvent, out_id) if out_id else None
    if out is None:
        return ()
    q = select(Recording.id).where(Recording.device_id == e.device_id, Recording.recorded_at >= out.at,
                                   Recording.recorded_at <= e.at).order_by(Recording.recorded_at)
    return tuple(s.scalars(q))


# --- the ledger as a sheet: what the PDF and the workbook show ---------------------------------

LEDGER_TITLE = "音像记录设备使用台账"
LEDGER_COLUMNS = ("序号", "时间", "设备", "事项", "使用人员", "经办人", "批准人", "事由及记录内容", "状态")


@dataclass(frozen=True)
class LedgerLine:
    number: int
    at_local: datetime  # naive, the unit's local time
    device: str
    kind_zh: str
    officer: str
    actor: str
    approver: str
    content: str
    states: str  # "在库 → 领用中"


@dataclass(frozen=True)
class LedgerSheet:
    unit_name: str
    period_text: str
    lines: tuple[LedgerLine, ...]
    responsible_text: str  # one device: its department's 第一责任人, 管理员, custodian; one officer: the officer
    audit_head_text: str
    printed_at: datetime  # naive local


def _content(row: LedgerRow, tz: str) -> str:
    e, d = row.event, row.event.details
    parts = [e.reason] if e.reason else []
    local = lambda iso: to_local(datetime.fromisoformat(iso), tz).strftime("%Y-%m-%d %H:%M")  # noqa: E731
    if d.get("expected_return"):
        parts.append(f"预计归还 {local(d['expected_return'])}")
    check = d.get("pre_use_check")
    if check:
        failed = [zh for key, attr, zh, _en in CHECK_ITEMS if not check.get(attr)]
        parts.append("使用前检查：" + ("均正常" if not failed else "未通过 " + "、".join(failed)))
        if check.get("clock_offset_s") is not None:
            parts.append(f"时钟偏差 {check['clock_offset_s']:g} 秒")
        parts += [f"说明：{r}" for r in (check.get("reasons") or {}).values() if r]
        if check.get("not_networked"):
            parts.append("已确认未与互联网或无关设备连接")
    if d.get("from_officer"):
        parts.append(f"由 {d['from_officer']} 交出")
    if d.get("recorded"):
        parts.append(f"记录内容：{d['recorded']}")
    if d.get("activity_ended"):
        parts.append(f"活动结束 {local(d['activity_ended'])}")
    if d.get("activity_place"):
        parts.append(f"地点：{d['activity_place']}")
    if d.get("reported_to_zh"):
        parts.append(f"报告{d['reported_to_zh']}")
    if d.get("repairer") and e.kind != EventKind.REPAIR.value:
        parts.append(f"维修单位：{d['repairer']}")
    if d.get("cost"):
        parts.append(f"维修费用 {d['cost']} 元")
    if d.get("liable"):
        parts.append(f"保管不善或使用不当，按原价赔偿 {d.get('compensation') or '（原价未登记）'} 元")
    if d.get("early_reason"):
        parts.append(f"提前报废原因：{d['early_reason']}")
    if e.kind == EventKind.STORAGE_CLEARED.value and d.get("batch_id"):
        parts.append(f"导入批次 {d['batch_id']} 的 {d.get('recordings', 0)} 个文件已存档并核验，设备存储已清除")
    if row.recording_ids:
        parts.append("资料 " + " ".join(f"#{i}" for i in row.recording_ids))
    return "；".join(parts)


def ledger_sheet(archive: Archive, filt: LedgerFilter = LedgerFilter()) -> LedgerSheet:
    """The ledger's rows as printed: local times, names, a content column, the audit head."""
    from evidenceroom.core.audit import head_text, read_head
    from evidenceroom.core.models.custody import DepartmentDuty

    rows = ledger(archive, filt)
    with archive.session() as s:
        unit = archive.unit(s)
        tz, unit_name = unit.timezone, unit.name
        responsible = ""
        device = s.get(Device, filt.device_id) if filt.device_id is not None else None
        if device is not None and device.department_id is not None:
            duty = s.get(DepartmentDuty, device.department_id)
            if duty is not None:
                first, admin = s.get(Person, duty.first_responsible_id), s.get(Person, duty.administrator_id)
                responsible = f"{device.department.name}  第一责任人：{first.name}  管理员：{admin.name}"
        if device is not None and device.custodian is not None:
            responsible = f"{responsible}  保管人：{device.custodian.name}".strip()
        officer = s.get(Person, filt.officer_id) if filt.officer_id is not None else None
        if officer is not None:
            badge = f"（{officer.badge_no}）" if officer.badge_no else ""
            responsible = f"{responsible}  使用人员：{officer.name}{badge}".strip()
    head = head_text(read_head(archive.head_path))
    lines = []
    for n, row in enumerate(rows, start=1):
        e = row.event
        officer = f"{e.officer_name}（{e.officer_badge}）" if e.officer_badge else (e.officer_name or "")
        kind = KIND_NAMES.get(e.device_kind, ("",))[0]
        lines.append(LedgerLine(n, local_wall(e.at, tz), f"{e.device_serial} {kind}", e.kind_zh, officer, e.actor_name,
                                e.approver_name or "", _content(row, tz),
                                f"{STATE_NAMES[e.from_state][0]} → {STATE_NAMES[e.to_state][0]}"))

    def day(v) -> str:
        return v.strftime("%Y-%m-%d %H:%M") if isinstance(v, datetime) else str(v)

    period = f"{day(filt.start) if filt.start else '最早记录'} 至 {day(filt.end) if filt.end else '打印时'}"
    return LedgerSheet(unit_name, period, tuple(lines), responsible, head,
                       local_wall(utcnow(), tz))

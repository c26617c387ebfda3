"""Reading custody: the board (one column per state), a device's history, and the ledger (台账).

The ledger lists every custody event — device, user (使用人员), handover time, who issued or
received it, what was recorded (001§9, 002§4, 003§9) — filtered by device, officer and dates;
a return row links to the clips recorded on the device while it was out (DEV-03).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from evidenceroom.core import profiles
from evidenceroom.core.access import when_utc
from evidenceroom.core.archive import Archive
from evidenceroom.core.custody import DeviceState, EventKind, CustodyEventInfo, event_info
from evidenceroom.core.device_alerts import Alert, alerts_by_device
from evidenceroom.core.device_register import KIND_NAMES
from evidenceroom.core.models import Device, Recording
from evidenceroom.core.models.custody import CustodyEvent


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
        last = dict(s.execute(select(CustodyEvent.device_id, CustodyEvent.at)
                              .order_by(CustodyEvent.at, CustodyEvent.id)).all())
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
        q = select(CustodyEvent).where(CustodyEvent.device_id == device_id).order_by(CustodyEvent.at, CustodyEvent.id)
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
        q = select(CustodyEvent).order_by(CustodyEvent.at, CustodyEvent.id).limit(limit)
        if filt.device_id is not None:
            q = q.where(CustodyEvent.device_id == filt.device_id)
        if filt.officer_id is not None:
            q = q.where(CustodyEvent.officer_id == filt.officer_id)
        start, end = _bound(s, archive, filt.start, False), _bound(s, archive, filt.end, True)
        if start is not None:
            q = q.where(CustodyEvent.at >= start)
        if end is not None:
            q = q.where(CustodyEvent.at < end if not isinstance(filt.end, datetime) else CustodyEvent.at <= end)
        if filt.kinds:
            q = q.where(CustodyEvent.kind.in_(filt.kinds))
        rows = []
        for e in s.scalars(q):
            info = event_info(s, e)
            rows.append(LedgerRow(info, _clips(s, e, info) if e.kind == EventKind.RETURN.value else ()))
        return rows


def _clips(s, e: CustodyEvent, info: CustodyEventInfo) -> tuple[int, ...]:
    out_id = info.details.get("checked_out_event_id")
    out = s.get(CustodyEvent, out_id) if out_id else None
    if out is None:
        return ()
    q = select(Recording.id).where(Recording.device_id == e.device_id, Recording.recorded_at >= out.at,
                                   Recording.recorded_at <= e.at).order_by(Recording.recorded_at)
    return tuple(s.scalars(q))

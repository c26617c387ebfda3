"""The device register (设备台账): what each recording device is, whose it is, and its features.

Add and edit are audited (an edit with the fields' values before and after). Departments carry
their staffing class and their responsible people here too (DEV-02). Custody moves — check-out,
return, faults, seal, destroy — are in `evidenceroom.core.custody`.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, joinedload

from evidenceroom.core import audit, profiles
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive, unit_today
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Department, Device, DeviceKind, Person, Role
from evidenceroom.core.models.custody import DepartmentDuty
from evidenceroom.core.timeutil import utcnow

KIND_NAMES = {
    DeviceKind.CAMERA.value: ("照相机", "camera"),
    DeviceKind.AUDIO_RECORDER.value: ("录音机", "voice recorder"),
    DeviceKind.CAMCORDER.value: ("摄像机", "camcorder"),
    DeviceKind.BODY_CAMERA.value: ("执法记录仪", "body-worn camera"),
    DeviceKind.HANDHELD_TERMINAL.value: ("手持执法终端", "handheld terminal"),
    DeviceKind.CCTV.value: ("视频监控", "CCTV"),
    DeviceKind.STORAGE.value: ("存储设备", "storage device"),
}


class Feature(str, enum.Enum):
    """Device features worth recording (000§6, 001§7, 004§7) and network functions (001§15)."""

    HIGH_DEFINITION = "high_definition"
    WIDE_ANGLE = "wide_angle"
    LOOP_RECORDING = "loop_recording"
    ENCRYPTION = "encryption"
    EXPLOSION_PROOF = "explosion_proof"
    INFRARED = "infrared"
    GPS = "gps"
    LIVE_UPLOAD = "live_upload"
    NETWORK = "network"
    OFFICE_CATALOGUE = "office_catalogue"


FEATURE_NAMES = {
    Feature.HIGH_DEFINITION.value: ("高清", "high definition"),
    Feature.WIDE_ANGLE.value: ("广角", "wide angle"),
    Feature.LOOP_RECORDING.value: ("循环录制", "loop recording"),
    Feature.ENCRYPTION.value: ("文件加密", "file encryption"),
    Feature.EXPLOSION_PROOF.value: ("防爆", "explosion-proof"),
    Feature.INFRARED.value: ("红外夜视", "infrared night vision"),
    Feature.GPS.value: ("GPS定位", "GPS"),
    Feature.LIVE_UPLOAD.value: ("数据无线实时上传", "wireless real-time upload"),
    Feature.NETWORK.value: ("联网功能", "network connection"),
    Feature.OFFICE_CATALOGUE.value: ("通用办公设备名录", "in the office-equipment catalogue"),
}
# Features that can reach a network: their checks ask that the device was not connected (001§15).
NETWORKED = frozenset({Feature.LIVE_UPLOAD.value, Feature.NETWORK.value})


@dataclass(frozen=True)
class DeviceInput:
    """What the clerk enters for a device; `purchase_price` in yuan (e.g. Decimal("2800.00"))."""

    serial: str
    kind: str
    make: str = ""
    model: str = ""
    asset_no: str | None = None
    department_id: int | None = None
    custodian_id: int | None = None
    purchased_on: date | None = None
    in_service_on: date | None = None
    purchase_price: Decimal | int | str | None = None
    features: frozenset[str] = field(default_factory=frozenset)
    notes: str = ""
    replaces_id: int | None = None  # 更新: the device this one replaces; None for an addition (增配)


@dataclass(frozen=True)
class DeviceInfo:
    id: int
    kind: str
    kind_zh: str
    serial: str
    make: str
    model: str
    asset_no: str | None
    department_id: int | None
    department_name: str | None
    custodian_id: int | None
    custodian_name: str | None
    purchased_on: date | None
    in_service_on: date | None
    purchase_price: Decimal | None
    features: tuple[str, ...]
    notes: str
    state: str
    holder_id: int | None
    holder_name: str | None
    held_since: datetime | None
    expected_return_at: datetime | None
    created_at: datetime
    replaces_id: int | None = None
    replaces_serial: str | None = None

    def has(self, feature: str) -> bool:
        return feature in self.features


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    name: str
    staffing_class: str | None
    officer_count_override: int | None
    first_responsible_id: int | None
    first_responsible_name: str | None
    administrator_id: int | None
    administrator_name: str | None


# --- conversions ---------------------------------------------------------------------------------

def price_fen(value: Decimal | int | float | str | None) -> int | None:
    """Yuan as entered ("2,800", 2800, "2800.50") to whole fen; None or "" for unknown."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        raise ArchiveError(f"购置价格“{value}”不是金额。", f"Purchase price '{value}' is not an amount.") from None
    if not amount.is_finite() or amount < 0 or amount > Decimal("100000000"):
        raise ArchiveError(f"购置价格“{value}”不合理。", f"Purchase price '{value}' is not plausible.")
    return int((amount * 100).quantize(Decimal("1")))


def price_yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else (Decimal(fen) / 100).quantize(Decimal("0.01"))


def features_text(features) -> str:
    codes = sorted(set(features))
    return f",{','.join(codes)}," if codes else ""


def features_of(text: str) -> tuple[str, ...]:
    return tuple(c for c in (text or "").split(",") if c)


def device_info(s: Session, d: Device) -> DeviceInfo:
    return _info(d, s.scalar(select(Device.serial).where(Device.id == d.replaces_id)) if d.replaces_id else None)


def _info(d: Device, replaces_serial: str | None) -> DeviceInfo:
    return DeviceInfo(
        d.id, d.kind, KIND_NAMES.get(d.kind, (d.kind, d.kind))[0], d.serial, d.make, d.model, d.asset_no,
        d.department_id, d.department.name if d.department else None, d.custodian_id,
        d.custodian.name if d.custodian else None, d.purchased_on, d.in_service_on, price_yuan(d.purchase_price_fen),
        features_of(d.features), d.notes, d.state, d.holder_id, d.holder.name if d.holder else None, d.held_since,
        d.expected_return_at, d.created_at, d.replaces_id, replaces_serial)


def device_row(s: Session, device_id: int) -> Device:
    d = s.get(Device, device_id)
    if d is None:
        raise ArchiveError(f"没有第 {device_id} 号设备。", f"There is no device {device_id}.")
    return d


# --- checks --------------------------------------------------------------------------------------

def _checked_fields(s: Session, data: DeviceInput, device_id: int | None) -> dict:
    """The register's columns for `data`, or an ArchiveError naming the first problem."""
    serial = (data.serial or "").strip()
    if not serial:
        raise ArchiveError("设备序列号不能为空。", "The device serial number must not be empty.")
    # "dsj-07" and "DSJ-07" are one device typed twice, not two devices.
    other = s.execute(select(Device.id, Device.serial).where(func.upper(Device.serial) == serial.upper(),
                                                             Device.id != (device_id or 0)).limit(1)).first()
    if other is not None:
        raise ArchiveError(f"序列号 {other.serial} 的设备已登记。",
                           f"A device with serial {other.serial} is already registered.")
    kind = data.kind.value if isinstance(data.kind, DeviceKind) else str(data.kind or "").strip()
    if kind not in KIND_NAMES:
        raise ArchiveError(f"无效的设备类型：{data.kind}。", f"Not a valid device kind: {data.kind}.")
    unknown = set(data.features) - set(FEATURE_NAMES)
    if unknown:
        bad = "、".join(sorted(unknown))
        raise ArchiveError(f"未知的设备功能：{bad}。", f"Unknown device features: {bad}.")
    today = unit_today(s)
    for value, zh, en in ((data.purchased_on, "购置日期", "purchase date"),
                          (data.in_service_on, "启用日期", "commissioning date")):
        if value is not None and value > today:
            raise ArchiveError(f"{zh} {value} 晚于今天。", f"The {en} {value} is in the future.")
    if data.purchased_on and data.in_service_on and data.in_service_on < data.purchased_on:
        raise ArchiveError(f"启用日期 {data.in_service_on} 早于购置日期 {data.purchased_on}。",
                           f"The commissioning date {data.in_service_on} is before the purchase date "
                           f"{data.purchased_on}.")
    if data.department_id is not None and s.get(Department, data.department_id) is None:
        raise ArchiveError(f"没有第 {data.department_id} 号部门。", f"There is no department {data.department_id}.")
    unchanged = device_id is not None and s.get(Device, device_id).custodian_id == data.custodian_id
    if data.custodian_id is not None and not unchanged:  # a custodian who has since left may stay on record
        person = s.get(Person, data.custodian_id)
        if person is None or not person.active:
            raise ArchiveError(f"保管人（第 {data.custodian_id} 号人员）不在在职人员名单中。",
                               f"The custodian (person {data.custodian_id}) is not on the active staff list.")
    if data.replaces_id is not None:
        if data.replaces_id == device_id or s.get(Device, data.replaces_id) is None:
            raise ArchiveError(f"被更新的设备（第 {data.replaces_id} 号）不在台账中。",
                               f"The replaced device ({data.replaces_id}) is not in the register.")
    return dict(serial=serial, kind=kind, make=(data.make or "").strip(), model=(data.model or "").strip(),
                asset_no=(data.asset_no or "").strip() or None, department_id=data.department_id,
                custodian_id=data.custodian_id, purchased_on=data.purchased_on, in_service_on=data.in_service_on,
                purchase_price_fen=price_fen(data.purchase_price), features=features_text(data.features),
                notes=(data.notes or "").strip(), replaces_id=data.replaces_id)


def _jsonable(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def create_device(s: Session, actor, data: DeviceInput) -> Device:
    """Register a device inside the caller's transaction (audited)."""
    fields = _checked_fields(s, data, None)
    device = Device(created_at=utcnow(), state="in_store", **fields)
    s.add(device)
    s.flush()
    audit.record(s, actor, "device.created", "device", device.id, **{k: _jsonable(v) for k, v in fields.items()})
    return device


# --- services ------------------------------------------------------------------------------------

def _keeper(who) -> None:
    """The register is kept by the custodian (003§9) or an administrator."""
    require_role(who, (Role.CLERK.value, Role.ADMINISTRATOR.value),
                 "设备台账由保管员或系统管理员登记。", "The device register is kept by the custodian or an administrator.")


def add_device(archive: Archive, who, data: DeviceInput) -> DeviceInfo:
    """Add a device to the register; a duplicate serial, a bad kind or date changes nothing."""
    _keeper(who)
    with archive.transaction() as s:
        return device_info(s, create_device(s, actor_of(who), data))


def edit_device(archive: Archive, who, device_id: int, data: DeviceInput) -> DeviceInfo:
    """Change a device's register entry; the audit event carries each changed field before and after."""
    _keeper(who)
    with archive.transaction() as s:
        device = device_row(s, device_id)
        fields = _checked_fields(s, data, device_id)
        changed = {k: v for k, v in fields.items() if getattr(device, k) != v}
        if changed:
            before = {k: _jsonable(getattr(device, k)) for k in changed}
            for k, v in changed.items():
                setattr(device, k, v)
            audit.record(s, actor_of(who), "device.updated", "device", device.id, before=before,
                         after={k: _jsonable(v) for k, v in changed.items()})
        s.flush()
        return device_info(s, device)


def get_device(archive: Archive, device_id: int) -> DeviceInfo:
    with archive.session() as s:
        return device_info(s, device_row(s, device_id))


def list_devices(archive: Archive, *, feature: str | None = None, kind: str | None = None,
                 department_id: int | None = None, states: tuple[str, ...] | None = None,
                 text: str = "") -> list[DeviceInfo]:
    """The register, by serial; narrowed to a feature (e.g. "explosion_proof"), kind, department,
    states, or a text found in serial, asset number, make or model."""
    replaced = aliased(Device)
    with archive.session() as s:
        # One statement: department, custodian, holder and the replaced device's serial come joined.
        q = (select(Device, replaced.serial).outerjoin(replaced, replaced.id == Device.replaces_id)
             .options(joinedload(Device.department), joinedload(Device.custodian), joinedload(Device.holder))
             .order_by(Device.serial))
        if feature:
            q = q.where(Device.features.like(f"%,{feature},%"))
        if kind:
            q = q.where(Device.kind == kind)
        if department_id is not None:
            q = q.where(Device.department_id == department_id)
        if states:
            q = q.where(Device.state.in_(states))
        if text.strip():
            like = f"%{text.strip()}%"
            q = q.where(Device.serial.like(like) | Device.asset_no.like(like) | Device.make.like(like)
                        | Device.model.like(like))
        return [_info(d, serial) for d, serial in s.execute(q)]


# --- departments ---------------------------------------------------------------------------------

def _department_info(s: Session, dept: Department) -> DepartmentInfo:
    duty = s.get(DepartmentDuty, dept.id)
    first = s.get(Person, duty.first_responsible_id) if duty else None
    admin = s.get(Person, duty.administrator_id) if duty else None
    return DepartmentInfo(dept.id, dept.name, dept.staffing_class, dept.officer_count_override,
                          first.id if first else None, first.name if first else None,
                          admin.id if admin else None, admin.name if admin else None)


def list_departments(archive: Archive) -> list[DepartmentInfo]:
    with archive.session() as s:
        return [_department_info(s, d) for d in s.scalars(select(Department).order_by(Department.name))]


def save_department(archive: Archive, who, department_id: int, *, first_responsible_id: int | None,
                    administrator_id: int | None, staffing_class: str | None,
                    officer_count_override: int | None = None) -> DepartmentInfo:
    """Set a department's 第一责任人, device administrator, staffing class and entered officer count.

    Both people are required (000§10, 003§8); the class must be one of the unit's profile
    (`staffing.class_choices`). A later change of profile may leave a class it does not know:
    the ratio then shows the class as unknown rather than guessing."""
    _keeper(who)
    if first_responsible_id is None or administrator_id is None:
        raise ArchiveError("请指定部门的第一责任人和设备管理员。",
                           "Name the department's first responsible person and its device administrator.")
    if officer_count_override is not None and not 0 <= officer_count_override <= 100000:
        raise ArchiveError("执法人员人数须为非负整数。", "The officer count must be a whole number, 0 or more.")
    with archive.transaction() as s:
        dept = s.get(Department, department_id)
        if dept is None:
            raise ArchiveError(f"没有第 {department_id} 号部门。", f"There is no department {department_id}.")
        for pid, zh, en in ((first_responsible_id, "第一责任人", "first responsible person"),
                            (administrator_id, "设备管理员", "device administrator")):
            person = s.get(Person, pid)
            if person is None or not person.active:
                raise ArchiveError(f"{zh}（第 {pid} 号人员）不在在职人员名单中。",
                                   f"The {en} (person {pid}) is not on the active staff list.")
        code = (staffing_class or "").strip() or None
        profile = profiles.active(s)
        if code is not None and profile.staffing_class(code) is None:
            known = "、".join(c.code for c in profile.staffing) or "—"
            raise ArchiveError(f"本单位所用规定没有“{code}”类（可选：{known}）。",
                               f"The unit's policy has no class '{code}' (choose from: {known}).")
        before = _department_info(s, dept)
        duty = s.get(DepartmentDuty, dept.id) or DepartmentDuty(department_id=dept.id)
        duty.first_responsible_id, duty.administrator_id = first_responsible_id, administrator_id
        s.add(duty)
        dept.staffing_class = code
        dept.officer_count_override = officer_count_override
        s.flush()
        after = _department_info(s, dept)
        audit.record(s, actor_of(who), "department.updated", "department", dept.id,
                     before={k: v for k, v in before.__dict__.items() if k not in ("id", "name")},
                     after={k: v for k, v in after.__dict__.items() if k not in ("id", "name")})
        return after

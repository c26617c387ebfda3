"""Staff, users, devices and cases: the records recordings are filed against."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit
from evidenceroom.core.accounts import hash_password
from evidenceroom.core.archive import unit_row
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Case, Department, Device, DeviceKind, Person, Role, User
from evidenceroom.core.timeutil import utcnow

MIN_PASSWORD = 8


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ArchiveError(f"密码至少需要 {MIN_PASSWORD} 个字符。",
                           f"The password needs at least {MIN_PASSWORD} characters.")


def add_user(s: Session, actor: Actor, login: str, password: str, role: Role,
             display_name: str | None = None) -> User:
    login = login.strip()
    if not login:
        raise ArchiveError("登录名不能为空。", "The login name must not be empty.")
    check_password(password)
    if s.scalar(select(User.id).where(User.login == login)) is not None:
        raise ArchiveError(f"登录名“{login}”已被使用。", f"The login name '{login}' is taken.")
    user = User(login=login, display_name=display_name or login, role=role.value,
                password_hash=hash_password(password), created_at=utcnow())
    s.add(user)
    s.flush()
    audit.record(s, actor, "user.created", "user", user.id, login=login, role=role.value)
    return user


def department(s: Session, actor: Actor, name: str) -> Department:
    """The unit's department of that name, created on first use."""
    unit = unit_row(s)
    dept = s.scalar(select(Department).where(Department.unit_id == unit.id, Department.name == name))
    if dept is None:
        dept = Department(unit_id=unit.id, name=name)
        s.add(dept)
        s.flush()
        audit.record(s, actor, "department.created", "department", dept.id, name=name)
    return dept


def add_person(s: Session, actor: Actor, name: str, badge_no: str | None,
               department_name: str | None = None, title: str | None = None) -> Person:
    name = name.strip()
    badge_no = (badge_no or "").strip() or None
    if not name:
        raise ArchiveError("姓名不能为空。", "The name must not be empty.")
    if badge_no and s.scalar(select(Person.id).where(Person.badge_no == badge_no)) is not None:
        raise ArchiveError(f"执法证号 {badge_no} 已登记给另一人。",
                           f"Badge number {badge_no} is already registered to someone else.")
    dept = department(s, actor, department_name.strip()) if department_name and department_name.strip() else None
    person = Person(name=name, badge_no=badge_no, department_id=dept.id if dept else None, title=title)
    s.add(person)
    s.flush()
    audit.record(s, actor, "person.created", "person", person.id, name=name, badge_no=badge_no,
                 department=department_name)
    return person


def add_device(s: Session, actor: Actor, serial: str, kind: DeviceKind, model: str = "",
               asset_no: str | None = None, **register) -> Device:
    """Register a device; `register` takes the other fields of `device_register.DeviceInput`
    (make, department_id, custodian_id, purchased_on, in_service_on, purchase_price, features, notes)."""
    from evidenceroom.core.device_register import DeviceInput, create_device

    return create_device(s, actor, DeviceInput(serial=serial, kind=kind, model=model, asset_no=asset_no, **register))


def department_by_name(s: Session, name: str) -> Department:
    """An existing department of the unit (unlike `department`, which creates one on first use)."""
    dept = s.scalar(select(Department).where(Department.name == name.strip()))
    if dept is None:
        raise ArchiveError(f"没有名为“{name}”的部门。", f"There is no department named {name!r}.")
    return dept


def officer_by_badge(s: Session, badge_no: str, archive_hint: str = "DIR") -> Person:
    person = s.scalar(select(Person).where(Person.badge_no == badge_no.strip()))
    if person is None:
        raise ArchiveError(
            f"没有执法证号为 {badge_no} 的人员。请先登记：evidenceroom --archive {archive_hint} "
            f"person add --name 姓名 --badge {badge_no}",
            f"No officer with badge number {badge_no}. Add them first: evidenceroom --archive "
            f"{archive_hint} person add --name NAME --badge {badge_no}",
        )
    return person


def device_by_serial(s: Session, serial: str, archive_hint: str = "DIR") -> Device:
    device = s.scalar(select(Device).where(Device.serial == serial.strip()))
    if device is None:
        raise ArchiveError(
            f"没有序列号为 {serial} 的设备。请先登记：evidenceroom --archive {archive_hint} "
            f"device add --serial {serial} --kind body_camera",
            f"No device with serial {serial}. Add it first: evidenceroom --archive {archive_hint} "
            f"device add --serial {serial} --kind body_camera",
        )
    return device


def case_for_import(s: Session, actor: Actor, case_no: str) -> Case:
    """The case with this number; an unknown number is created, since footage often comes first."""
    case_no = case_no.strip()
    if not case_no:
        raise ArchiveError("案号不能为空。", "The case number must not be empty.")
    case = s.scalar(select(Case).where(Case.case_no == case_no))
    if case is None:
        case = Case(case_no=case_no, created_at=utcnow())
        s.add(case)
        s.flush()
        audit.record(s, actor, "case.created", "case", case.id, case_no=case_no)
    return case


def person_exists(s: Session, badge_no: str) -> bool:
    return s.scalar(select(Person.id).where(Person.badge_no == badge_no)) is not None


def user_exists(s: Session, login: str) -> bool:
    return s.scalar(select(User.id).where(User.login == login)) is not None


def device_exists(s: Session, serial: str) -> bool:
    return s.scalar(select(Device.id).where(Device.serial == serial)) is not None


def describe_case(s: Session, actor: Actor, case_no: str, title: str, category: str) -> Case:
    """Set a case's title and category (分类); an unchanged case records nothing."""
    case = case_for_import(s, actor, case_no)
    changes = {k: v for k, v in (("title", title), ("category", category)) if getattr(case, k) != v}
    if changes:
        before = {k: getattr(case, k) for k in changes}
        for k, v in changes.items():
            setattr(case, k, v)
        audit.record(s, actor, "case.updated", "case", case.id, before=before, after=changes)
    return case

"""Staffing ratios (配备比例): body cameras and handheld terminals a department needs.

"In principle one device per at least N officers" (000§5, 001§6, 003§5): required =
ceil(officers / N), N from the department's class in the unit's profile; a class "as needed"
(N None) has no shortfall. Officers are the department's active staff with a badge number, unless
an entered count overrides them. Devices in service are those not sealed, destroyed, lost or faulty.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import func, select

from evidenceroom.core import profiles
from evidenceroom.core.archive import Archive
from evidenceroom.core.custody import OUT_OF_SERVICE
from evidenceroom.core.errors import language
from evidenceroom.core.models import Department, Device, DeviceKind, Person

RATIO_KINDS = (DeviceKind.BODY_CAMERA.value, DeviceKind.HANDHELD_TERMINAL.value)


def devices_required(officers: int, officers_per_device: int | None) -> int | None:
    """ceil(officers / N); None when the class is "as needed"."""
    if officers_per_device is None:
        return None
    if officers_per_device <= 0:
        raise ValueError("officers_per_device must be positive")
    return math.ceil(max(officers, 0) / officers_per_device)


@dataclass(frozen=True)
class DepartmentStaffing:
    department_id: int
    name: str
    staffing_class: str | None
    class_name: str | None  # "B类" (or "Class B" in English) from the profile; None for a class it does not know
    officers_per_device: int | None
    article: str  # where the ratio comes from, e.g. "003§5"
    officers: int  # the count used: the entered one when set
    officers_counted: int  # active badged staff of the department
    officer_count_override: int | None
    in_service: int  # body cameras and handheld terminals in service
    required: int | None  # None: as needed, or no class set
    by_kind: dict[str, int]  # devices in service of every kind
    by_feature: dict[str, int]  # devices in service having each feature

    @property
    def shortfall(self) -> int | None:
        """Positive: devices missing (缺); negative: surplus (超); None when nothing is required."""
        return None if self.required is None else self.required - self.in_service


def staffing(archive: Archive, profile: profiles.Profile | None = None) -> list[DepartmentStaffing]:
    """Each department's figures under `profile` (the unit's active profile by default), by name."""
    with archive.session() as s:
        profile = profile or profiles.active(s)
        counted = dict(s.execute(select(Person.department_id, func.count(Person.id))
                                 .where(Person.active.is_(True), Person.badge_no.is_not(None), Person.badge_no != "")
                                 .group_by(Person.department_id)).all())
        # Only the columns counted, grouped once: not every device row for every department.
        devices: dict[int, list[tuple[str, str | None]]] = {}
        for dept_id, kind, features in s.execute(select(Device.department_id, Device.kind, Device.features).where(
                Device.state.not_in(OUT_OF_SERVICE), Device.department_id.is_not(None)).order_by(Device.id)):
            devices.setdefault(dept_id, []).append((kind, features))
        out = []
        for dept in s.scalars(select(Department).order_by(Department.name)):
            by_kind: dict[str, int] = {}
            by_feature: dict[str, int] = {}
            for kind, features in devices.get(dept.id, ()):
                by_kind[kind] = by_kind.get(kind, 0) + 1
                for f in (features or "").split(","):
                    if f:
                        by_feature[f] = by_feature.get(f, 0) + 1
            cls = profile.staffing_class(dept.staffing_class) if dept.staffing_class else None
            n = counted.get(dept.id, 0)
            officers = dept.officer_count_override if dept.officer_count_override is not None else n
            per = cls.officers_per_device if cls else None
            out.append(DepartmentStaffing(
                dept.id, dept.name, dept.staffing_class, (cls.name_en if language() == "en" else cls.name_zh) if cls else None, per,
                cls.article if cls else "", officers, n, dept.officer_count_override,
                sum(by_kind.get(k, 0) for k in RATIO_KINDS), devices_required(officers, per) if cls else None,
                by_kind, by_feature))
        return out


def class_choices(profile: profiles.Profile) -> list[tuple[str, str, str, int | None, str]]:
    """The profile's classes as (code, name_zh, name_en, officers per device, article)."""
    return [(c.code, c.name_zh, c.name_en, c.officers_per_device, c.article) for c in profile.staffing]

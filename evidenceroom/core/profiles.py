"""Policy profiles: one regulation's numbers as data (retention, staffing ratios, service lives,
hand-in deadline, approval steps, spot-check proportion, backup interval, recording checklist).

A profile is read from a TOML file in `resources/policies/` (one per regulation, named after its
issuer) or from the unit's own edited copy; `active(session)` gives the unit's current profile.
Other areas (custody, retention, oversight, backup) read their numbers from here and nowhere else.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ServiceLife:
    """How long a device of one kind is expected to serve (000§11), in whole years."""

    min_years: int
    max_years: int


@dataclass(frozen=True)
class StaffingClass:
    """A department class and its ratio: one device per at least `officers_per_device` officers.

    `officers_per_device` None means "as needed" (按需配备): no shortfall is computed.
    """

    code: str  # "A", "B", "C" or the profile's own label
    name_zh: str
    name_en: str
    officers_per_device: int | None
    article: str = ""  # e.g. "000§5"


@dataclass(frozen=True)
class RetentionRule:
    base_months: int  # 24 (000, 001), 120 (002), 12 (003)
    starts_from: str = "recorded_at"  # or "imported_at"; the seeds are silent, the profile records the choice
    article: str = ""
    evidence_follows_case_file: bool = False  # 001§14(3), 003§20
    permanent_grounds: tuple[str, ...] = ()  # 000§15's four grounds, in Chinese as the regulation words them
    long_term_grounds: tuple[str, ...] = ()  # 002§16's three grounds


@dataclass(frozen=True)
class ChecklistItem:
    """One row of a recording checklist (004's 音像记录清单)."""

    stage: str
    matter: str
    device: str = ""
    place: str = ""
    content: str = ""
    department: str = ""
    recorder: str = ""


@dataclass(frozen=True)
class Profile:
    key: str  # file stem, e.g. "zhongwei-2021"
    name_zh: str
    name_en: str
    issuer: str
    regulation: str  # title and version of the regulation it follows
    valid_until: date | None = None
    retention: RetentionRule = field(default_factory=lambda: RetentionRule(base_months=24))
    hand_in_hours: int = 24
    approval_policy: str = "default"  # a name `evidenceroom.core.policy.by_name` knows
    staffing: tuple[StaffingClass, ...] = ()
    minimum_service_years: int = 3
    service_life: dict[str, ServiceLife] = field(default_factory=dict)  # DeviceKind value -> life
    device_check_stale_days: int = 30  # a device not checked for this long is flagged
    spot_check_proportion: float = 0.05
    backup_interval_days: int = 7
    checklist: tuple[ChecklistItem, ...] = ()

    def staffing_class(self, code: str) -> StaffingClass | None:
        return next((c for c in self.staffing if c.code == code), None)


# Until the unit has chosen, the numbers of 000 (the strictest common ground) apply.
DEFAULT = Profile(
    key="default",
    name_zh="默认",
    name_en="Default",
    issuer="",
    regulation="",
    staffing=(
        StaffingClass("A", "A类", "Class A", 2, "000§5"),
        StaffingClass("B", "B类", "Class B", 3, "000§5"),
        StaffingClass("C", "C类", "Class C", None, "000§5"),
    ),
    service_life={
        "camera": ServiceLife(8, 10),
        "audio_recorder": ServiceLife(8, 10),
        "camcorder": ServiceLife(8, 10),
        "cctv": ServiceLife(8, 10),
        "body_camera": ServiceLife(3, 5),
        "handheld_terminal": ServiceLife(3, 5),
        "storage": ServiceLife(3, 5),
    },
)


def active(session: Session) -> Profile:
    """The unit's current profile."""
    return DEFAULT

"""Policy profiles: one regulation's numbers as data (retention, staffing ratios, service lives,
hand-in deadline, approval steps, spot-check proportion, backup interval, recording checklist).

A profile is read from a TOML file in `resources/policies/` (one per regulation, named after its
issuer) or from the unit's own edited copy; `active(session)` gives the unit's current profile.
Other areas (custody, retention, oversight, backup) read their numbers from here and nowhere else.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from evidenceroom.core import audit, policy as policies
from evidenceroom.core.accounts import require_role
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role, Setting
from evidenceroom.core.unit_settings import put_setting, setting_value
from evidenceroom.resources import resource_path


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
    evidence_article: str = ""  # where "as long as the case file" comes from
    permanent_article: str = ""
    long_term_article: str = ""


WHOLE_PROCESS, AS_NEEDED = "whole_process", "as_needed"  # the two recording duties (DUT-02)


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
    # "whole_process": must be recorded from arrival to the end (须全程记录, e.g. 000§8, 003§6);
    # "as_needed": recorded as circumstances require (视情况记录, 000§7).
    duty: str = "whole_process"
    article: str = ""


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
    valid_from: date | None = None
    # Smaller numbers other areas read; the seeds are silent on most, so these are the product's defaults.
    clock_tolerance_seconds: int = 60  # device clock vs workstation (ARC-09)
    gap_tolerance_seconds: int = 30  # a pause between segments longer than this is a gap (DUT-07)
    maintenance_interval_days: int = 90  # DEV-12
    service_life_lead_months: int = 6  # "near the end of its service life" (RPT-04)
    verify_interval_days: int = 7  # scheduled re-verification (ARC-04)
    review_due: str = ""  # "MM-DD": warn from this day if no yearly review is recorded (DUT-12, 002§17)
    notice_words: str = ""  # the standard words telling the party recording is on (REV-05, 003§12)
    two_person_carry: bool = False  # 双人携带, one records (DUT-08, 003§11)
    evidence_use_exempts_provision: bool = False  # 除作为证据使用外 (ACC-07, 003§24)
    hand_in_article: str = ""
    approval_article: str = ""
    service_life_article: str = ""
    spot_check_article: str = ""
    text: str = ""  # the TOML it was read from ("" for DEFAULT)

    def staffing_class(self, code: str) -> StaffingClass | None:
        return next((c for c in self.staffing if c.code == code), None)

    # The checklist's matters are the profile's activity types (DUT-02): 000§7/§8, 002§6 and 003§6
    # list activities, 004 its 音像记录清单 rows. A type not listed has no recording duty here.
    @property
    def activity_types(self) -> tuple[str, ...]:
        return tuple(i.matter for i in self.checklist)

    def item_of(self, kind: str | None) -> ChecklistItem | None:
        kind = (kind or "").strip()
        return next((i for i in self.checklist if i.matter == kind), None) if kind else None

    def duty_of(self, kind: str | None) -> str:
        """WHOLE_PROCESS (须全程记录), AS_NEEDED (视情况记录) or "" (not listed) for an activity type."""
        item = self.item_of(kind)
        return item.duty if item else ""


# Until the unit has chosen, the numbers of 000 (the strictest common ground) apply.
DEFAULT = Profile(
    key="default",
    name_zh="默认",
    name_en="Default",
    issuer="",
    regulation="",
    retention=RetentionRule(
        base_months=24,
        article="000§15",
        permanent_article="000§15",
        permanent_grounds=(
            "在重大行政、刑事案件中作为证据使用的",
            "当事人或者现场其他人员有阻碍执法、妨害公务行为的",
            "处置重大突发事件、群体性事件或容易引发争议事件的",
            "其他重大、疑难、复杂的行政执法情形",
        ),
    ),
    hand_in_article="000§14",
    service_life_article="000§11",
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



PROFILE_KEY = "policy.profile"  # Setting: {"key": ..., "toml": the edited copy's text or null}
POLICY_DIR = ("policies",)


@functools.lru_cache(maxsize=32)
def parse(text: str, key: str) -> Profile:
    """Read a profile from TOML text; refuse a missing or contradictory rule, naming it.

    Cached: an import asks for the active profile once per file."""
    from evidenceroom.core.profile_file import parse_text  # it needs this module's classes

    return parse_text(text, key)


# --- the shipped profiles --------------------------------------------------------------------

def policy_dir() -> Path:
    return resource_path(*POLICY_DIR)


def load(path: Path) -> Profile:
    """A profile file; its key is the file's stem."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ArchiveError(f"无法读取策略文件 {path}：{exc}", f"Cannot read the policy file {path}: {exc}") from None
    return parse(text, path.stem)


def builtin() -> list[Profile]:
    """The five shipped profiles, one per regulation, in file order (000 … 004)."""
    return [load(p) for p in sorted(policy_dir().glob("*.toml"), key=_seed_order)]


def _seed_order(path: Path) -> tuple[int, str]:
    order = ("zhongwei-2021", "liaoning-renfang", "zhanhe-sifa-2019", "qinhuangdao-shuiwu", "yuxian-yingji-2024")
    return (order.index(path.stem) if path.stem in order else len(order), path.stem)


def by_key(key: str) -> Profile:
    if key == DEFAULT.key:
        return DEFAULT
    path = policy_dir() / f"{key}.toml"
    if not path.is_file():
        raise ArchiveError(f"没有名为“{key}”的策略。", f"There is no policy profile named '{key}'.")
    return load(path)


# --- the unit's choice -----------------------------------------------------------------------

def active(session: Session) -> Profile:
    """The unit's current profile: its chosen or edited one, DEFAULT until it has chosen."""
    row = session.get(Setting, PROFILE_KEY)
    if row is None:
        return DEFAULT
    value = json.loads(row.value)
    if value.get("toml"):
        return parse(value["toml"], value["key"])
    return by_key(value["key"])


def is_chosen(session: Session) -> bool:
    return session.get(Setting, PROFILE_KEY) is not None


def choose(archive, admin, key: str) -> Profile:
    """An administrator picks a shipped profile; it applies from now on."""
    return _store(archive, admin, by_key(key), None)


def save_copy(archive, admin, text: str, key: str = "custom") -> Profile:
    """An administrator's edited copy (full TOML text), checked before it is kept."""
    if not key.strip() or key == DEFAULT.key:
        raise ArchiveError("请为本单位的策略起一个名称。", "Give the unit's own profile a name.")
    return _store(archive, admin, parse(text, key.strip()), text)


def first_choice(archive, actor: audit.Actor, key: str) -> Profile:
    """The first-run wizard's choice, made as the archive is set up (no one is signed in yet)."""
    return _store(archive, None, by_key(key), None, actor=actor, first=True)


def _store(archive, admin, profile: Profile, text: str | None, actor: audit.Actor | None = None,
           first: bool = False) -> Profile:
    from evidenceroom.core.unit_policy import APPROVAL_POLICY_KEY  # unit_policy reads the same Setting

    if not first:
        require_role(admin, (Role.ADMINISTRATOR.value,), "只有管理员可以更改这项设置。",
                     "Only an administrator can change this setting.")
    actor = actor or admin.actor
    value = json.dumps({"key": profile.key, "toml": text}, ensure_ascii=False)
    with archive.transaction() as s:
        if first and is_chosen(s):
            raise ArchiveError("本单位已选定策略，请在“设置”中更改。", "The unit has chosen its profile; change it in Settings.")
        before = active(s)
        put_setting(s, PROFILE_KEY, value)
        audit.record(s, actor, "setting.changed", None, None, key=PROFILE_KEY,
                     before=before.key, after=profile.key, edited=text is not None,
                     changes=differences(before, profile))
        # Choosing a profile also sets the unit's approval chain (ACC-02); requests under way keep theirs.
        stored = setting_value(s, APPROVAL_POLICY_KEY)
        old = json.loads(stored) if stored is not None else policies.DEFAULT.name
        if old != profile.approval_policy:
            put_setting(s, APPROVAL_POLICY_KEY, json.dumps(profile.approval_policy))
            audit.record(s, actor, "setting.changed", None, None, key=APPROVAL_POLICY_KEY,
                         before=old, after=profile.approval_policy, by_profile=profile.key)
    return profile


def differences(before: Profile, after: Profile) -> dict[str, list[Any]]:
    """The numbers that change, for the audit event: {field: [before, after]}."""
    out = {}
    for name in ("hand_in_hours", "approval_policy", "minimum_service_years", "device_check_stale_days",
                 "spot_check_proportion", "backup_interval_days", "gap_tolerance_seconds"):
        a, b = getattr(before, name), getattr(after, name)
        if a != b:
            out[name] = [a, b]
    for name in ("base_months", "starts_from", "evidence_follows_case_file"):
        a, b = getattr(before.retention, name), getattr(after.retention, name)
        if a != b:
            out[f"retention.{name}"] = [a, b]
    ratios = lambda p: {c.code: c.officers_per_device for c in p.staffing}  # noqa: E731
    if ratios(before) != ratios(after):
        out["staffing"] = [ratios(before), ratios(after)]
    duties = lambda p: {i.matter: i.duty for i in p.checklist}  # noqa: E731  (DUT-02)
    if duties(before) != duties(after):
        out["activity_types"] = [duties(before), duties(after)]
    return out


def template(profile: Profile) -> str:
    """The TOML text to start an edited copy from."""
    if profile.text:
        return profile.text
    return (policy_dir() / "zhongwei-2021.toml").read_text(encoding="utf-8")


# --- staffing ------------------------------------------------------------------------------

def devices_required(staffing_class: StaffingClass, officers: int) -> int | None:
    """Devices a department needs: one per at least N officers, rounded up (DEV-11); None if "as needed".

    The rule itself lives with the custody area (`core/staffing.py`); this reads it for one class."""
    from evidenceroom.core.staffing import devices_required as rule  # staffing imports this module

    return rule(officers, staffing_class.officers_per_device)

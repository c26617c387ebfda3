"""Findings (DUT-13): a problem found in a spot check, a review or an inspection, recorded against
the officer and, where known, the recording and activity, with a kind from the regulations'
violation lists (000§18, 001§18, 002§18, 003§27) and an outcome (003§28). Each is audited."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from evidenceroom.core import audit
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Activity, Person, Recording, Role
from evidenceroom.core.models.oversight import Finding, SpotCheckItem
from evidenceroom.core.timeutil import utcnow

KINDS = {
    "not_recorded": ("未按规定记录", "not recorded as required"),
    "deleted_or_altered": ("删除、修改音像资料", "deleting or altering recordings"),
    "device_lent": ("转借、交由他人使用设备", "lending or handing devices to others"),
    "leaked": ("泄露音像资料", "leaking recordings"),
    "faked_or_edited": ("弄虚作假、剪辑", "faking or editing"),
    "non_work_use": ("与工作无关的使用", "use unrelated to work"),
    "poor_care": ("保管不善致损坏、丢失", "loss or damage through poor care or storage"),
    "other": ("其他", "other"),
}
OUTCOMES = {
    "criticism": ("批评教育", "criticism and education"),
    "written_self_criticism": ("书面检查", "written self-criticism"),
    "bureau_notice": ("全局通报批评", "notice of criticism to the whole bureau"),
    "no_award": ("取消当年评优评先资格", "barred from this year's awards"),
    "sanction": ("行政处分", "administrative sanction"),
    "pending": ("待处理", "to be decided"),
}
RECORDING_ROLES = (Role.INSPECTOR.value, Role.SUPERVISOR.value, Role.ADMINISTRATOR.value)


@dataclass(frozen=True)
class FindingInfo:
    id: int
    kind: str
    outcome: str
    notes: str
    officer_id: int | None
    officer: str
    recording_id: int | None
    recording_name: str
    activity_id: int | None
    spot_check_item_id: int | None
    recorded_by_name: str
    recorded_at: datetime


def _info(f: Finding, s) -> FindingInfo:
    officer = s.get(Person, f.officer_id) if f.officer_id else None
    rec = s.get(Recording, f.recording_id) if f.recording_id else None
    return FindingInfo(f.id, f.kind, f.outcome, f.notes, f.officer_id, officer.name if officer else "",
                       f.recording_id, rec.original_name if rec else "", f.activity_id, f.spot_check_item_id,
                       f.recorded_by_name, f.recorded_at)


def add_finding(archive: Archive, user, kind: str, outcome: str, notes: str = "", *, officer_id: int | None = None,
                recording_id: int | None = None, activity_id: int | None = None,
                spot_check_item_id: int | None = None) -> FindingInfo:
    """Record a finding; from a spot-check item the recording, its activity and officer come along."""
    require_role(user, RECORDING_ROLES, "问题由执法监督人员或审批人登记。", "Findings are recorded by an inspector or a supervisor.")
    if kind not in KINDS:
        raise ArchiveError(f"无效的问题类型：{kind}。", f"Not a valid kind of finding: {kind}.")
    if outcome not in OUTCOMES:
        raise ArchiveError(f"无效的处理结果：{outcome}。", f"Not a valid outcome: {outcome}.")
    who = actor_of(user)
    with archive.transaction() as s:
        if spot_check_item_id is not None:
            item = s.get(SpotCheckItem, spot_check_item_id)
            if item is None:
                raise ArchiveError(f"没有第 {spot_check_item_id} 号抽查项。",
                                   f"There is no spot-check item {spot_check_item_id}.")
            recording_id = recording_id or item.recording_id
        if recording_id is not None:
            rec = s.get(Recording, recording_id)
            if rec is None:
                raise ArchiveError(f"没有第 {recording_id} 号资料。", f"There is no recording {recording_id}.")
            officer_id = officer_id or rec.officer_id
            activity_id = activity_id or rec.activity_id
        if activity_id is not None and s.get(Activity, activity_id) is None:
            raise ArchiveError(f"没有第 {activity_id} 号执法活动。", f"There is no enforcement activity {activity_id}.")
        if officer_id is None:
            raise ArchiveError("请指明问题涉及的执法人员。", "Name the officer the finding concerns.")
        if s.get(Person, officer_id) is None:
            raise ArchiveError(f"人员名单中没有第 {officer_id} 号人员。", f"There is no person {officer_id}.")
        row = Finding(kind=kind, outcome=outcome, notes=(notes or "").strip(), officer_id=officer_id,
                      activity_id=activity_id, recording_id=recording_id, spot_check_item_id=spot_check_item_id,
                      recorded_by_user_id=who.user_id, recorded_by_name=who.name, recorded_at=utcnow())
        s.add(row)
        s.flush()
        audit.record(s, who, "finding.recorded", "finding", row.id, kind=kind, outcome=outcome, notes=row.notes,
                     officer_id=officer_id, recording_id=recording_id, activity_id=activity_id,
                     spot_check_item_id=spot_check_item_id)
        return _info(row, s)


def list_findings(archive: Archive, since: datetime | None = None, until: datetime | None = None,
                  officer_id: int | None = None) -> list[FindingInfo]:
    """Oldest first; `since`/`until` are UTC-aware bounds on when they were recorded (until exclusive)."""
    with archive.session() as s:
        q = select(Finding).order_by(Finding.recorded_at, Finding.id)
        if since is not None:
            q = q.where(Finding.recorded_at >= since)
        if until is not None:
            q = q.where(Finding.recorded_at < until)
        if officer_id is not None:
            q = q.where(Finding.officer_id == officer_id)
        return [_info(f, s) for f in s.scalars(q)]

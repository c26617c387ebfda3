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
from evidenceroom.core.models.review_form import ReviewFlag
from evidenceroom.core.timeutil import as_utc, utcnow

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
# The outcome is the unit's decision on the officer (003§28): a supervisor's or an administrator's.
DECIDING_ROLES = (Role.SUPERVISOR.value, Role.ADMINISTRATOR.value)
# Where a finding came from, as the list shows it.
SOURCES = {
    "spot_check": ("抽查", "spot check"),
    "inspection": ("督导检查", "inspection"),
    "review": ("评查标记", "review flag"),
    "entered": ("直接登记", "entered"),
}


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
    source: str = "entered"  # a key of SOURCES


def _source(f: Finding, flagged: bool) -> str:
    if f.spot_check_item_id is not None:
        return "spot_check"
    if f.inspection_id is not None:
        return "inspection"
    return "review" if flagged else "entered"


def _info(f: Finding, s) -> FindingInfo:
    officer = s.get(Person, f.officer_id) if f.officer_id else None
    rec = s.get(Recording, f.recording_id) if f.recording_id else None
    flagged = s.scalar(select(ReviewFlag.id).where(ReviewFlag.finding_id == f.id).limit(1)) is not None
    return FindingInfo(f.id, f.kind, f.outcome, f.notes, f.officer_id, officer.name if officer else "",
                       f.recording_id, rec.original_name if rec else "", f.activity_id, f.spot_check_item_id,
                       f.recorded_by_name, f.recorded_at, _source(f, flagged))


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
    """Oldest first; `since`/`until` bound when they were recorded (until exclusive); naive times are the
    unit's local time."""
    # One statement however many findings: the officer's and recording's names come joined.
    flagged = select(ReviewFlag.id).where(ReviewFlag.finding_id == Finding.id).exists()
    q = (select(Finding, Person.name, Recording.original_name, flagged)
         .outerjoin(Person, Finding.officer_id == Person.id)
         .outerjoin(Recording, Finding.recording_id == Recording.id)
         .order_by(Finding.recorded_at, Finding.id))
    if officer_id is not None:
        q = q.where(Finding.officer_id == officer_id)
    with archive.session() as s:
        if since is not None or until is not None:
            tz = archive.unit(s).timezone
            if since is not None:
                q = q.where(Finding.recorded_at >= as_utc(since, tz))
            if until is not None:
                q = q.where(Finding.recorded_at < as_utc(until, tz))
        return [FindingInfo(f.id, f.kind, f.outcome, f.notes, f.officer_id, officer or "", f.recording_id,
                            rec_name or "", f.activity_id, f.spot_check_item_id, f.recorded_by_name,
                            f.recorded_at, _source(f, bool(is_flag)))
                for f, officer, rec_name, is_flag in s.execute(q)]


def set_outcome(archive: Archive, user, finding_id: int, outcome: str, reason: str = "") -> FindingInfo:
    """Decide, or change, what follows from a finding (003§28); the earlier outcome stays in the audit log."""
    require_role(user, DECIDING_ROLES, "处理结果由审批人或系统管理员确定。",
                 "The outcome is decided by a supervisor or an administrator.")
    if outcome not in OUTCOMES:
        raise ArchiveError(f"无效的处理结果：{outcome}。", f"Not a valid outcome: {outcome}.")
    reason = (reason or "").strip()
    who = actor_of(user)
    with archive.transaction() as s:
        row = s.get(Finding, finding_id)
        if row is None:
            raise ArchiveError(f"没有第 {finding_id} 号问题记录。", f"There is no finding {finding_id}.")
        if row.outcome == outcome:
            zh, en = OUTCOMES[outcome]
            raise ArchiveError(f"第 {finding_id} 号问题的处理结果已是“{zh}”。",
                               f"Finding {finding_id} already has the outcome \"{en}\".")
        if row.outcome != "pending" and not reason:
            raise ArchiveError("更改已确定的处理结果须说明理由。", "Say why an outcome already decided is changed.")
        before, row.outcome = row.outcome, outcome
        audit.record(s, who, "finding.outcome_set", "finding", row.id, before=before, outcome=outcome,
                     reason=reason, officer_id=row.officer_id)
        return _info(row, s)

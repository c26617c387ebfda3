"""The hand-in receipt (移交回执, ARC-06; 000§14, 001§9, 002§4, 002§13, 003§19).

When footage is handed in, the custodian gives the officer a paper naming what was received: who
handed it in (移交人) and who received it (接收人), the officer who recorded it, the device, the case,
the activity with its times and place, the hand-in deadline and whether it was met, and every file
with its SHA-256. `receipt_facts` reads all of it in a fixed number of statements, however many
files the batch holds; printing it is audited as `document.printed` (document `hand_in_receipt`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from evidenceroom.core.print_settings import DOCUMENT_KINDS
from evidenceroom.core import audit, deadlines, profiles
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor, head_text, read_head
from evidenceroom.core.device_register import KIND_NAMES
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import (
    Activity,
    Case,
    Department,
    Device,
    ImportBatch,
    ImportItem,
    ImportOutcome,
    Person,
    Recording,
    activity_officer,
)
from evidenceroom.core.timeutil import utcnow

DOCUMENT = "hand_in_receipt"
MEDIA_NAMES = {"video": "视频", "audio": "音频", "photo": "照片"}
DEADLINE_NAMES = {"on_time": "按时移交", "late": "逾期移交", "unknown": "未知（未填活动结束时间）"}


@dataclass(frozen=True)
class ReceiptPerson:
    name: str
    badge: str | None
    department: str | None

    @property
    def label(self) -> str:
        return f"{self.name}（{self.badge}）" if self.badge else self.name


@dataclass(frozen=True)
class ReceiptFile:
    recording_id: int
    name: str
    media_kind: str  # video | audio | photo
    size: int
    sha256: str
    recorded_at: datetime | None  # as the device wrote it (aware UTC)
    damaged: bool

    @property
    def kind_zh(self) -> str:
        return MEDIA_NAMES.get(self.media_kind, self.media_kind)


@dataclass(frozen=True)
class ReceiptFacts:
    unit_name: str
    timezone: str
    batch_id: int
    status: str  # running | finished | cancelled
    handed_in_at: datetime  # the hand-in: when the batch began (aware UTC)
    received_by: str  # 接收人: the custodian signed in at the import
    handed_in_by: ReceiptPerson | None  # 移交人
    officer: ReceiptPerson | None  # 取证人员
    device_kind: str  # in Chinese
    device_serial: str
    device_model: str
    device_asset_no: str
    case_no: str
    case_title: str
    activity_id: int | None
    activity_kind: str
    activity_place: str
    activity_started_at: datetime | None
    activity_ended_at: datetime | None
    activity_officers: tuple[str, ...]
    activity_returned_at: datetime | None  # off-site work: the deadline runs from the return (003§19)
    hand_in_hours: int  # the time allowed, as the deadline was set
    deadline_at: datetime | None
    deadline_status: str  # on_time | late | unknown
    late_by_seconds: int | None
    files: tuple[ReceiptFile, ...]
    duplicates: int
    rejected: int
    skipped: int
    audit_head: tuple[int, str] | None
    printed_at: datetime  # aware UTC

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def deadline_text(self) -> str:
        if self.deadline_status == "late":
            return f"逾期移交（{deadlines.describe('late', self.late_by_seconds)}）"
        return DEADLINE_NAMES.get(self.deadline_status, self.deadline_status)

    @property
    def audit_head_text(self) -> str:
        return head_text(self.audit_head)


def _person(name: str | None, badge: str | None, department: str | None) -> ReceiptPerson | None:
    return None if name is None else ReceiptPerson(name, badge, department)


def receipt_facts(archive: Archive, batch_id: int) -> ReceiptFacts:
    """Everything the hand-in receipt of import batch `batch_id` prints, in a fixed number of
    statements however many files it holds."""
    officer, handed, dept = aliased(Person), aliased(Person), aliased(Department)
    with archive.session() as s:
        head = s.execute(
            select(ImportBatch, officer.name, officer.badge_no, dept.name, handed.name, handed.badge_no,
                   Device, Case.case_no, Case.title, Activity)
            .outerjoin(officer, ImportBatch.officer_id == officer.id)
            .outerjoin(dept, officer.department_id == dept.id)
            .outerjoin(handed, ImportBatch.handed_in_by_id == handed.id)
            .outerjoin(Device, ImportBatch.device_id == Device.id)
            .outerjoin(Case, ImportBatch.case_id == Case.id)
            .outerjoin(Activity, ImportBatch.activity_id == Activity.id)
            .where(ImportBatch.id == batch_id)
        ).first()
        if head is None:
            raise ArchiveError(f"没有编号为 {batch_id} 的导入批次，无法打印移交回执。",
                               f"There is no import batch {batch_id}; no hand-in receipt to print.")
        batch, o_name, o_badge, o_dept, h_name, h_badge, device, case_no, case_title, activity = head
        activity_officers = tuple(s.scalars(
            select(Person.name).join(activity_officer, activity_officer.c.person_id == Person.id)
            .where(activity_officer.c.activity_id == activity.id).order_by(Person.name))) if activity is not None else ()
        files, counts, stored = [], {o.value: 0 for o in ImportOutcome}, None
        for outcome, rec_id, name, kind, size, sha, recorded_at, damage, *due_at in s.execute(
                select(ImportItem.outcome, Recording.id, Recording.original_name, Recording.media_kind,
                       Recording.size, Recording.sha256, Recording.recorded_at, Recording.damage,
                       Recording.deadline_at, Recording.deadline_status, Recording.late_by_seconds)
                .outerjoin(Recording, ImportItem.recording_id == Recording.id)
                .where(ImportItem.batch_id == batch_id).order_by(ImportItem.id)):
            counts[outcome] = counts.get(outcome, 0) + 1
            if outcome == ImportOutcome.IMPORTED.value and rec_id is not None:
                files.append(ReceiptFile(rec_id, name, kind, size, sha, recorded_at, bool(damage)))
                stored = stored or due_at
        unit = archive.unit(s)
        # The deadline as set on the files at the hand-in (the profile may have changed since);
        # worked out afresh only when no file was stored.
        due = deadlines.check(activity, batch.started_at, profiles.active(s).hand_in_hours)
        deadline_at, status, late_by = stored if stored else (due.deadline_at, due.status.value,
                                                               due.late_by_seconds)
        base = deadlines.hand_in_deadline(activity, 0)
        hours = round((deadline_at - base).total_seconds() / 3600) if deadline_at and base else 0
        return ReceiptFacts(
            unit_name=unit.name, timezone=unit.timezone, batch_id=batch.id, status=batch.status,
            handed_in_at=batch.started_at, received_by=batch.actor_name,
            # The officer hands the footage in unless someone else was named (ingest does the same).
            handed_in_by=_person(h_name, h_badge, None) or _person(o_name, o_badge, None),
            officer=_person(o_name, o_badge, o_dept),
            device_kind=KIND_NAMES.get(device.kind, (device.kind,))[0] if device else "",
            device_serial=device.serial if device else "", device_model=device.model if device else "",
            device_asset_no=(device.asset_no or "") if device else "",
            case_no=case_no or "", case_title=case_title or "",
            activity_id=activity.id if activity else None, activity_kind=activity.kind if activity else "",
            activity_place=activity.place if activity else "",
            activity_started_at=activity.started_at if activity else None,
            activity_ended_at=activity.ended_at if activity else None, activity_officers=activity_officers,
            activity_returned_at=activity.returned_at if activity and activity.remote else None,
            hand_in_hours=hours, deadline_at=deadline_at, deadline_status=status, late_by_seconds=late_by,
            files=tuple(files),
            duplicates=counts[ImportOutcome.DUPLICATE.value], rejected=counts[ImportOutcome.REJECTED.value],
            skipped=counts[ImportOutcome.SKIPPED.value], audit_head=read_head(archive.head_path),
            printed_at=utcnow())


def record_receipt_printed(archive: Archive, who: SignedIn | Actor, batch_id: int, **details) -> None:
    """Audit that `who` printed (or saved for printing) the hand-in receipt of a batch."""
    with archive.transaction() as s:
        if s.get(ImportBatch, batch_id) is None:
            raise ArchiveError(f"没有编号为 {batch_id} 的导入批次。", f"There is no import batch {batch_id}.")
        audit.record(s, actor_of(who), "document.printed", "import_batch", batch_id, document=DOCUMENT,
                     document_zh=DOCUMENT_KINDS[DOCUMENT][0], **details)

"""Small read-only views for pickers and result pages: officers, devices, cases, activities.

Each function opens its own session, reads, and returns plain frozen dataclasses, so the caller
(a widget, a report) never holds ORM objects past the session. Nothing here writes.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from evidenceroom.core import deadlines, formats
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.ingest import scan
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
)
from evidenceroom.core.timeutil import DEFAULT_TIMEZONE, as_utc, utcnow
from evidenceroom.core.vault import Cancelled

HEAD_BYTES = 512  # as much of each file as the import reads to recognise it


@dataclass(frozen=True)
class Officer:
    id: int
    name: str
    badge: str | None
    department: str
    active: bool


@dataclass(frozen=True)
class DeviceInfo:
    id: int
    kind: str  # a DeviceKind value
    serial: str
    model: str
    asset_no: str | None


@dataclass(frozen=True)
class CaseInfo:
    id: int
    case_no: str
    title: str


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    kind: str
    place: str
    ended_at: datetime | None  # aware, UTC
    case_no: str | None


def officers(archive: Archive, active_only: bool = False) -> list[Officer]:
    """Staff and officers by name, inactive ones last."""
    with archive.session() as s:
        q = (select(Person.id, Person.name, Person.badge_no, Department.name, Person.active)
             .outerjoin(Department, Person.department_id == Department.id))
        if active_only:
            q = q.where(Person.active.is_(True))
        rows = s.execute(q.order_by(Person.active.desc(), Person.name, Person.badge_no, Person.id)).all()
    return [Officer(pid, name, badge, dept or "", bool(active)) for pid, name, badge, dept, active in rows]


def departments(archive: Archive) -> list[tuple[int, str]]:
    """Every department: (id, name), by name."""
    with archive.session() as s:
        return [(dept_id, name) for dept_id, name in
                s.execute(select(Department.id, Department.name).order_by(Department.name))]


def devices(archive: Archive) -> list[DeviceInfo]:
    with archive.session() as s:
        rows = s.execute(select(Device.id, Device.kind, Device.serial, Device.model, Device.asset_no)
                         .order_by(Device.kind, Device.serial)).all()
    return [DeviceInfo(*row) for row in rows]


def cases(archive: Archive, text: str = "", limit: int = 50) -> list[CaseInfo]:
    """Cases whose number or title contains `text`, newest first."""
    text = text.strip()
    with archive.session() as s:
        q = select(Case.id, Case.case_no, Case.title)
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            q = q.where(or_(Case.case_no.like(pattern, escape="\\"), Case.title.like(pattern, escape="\\")))
        rows = s.execute(q.order_by(Case.created_at.desc(), Case.id.desc()).limit(limit)).all()
    return [CaseInfo(cid, case_no, title or "") for cid, case_no, title in rows]


def case_by_number(archive: Archive, case_no: str) -> CaseInfo | None:
    """The case with exactly this number, or None when the import would create it."""
    with archive.session() as s:
        row = s.execute(select(Case.id, Case.case_no, Case.title)
                        .where(Case.case_no == case_no.strip())).first()
    return None if row is None else CaseInfo(row[0], row[1], row[2] or "")


def recent_activities(archive: Archive, limit: int = 50) -> list[ActivityInfo]:
    """Enforcement activities, the most recently ended first (those without an end time last)."""
    with archive.session() as s:
        rows = s.execute(
            select(Activity.id, Activity.kind, Activity.place, Activity.ended_at, Case.case_no)
            .outerjoin(Case, Activity.case_id == Case.id)
            .order_by(Activity.ended_at.is_(None), Activity.ended_at.desc(), Activity.id.desc())
            .limit(limit)
        ).all()
    return [ActivityInfo(aid, kind or "", place or "", ended, case_no) for aid, kind, place, ended, case_no in rows]


# --- what a source holds, before importing it ------------------------------------------------

@dataclass(frozen=True)
class FilePreview:
    """One file a source holds and what the import will make of it."""

    path: Path
    size: int
    kind: str  # video | audio | photo | skip | empty | unknown | missing | unreadable
    note: Text | None = None

    @property
    def will_import(self) -> bool:
        return self.kind in ("video", "audio", "photo")


@dataclass(frozen=True)
class ScanProgress:
    files_done: int
    files_total: int
    current: str


def preview(paths: Iterable[Path], progress: Callable[[ScanProgress], None] | None = None,
            cancel: threading.Event | None = None) -> list[FilePreview]:
    """Every file below `paths`, recognised the way the import will (first 512 bytes, then the name).

    Reads only the head of each file, so a large card is listed quickly; raises Cancelled when
    `cancel` is set.
    """
    candidates = scan(paths)
    out: list[FilePreview] = []
    total = len(candidates)
    for i, cand in enumerate(candidates):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(ScanProgress(i, total, str(cand.path)))
        if cand.missing:
            out.append(FilePreview(cand.path, 0, "missing", cand.missing))
            continue
        if cand.skip:
            out.append(FilePreview(cand.path, cand.size, "skip", cand.skip))
            continue
        try:
            with open(cand.path, "rb") as f:
                head = f.read(HEAD_BYTES)
        except OSError as exc:
            out.append(FilePreview(cand.path, cand.size, "unreadable",
                                   Text(f"无法读取：{exc.strerror or exc}", f"cannot be read: {exc.strerror or exc}")))
            continue
        if cand.size == 0:
            out.append(FilePreview(cand.path, 0, "empty",
                                   Text("空文件（0 字节），将被拒收", "empty file (0 bytes); will be rejected")))
            continue
        kind = formats.classify(cand.path, head)
        if kind.media is None:
            out.append(FilePreview(cand.path, cand.size, "unknown",
                                   Text("不是可识别的视频、音频或照片，将被拒收",
                                        "not a recognised video, audio or photo; will be rejected")))
        else:
            out.append(FilePreview(cand.path, cand.size, kind.media.value))
    if progress is not None:
        progress(ScanProgress(total, total, ""))
    return out


# --- one import batch, for its result page -----------------------------------------------------

@dataclass(frozen=True)
class BatchItem:
    outcome: str  # an ImportOutcome value
    path: str
    reason: str | None  # why rejected, skipped or a duplicate (Chinese, as recorded)
    recording_id: int | None
    sha256: str | None = None
    media_kind: str | None = None
    size: int | None = None
    deadline_status: str | None = None  # a DeadlineStatus value, for imported recordings
    late_by_seconds: int | None = None
    deadline_text: str | None = None  # 按时 / 逾期 N 小时 / 未知
    damage: str | None = None  # what is wrong with an imported file, or None

    @property
    def damaged(self) -> bool:
        return self.damage is not None


@dataclass(frozen=True)
class BatchSummary:
    batch_id: int
    status: str  # running | finished | cancelled | interrupted
    started_at: datetime
    finished_at: datetime | None
    received_by: str  # 接收人: the signed-in custodian
    officer: str | None  # 取证人员
    handed_in_by: str | None  # 移交人
    device: str | None
    case_no: str | None
    activity_id: int | None
    items: tuple[BatchItem, ...]

    def of(self, outcome: ImportOutcome | str) -> list[BatchItem]:
        value = outcome.value if isinstance(outcome, ImportOutcome) else outcome
        return [i for i in self.items if i.outcome == value]

    @property
    def imported(self) -> list[BatchItem]:
        return self.of(ImportOutcome.IMPORTED)

    @property
    def duplicates(self) -> list[BatchItem]:
        return self.of(ImportOutcome.DUPLICATE)

    @property
    def rejected(self) -> list[BatchItem]:
        return self.of(ImportOutcome.REJECTED)

    @property
    def skipped(self) -> list[BatchItem]:
        return self.of(ImportOutcome.SKIPPED)

    @property
    def late(self) -> int:
        return sum(1 for i in self.imported if i.deadline_status == "late")

    @property
    def damaged(self) -> int:
        return sum(1 for i in self.imported if i.damaged)


def _person_label(name: str | None, badge: str | None) -> str | None:
    if name is None:
        return None
    return f"{name}（{badge}）" if badge else name


def batch_summary(archive: Archive, batch_id: int) -> BatchSummary:
    """What one import did, file by file, with each new recording's deadline status and damage."""
    officer, handed = aliased(Person), aliased(Person)
    with archive.session() as s:
        head = s.execute(
            select(ImportBatch, officer.name, officer.badge_no, handed.name, handed.badge_no,
                   Device.serial, Device.asset_no, Case.case_no)
            .outerjoin(officer, ImportBatch.officer_id == officer.id)
            .outerjoin(handed, ImportBatch.handed_in_by_id == handed.id)
            .outerjoin(Device, ImportBatch.device_id == Device.id)
            .outerjoin(Case, ImportBatch.case_id == Case.id)
            .where(ImportBatch.id == batch_id)
        ).first()
        if head is None:
            raise ArchiveError(f"没有编号为 {batch_id} 的导入批次。", f"There is no import batch {batch_id}.")
        batch, o_name, o_badge, h_name, h_badge, serial, asset_no, case_no = head
        rows = s.execute(
            select(ImportItem, Recording.media_kind, Recording.size, Recording.deadline_status,
                   Recording.late_by_seconds, Recording.damage)
            .outerjoin(Recording, ImportItem.recording_id == Recording.id)
            .where(ImportItem.batch_id == batch_id)
            .order_by(ImportItem.id)
        ).all()
        items = []
        for item, media_kind, size, status, late, damage in rows:
            if item.outcome == ImportOutcome.IMPORTED.value:
                items.append(BatchItem(
                    item.outcome, item.source_path, None, item.recording_id, item.sha256, media_kind, size,
                    status, late, deadlines.describe(status, late), damage))
            else:
                items.append(BatchItem(item.outcome, item.source_path, item.reason, item.recording_id,
                                       item.sha256))
        device = None
        if serial is not None:
            device = f"{serial}（{asset_no}）" if asset_no else serial
        return BatchSummary(
            batch.id, batch.status, batch.started_at, batch.finished_at, batch.actor_name,
            _person_label(o_name, o_badge), _person_label(h_name, h_badge), device, case_no,
            batch.activity_id, tuple(items))


# --- the hand-in deadline, before importing --------------------------------------------------

@dataclass(frozen=True)
class DeadlinePreview:
    deadline_at: datetime | None  # aware, UTC
    status: str  # a DeadlineStatus value, were the footage imported now
    text: str  # 按时 / 逾期 N 小时 / 未知


def deadline_preview(activity_ended_at: datetime | None, now: datetime | None = None,
                     local_tz: str = DEFAULT_TIMEZONE) -> DeadlinePreview:
    """The deadline an activity ending then gets, and how footage handed in now would stand."""
    activity = None if activity_ended_at is None else Activity(ended_at=as_utc(activity_ended_at, local_tz))
    due = deadlines.check(activity, now or utcnow())
    return DeadlinePreview(due.deadline_at, due.status.value, deadlines.describe(due.status.value,
                                                                               due.late_by_seconds))

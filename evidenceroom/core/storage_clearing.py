"""Clearing a device's storage after its footage is safely archived (ARC-10, 003§19, 002§18(4)).

Officers may not keep copies of their footage (不得私自复制、保存). Once an import has finished and
its files have been verified, the custodian clears the device's card and records it here: who,
when, for which import batch. The record is a ledger row (`CustodyEvent` of kind
`storage_cleared`, the device's state unchanged) with its audit event in the same transaction.

"Verified" means: the import finished (not cancelled or interrupted), no file was lost on the way
(a read or disk error), no recording is marked damaged, and the stored originals were re-read
after the import and still match the SHA-256 taken from the device (`verify_batch`, recorded as
the audit event `import.verified`). A later integrity check that finds one of them missing or
altered withdraws that until the batch is verified again.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit
from evidenceroom.core.access import actor_of, fmt_utc, when_utc
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.custody import CLOCK_SLACK, MAX_TEXT, STATE_NAMES, DeviceState, EventKind, _move
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models import AuditEvent, Device, ImportBatch, ImportItem, ImportOutcome, Person, Recording, Role
from evidenceroom.core.models.backup import IntegrityCheck
from evidenceroom.core.models.custody import CustodyEvent
from evidenceroom.core.platform import is_read_only
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.vault import Cancelled
from evidenceroom.core.verify import sha256_of

KIND = EventKind.STORAGE_CLEARED.value
VERIFIED = "import.verified"
CUSTODIANS = (Role.CLERK.value, Role.ADMINISTRATOR.value)
# Rejections that leave nothing to keep (not footage at all, or an original disposed of with
# approval): the device may be cleared over them. Any other rejection (a read error, a full disk,
# a card pulled out) means a file is still only on the device.
_NOTHING_TO_KEEP = ("不是音像资料", "文件扩展名为", "空文件", "不是普通文件")
# A device away from the desk, or one kept as it is, has no storage the custodian may clear.
_NOT_HERE = (DeviceState.IN_REPAIR.value, DeviceState.SEALED.value, DeviceState.DESTROYED.value,
             DeviceState.LOST.value)


@dataclass(frozen=True)
class StorageClearing:
    event_id: int
    batch_id: int
    device_id: int
    device_serial: str
    cleared_at: datetime
    actor_name: str
    recordings: int
    note: str


@dataclass(frozen=True)
class BatchVerification:
    batch_id: int
    checked: int
    problems: tuple[Text, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ClearingStatus:
    """What the import's result page shows: may the device be cleared now, and if not, why."""

    batch_id: int
    device_serial: str | None
    officer: str | None
    recordings: int
    verified_at: datetime | None
    cleared: StorageClearing | None
    refusal: Text | None  # None: the clearing may be recorded now

    @property
    def allowed(self) -> bool:
        return self.refusal is None


# --- reading ---------------------------------------------------------------------------------

def _batch(s: Session, batch_id: int) -> ImportBatch:
    batch = s.get(ImportBatch, batch_id)
    if batch is None:
        raise ArchiveError(f"没有编号为 {batch_id} 的导入批次。", f"There is no import batch {batch_id}.")
    return batch


def _recording_ids(s: Session, batch_id: int) -> list[int]:
    """The recordings the batch brought in or found already archived: all must be safe in the vault."""
    q = (select(ImportItem.recording_id).where(
        ImportItem.batch_id == batch_id, ImportItem.recording_id.is_not(None),
        ImportItem.outcome.in_((ImportOutcome.IMPORTED.value, ImportOutcome.DUPLICATE.value)))
        .order_by(ImportItem.id))
    return list(dict.fromkeys(s.scalars(q)))


def _clearing(s: Session, batch: ImportBatch) -> StorageClearing | None:
    if batch.device_id is None:
        return None
    q = select(CustodyEvent).where(CustodyEvent.device_id == batch.device_id, CustodyEvent.kind == KIND) \
        .order_by(CustodyEvent.at, CustodyEvent.id)
    for e in s.scalars(q):
        d = json.loads(e.details or "{}")
        if d.get("batch_id") == batch.id:
            return StorageClearing(e.id, batch.id, e.device_id, e.device.serial, e.at, e.actor_name,
                                   int(d.get("recordings", 0)), e.reason)
    return None


def _verification(s: Session, batch_id: int) -> tuple[AuditEvent | None, bool]:
    """The batch's latest verification and whether it passed."""
    ev = s.scalars(select(AuditEvent).where(AuditEvent.target_kind == "import_batch",
                                            AuditEvent.target_id == batch_id, AuditEvent.action == VERIFIED)
                   .order_by(AuditEvent.seq.desc()).limit(1)).first()
    if ev is None:
        return None, False
    return ev, bool(json.loads(ev.details or "{}").get("ok"))


def _later_problem(s: Session, since: datetime, rec_ids: list[int]) -> tuple[IntegrityCheck, int] | None:
    """An integrity check run after `since` that found one of these recordings missing or altered."""
    wanted = set(rec_ids)
    for check in s.scalars(select(IntegrityCheck).where(IntegrityCheck.started_at >= since,
                                                        IntegrityCheck.problem_count > 0)
                           .order_by(IntegrityCheck.started_at)):
        for p in json.loads(check.problems or "[]"):
            if p.get("recording_id") in wanted:
                return check, p["recording_id"]
    return None


def _refusal(s: Session, batch: ImportBatch, rec_ids: list[int]) -> tuple[Text | None, datetime | None]:
    """Why the batch's device may not be cleared yet (None if it may), and when it was verified."""
    if batch.device_id is None:
        return Text("该批次没有登记来源设备，没有需要清除的设备存储。",
                    "This import names no device: there is no device storage to clear."), None
    device = s.get(Device, batch.device_id)
    if device.state in _NOT_HERE:
        zh, en = STATE_NAMES[device.state]
        return Text(f"设备 {device.serial} 当前{zh}，不能登记清除其存储。",
                    f"Device {device.serial} is {en}; its storage cannot be recorded as cleared."), None
    if batch.status == "running":
        return Text("导入尚未结束，须待导入完成并核验通过后才能清除设备存储。",
                    "The import is still running: the storage may be cleared only once it has finished "
                    "and been verified."), None
    if batch.status != "finished":
        zh, en = {"cancelled": ("导入已取消", "The import was cancelled"),
                  "interrupted": ("导入被中断", "The import was interrupted")}.get(
            batch.status, (f"导入状态为 {batch.status}", f"The import's status is {batch.status}"))
        return Text(f"{zh}，设备上可能还有未存入的文件。请重新导入同一来源，核验通过后再清除设备存储。",
                    f"{en}: the device may still hold files that were not stored. Import the same source "
                    "again and clear the storage once that import is verified."), None
    lost = [i for i in s.scalars(select(ImportItem).where(ImportItem.batch_id == batch.id,
                                                          ImportItem.outcome == ImportOutcome.REJECTED.value))
            if i.recording_id is None and not (i.reason or "").startswith(_NOTHING_TO_KEEP)]
    if lost:
        return Text(f"有 {len(lost)} 个文件未能存入（{lost[0].source_path}：{lost[0].reason}）。"
                    "请重新导入同一来源，全部存入并核验后再清除设备存储。",
                    f"{len(lost)} file(s) could not be stored ({lost[0].source_path}). Import the same "
                    "source again and clear the storage once everything is stored and verified."), None
    if not rec_ids:
        return Text("该批次没有存入任何资料，没有可核对的存档，不能记录清除设备存储。",
                    "This import stored no recordings: nothing to check against, so the clearing cannot "
                    "be recorded."), None
    damaged = s.scalars(select(Recording.id).where(Recording.id.in_(rec_ids), Recording.damage.is_not(None))
                        .order_by(Recording.id)).all()
    if damaged:
        return Text(f"第 {damaged[0]} 号等 {len(damaged)} 个文件有损坏标记。设备上的原始文件须保留，待核实或修复后再处理。",
                    f"{len(damaged)} file(s), recording {damaged[0]} first, are marked damaged: keep the "
                    "originals on the device until they are checked or repaired."), None
    ev, ok = _verification(s, batch.id)
    if ev is None:
        return Text("该批次尚未核验：须重新读取已存入的文件并核对 SHA-256 通过后才能清除设备存储。",
                    "This import has not been verified yet: its stored files must be re-read and match "
                    "their SHA-256 before the storage is cleared."), None
    if not ok:
        return Text(f"该批次核验未通过（{fmt_utc(ev.at)}）：存档文件与导入时的 SHA-256 不符或缺失。设备存储须保留。",
                    f"This import failed its verification ({fmt_utc(ev.at)}): stored files are missing or "
                    "do not match their SHA-256. Keep the device's storage."), ev.at
    later = _later_problem(s, ev.at, rec_ids)
    if later is not None:
        check, rec_id = later
        return Text(f"{fmt_utc(check.started_at)} 的完整性检查发现第 {rec_id} 号资料有问题。请先处理，重新核验后再清除设备存储。",
                    f"The integrity check of {fmt_utc(check.started_at)} found a problem with recording "
                    f"{rec_id}. Resolve it and verify the import again before clearing the storage."), ev.at
    return None, ev.at


def clearing_status(archive: Archive, batch_id: int) -> ClearingStatus:
    with archive.session() as s:
        batch = _batch(s, batch_id)
        rec_ids = _recording_ids(s, batch.id)
        cleared = _clearing(s, batch)
        refusal, verified_at = _refusal(s, batch, rec_ids)
        if cleared is not None:
            refusal = _already(cleared)
        device = s.get(Device, batch.device_id) if batch.device_id else None
        officer = s.get(Person, batch.officer_id) if batch.officer_id else None
        officer_text = (f"{officer.name}（{officer.badge_no}）" if officer and officer.badge_no
                        else officer.name if officer else None)
        return ClearingStatus(batch.id, device.serial if device else None, officer_text, len(rec_ids),
                              verified_at, cleared, refusal)


def storage_clearing_for_batch(archive: Archive, batch_id: int) -> StorageClearing | None:
    """Who cleared the batch's device storage and when, or None if nobody has recorded it."""
    with archive.session() as s:
        return _clearing(s, _batch(s, batch_id))


def latest_batch_for_device(archive: Archive, device_id: int) -> int | None:
    """The newest import naming the device: the one whose clearing the device board offers."""
    with archive.session() as s:
        return s.scalars(select(ImportBatch.id).where(ImportBatch.device_id == device_id)
                         .order_by(ImportBatch.id.desc()).limit(1)).first()


def _already(c: StorageClearing) -> Text:
    return Text(f"设备 {c.device_serial} 的存储已于 {fmt_utc(c.cleared_at)} 由 {c.actor_name} 清除并登记，不能重复登记。",
                f"The storage of device {c.device_serial} was already cleared on {fmt_utc(c.cleared_at)} "
                f"by {c.actor_name}; it cannot be recorded twice.")


# --- verifying the batch ---------------------------------------------------------------------

def verify_batch(archive: Archive, who, batch_id: int, progress: Callable[[tuple[int, int]], None] | None = None,
                 cancel: threading.Event | None = None) -> BatchVerification:
    """Re-read the stored originals of one import and compare them with their SHA-256.

    The import hashes what it reads from the device; this re-reads what was written, so the
    device may be cleared knowing the archive's copies are whole. Recorded as `import.verified`."""
    require_role(who, CUSTODIANS, "导入批次的核验由保管员办理。", "Imports are verified by the custodian.")
    with archive.session() as s:
        batch = _batch(s, batch_id)
        if batch.status == "running":
            raise ArchiveError("导入尚未结束，不能核验。", "The import is still running; it cannot be verified yet.")
        rows = s.execute(select(Recording.id, Recording.sha256, Recording.disposed_at)
                         .where(Recording.id.in_(_recording_ids(s, batch.id))).order_by(Recording.id)).all()
    problems: list[Text] = []
    for n, (rec_id, sha, disposed_at) in enumerate(rows):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress((n, len(rows)))
        if disposed_at is not None:
            continue  # disposed of with approval: the device holds nothing the archive must keep
        path = archive.vault.path_for(sha)
        if not path.is_file():
            problems.append(Text(f"第 {rec_id} 号资料的存档文件不见了", f"the stored file of recording {rec_id} is gone"))
        elif sha256_of(path, cancel) != sha:
            problems.append(Text(f"第 {rec_id} 号资料与导入时的 SHA-256 不符",
                                 f"recording {rec_id} does not match its SHA-256 taken at import"))
        elif not is_read_only(path):
            problems.append(Text(f"第 {rec_id} 号资料的存档文件被改为可写",
                                 f"the stored file of recording {rec_id} was made writable"))
    if progress is not None:
        progress((len(rows), len(rows)))
    result = BatchVerification(batch_id, len(rows), tuple(problems))
    with archive.transaction() as s:
        audit.record(s, actor_of(who), "import.verified", "import_batch", batch_id, ok=result.ok,
                     checked=result.checked, problems=[p.en for p in problems])
    return result


# --- recording the clearing ------------------------------------------------------------------

def record_storage_cleared(archive: Archive, who, batch_id: int, *, cleared_at: datetime | None = None,
                           note: str = "") -> StorageClearing:
    """Record that the device of a verified import had its storage cleared (ARC-10).

    Refused (nothing changes) before the import is finished and verified, for an import without a
    device, a second time, or with a time in the future or before the verification."""
    require_role(who, CUSTODIANS, "清除设备存储由保管员登记。", "The custodian records the clearing of a device's storage.")
    note = (note or "").strip()
    if len(note) > MAX_TEXT:
        raise ArchiveError(f"说明过长（最多 {MAX_TEXT} 字）。", f"The note is too long (at most {MAX_TEXT} characters).")
    with archive.transaction() as s:
        batch = _batch(s, batch_id)
        previous = _clearing(s, batch)
        if previous is not None:
            text = _already(previous)
            raise ArchiveError(text.zh, text.en)
        rec_ids = _recording_ids(s, batch.id)
        refusal, verified_at = _refusal(s, batch, rec_ids)
        if refusal is not None:
            raise ArchiveError(refusal.zh, refusal.en)
        device = s.get(Device, batch.device_id)
        now = utcnow()
        when = now if cleared_at is None else when_utc(cleared_at, s, archive)
        if when > now + CLOCK_SLACK:
            raise ArchiveError(f"清除时间（{fmt_utc(when)}）晚于当前时间。",
                               f"The clearing time ({fmt_utc(when)}) is in the future.")
        if when < verified_at:
            raise ArchiveError(f"清除时间（{fmt_utc(when)}）早于该批次核验通过的时间（{fmt_utc(verified_at)}）：核验通过前不得清除。",
                               f"The clearing time ({fmt_utc(when)}) is before the import was verified "
                               f"({fmt_utc(verified_at)}): the storage may not be cleared before that.")
        officer = s.get(Person, batch.officer_id) if batch.officer_id else None
        event = _move(s, who, device, EventKind.STORAGE_CLEARED, device.state, when, officer=officer, reason=note,
                      batch_id=batch.id, recordings=len(rec_ids), verified_at=verified_at.isoformat())
        return StorageClearing(event.id, batch.id, device.id, device.serial, when, event.actor_name,
                               len(rec_ids), note)

"""Import: footage from a device's card or a folder into the vault, one file at a time.

For each file: recognise it, copy and hash it in one pass into the vault (fsync, read-only,
atomic rename), probe it with libvlc, and only then commit its record together with its audit
event. A crash at any point leaves either a complete record or nothing; running the same import
again finishes the job without duplicates.
"""
from __future__ import annotations

import errno
import os
import stat
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit, deadlines, device_clock, formats, media, profiles, registry
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models import (
    Activity,
    ImportBatch,
    ImportItem,
    ImportOutcome,
    MediaKind,
    Recording,
)
from evidenceroom.core.timeutil import as_utc, utcnow
from evidenceroom.core.vault import Cancelled, SourceChanged

_HEAD_BYTES = 512
# An activity longer than a week is a typing slip (a wrong month or year), not a field trip: even
# continuous or off-site work (003§19) is handed in day by day.
MAX_ACTIVITY_SPAN = timedelta(days=7)
# This computer's clock and the clerk's reading of a watch may differ by a few minutes.
FUTURE_TOLERANCE = timedelta(minutes=5)


def check_activity_times(started_at: datetime | None, ended_at: datetime | None, tz: str,
                         now: datetime | None = None) -> tuple[datetime | None, datetime | None]:
    """The activity's start and end in UTC (naive = the unit's time); a start without an end, after
    the end, in the future or more than a week before the end is refused."""
    end = as_utc(ended_at, tz) if ended_at is not None else None
    if started_at is None:
        return None, end
    if end is None:
        raise ArchiveError("填写了活动开始时间，也请填写活动结束时间。",
                           "An activity start was given: enter its end time as well.")
    start = as_utc(started_at, tz)
    if start >= end:
        raise ArchiveError("活动开始时间须早于结束时间。", "The activity must start before it ends.")
    if start > (now or utcnow()) + FUTURE_TOLERANCE:
        raise ArchiveError("活动开始时间晚于现在，请核对日期和时间。",
                           "The activity start is in the future: check the date and time.")
    if end - start > MAX_ACTIVITY_SPAN:
        raise ArchiveError(f"活动从开始到结束超过 {MAX_ACTIVITY_SPAN.days} 天，请核对开始时间的日期。",
                           f"The activity lasts more than {MAX_ACTIVITY_SPAN.days} days from start to end: "
                           "check the start date.")
    return start, end


@dataclass
class ImportRequest:
    """What the clerk says about the footage being handed in."""

    paths: list[Path]
    case_no: str | None = None
    officer_badge: str | None = None
    device_serial: str | None = None
    handed_in_by_badge: str | None = None  # 移交人; the officer when not given
    activity_id: int | None = None
    activity_ended_at: datetime | None = None  # creates an activity for this hand-in
    activity_started_at: datetime | None = None  # its start; only with an end (checked by check_activity_times)
    activity_kind: str = ""
    activity_place: str = ""
    # The device clock minus the workstation clock, seconds, positive = fast (ARC-09); None = not
    # measured. Stored on every recording of the batch; `recorded_at` stays the device's time.
    clock_offset_s: float | None = None


@dataclass
class ItemResult:
    path: str
    sha256: str | None = None
    recording_id: int | None = None
    reason: str | None = None
    damage: str | None = None


@dataclass
class ImportReport:
    batch_id: int
    imported: list[ItemResult] = field(default_factory=list)
    duplicates: list[ItemResult] = field(default_factory=list)
    rejected: list[ItemResult] = field(default_factory=list)
    skipped: list[ItemResult] = field(default_factory=list)
    cancelled: bool = False

    def as_json(self) -> dict:
        def rows(items, keys):
            return [{k: getattr(i, k) for k in keys} for i in items]

        return {
            "imported": rows(self.imported, ("path", "sha256", "recording_id")),
            "duplicates": rows(self.duplicates, ("path", "sha256", "recording_id")),
            "rejected": rows(self.rejected, ("path", "reason")),
            "skipped": rows(self.skipped, ("path", "reason")),
        }


@dataclass(frozen=True)
class Progress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class Candidate:
    path: Path
    size: int
    mtime: float = 0.0
    skip: Text | None = None
    missing: Text | None = None


def scan(paths: Iterable[Path]) -> list[Candidate]:
    """Every file below the given files and folders, in a stable order, junk marked as such."""
    found: list[Candidate] = []
    for root in paths:
        root = Path(root)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                for name in sorted(filenames):
                    found.append(_candidate(Path(dirpath) / name))
        elif root.exists() or root.is_symlink():
            found.append(_candidate(root))
        else:
            found.append(Candidate(root, 0, missing=Text("找不到这个文件或文件夹", "no such file or folder")))
    return found


def _candidate(path: Path) -> Candidate:
    skip = formats.junk_reason(path)
    try:
        st = path.stat()
    except OSError:
        return Candidate(path, 0, skip=skip)
    return Candidate(path, st.st_size, st.st_mtime, skip=skip)


def _io_reason(exc: OSError, path: Path) -> Text:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return Text(f"档案库所在磁盘空间不足，文件未存入（{exc.strerror}）。请腾出空间后重新导入。",
                    f"the archive's disk is full; the file was not stored ({exc.strerror}). "
                    "Free some space and import again.")
    if isinstance(exc, SourceChanged):
        return Text("读取过程中文件发生变化或消失（存储卡被拔出？），未存入。请重新连接设备后再次导入。",
                    "the file changed or vanished while it was being read (card removed?); not stored. "
                    "Reconnect the device and import again.")
    if isinstance(exc, FileNotFoundError):
        return Text("文件已不存在（存储卡被拔出或链接失效），未存入。",
                    "the file is gone (card removed or a broken link); not stored.")
    if isinstance(exc, PermissionError):
        return Text("没有读取该文件的权限，未存入。", "no permission to read the file; not stored.")
    return Text(f"无法读取或写入：{exc.strerror or exc}，未存入。",
                f"could not read or write: {exc.strerror or exc}; not stored.")


class Importer:
    def __init__(self, archive: Archive, actor: Actor, request: ImportRequest,
                 progress: ProgressCallback | None = None, cancel: threading.Event | None = None):
        self.archive = archive
        self.actor = actor
        self.request = request
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self.clock_offset_s: float | None = None

    def run(self) -> ImportReport:
        # An absurd offset or activity time is refused before anything is read or written.
        try:
            self.clock_offset_s = device_clock.check_offset(self.request.clock_offset_s)
            if self.request.activity_id is None:
                with self.archive.session() as s:
                    tz = self.archive.unit(s).timezone
                check_activity_times(self.request.activity_started_at, self.request.activity_ended_at, tz)
        except ArchiveError as exc:
            raise ArchiveError(f"{exc.text.zh}未导入任何文件。", f"{exc.text.en} Nothing was imported.") from None
        media.warm_up()  # libvlc starts while the first file copies, not after it
        candidates = scan(self.request.paths)
        batch_id, context = self._start_batch(candidates)
        report = ImportReport(batch_id)
        total_bytes = sum(c.size for c in candidates if not c.skip)
        done_bytes = 0
        for index, cand in enumerate(candidates):
            if self.cancel.is_set():
                report.cancelled = True
                break
            self._report(index, len(candidates), done_bytes, total_bytes, cand.path)

            def on_bytes(n: int, _i=index, _p=cand.path) -> None:
                nonlocal done_bytes
                done_bytes += n
                self._report(_i, len(candidates), done_bytes, total_bytes, _p)

            try:
                outcome, item = self._one(batch_id, context, cand, on_bytes)
            except Cancelled:
                report.cancelled = True
                break
            getattr(report, {"imported": "imported", "duplicate": "duplicates", "rejected": "rejected",
                             "skipped": "skipped"}[outcome.value]).append(item)
        self._finish_batch(batch_id, report)
        self._report(len(candidates), len(candidates), done_bytes, total_bytes, None)
        return report

    def _report(self, i: int, n: int, done: int, total: int, path: Path | None) -> None:
        if self.progress is not None:
            self.progress(Progress(i, n, done, total, str(path) if path else ""))

    # --- the batch -------------------------------------------------------------------------

    def _start_batch(self, candidates: list[Candidate]) -> tuple[int, dict]:
        r = self.request
        hint = f'"{self.archive.root}"'
        with self.archive.transaction() as s:
            officer = registry.officer_by_badge(s, r.officer_badge, hint) if r.officer_badge else None
            handed_in_by = (registry.officer_by_badge(s, r.handed_in_by_badge, hint)
                            if r.handed_in_by_badge else officer)
            device = registry.device_by_serial(s, r.device_serial, hint) if r.device_serial else None
            case = registry.case_for_import(s, self.actor, r.case_no) if r.case_no else None
            activity = None
            if r.activity_id is not None:
                activity = s.get(Activity, r.activity_id)
                if activity is None:
                    raise ArchiveError(f"没有编号为 {r.activity_id} 的执法活动。",
                                       f"There is no enforcement activity number {r.activity_id}.")
            elif r.activity_ended_at is not None:
                started, ended = check_activity_times(r.activity_started_at, r.activity_ended_at,
                                                      self.archive.unit(s).timezone)
                activity = Activity(kind=r.activity_kind, place=r.activity_place, started_at=started,
                                    ended_at=ended, case_id=case.id if case else None,
                                    created_at=utcnow(), officers=[officer] if officer else [])
                s.add(activity)
                s.flush()
                audit.record(s, self.actor, "activity.created", "activity", activity.id,
                             started_at=started.isoformat() if started else None,
                             ended_at=activity.ended_at.isoformat(), case_no=r.case_no)
            if case is None and activity is not None and activity.case_id is not None:
                case = activity.case
            batch = ImportBatch(
                started_at=utcnow(), actor_user_id=self.actor.user_id, actor_name=self.actor.name,
                handed_in_by_id=handed_in_by.id if handed_in_by else None,
                officer_id=officer.id if officer else None, device_id=device.id if device else None,
                activity_id=activity.id if activity else None, case_id=case.id if case else None,
                sources="\n".join(str(p) for p in r.paths), status="running",
            )
            s.add(batch)
            s.flush()
            audit.record(s, self.actor, "import.started", "import_batch", batch.id,
                         sources=[str(p) for p in r.paths], files=len(candidates),
                         officer=r.officer_badge, device=r.device_serial, case_no=r.case_no,
                         clock_offset_s=self.clock_offset_s)
            context = {
                "officer_id": batch.officer_id, "device_id": batch.device_id,
                "activity_id": batch.activity_id, "case_id": batch.case_id,
                "timezone": self.archive.unit(s).timezone,
                "handed_in_at": batch.started_at,
                "clock_offset_s": self.clock_offset_s,
            }
            return batch.id, context

    def _finish_batch(self, batch_id: int, report: ImportReport) -> None:
        with self.archive.transaction() as s:
            batch = s.get(ImportBatch, batch_id)
            batch.status = "cancelled" if report.cancelled else "finished"
            batch.finished_at = utcnow()
            audit.record(s, self.actor, "import.finished", "import_batch", batch_id, status=batch.status,
                         imported=len(report.imported), duplicates=len(report.duplicates),
                         rejected=len(report.rejected), skipped=len(report.skipped))

    # --- one file --------------------------------------------------------------------------

    def _note(self, batch_id: int, cand: Candidate, outcome: ImportOutcome, reason: Text | None,
              sha: str | None = None, recording_id: int | None = None) -> ItemResult:
        with self.archive.transaction() as s:
            self._add_item(s, batch_id, cand, outcome, reason, sha, recording_id)
        return ItemResult(str(cand.path), sha, recording_id, str(reason) if reason else None)

    def _add_item(self, s: Session, batch_id: int, cand: Candidate, outcome: ImportOutcome,
                  reason: Text | None, sha: str | None, recording_id: int | None) -> None:
        s.add(ImportItem(batch_id=batch_id, source_path=str(cand.path), outcome=outcome.value, sha256=sha,
                         recording_id=recording_id, reason=reason.zh if reason else None, at=utcnow()))
        audit.record(s, self.actor, f"import.{outcome.value}", "recording" if recording_id else "import_batch",
                     recording_id or batch_id, path=str(cand.path), sha256=sha,
                     reason=reason.en if reason else None)

    def _one(self, batch_id: int, ctx: dict, cand: Candidate, on_bytes) -> tuple[ImportOutcome, ItemResult]:
        if cand.missing:
            return ImportOutcome.REJECTED, self._note(batch_id, cand, ImportOutcome.REJECTED, cand.missing)
        if cand.skip:
            return ImportOutcome.SKIPPED, self._note(batch_id, cand, ImportOutcome.SKIPPED, cand.skip)
        try:
            # A pipe, socket or device would block the open or never end; only a regular file is read.
            if not stat.S_ISREG(cand.path.stat().st_mode):
                return ImportOutcome.REJECTED, self._note(
                    batch_id, cand, ImportOutcome.REJECTED,
                    Text("不是普通文件（管道、设备或套接字），无法作为资料读取，未存入",
                         "not a regular file (a pipe, device or socket); nothing to read, not stored"))
            with open(cand.path, "rb") as f:
                head = f.read(_HEAD_BYTES)
            size = cand.path.stat().st_size
        except OSError as exc:
            return ImportOutcome.REJECTED, self._note(batch_id, cand, ImportOutcome.REJECTED,
                                                      _io_reason(exc, cand.path))
        if size == 0:
            return ImportOutcome.REJECTED, self._note(
                batch_id, cand, ImportOutcome.REJECTED,
                Text("空文件（0 字节），没有可保存的内容", "empty file (0 bytes): nothing to keep"))
        kind = formats.classify(cand.path, head)
        if kind.media is None:
            return ImportOutcome.REJECTED, self._note(batch_id, cand, ImportOutcome.REJECTED, _not_media(cand.path))

        try:
            stored = self.archive.vault.store(cand.path, on_bytes, self.cancel)
        except Cancelled:
            raise
        except OSError as exc:
            return ImportOutcome.REJECTED, self._note(batch_id, cand, ImportOutcome.REJECTED,
                                                      _io_reason(exc, cand.path))

        with self.archive.session() as s:
            existing, disposed_at = s.execute(select(Recording.id, Recording.disposed_at)
                                              .where(Recording.sha256 == stored.sha256)).first() or (None, None)
        if disposed_at is not None:
            # The same bytes as an original disposed of with approval: the disposal stands, and the copy
            # just written would be an object no recording owns.
            self.archive.vault.dispose(stored.sha256)
            day = disposed_at.date().isoformat()
            return ImportOutcome.REJECTED, self._note(
                batch_id, cand, ImportOutcome.REJECTED,
                Text(f"与第 {existing} 号资料内容相同，该资料已于 {day} 经审批清除，不再入库",
                     f"same content as recording {existing}, disposed of with approval on {day}; not stored again"),
                stored.sha256, existing)
        if existing is not None:
            return ImportOutcome.DUPLICATE, self._note(
                batch_id, cand, ImportOutcome.DUPLICATE,
                Text(f"与已存档的第 {existing} 号资料内容相同，未重复保存",
                     f"same content as archived recording {existing}; not stored twice"),
                stored.sha256, existing)

        damage = formats.find_damage(stored.path, kind.container, stored.size)
        duration_ms, tracks = None, ""
        if kind.media in (MediaKind.VIDEO, MediaKind.AUDIO):
            probe = media.probe(stored.path)
            duration_ms, tracks = probe.duration_ms, probe.tracks
            if not probe.ok and damage is None and media.libvlc_unavailable() is None:
                damage = Text(f"播放器无法识别其中的音视频内容（{probe.error}），文件已按原样保存",
                              f"the player finds no playable content ({probe.error}); kept as it is")
        recorded_at, source = _recorded_at(stored.path, cand, kind.container, stored.size, ctx["timezone"])

        now = utcnow()
        with self.archive.transaction() as s:
            activity = s.get(Activity, ctx["activity_id"]) if ctx["activity_id"] else None
            due = deadlines.check(activity, ctx["handed_in_at"],  # the hand-in, not the end of copying
                                  profiles.active(s).hand_in_hours)
            rec = Recording(
                sha256=stored.sha256, size=stored.size, media_kind=kind.media.value,
                original_name=cand.path.name, extension=cand.path.suffix.lstrip(".").lower(),
                source_path=str(cand.path), device_id=ctx["device_id"], officer_id=ctx["officer_id"],
                activity_id=ctx["activity_id"], case_id=ctx["case_id"], batch_id=batch_id,
                recorded_at=recorded_at, recorded_at_source=source, imported_at=now,
                duration_ms=duration_ms, tracks=tracks, damage=damage.zh if damage else None,
                deadline_at=due.deadline_at, deadline_status=due.status.value,
                late_by_seconds=due.late_by_seconds, clock_offset_s=ctx["clock_offset_s"],
            )
            s.add(rec)
            s.flush()
            s.add(ImportItem(batch_id=batch_id, source_path=str(cand.path), outcome=ImportOutcome.IMPORTED.value,
                             sha256=stored.sha256, recording_id=rec.id, reason=damage.zh if damage else None,
                             at=now))
            offset = {} if ctx["clock_offset_s"] is None else {"clock_offset_s": ctx["clock_offset_s"]}
            audit.record(s, self.actor, "import.imported", "recording", rec.id, path=str(cand.path),
                         sha256=stored.sha256, size=stored.size, media_kind=kind.media.value,
                         damage=damage.en if damage else None, deadline=due.status.value, **offset)
            rec_id = rec.id
        return ImportOutcome.IMPORTED, ItemResult(str(cand.path), stored.sha256, rec_id,
                                                  damage=str(damage) if damage else None)

def _recorded_at(stored: Path, cand: Candidate, container: str, size: int, tz: str) -> tuple[datetime, str]:
    """The file's own metadata first, then a date-time in its name, else its modification time."""
    found = formats.metadata_time(stored, container, size)
    if found is not None:
        return as_utc(found, tz), "metadata"
    found = formats.name_time(cand.path.name)
    if found is not None:
        return as_utc(found, tz), "file_name"
    return datetime.fromtimestamp(cand.mtime, timezone.utc), "modified_time"


def _not_media(path: Path) -> Text:
    ext = path.suffix.lower().lstrip(".")
    if ext in formats.VIDEO_EXT | formats.AUDIO_EXT | formats.PHOTO_EXT:
        return Text(f"文件扩展名为 .{ext}，但内容不是音像资料，未存入",
                    f"named .{ext} but the content is not a recording; not stored")
    return Text("不是音像资料（不是可识别的视频、音频或照片），未存入。文书材料请归入纸质案卷",
                "not a recording (no recognised video, audio or photo); not stored. "
                "Documents belong in the paper case file")


def import_paths(archive: Archive, actor: Actor, request: ImportRequest,
                 progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None) -> ImportReport:
    return Importer(archive, actor, request, progress, cancel).run()

"""Backup to a folder on separate media (SEC-06; 000§18(7), 001§18(5), 003§27(7)).

The database is copied with SQLite's online backup API while the program may be running; the
objects it refers to are then mirrored by hash: one already in the backup is not copied again,
a new one is copied under a temporary name, re-hashed from the destination disk and only then
renamed into place. The manifest is written last (see `backup_manifest`), so a backup cut short
by a full or removed drive, a cancel or a kill leaves the previous backup as it was, and the next
run picks up where this one stopped. Every run is a BackupRun row and two audit events.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

import portalocker
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session

from evidenceroom import __version__
from evidenceroom.core import audit, platform, profiles
from evidenceroom.core import backup_manifest as bm
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.db import schema_revision
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models import AuditEvent, Recording, Role, Snapshot
from evidenceroom.core.models.backup import BackupRun
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.vault import Cancelled
from evidenceroom.core.verify import kept_recordings

Progress = Callable[[int, int], None]  # bytes done, bytes to do
LOCK = "backup.lock"
BACKING_UP_ROLES = (Role.ADMINISTRATOR.value, Role.CLERK.value)


# The program's own backup at idle times does the custodian's routine work, so it acts in that role.
IDLE_BACKUP_ACTOR = Actor("EvidenceRoom（空闲时自动备份）", role=Role.CLERK.value)


@dataclass(frozen=True)
class BackupProblem:
    kind: str  # missing | altered | write
    sha256: str
    recording_id: int | None
    detail: Text

    def as_json(self) -> dict:
        return {"kind": self.kind, "sha256": self.sha256, "recording_id": self.recording_id,
                "detail": str(self.detail)}


@dataclass
class BackupReport:
    run_id: int
    destination: Path
    status: str = "running"
    objects_total: int = 0
    objects_copied: int = 0
    objects_present: int = 0
    bytes_copied: int = 0
    disposed_removed: int = 0  # originals of approved disposals taken out of the backup
    problems: list[BackupProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def as_json(self) -> dict:
        return {"ok": self.ok, "status": self.status, "run_id": self.run_id, "destination": str(self.destination),
                "objects_total": self.objects_total, "objects_copied": self.objects_copied,
                "objects_present": self.objects_present, "bytes_copied": self.bytes_copied,
                "disposed_removed": self.disposed_removed, "problems": [p.as_json() for p in self.problems]}


class BackupFailed(ArchiveError):
    """The destination could not be written (full, removed, failing); the previous backup is intact."""

    def __init__(self, zh: str, en: str, report: BackupReport):
        super().__init__(zh, en)
        self.report = report


@dataclass(frozen=True)
class _Item:
    area: str  # vault | derived
    sha256: str
    size: int
    recording_id: int | None
    snapshot_id: int | None = None


# --- the database copy (the SQLite-specific part) --------------------------------------------

def copy_database(db_path: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (online backup API), fsynced.

    Copied in one step, inside one read transaction: in WAL mode that sees one consistent state
    and does not block the writers, and a busy archive cannot make the copy start over and over."""
    src = sqlite3.connect(db_path, timeout=30)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    finally:
        dst.close()
        src.close()
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def _read_snapshot(db_file: Path) -> tuple[list[_Item], tuple[int, str] | None, str | None, bm.Identity, list[str]]:
    """What the database copy refers to: the objects to mirror, its audit head, its schema, and
    the originals an approved disposal has removed since (RET-08)."""
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with Session(engine) as s:
            sizes = dict(s.execute(select(Recording.id, Recording.size)).all())
            items = [_Item("vault", sha, sizes.get(rec_id, 0), rec_id) for rec_id, sha, _case in s.execute(kept_recordings())]
            for snap_id, rec_id, sha in s.execute(select(Snapshot.id, Snapshot.recording_id, Snapshot.sha256)
                                                  .order_by(Snapshot.id)):
                items.append(_Item("derived", sha, -1, rec_id, snap_id))
            last = s.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
            ident = bm.identity(s)
            disposed = list(s.scalars(select(Recording.sha256).where(Recording.disposed_at.is_not(None))))
        return items, (tuple(last) if last else None), schema_revision(engine), ident, disposed
    finally:
        engine.dispose()


# --- refusing a destination -----------------------------------------------------------------

def check_destination(archive: Archive, dest: Path) -> None:
    """Refuse, changing nothing, a folder this archive must not be backed up into."""
    dest = Path(dest)
    try:
        inside = dest.resolve().is_relative_to(archive.root.resolve())
    except OSError:
        inside = False
    if inside:
        raise ArchiveError(f"备份不能放在档案库文件夹 {archive.root} 之内，请选择另一块硬盘或网络共享上的文件夹。",
                           f"a backup cannot lie inside the archive folder {archive.root}; choose a folder on "
                           "another drive or a network share.")
    if dest.exists() and not dest.is_dir():
        raise ArchiveError(f"{dest} 不是文件夹。", f"{dest} is not a folder.")
    owner = bm.read_json(dest / bm.OWNER) if dest.is_dir() else None
    if owner is None:
        # The lock and work folder alone are what a first run stopped before its first write left.
        if dest.is_dir() and any(p.name not in (LOCK, bm.TMP) for p in dest.iterdir()):
            raise ArchiveError(
                f"{dest} 不是空文件夹，也不是本档案库的备份文件夹。请选择一个空文件夹或新文件夹，未作改动。",
                f"{dest} is neither empty nor a backup folder of this archive; choose an empty or new folder. "
                "Nothing was changed.")
        return
    with archive.session() as s:
        mine = bm.identity(s)
    bm.check_owner(dest, owner, mine)
    manifest = bm.read_json(dest / bm.MANIFEST)
    if manifest is not None:
        bm.check_versions(dest, manifest)


# --- the run --------------------------------------------------------------------------------

def backup(archive: Archive, actor: Actor, dest: Path, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> BackupReport:
    # Backups are the custodian's or an administrator's work (the Backup section's buttons say the same).
    require_role(actor, BACKING_UP_ROLES, "备份由保管员或系统管理员进行。",
                 "Backups are made by the custodian or an administrator.")
    dest = Path(dest)
    check_destination(archive, dest)
    try:
        dest.mkdir(parents=True, exist_ok=True)
        lock = open(dest / LOCK, "a+")
    except OSError as exc:
        raise ArchiveError(f"无法写入备份文件夹 {dest}：{exc}", f"cannot write to the backup folder {dest}: {exc}") from None
    try:
        portalocker.lock(lock, portalocker.LOCK_EX | portalocker.LOCK_NB)
    except portalocker.LockException:
        lock.close()
        raise ArchiveError(f"另一个备份正在写入 {dest}，请等它完成。",
                           f"another backup is being written to {dest}; wait for it to finish.") from None
    try:
        report = _start(archive, actor, dest)
        try:
            _run(archive, dest, report, progress, cancel)
        except Cancelled:
            _finish(archive, actor, report, "cancelled", "")
            raise
        except (OSError, sqlite3.Error) as exc:
            message = Text(
                f"备份未完成：无法写入 {dest}（{exc}）。上一次完整的备份完好；腾出空间或重新连接硬盘后再次备份，"
                "已复制的文件不会重复复制。",
                f"the backup did not finish: cannot write to {dest} ({exc}). The previous complete backup is "
                "intact; free some space or reconnect the drive and back up again: files already copied "
                "are not copied again.")
            _finish(archive, actor, report, "failed", message.en)
            raise BackupFailed(message.zh, message.en, report) from exc
        except BaseException as exc:
            # A fault nobody foresaw must not leave the run marked "running" for ever.
            _finish(archive, actor, report, "failed", f"the backup did not finish: {type(exc).__name__}: {exc}")
            raise
        _finish(archive, actor, report, "problems" if report.problems else "ok", "")
        return report
    finally:
        try:
            portalocker.unlock(lock)
        finally:
            lock.close()


def _start(archive: Archive, actor: Actor, dest: Path) -> BackupReport:
    with archive.transaction() as s:
        # We hold this destination's lock: a run to it still marked running was killed.
        s.execute(update(BackupRun).where(BackupRun.destination == str(dest), BackupRun.status == "running")
                  .values(status="interrupted", finished_at=utcnow()))
        run = BackupRun(destination=str(dest), started_at=utcnow(), status="running", objects_total=0,
                        objects_copied=0, objects_present=0, bytes_copied=0, problems=0, message="",
                        actor_user_id=actor.user_id, actor_name=actor.name)
        s.add(run)
        s.flush()
        audit.record(s, actor, "backup.started", "backup_run", run.id, destination=str(dest))
    return BackupReport(run.id, dest)


def _run(archive: Archive, dest: Path, report: BackupReport, progress: Progress | None,
         cancel: threading.Event | None) -> None:
    tmp = dest / bm.TMP
    tmp.mkdir(exist_ok=True)
    bm.clear_tmp(tmp)  # what a run cut short left; never counted as backed up
    if not (dest / bm.OWNER).exists():
        with archive.session() as s:
            ident = bm.identity(s)
        bm.write_json_atomically(dest / bm.OWNER, {"format": bm.FORMAT, **ident.as_json()}, tmp)
    db_part = tmp / "archive.db.part"
    copy_database(archive.db_path, db_part)
    db_sha = bm.hash_from_disk(db_part, cancel)
    items, head, schema, ident, disposed = _read_snapshot(db_part)
    report.objects_total = len(items)

    sources = {it.sha256: bm.object_path(archive.root, it.area, it.sha256) for it in items}
    todo = [it for it in items if not _already_there(dest, it)]
    report.objects_present = len(items) - len(todo)
    total = sum(sources[it.sha256].stat().st_size for it in todo if sources[it.sha256].is_file())
    done = 0
    if progress is not None:
        progress(0, total)
    for it in todo:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        source = sources[it.sha256]
        if not source.is_file():
            report.problems.append(_problem("missing", it))
            continue
        base = done

        def step(n: int, _base=base) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(min(done, total), total)

        result = bm.copy_verified(source, bm.object_path(dest, it.area, it.sha256), it.sha256, tmp, step, cancel)
        done = base + source.stat().st_size
        if result.ok:
            report.objects_copied += 1
            report.bytes_copied += result.size
        else:
            report.problems.append(_problem(result.reason, it))

    missing = {p.sha256 for p in report.problems}
    db_name = f"{bm.DB_DIR}/archive-{db_sha[:16]}.db"
    (dest / bm.DB_DIR).mkdir(exist_ok=True)
    os.replace(db_part, dest / db_name)
    bm.sync_dir(dest / bm.DB_DIR)
    manifest = {
        "format": bm.FORMAT, "format_version": bm.FORMAT_VERSION, **ident.as_json(),
        "schema_version": schema, "app_version": __version__, "created_at": utcnow().isoformat(),
        "backup_run_id": report.run_id,
        "database": {"file": db_name, "sha256": db_sha, "size": (dest / db_name).stat().st_size},
        "audit_head": {"seq": head[0], "hash": head[1]} if head else None,
        "objects": [{"area": it.area, "sha256": it.sha256, "size": bm.object_path(dest, it.area, it.sha256).stat().st_size,
                     "recording_id": it.recording_id, "snapshot_id": it.snapshot_id}
                    for it in items if it.sha256 not in missing],
        "problems": [p.as_json() | {"zh": p.detail.zh, "en": p.detail.en} for p in report.problems],
    }
    bm.write_json_atomically(dest / bm.MANIFEST, manifest, tmp)
    for old in (dest / bm.DB_DIR).glob("archive-*.db"):
        if old.name != Path(db_name).name:
            old.unlink()  # superseded by the manifest just written
    # A disposal clears the original everywhere the unit keeps it, its backup included; only once
    # the manifest that no longer lists it is in place.
    for sha in disposed:
        gone = bm.object_path(dest, "vault", sha)
        if gone.exists():
            platform.make_writable(gone)
            gone.unlink()
            report.disposed_removed += 1
    if progress is not None:
        progress(total, total)


def _already_there(dest: Path, it: _Item) -> bool:
    # Objects are renamed into the backup only after their read-back matched, so one that is there
    # with its size is complete; `verify_backup` re-reads them all when asked.
    path = bm.object_path(dest, it.area, it.sha256)
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return it.size < 0 or size == it.size


def _problem(kind: str, it: _Item) -> BackupProblem:
    what_zh = f"第 {it.recording_id} 号资料" + (f"的第 {it.snapshot_id} 号截图" if it.snapshot_id else "的存档文件")
    what_en = (f"snapshot {it.snapshot_id} of recording {it.recording_id}" if it.snapshot_id
               else f"the stored file of recording {it.recording_id}")
    if kind == "missing":
        text = Text(f"未备份：{what_zh}在档案库中不见了（{it.sha256[:12]}…）",
                    f"not backed up: {what_en} is missing from the archive ({it.sha256[:12]}…)")
    elif kind == "altered":
        text = Text(f"未备份：{what_zh}与登记的 SHA-256 不符（{it.sha256[:12]}…），请运行校验",
                    f"not backed up: {what_en} no longer matches its SHA-256 ({it.sha256[:12]}…); run Verify")
    else:
        text = Text(f"未备份：{what_zh}写入备份后读回不一致（{it.sha256[:12]}…），备份硬盘可能有故障",
                    f"not backed up: {what_en} did not read back correctly from the backup "
                    f"({it.sha256[:12]}…); the backup drive may be failing")
    return BackupProblem(kind, it.sha256, it.recording_id, text)


def _finish(archive: Archive, actor: Actor, report: BackupReport, status: str, message: str) -> None:
    report.status = status
    with archive.transaction() as s:
        run = s.get(BackupRun, report.run_id)
        run.status = status
        run.finished_at = utcnow()
        run.objects_total = report.objects_total
        run.objects_copied = report.objects_copied
        run.objects_present = report.objects_present
        run.bytes_copied = report.bytes_copied
        run.problems = len(report.problems)
        run.message = message
        audit.record(s, actor, "backup.finished", "backup_run", run.id, status=status,
                     destination=str(report.destination), objects_total=report.objects_total,
                     objects_copied=report.objects_copied, bytes_copied=report.bytes_copied,
                     disposed_removed=report.disposed_removed,
                     problems=[{"kind": p.kind, "recording_id": p.recording_id, "sha256": p.sha256}
                               for p in report.problems])


# --- when the next backup is due ------------------------------------------------------------

@dataclass(frozen=True)
class BackupReminder:
    due: bool
    last_good_at: datetime | None
    interval_days: int
    last_destination: str | None

    @property
    def text(self) -> Text:
        if self.last_good_at is None:
            return Text("档案库还没有备份过。请在“设置 → 备份”中备份到另一块硬盘。",
                        "The archive has never been backed up. Back it up to another drive in Settings → Backup.")
        days = (utcnow() - self.last_good_at).days
        return Text(f"上次完整备份是 {days} 天前，超过了规定的 {self.interval_days} 天。请在“设置 → 备份”中备份。",
                    f"The last complete backup was {days} days ago, more than the {self.interval_days} days "
                    "the policy allows. Back up in Settings → Backup.")


def reminder(archive: Archive, now: datetime | None = None) -> BackupReminder:
    """Is a backup due under the profile's `backup_interval_days`? For the main window's banner."""
    now = now or utcnow()
    with archive.session() as s:
        interval = profiles.active(s).backup_interval_days
        last = s.execute(select(BackupRun.finished_at, BackupRun.destination).where(BackupRun.status == "ok")
                         .order_by(BackupRun.finished_at.desc()).limit(1)).first()
    if last is None:
        return BackupReminder(True, None, interval, None)
    return BackupReminder(now - last[0] > timedelta(days=interval), last[0], interval, last[1])


@dataclass(frozen=True)
class RunRow:
    id: int
    destination: str
    started_at: datetime
    finished_at: datetime | None
    status: str
    objects_total: int
    objects_copied: int
    bytes_copied: int
    problems: int
    message: str
    actor_name: str


def recent_runs(archive: Archive, limit: int = 20) -> list[RunRow]:
    with archive.session() as s:
        runs = s.scalars(select(BackupRun).order_by(BackupRun.id.desc()).limit(limit)).all()
        return [RunRow(r.id, r.destination, r.started_at, r.finished_at, r.status, r.objects_total,
                       r.objects_copied, r.bytes_copied, r.problems, r.message, r.actor_name) for r in runs]

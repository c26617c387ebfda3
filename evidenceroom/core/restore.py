"""Restore a backup folder into an empty folder (SEC-06).

Every file is checked against the manifest as it is copied: the database by its hash, each
original and snapshot by its SHA-256, read back from the new disk. A missing or altered file is
named in the report and left out; everything sound is restored, and the restored archive records
the restore, with each problem, in its own audit chain. Nothing is ever restored silently: a
restore with problems says so, and `verify` of the restored archive names the same recordings.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import update

from evidenceroom.core import audit, db
from evidenceroom.core import backup_manifest as bm
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import DB_NAME, Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.backup import BACKING_UP_ROLES
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models.backup import BackupRun
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.vault import Cancelled

Progress = Callable[[int, int], None]  # bytes done, bytes to do


@dataclass(frozen=True)
class RestoreProblem:
    kind: str  # missing | altered | not_in_backup (the backup run itself could not take it)
    path: str  # the file in the backup folder
    sha256: str
    recording_id: int | None
    detail: Text

    def as_json(self) -> dict:
        return {"kind": self.kind, "path": self.path, "sha256": self.sha256, "recording_id": self.recording_id,
                "detail": str(self.detail)}


@dataclass
class RestoreReport:
    backup: Path
    target: Path
    unit_name: str = ""
    backup_created_at: str = ""
    restored: int = 0
    bytes_restored: int = 0
    problems: list[RestoreProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict:
        return {"ok": self.ok, "backup": str(self.backup), "target": str(self.target), "unit": self.unit_name,
                "backup_created_at": self.backup_created_at, "restored": self.restored,
                "bytes_restored": self.bytes_restored, "problems": [p.as_json() for p in self.problems]}


def read_backup(folder: Path) -> dict:
    """The manifest of a backup folder, refused if it is not one or is from a newer program."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArchiveError(f"找不到备份文件夹 {folder}。", f"there is no backup folder {folder}.")
    manifest = bm.read_json(folder / bm.MANIFEST)
    if manifest is None:
        if (folder / bm.OWNER).exists():
            raise ArchiveError(f"{folder} 中的第一次备份没有完成，无法恢复。",
                               f"the first backup into {folder} never finished; there is nothing to restore.")
        raise ArchiveError(f"{folder} 不是 EvidenceRoom 备份文件夹（没有 {bm.MANIFEST}）。",
                           f"{folder} is not an EvidenceRoom backup folder (it has no {bm.MANIFEST}).")
    bm.check_versions(folder, manifest)
    return manifest


def check_target(target: Path) -> None:
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ArchiveError(f"{target} 不是空文件夹。恢复只能写入一个空文件夹或新文件夹，未作改动。",
                           f"{target} is not empty. A restore only goes into an empty or new folder; "
                           "nothing was changed.")


def restore(backup_dir: Path, target: Path, actor: Actor, progress: Progress | None = None,
            cancel: threading.Event | None = None) -> RestoreReport:
    backup_dir, target = Path(backup_dir), Path(target)
    manifest = read_backup(backup_dir)
    check_target(target)
    created = not target.exists()
    report = RestoreReport(backup_dir, target, str(manifest.get("unit_name", "")), str(manifest.get("created_at", "")))
    try:
        target.mkdir(parents=True, exist_ok=True)
        _restore_files(backup_dir, target, manifest, report, progress, cancel)
    except BaseException:
        _undo(target, created)  # an unsound or cancelled restore leaves no half-made archive behind
        raise
    _record(target, actor, manifest, report)
    return report


def _restore_files(backup_dir: Path, target: Path, manifest: dict, report: RestoreReport,
                   progress: Progress | None, cancel: threading.Event | None) -> None:
    tmp = target / "vault" / "tmp"
    (target / "vault" / "objects").mkdir(parents=True)
    tmp.mkdir()
    database = manifest.get("database") or {}
    db_source = backup_dir / str(database.get("file", ""))
    objects = manifest.get("objects") or []
    total = int(database.get("size", 0)) + sum(int(o.get("size", 0)) for o in objects)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(min(done, total), total)

    if progress is not None:
        progress(0, total)
    if not db_source.is_file():
        raise ArchiveError(f"备份中的数据库文件 {db_source} 不见了，无法恢复；未建立档案库。",
                           f"the backup's database file {db_source} is missing; nothing can be restored "
                           "and no archive was made.")
    copied = bm.copy_verified(db_source, target / DB_NAME, str(database.get("sha256")), tmp, step, cancel)
    if not copied.ok:
        raise ArchiveError(f"备份中的数据库文件 {db_source} 与备份记录的 SHA-256 不符，无法恢复；未建立档案库。",
                           f"the backup's database file {db_source} does not match its SHA-256; nothing "
                           "can be restored and no archive was made.")
    from evidenceroom.core import platform

    platform.make_writable(target / DB_NAME)  # a database, unlike an original, is written to
    for obj in objects:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        area, sha = str(obj.get("area", "vault")), str(obj.get("sha256", ""))
        source = bm.object_path(backup_dir, area, sha)
        rec_id = obj.get("recording_id")
        if not source.is_file():
            report.problems.append(_problem("missing", source, sha, rec_id, obj.get("snapshot_id")))
            done += int(obj.get("size", 0))
            continue
        result = bm.copy_verified(source, bm.object_path(target, area, sha), sha, tmp, step, cancel)
        if result.ok:
            report.restored += 1
            report.bytes_restored += result.size
        else:
            report.problems.append(_problem("altered", source, sha, rec_id, obj.get("snapshot_id")))
    for earlier in manifest.get("problems") or []:
        # Files the backup itself could not take: their records are restored, their content is not.
        report.problems.append(RestoreProblem(
            "not_in_backup", "", str(earlier.get("sha256", "")), earlier.get("recording_id"),
            Text(str(earlier.get("zh", "")), str(earlier.get("en", "")))))
    head = manifest.get("audit_head")
    if head:
        audit.write_head(target / audit.HEAD_FILE, int(head["seq"]), str(head["hash"]))


def _what(rec_id, snap_id) -> tuple[str, str]:
    """A stored file named in a problem: a recording's original or one of its snapshots (zh, en)."""
    if snap_id:
        return f"第 {rec_id} 号资料的第 {snap_id} 号截图", f"snapshot {snap_id} of recording {rec_id}"
    return f"第 {rec_id} 号资料的原件", f"the original of recording {rec_id}"


def _problem(kind: str, source: Path, sha: str, rec_id, snap_id) -> RestoreProblem:
    what_zh, what_en = _what(rec_id, snap_id)
    if kind == "missing":
        text = Text(f"缺失：备份中{what_zh}的文件 {source} 不见了",
                    f"missing: the backup's file of {what_en}, {source}, is gone")
    else:
        text = Text(f"篡改：备份中{what_zh}的文件 {source} 与登记的 SHA-256 不符",
                    f"altered: the backup's file of {what_en}, {source}, does not match its SHA-256")
    return RestoreProblem(kind, str(source), sha, rec_id, text)


def _settle_the_backups_own_run(target: Path, run_id: int | None, manifest: dict) -> None:
    """The database was copied while the backup's own run was still going, so the copy holds it as
    running; the manifest has its outcome. Written before the archive is first opened, where a run
    still marked running would count as one killed with the program."""
    if not run_id:
        return
    engine = db.make_engine(target / DB_NAME)
    try:
        with engine.begin() as conn:
            conn.execute(update(BackupRun).where(BackupRun.id == run_id, BackupRun.status == "running").values(
                status="problems" if manifest.get("problems") else "ok", finished_at=utcnow(),
                objects_total=len(manifest.get("objects") or []) + len(manifest.get("problems") or [])))
    finally:
        engine.dispose()


def _record(target: Path, actor: Actor, manifest: dict, report: RestoreReport) -> None:
    """Open the restored archive (bringing an older schema up to date) and audit the restore."""
    run_id = manifest.get("backup_run_id")
    _settle_the_backups_own_run(target, run_id, manifest)
    with Archive.open(target) as archive, archive.transaction() as s:
        audit.record(s, actor, "backup.restored", "backup_run", run_id, backup=str(report.backup),
                     backup_created_at=report.backup_created_at, restored=report.restored, ok=report.ok,
                     problems=[{"kind": p.kind, "recording_id": p.recording_id, "sha256": p.sha256}
                               for p in report.problems])


def _undo(target: Path, created: bool) -> None:
    """Remove what this restore wrote; the folder itself only if the restore made it."""
    from evidenceroom.core import platform

    if not target.exists():
        return
    for path in sorted(target.rglob("*"), reverse=True):
        try:
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                platform.make_writable(path)
                path.unlink()
        except OSError:
            pass
    if created:
        try:
            target.rmdir()
        except OSError:
            pass


# --- bringing single files back into a live archive ----------------------------------------

@dataclass
class RepairReport:
    backup: Path
    restored: list[RestoreProblem] = field(default_factory=list)  # what was wrong and is now put right
    unrepaired: list[RestoreProblem] = field(default_factory=list)  # wrong here and not sound in the backup

    @property
    def ok(self) -> bool:
        return not self.unrepaired

    def as_json(self) -> dict:
        return {"ok": self.ok, "backup": str(self.backup), "restored": [p.as_json() for p in self.restored],
                "unrepaired": [p.as_json() for p in self.unrepaired]}


def repair_from_backup(archive: Archive, actor: Actor, backup_dir: Path, progress: Progress | None = None,
                       cancel: threading.Event | None = None) -> RepairReport:
    """Put back, from this archive's own backup, each original or snapshot that is missing from the
    vault or no longer matches its SHA-256 (SEC-06). An altered file is not deleted: it is moved to
    `quarantine/` beside the vault, as evidence of what happened to it."""
    from evidenceroom.core import platform
    from evidenceroom.core.models import Snapshot
    from evidenceroom.core.verify import kept_recordings, sha256_of
    from sqlalchemy import select

    # It moves files in the vault: only a person with the role, never a role-less caller.
    require_role(actor, BACKING_UP_ROLES, "从备份找回文件由保管员或系统管理员进行。",
                 "Files are put back from a backup by the custodian or an administrator.")
    backup_dir = Path(backup_dir)
    manifest = read_backup(backup_dir)
    with archive.session() as s:
        bm.check_owner(backup_dir, manifest, bm.identity(s))
        wanted = [("vault", sha, rec_id, None) for rec_id, sha, _case in s.execute(kept_recordings())]
        wanted += [("derived", sha, rec_id, snap_id) for snap_id, rec_id, sha in
                   s.execute(select(Snapshot.id, Snapshot.recording_id, Snapshot.sha256).order_by(Snapshot.id))]
    report = RepairReport(backup_dir)
    tmp = archive.vault.tmp
    quarantined: list[str] = []
    finished = False
    try:
        for n, (area, sha, rec_id, snap_id) in enumerate(wanted):
            if progress is not None:
                progress(n, len(wanted))
            here = bm.object_path(archive.root, area, sha)
            if here.is_file() and sha256_of(here, cancel) == sha:
                continue
            kind = "altered" if here.is_file() else "missing"
            source = bm.object_path(backup_dir, area, sha)
            if not source.is_file():
                report.unrepaired.append(_repair_problem(kind, here, sha, rec_id, snap_id, False))
                continue
            if kind == "altered":
                aside = archive.root / "quarantine" / f"{sha}.{utcnow().strftime('%Y%m%dT%H%M%S')}"
                aside.parent.mkdir(exist_ok=True)
                os.replace(here, aside)
                platform.fsync_dir(aside.parent)
                quarantined.append(str(aside.relative_to(archive.root)))
            copied = bm.copy_verified(source, here, sha, tmp, None, cancel)
            (report.restored if copied.ok else report.unrepaired).append(
                _repair_problem(kind, here, sha, rec_id, snap_id, copied.ok))
        if progress is not None:
            progress(len(wanted), len(wanted))
        finished = True
    finally:
        # Cancelled or failing half-way, what was already moved aside or put back is still audited.
        if finished or report.restored or report.unrepaired or quarantined:
            with archive.transaction() as s:
                audit.record(s, actor, "backup.files_restored", None, None, backup=str(backup_dir), ok=report.ok,
                             interrupted=not finished, quarantined=quarantined,
                             restored=[{"kind": p.kind, "recording_id": p.recording_id, "sha256": p.sha256}
                                       for p in report.restored],
                             unrepaired=[{"kind": p.kind, "recording_id": p.recording_id, "sha256": p.sha256}
                                         for p in report.unrepaired])
    return report


def _repair_problem(kind: str, here: Path, sha: str, rec_id, snap_id, fixed: bool) -> RestoreProblem:
    what_zh, what_en = _what(rec_id, snap_id)
    state_zh = "缺失" if kind == "missing" else "被改动"
    state_en = "was missing" if kind == "missing" else "was altered"
    if fixed:
        text = Text(f"{what_zh}{state_zh}，已从备份恢复，SHA-256 相符：{here}",
                    f"{what_en} {state_en}; restored from the backup with a matching SHA-256: {here}")
    else:
        text = Text(f"{what_zh}{state_zh}，备份中也没有完好的副本，未能恢复：{here}",
                    f"{what_en} {state_en}, and the backup holds no sound copy; not restored: {here}")
    return RestoreProblem(kind, str(here), sha, rec_id, text)


def check_backup(backup_dir: Path, progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None) -> list[RestoreProblem]:
    """Re-read a whole backup folder against its manifest (the drive may have aged since the
    files were written): each missing or altered file, and the database, named. Changes nothing."""
    from evidenceroom.core.verify import _hash_all

    backup_dir = Path(backup_dir)
    manifest = read_backup(backup_dir)
    objects = manifest.get("objects") or []
    database = manifest.get("database") or {}
    jobs = [(backup_dir / str(database.get("file", "")), str(database.get("sha256", "")))]
    jobs += [(bm.object_path(backup_dir, str(o.get("area", "vault")), str(o.get("sha256", ""))), str(o.get("sha256", "")))
             for o in objects]
    outcomes = _hash_all(jobs, progress, cancel)
    problems = []
    if outcomes[0] in ("missing", "altered"):
        problems.append(RestoreProblem(outcomes[0], str(jobs[0][0]), jobs[0][1], None, Text(
            f"备份中的数据库文件 {jobs[0][0]} {'不见了' if outcomes[0] == 'missing' else '与记录的 SHA-256 不符'}，这个备份无法恢复",
            f"the backup's database file {jobs[0][0]} is {'gone' if outcomes[0] == 'missing' else 'altered'}; "
            "this backup cannot be restored")))
    for obj, (path, sha), outcome in zip(objects, jobs[1:], outcomes[1:]):
        if outcome in ("missing", "altered"):
            problems.append(_problem(outcome, path, sha, obj.get("recording_id"), obj.get("snapshot_id")))
    return problems

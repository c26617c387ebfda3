"""Copies to a USB drive or a folder under a grant (ACC-06, 000§16, 002§18(4), 003§19, 003§21).

Only the custodian (or an administrator) copies, and only under an approved 复制 or 对外提供 grant
that is open and not revoked (the same rule as for discs, `discs.usable_grant`). The copy is a
new folder in the chosen place, never an existing one: a BagIt bag with the originals byte for
byte from the vault, `manifest-sha256.txt`, `recordings.csv` and `bag-info.txt`, so that
`evidenceroom disc verify <folder>` checks it years later with no archive. Every file written is
read back from the target and its SHA-256 compared with the one recorded at import.

The bag is written under `<name>_未完成` and renamed only when every file has been read back
correctly; a write error, a mismatch or a cancel removes it (or, if the drive is gone, leaves it
clearly named unfinished) and nothing is logged as a copy. A copy made is one audit event,
`copy.made`, naming the request, grant, recipient, medium, folder and each file with its size and
SHA-256: that event is the copy log. The written description (文字说明材料) is drawn by the
printing layer and is not part of a copy; it goes on evidence discs.
"""
from __future__ import annotations

import errno
import hashlib
import json
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from evidenceroom.core import audit, disc_bag as bag, platform
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_papers import recording_facts, recordings_csv
from evidenceroom.core.disc_staging import VaultFileAltered, write_synced
from evidenceroom.core.disc_verify import DiscProgress, ProgressCallback
from evidenceroom.core.discs import chosen_recordings, usable_grant
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Role
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.core.vault import Cancelled, copy_and_hash
from evidenceroom.core.verify import sha256_of

MEDIA = {"usb": ("U盘", "USB drive"), "folder": ("文件夹", "folder")}
ACTION = "copy.made"
UNFINISHED = "_未完成"
CHUNK = 1024 * 1024
# A mount point under one of these is a removable drive on Linux and macOS.
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")

# For tests: called with each file's path after it is written and before it is read back.
AfterWrite = Callable[[Path], None]


@dataclass(frozen=True)
class CopiedFile:
    recording_id: int
    name: str  # under data/ in the copy
    size: int
    sha256: str  # recorded at import, and read back from the target


@dataclass(frozen=True)
class CopyReport:
    folder: Path
    request_id: int
    grant_id: int
    recipient: str
    medium: str
    made_at: datetime
    made_by: str
    files: tuple[CopiedFile, ...]
    manifest_sha256: str

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


@dataclass(frozen=True)
class CopyLogEntry:
    seq: int
    at: datetime
    made_by: str
    request_id: int | None
    grant_id: int | None
    recipient: str
    medium: str
    folder: str
    files: tuple[CopiedFile, ...]


def guess_medium(target: Path | str) -> str:
    """"usb" for a removable drive's mount point (or a drive letter other than C:), else "folder"."""
    p = Path(target).resolve()
    text = p.as_posix() + "/"
    if any(text.startswith(root) for root in _REMOVABLE_ROOTS):
        return "usb"
    drive = p.drive.upper()
    return "usb" if drive and len(drive) == 2 and drive not in ("C:",) else "folder"


def folder_name(request_id: int, made_at_local: datetime) -> str:
    return f"证据复制_申请{request_id}_{made_at_local:%Y%m%d-%H%M%S}"


_DISC_WORDS = (("不能刻录光盘", "不能复制"), ("刻录光盘须经", "复制须经"), ("no disc can be made", "no copy can be made"),
               ("a disc needs", "a copy needs"))


def _grant(s, grant_id: int, now: datetime | None = None):
    """`discs.usable_grant`, the one rule for discs and copies, its refusal worded for a copy."""
    try:
        return usable_grant(s, grant_id, now)
    except ArchiveError as exc:
        zh, en = exc.text.zh, exc.text.en
        for disc_word, copy_word in _DISC_WORDS:
            zh, en = zh.replace(disc_word, copy_word), en.replace(disc_word, copy_word)
        raise ArchiveError(zh, en) from exc


def _check_target(target: Path) -> None:
    if not target.exists():
        raise ArchiveError(f"目标文件夹 {target} 不存在（U盘是否已插好？），未复制。",
                           f"The target folder {target} does not exist (is the USB drive plugged in?); nothing "
                           "was copied.")
    if not target.is_dir():
        raise ArchiveError(f"{target} 不是文件夹，未复制。", f"{target} is not a folder; nothing was copied.")


@dataclass(frozen=True)
class _Planned:
    recording_id: int
    source: Path
    name: str
    size: int
    sha256: str


class CopyMismatch(ArchiveError):
    def __init__(self, name: str, expected: str, actual: str):
        super().__init__(f"回读校验未通过：{name} 在目标上的哈希值与档案库中的不符（应为 {expected[:12]}…，实为 {actual[:12]}…）。"
                         "复制未完成，已写出的部分已删除。请换一个U盘或文件夹重试。",
                         f"Read-back check failed: {name} on the target does not match the vault ({expected[:12]}… "
                         f"expected, {actual[:12]}… found). The copy was not made and what was written was removed. "
                         "Try another drive or folder.")


def _write_bag(work: Path, files: list[_Planned], info: list[tuple[str, str]], csv_bytes: bytes,
               progress: ProgressCallback | None, cancel: threading.Event | None,
               after_write: AfterWrite | None) -> str:
    total = 2 * sum(f.size for f in files)  # written once, read back once
    done = 0

    def counter(phase: str, item: str) -> Callable[[int], None]:
        def on_bytes(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(DiscProgress(phase, done, total, item))
        return on_bytes

    data = work / bag.DATA
    data.mkdir(parents=True)
    manifest = []
    for f in files:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if not f.source.exists():
            raise ArchiveError(f"第 {f.recording_id} 号资料在档案库中的文件不见了，未复制。请立即运行完整性校验。",
                               f"Recording {f.recording_id}: its vault file is missing; nothing was copied. "
                               "Run an integrity check now.")
        dest = data / f.name
        digest, _ = copy_and_hash(f.source, dest, counter("stage", f.name), cancel)
        if digest != f.sha256:
            raise VaultFileAltered(f.recording_id, f.sha256, digest)
        if after_write is not None:
            after_write(dest)
        back = sha256_of(dest, cancel, counter("verify", f.name))  # what the target gives back
        if back != f.sha256:
            raise CopyMismatch(f.name, f.sha256, back)
        manifest.append((f.sha256, f"{bag.DATA}/{f.name}"))
    manifest_raw = bag.manifest_bytes(manifest)
    info = list(info) + [("Payload-Oxum", f"{sum(f.size for f in files)}.{len(files)}")]
    tags = {bag.BAGIT_TXT: bag.DECLARATION, bag.BAG_INFO: bag.bag_info_bytes(info), bag.MANIFEST: manifest_raw,
            bag.RECORDINGS_CSV: csv_bytes}
    for name, content in tags.items():
        write_synced(work / name, content)
    write_synced(work / bag.TAGMANIFEST,
                 bag.manifest_bytes([(hashlib.sha256(c).hexdigest(), n) for n, c in tags.items()]))
    for name, content in tags.items():  # the tag files are read back too
        if (work / name).read_bytes() != content:
            raise CopyMismatch(name, hashlib.sha256(content).hexdigest(), hashlib.sha256(
                (work / name).read_bytes()).hexdigest())
    platform.fsync_dir(data)
    platform.fsync_dir(work)
    return hashlib.sha256(manifest_raw).hexdigest()


def _discard(work: Path) -> None:
    """Remove a half-made copy; if the drive will not let it go, it keeps its unfinished name."""
    shutil.rmtree(work, ignore_errors=True)


def copy_to_folder(archive: Archive, actor, grant_id: int, recording_ids: list[int] | None, target: Path | str,
                   recipient: str, progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
                   *, medium: str | None = None, after_write: AfterWrite | None = None) -> CopyReport:
    """Copy the grant's recordings (or the chosen ones among them) into a new folder under `target`."""
    require_role(actor, (Role.CLERK.value, Role.ADMINISTRATOR.value), "复制由保管员制作，您没有复制的权限。",
                 "Copies are made by the custodian; you may not make one.")
    who = actor_of(actor)
    target = Path(target)
    medium = medium or guess_medium(target)
    if medium not in MEDIA:
        raise ArchiveError(f"无效的介质：{medium}（可选 usb、folder）。", f"Not a medium: {medium} (usb or folder).")
    now = utcnow()
    with archive.session() as s:
        grant = _grant(s, grant_id, now)
        req = grant.request
        recipient = " ".join((recipient or "").split()) or " ".join(
            x for x in (req.requester_name, req.requester_organisation) if x)
        recs = chosen_recordings(s, grant, recording_ids, ("复制", "copied"))
        tz = archive.unit(s).timezone
        unit_name = archive.unit(s).name
        files = [_Planned(r.id, archive.vault.path_for(r.sha256), bag.disc_file_name(r.id, r.original_name), r.size,
                          r.sha256) for r in recs]
        csv_bytes = recordings_csv([(r.id, recording_facts(r, f.name, tz)) for r, f in zip(recs, files)])
        request_id = req.id
    _check_target(target)
    need = sum(f.size for f in files) + 1024 * 1024
    free = shutil.disk_usage(target).free
    if free < need:
        raise ArchiveError(f"{target} 空间不足：需要约 {need / 1e6:.1f} MB，只有 {free / 1e6:.1f} MB，未复制。",
                           f"Not enough space on {target}: about {need / 1e6:.1f} MB needed, {free / 1e6:.1f} MB "
                           "free; nothing was copied.")
    name = folder_name(request_id, to_local(now, tz))
    final, n = target / name, 1
    while final.exists() or final.with_name(final.name + UNFINISHED).exists():
        n += 1
        final = target / f"{name}_{n}"
    work = final.with_name(final.name + UNFINISHED)
    try:
        work.mkdir()
    except OSError as exc:
        raise ArchiveError(f"无法在 {target} 中写入（{exc.strerror or exc}），未复制。请检查U盘是否写保护，或换一个文件夹。",
                           f"Cannot write in {target} ({exc.strerror or exc}); nothing was copied. Check whether "
                           "the drive is write-protected, or choose another folder.") from exc
    info = [("Source-Organization", unit_name), ("External-Identifier", final.name),
            ("External-Description", "执法音像资料复制件 / copy of enforcement recordings"),
            ("Request-Number", str(request_id)), ("Grant-Number", str(grant_id)), ("Recipient", recipient),
            ("Made-By", who.name), ("Made-At", to_local(now, tz).isoformat()),
            ("Bagging-Date", to_local(now, tz).date().isoformat())]
    try:
        manifest_sha = _write_bag(work, files, info, csv_bytes, progress, cancel, after_write)
        work.rename(final)
        platform.fsync_dir(target)
    except BaseException as exc:
        _discard(work)
        _audit_failure(archive, who, grant_id, final, files, exc)
        if isinstance(exc, OSError) and not isinstance(exc, ArchiveError):
            full = exc.errno == errno.ENOSPC
            raise ArchiveError(
                ("目标磁盘已满" if full else f"写入 {target} 时出错（{exc.strerror or exc}，U盘是否被拔出？）") +
                "，复制未完成，已写出的部分已删除。",
                ("The target disk is full" if full else f"Writing to {target} failed ({exc.strerror or exc}; was "
                 "the drive pulled out?)") + "; the copy was not made and what was written was removed.") from exc
        raise
    copied = tuple(CopiedFile(f.recording_id, f.name, f.size, f.sha256) for f in files)
    try:
        with archive.transaction() as s:
            grant = _grant(s, grant_id)  # revoked while copying: nothing is logged, the copy is removed
            audit.record(s, who, "copy.made", "access_grant", grant.id, request_id=request_id, grant_id=grant.id,
                         recipient=recipient, medium=medium, folder=str(final),
                         recordings=[f.recording_id for f in copied], manifest_sha256=manifest_sha,
                         files=[{"recording_id": f.recording_id, "name": f.name, "size": f.size,
                                 "sha256": f.sha256} for f in copied])
    except BaseException as exc:
        _discard(final)
        _audit_failure(archive, who, grant_id, final, files, exc)
        raise
    return CopyReport(final, request_id, grant_id, recipient, medium, now, who.name, copied, manifest_sha)


def _audit_failure(archive: Archive, who, grant_id: int, folder: Path, files: list[_Planned],
                   exc: BaseException) -> None:
    """An attempt that made no copy is still on the record, as an attempt (not in the copy log)."""
    if isinstance(exc, KeyboardInterrupt):
        return
    action = "copy.cancelled" if isinstance(exc, Cancelled) else "copy.failed"
    reason = str(exc.text.zh) if isinstance(exc, ArchiveError) else f"{type(exc).__name__}: {exc}"
    try:
        with archive.transaction() as s:
            audit.record(s, who, action, "access_grant", grant_id, grant_id=grant_id, folder=str(folder),
                         recordings=[f.recording_id for f in files], reason=reason)
    except Exception as audit_exc:  # the copy's own error is what the user must see
        exc.add_note(f"the failure could not be audited: {audit_exc}")


def copy_log(archive: Archive, limit: int = 200, grant_id: int | None = None) -> list[CopyLogEntry]:
    """The copies made, newest first, as the audit log records them."""
    q = select(AuditEvent).where(AuditEvent.action == ACTION).order_by(AuditEvent.seq.desc()).limit(limit)
    if grant_id is not None:
        q = q.where(AuditEvent.target_kind == "access_grant", AuditEvent.target_id == grant_id)
    out = []
    with archive.session() as s:
        for ev in s.scalars(q):
            d = json.loads(ev.details or "{}")
            files = tuple(CopiedFile(int(f.get("recording_id", 0)), f.get("name", ""), int(f.get("size", 0)),
                                     f.get("sha256", "")) for f in d.get("files", []) if isinstance(f, dict))
            out.append(CopyLogEntry(ev.seq, ev.at, ev.actor_name, d.get("request_id"), d.get("grant_id"),
                                    d.get("recipient", ""), d.get("medium", ""), d.get("folder", ""), files))
    return out

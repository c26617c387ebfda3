"""What a backup folder holds, and the careful copy both backup and restore make of each file.

A backup folder:

    evidenceroom-backup.json        the manifest of the last complete backup (replaced atomically)
    evidenceroom-backup-owner.json  which archive the folder belongs to (written before anything else)
    db/archive-<hash>.db            the database as of that backup (SQLite's online backup)
    vault/objects/ab/<sha256>       originals, read-only, each re-hashed after it was written
    derived/ab/<sha256>.png         snapshots (derived files with their own hash)
    tmp/                            work in progress; cleared at the start of the next run

The manifest is written last, under a temporary name, and renamed over the old one: until then
the previous backup's manifest and database are untouched, so a full or unplugged drive or a
killed program never leaves a backup that claims more than it holds.
"""
from __future__ import annotations

import errno
import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom import __version__
from evidenceroom.core import platform
from evidenceroom.core.archive import unit_row
from evidenceroom.core.db import SCHEMA_HEAD
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.vault import copy_and_hash

MANIFEST = "evidenceroom-backup.json"
OWNER = "evidenceroom-backup-owner.json"
FORMAT = "evidenceroom-backup"
FORMAT_VERSION = 1
DB_DIR = "db"
VAULT_OBJECTS = "vault/objects"
DERIVED = "derived"
TMP = "tmp"


@dataclass(frozen=True)
class Identity:
    """Which archive a backup belongs to: its unit, and the hash of its very first audit event,
    which no other archive shares even when two units have the same name."""

    archive_id: str
    unit_name: str
    unit_created_at: str

    def as_json(self) -> dict:
        return {"archive_id": self.archive_id, "unit_name": self.unit_name,
                "unit_created_at": self.unit_created_at}


def identity(session: Session) -> Identity:
    unit = unit_row(session)
    first = session.scalars(select(AuditEvent.hash).where(AuditEvent.seq == 1)).first() or ""
    return Identity(first, unit.name, unit.created_at.isoformat())


def object_path(root: Path, area: str, sha256: str) -> Path:
    """Where an object lies under an archive or backup folder: the same layout in both."""
    if area == "derived":
        return root / DERIVED / sha256[:2] / f"{sha256}.png"
    return root / VAULT_OBJECTS / sha256[:2] / sha256


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text or "0"))


def read_json(path: Path) -> dict | None:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ArchiveError(f"无法读取备份说明文件 {path}：{exc}", f"cannot read the backup file {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ArchiveError(f"{path} 不是 EvidenceRoom 备份说明文件。", f"{path} is not an EvidenceRoom backup file.")
    return data


def check_owner(folder: Path, owner: dict, mine: Identity) -> None:
    if owner.get("archive_id") != mine.archive_id:
        raise ArchiveError(
            f"{folder} 存放的是另一个档案库（{owner.get('unit_name', '?')}）的备份，未作改动。"
            "请为本单位的档案库选择它自己的备份文件夹。",
            f"{folder} holds the backup of another archive ({owner.get('unit_name', '?')}); nothing was "
            "changed. Choose a backup folder of this unit's own archive.")


def check_versions(folder: Path, manifest: dict) -> None:
    """A backup written by a newer program or schema is not touched or read by this one."""
    if manifest.get("format") != FORMAT:
        raise ArchiveError(f"{folder} 不是 EvidenceRoom 备份文件夹。", f"{folder} is not an EvidenceRoom backup folder.")
    schema = str(manifest.get("schema_version", ""))
    app = str(manifest.get("app_version", ""))
    if (int(manifest.get("format_version", 0)) > FORMAT_VERSION or _version_key(schema) > _version_key(SCHEMA_HEAD)
            or _version_key(app) > _version_key(__version__)):
        raise ArchiveError(
            f"{folder} 中的备份由更新版本的 EvidenceRoom 制作（程序 {app}，数据库结构 {schema}），本程序为 "
            f"{__version__}（结构 {SCHEMA_HEAD}）。请安装新版本；备份未作任何改动。",
            f"the backup in {folder} was made by a newer EvidenceRoom (program {app}, schema {schema}); this "
            f"program is {__version__} (schema {SCHEMA_HEAD}). Install the newer version; the backup was not changed.")


def sync_dir(path: Path) -> None:
    """Make renames in `path` durable where the file system can; a network share (SMB, NFS) may
    refuse to sync a directory, and its server commits the rename by itself."""
    try:
        platform.fsync_dir(path)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EISDIR, errno.EACCES):
            raise


def write_json_atomically(path: Path, data: dict, tmp_dir: Path) -> None:
    tmp_dir.mkdir(parents=True, exist_ok=True)
    part = tmp_dir / f"{path.name}.{uuid.uuid4().hex}.part"
    with open(part, "x", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(part, path)
    sync_dir(path.parent)


def hash_from_disk(path: Path, cancel=None) -> str:
    """Hash a file just written, from the disk rather than from what the page cache kept of it."""
    from evidenceroom.core.verify import sha256_of

    with open(path, "rb") as f:
        # After the fsync the pages are clean; this advice evicts them, so the read goes to the drive.
        platform.start_writeback(f.fileno(), 0, 0)
    return sha256_of(path, cancel)


@dataclass(frozen=True)
class Copied:
    ok: bool
    source_sha256: str  # what was read from the source
    size: int
    reason: str = ""  # altered (the source is not what it should be) | write (the copy did not read back)


def copy_verified(source: Path, target: Path, expected_sha256: str, tmp_dir: Path, progress=None,
                  cancel=None) -> Copied:
    """Copy to a temporary name, fsync, re-hash the copy from disk, make it read-only, rename.

    The target appears only when both the source read and the copy's read-back match
    `expected_sha256`; otherwise nothing is left behind."""
    tmp_dir.mkdir(parents=True, exist_ok=True)
    part = tmp_dir / f"{uuid.uuid4().hex}.part"
    try:
        digest, size = copy_and_hash(source, part, progress, cancel)
        if digest != expected_sha256:
            _unlink(part)
            return Copied(False, digest, size, "altered")
        if hash_from_disk(part, cancel) != expected_sha256:
            _unlink(part)
            return Copied(False, digest, size, "write")
        platform.make_read_only(part)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, target)
        sync_dir(target.parent)
        return Copied(True, digest, size)
    except BaseException:
        if part.exists():
            _unlink(part)
        raise


def _unlink(path: Path) -> None:
    try:
        platform.make_writable(path)
        path.unlink()
    except FileNotFoundError:
        pass


def clear_tmp(tmp_dir: Path) -> None:
    if tmp_dir.is_dir():
        for leftover in tmp_dir.iterdir():
            _unlink(leftover)


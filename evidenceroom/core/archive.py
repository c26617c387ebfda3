"""One archive folder: `archive.db` (SQLite), `audit.head`, and the vault.

Opening an archive brings its schema up to date and, when no other EvidenceRoom process has it
open, clears what an interrupted run left behind.
"""
from __future__ import annotations

import getpass
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

import portalocker
from platformdirs import user_data_path
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from evidenceroom.core import audit, db
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import ImportBatch, Role, Unit
from evidenceroom.core.models.backup import BackupRun
from evidenceroom.core.timeutil import DEFAULT_TIMEZONE, local_today, utcnow
from evidenceroom.core.vault import Vault

DB_NAME = "archive.db"
LOCK_NAME = "archive.lock"


def default_archive_dir() -> Path:
    return user_data_path("EvidenceRoom", appauthor=False) / "archive"


def cli_actor() -> Actor:
    """The command line acts with an administrator's role: whoever runs it holds the archive's files
    (it creates the archive and its accounts), so there is no lesser role to give it."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "?"
    return Actor(name=f"命令行 ({who})", role=Role.ADMINISTRATOR.value)


def unit_row(s: Session) -> Unit:
    """The unit the archive belongs to (an archive holds exactly one)."""
    return s.scalars(select(Unit).order_by(Unit.id).limit(1)).one()


def unit_timezone(s: Session) -> str:
    """The unit's time zone: the archive holds one unit."""
    return s.scalar(select(Unit.timezone).order_by(Unit.id).limit(1)) or DEFAULT_TIMEZONE


def unit_today(s: Session, now: datetime | None = None) -> date:
    """The calendar day it is in the unit's time zone."""
    return local_today(unit_timezone(s), now)


class Archive:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.db_path = self.root / DB_NAME
        self.head_path = self.root / audit.HEAD_FILE
        self.vault = Vault(self.root / "vault")
        self.engine = None
        self._sessions = None
        self._lock_file = None
        self.recovered: list[str] = []

    # --- opening ---------------------------------------------------------------------------

    @staticmethod
    def exists(root: Path) -> bool:
        return (Path(root) / DB_NAME).is_file()

    @classmethod
    def create(cls, root: Path, unit_name: str, timezone: str = DEFAULT_TIMEZONE,
               actor: Actor | None = None) -> "Archive":
        root = Path(root)
        if not unit_name.strip():
            raise ArchiveError("单位名称不能为空。", "The unit name must not be empty.")
        if cls.exists(root):
            raise ArchiveError(f"{root} 已经是一个档案库，未作改动。",
                               f"{root} already holds an archive; nothing was changed.")
        if root.exists() and any(root.iterdir()):
            raise ArchiveError(f"{root} 不是空文件夹，请选择一个空文件夹或新文件夹作为档案库。",
                               f"{root} is not empty; choose an empty or new folder for the archive.")
        root.mkdir(parents=True, exist_ok=True)
        archive = cls(root)
        archive.vault.create()
        archive._open()
        with archive.session() as s, s.begin():
            unit = Unit(name=unit_name.strip(), timezone=timezone, created_at=utcnow())
            s.add(unit)
            s.flush()
            audit.record(s, actor or cli_actor(), "archive.created", "unit", unit.id,
                         unit=unit.name, timezone=timezone)
        return archive

    @classmethod
    def open(cls, root: Path) -> "Archive":
        root = Path(root)
        if not cls.exists(root):
            raise ArchiveError(
                f"{root} 中没有档案库。请先建立：evidenceroom --archive \"{root}\" init --unit 单位名称",
                f"There is no archive in {root}. Create one first: "
                f"evidenceroom --archive \"{root}\" init --unit NAME",
            )
        archive = cls(root)
        archive._open()
        return archive

    def _open(self) -> None:
        self._lock_file = open(self.root / LOCK_NAME, "a+")
        exclusive = True
        try:
            portalocker.lock(self._lock_file, portalocker.LOCK_EX | portalocker.LOCK_NB)
        except portalocker.LockException:
            exclusive = False
        self.engine = db.make_engine(self.db_path)
        self._sessions = db.session_factory(self.engine)
        try:
            if exclusive:
                db.upgrade(self.engine, self.db_path, self.root / "backups")
                self._recover()
            elif db.schema_revision(self.engine) is None:
                raise ArchiveError("档案库正被另一个程序建立，请稍后再试。",
                                   "The archive is being created by another program; try again shortly.")
            else:
                db.upgrade_needed_check(self.engine)
        except BaseException:
            self.close()
            raise
        if exclusive:
            portalocker.unlock(self._lock_file)
        # Shared while open: a later process sees us and leaves our unfinished files alone.
        portalocker.lock(self._lock_file, portalocker.LOCK_SH)

    def _recover(self) -> None:
        for leftover in self.vault.clean_leftovers():
            self.recovered.append(f"removed unfinished vault file {leftover.name}")
        for leftover in Vault(self.root / "derived").clean_leftovers():
            self.recovered.append(f"removed unfinished derived file {leftover.name}")
        with self.session() as s, s.begin():
            audit.bring_head_forward(s, self.head_path)
            running = s.scalars(select(ImportBatch).where(ImportBatch.status == "running")).all()
            for batch in running:
                audit.record(s, Actor("EvidenceRoom"), "import.interrupted", "import_batch", batch.id)
                self.recovered.append(f"import batch {batch.id} was interrupted")
            if running:
                s.execute(update(ImportBatch).where(ImportBatch.id.in_([b.id for b in running]))
                          .values(status="interrupted", finished_at=utcnow()))
            # No other program has the archive open, so no backup is running: one still marked
            # running was killed, whatever folder it was writing to (its previous backup stays good).
            runs = s.scalars(select(BackupRun).where(BackupRun.status == "running")).all()
            for run in runs:
                run.status, run.finished_at = "interrupted", utcnow()
                audit.record(s, Actor("EvidenceRoom"), "backup.finished", "backup_run", run.id, status="interrupted",
                             destination=run.destination)
                self.recovered.append(f"backup run {run.id} was interrupted")

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        if self._lock_file is not None:
            try:
                portalocker.unlock(self._lock_file)
            finally:
                self._lock_file.close()
                self._lock_file = None

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- sessions --------------------------------------------------------------------------

    def session(self) -> Session:
        s = self._sessions()
        audit.bind_head_file(s, self.head_path)
        return s

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self.session() as s, s.begin():
            yield s

    def unit(self, s: Session) -> Unit:
        return unit_row(s)

    def today(self) -> date:
        """The calendar day it is in the unit's time zone (not the computer's)."""
        with self.session() as s:
            return unit_today(s)

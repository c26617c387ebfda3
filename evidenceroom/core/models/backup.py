"""Backups and scheduled integrity checks: each run, its destination and its result."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from evidenceroom.core.models import Base


class BackupRun(Base):
    """One backup to a folder (an external drive or a network share), whatever its outcome.

    `status`: running, ok (every object copied and re-hashed), problems (the backup is complete
    but some originals could not be backed up as recorded), failed (destination full, removed or
    refused), cancelled. A run left `running` by a killed program is marked interrupted when the archive is next opened
    by a program alone (or by the next run to the same folder).
    """

    __tablename__ = "backup_run"
    __table_args__ = (Index("ix_backup_run_started_at", "started_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    destination: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20))
    objects_total: Mapped[int] = mapped_column(Integer, default=0)
    objects_copied: Mapped[int] = mapped_column(Integer, default=0)
    objects_present: Mapped[int] = mapped_column(Integer, default=0)  # already there from an earlier run
    bytes_copied: Mapped[int] = mapped_column(BigInteger, default=0)
    problems: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(Text, default="")
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(200))


class IntegrityCheck(Base):
    """One verification run (ARC-04): from the menu, the command line, or at an idle time."""

    __tablename__ = "integrity_check"
    __table_args__ = (Index("ix_integrity_check_started_at", "started_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    trigger: Mapped[str] = mapped_column(String(20))  # manual | idle | cli
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    checked: Mapped[int] = mapped_column(Integer, default=0)
    audit_events: Mapped[int] = mapped_column(Integer, default=0)
    problem_count: Mapped[int] = mapped_column(Integer, default=0)
    problems: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {kind, recording_id, path, zh, en}
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(200))

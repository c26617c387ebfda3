"""Engine, sessions, SQLite pragmas and schema migrations on open.

The only SQLite-specific code of the project lives here, so that PostgreSQL stays possible.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from evidenceroom.core.errors import ArchiveError

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy drive transactions; we emit BEGIN IMMEDIATE ourselves below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Take the write lock at the start: the audit chain reads its head and appends in one
        # transaction, and two writers must never both see the same head.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _check_known(script: ScriptDirectory, current: str | None, head: str | None) -> None:
    if current is None:
        return
    try:
        script.get_revision(current)
    except CommandError:
        raise ArchiveError(
            f"这个档案库由更新版本的 EvidenceRoom 建立（数据库结构 {current}），本程序只认识到 {head}。"
            "请安装新版本后再打开；档案库未作任何改动。",
            f"This archive was made by a newer EvidenceRoom (schema {current}); this program knows "
            f"up to {head}. Install the newer version; the archive was not changed.",
        ) from None


def upgrade_needed_check(engine: Engine) -> None:
    """For a process that shares the archive with another: it may not migrate, only refuse."""
    script = ScriptDirectory.from_config(_alembic_config(engine))
    head = script.get_current_head()
    current = schema_revision(engine)
    _check_known(script, current, head)
    if current != head:
        raise ArchiveError(
            "档案库需要升级数据库结构，但另一个 EvidenceRoom 程序正在使用它。请先关闭其他窗口再打开。",
            "The archive's schema needs an upgrade, but another EvidenceRoom program has it open. "
            "Close the other windows first.",
        )


def upgrade(engine: Engine, db_path: Path, backups: Path) -> None:
    """Bring the schema to this program's head; refuse a schema newer than we know.

    Before changing an existing schema, the database is copied aside (SQLite's online backup),
    so a failed migration can never cost the archive.
    """
    cfg = _alembic_config(engine)
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    current = schema_revision(engine)
    if current == head:
        return
    _check_known(script, current, head)
    if current is not None:
        backups.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backups / f"archive-before-upgrade-{current}-{stamp}.db"
        src = sqlite3.connect(db_path)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    command.upgrade(cfg, "head")

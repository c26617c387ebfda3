"""Engine, sessions, SQLite pragmas and schema migrations on open.

The only SQLite-specific code of the project lives here, so that PostgreSQL stays possible.
"""
from __future__ import annotations

import json
import sqlite3
import weakref
from datetime import datetime
from pathlib import Path

from sqlalchemy import (Connection, Engine, Integer, Select, any_, bindparam, column, create_engine, event,
                        func, inspect, literal_column, or_, select, table, values)
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.orm import Session, sessionmaker

from evidenceroom.core.errors import ArchiveError

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest migration in migrations/versions (a test keeps the two equal). Knowing it here lets
# an archive at the current schema open without loading Alembic, which costs a quarter second.
SCHEMA_HEAD = "0012"


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


def _alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _scripts(engine: Engine):
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(engine))


def _check_known(script, current: str | None, head: str | None) -> None:
    from alembic.util.exc import CommandError

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
    current = schema_revision(engine)
    if current == SCHEMA_HEAD:
        return
    script = _scripts(engine)
    head = script.get_current_head()
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
    current = schema_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command

    cfg = _alembic_config(engine)
    script = _scripts(engine)
    head = script.get_current_head()
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


# --- searching text --------------------------------------------------------------------------
# SQLite's LIKE ignores the case of ASCII letters by itself; elsewhere both sides are lowered.
# On SQLite, migration 0003 made trigram indexes (FTS5) of recordings' file names and of case
# numbers and titles; they find a part of three characters or more without reading every row.
# In the file-name index's LIKE, `_` and `%` in the part act as wildcards, so an answer for such
# a part is checked again with the exact, escaped LIKE.

TRIGRAM = 3
FILE_NAME_INDEX = "recording_name_fts"
CASE_INDEX = "case_file_fts"
_file_name_index = table(FILE_NAME_INDEX, column("rowid"), column("original_name"))
_case_index = table(CASE_INDEX, column("rowid"))
_has_index: "weakref.WeakKeyDictionary[Engine, dict[str, bool]]" = weakref.WeakKeyDictionary()


def contains_text(session: Session, column_, term: str) -> ColumnElement[bool]:
    """`column_` contains `term` (taken literally, ignoring letter case)."""
    if _dialect(session) == "sqlite":
        return column_.contains(term, autoescape=True)
    return column_.icontains(term, autoescape=True)


def file_name_ids(session: Session, id_column, name_column, term: str) -> Select:
    """The ids of recordings whose original file name contains `term`: from the file-name index
    where there is one, else by reading the names (PostgreSQL, a SQLite without FTS5)."""
    exact = contains_text(session, name_column, term)
    if len(term) < TRIGRAM or not _index_exists(session, FILE_NAME_INDEX):
        return select(id_column).where(exact)
    found = select(_file_name_index.c.rowid).where(_file_name_index.c.original_name.like(f"%{term}%"))
    if "%" in term or "_" in term:
        return select(id_column).where(id_column.in_(found), exact)
    return found


def case_contains(session: Session, id_column, number_column, title_column, term: str) -> ColumnElement[bool]:
    """A case's number or title contains `term`: looked up in the case index where there is one."""
    if len(term) < TRIGRAM or not _index_exists(session, CASE_INDEX):
        return or_(contains_text(session, number_column, term), contains_text(session, title_column, term))
    # The case index keeps positions: a phrase of the term's trigrams is exactly the substring.
    phrase = '"' + term.replace('"', '""') + '"'
    return id_column.in_(select(_case_index.c.rowid).where(literal_column(CASE_INDEX).op("MATCH")(phrase)))


SHORT_LIST = 500


def id_in(session: Session, expression, ids: list[int]) -> ColumnElement[bool]:
    """`expression` is one of `ids`, however many: a long list goes to the database as one value
    (a JSON array on SQLite, an array on PostgreSQL) rather than one parameter per id."""
    if len(ids) <= SHORT_LIST:
        return expression.in_(ids)
    if _dialect(session) == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        return expression == any_(bindparam(None, ids, type_=ARRAY(Integer)))
    return expression.in_(select(id_rows(session, ids).c.value))


def id_rows(session: Session, ids: list[int]):
    """`ids` as a table of one column, `value`, to join or correlate with."""
    dialect = _dialect(session)
    if dialect == "sqlite":
        return func.json_each(json.dumps(ids)).table_valued(column("value", Integer)).alias("ids")
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        return func.unnest(bindparam(None, ids, type_=ARRAY(Integer))).table_valued(
            column("value", Integer)).render_derived(name="ids")
    return values(column("value", Integer), name="ids").data([(i,) for i in ids])


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _index_exists(session: Session, name: str) -> bool:
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    if engine.dialect.name != "sqlite":
        return False
    known = _has_index.setdefault(engine, {})
    if name not in known:
        known[name] = inspect(session.connection()).has_table(name)
    return known[name]

"""Creating and opening an archive: schema migrations, refusals that change nothing, SQLite set-up,
and what an interrupted run left behind."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from evidenceroom.core import audit, db
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Base, ImportBatch, Recording, Unit
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.verify import verify
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError


def _alembic(engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(db.MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_alembic(None))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version(db_path: Path) -> str:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


# --- creating ---------------------------------------------------------------------------------------

def test_a_new_archive_is_at_the_latest_schema_revision(archive, archive_dir):
    head = _script().get_current_head()
    assert db.schema_revision(archive.engine) == head
    assert _version(archive_dir / "archive.db") == head


def test_a_new_archive_has_every_table_and_column_of_the_models(archive):
    with archive.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    missing = [d for d in diffs if isinstance(d, tuple) and d[0] in ("add_table", "add_column")]
    assert missing == []


def test_a_new_archive_records_its_unit_and_its_creation(archive, archive_dir, rows):
    units = rows(archive, Unit)
    assert [(u.name, u.timezone) for u in units] == [("测试市水务局", "Asia/Shanghai")]
    events = rows(archive, AuditEvent)
    assert [(e.seq, e.action, e.target_id) for e in events] == [(1, "archive.created", units[0].id)]
    assert audit.read_head(archive_dir / "audit.head") == (1, events[0].hash)
    assert (archive_dir / "vault" / "objects").is_dir()


def test_creating_an_archive_in_a_folder_that_is_not_empty_is_refused(tmp_path):
    folder = tmp_path / "我的 文档"
    folder.mkdir()
    (folder / "报告.docx").write_bytes(b"PK\x03\x04 a document")
    with pytest.raises(ArchiveError) as err:
        Archive.create(folder, "测试市水务局")
    assert "不是空文件夹" in err.value.text.zh and "not empty" in err.value.text.en
    assert sorted(p.name for p in folder.iterdir()) == ["报告.docx"]


def test_creating_an_archive_where_one_already_is_is_refused_and_changes_nothing(archive, archive_dir):
    archive.close()
    before = _digest(archive_dir / "archive.db")
    with pytest.raises(ArchiveError) as err:
        Archive.create(archive_dir, "另一个单位")
    assert "already holds an archive" in err.value.text.en
    assert _digest(archive_dir / "archive.db") == before


def test_creating_an_archive_without_a_unit_name_is_refused(tmp_path):
    with pytest.raises(ArchiveError):
        Archive.create(tmp_path / "新库", "   ")
    assert not (tmp_path / "新库").exists()


# --- opening ----------------------------------------------------------------------------------------

def test_opening_a_folder_without_an_archive_names_the_init_command(tmp_path):
    folder = tmp_path / "空 文件夹"
    folder.mkdir()
    with pytest.raises(ArchiveError) as err:
        Archive.open(folder)
    assert "init --unit" in err.value.text.zh and "init --unit" in err.value.text.en
    assert str(folder) in err.value.text.zh
    assert list(folder.iterdir()) == []


def test_an_archive_from_a_newer_program_is_refused_and_its_database_left_unchanged(
        archive, archive_dir, sql):
    archive.close()
    sql("UPDATE alembic_version SET version_num = '9999'")
    db_file = archive_dir / "archive.db"
    before = _digest(db_file)
    names_before = sorted(p.name for p in archive_dir.iterdir())

    with pytest.raises(ArchiveError) as err:
        Archive.open(archive_dir)

    assert "newer" in err.value.text.en and "更新版本" in err.value.text.zh
    assert "9999" in err.value.text.en
    assert _digest(db_file) == before
    assert _version(db_file) == "9999"
    assert sorted(p.name for p in archive_dir.iterdir()) == names_before  # no backup made either


def test_a_refused_open_releases_the_archive_so_it_can_be_opened_once_fixed(archive, archive_dir, sql, reopen):
    head = _script().get_current_head()
    archive.close()
    sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(ArchiveError):
        Archive.open(archive_dir)
    sql("UPDATE alembic_version SET version_num = ?", head)
    again = reopen()
    assert again.recovered == []  # it got the exclusive lock: nothing else holds the archive
    assert db.schema_revision(again.engine) == head


def test_an_archive_at_an_older_schema_is_upgraded_on_open_after_a_backup(
        archive, archive_dir, clerk, reopen):
    script = _script()
    head = script.get_current_head()
    base = script.get_base()
    assert base != head
    archive.close()
    engine = db.make_engine(archive_dir / "archive.db")
    try:
        command.downgrade(_alembic(engine), base)
        assert db.schema_revision(engine) == base
    finally:
        engine.dispose()

    again = reopen()

    assert db.schema_revision(again.engine) == head
    backups = list((archive_dir / "backups").glob(f"archive-before-upgrade-{base}-*.db"))
    assert len(backups) == 1
    assert _version(backups[0]) == base
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("SELECT name FROM unit").fetchall() == [("测试市水务局",)]
    finally:
        con.close()
    with again.session() as s:
        assert again.unit(s).name == "测试市水务局"
    assert verify(again, clerk).ok


def test_wal_journal_and_foreign_keys_are_on_for_every_connection(archive):
    with archive.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_row_pointing_at_nothing_is_refused_by_the_database(archive):
    now = utcnow()
    with pytest.raises(IntegrityError):
        with archive.transaction() as s:
            s.add(Recording(sha256="0" * 64, size=1, media_kind="video", original_name="x.mp4",
                            extension="mp4", source_path="/x.mp4", batch_id=999, recorded_at=now,
                            recorded_at_source="modified_time", imported_at=now, deadline_status="unknown"))
    with archive.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM recording")).scalar() == 0


def test_an_import_left_running_is_marked_interrupted_on_the_next_open(archive, clerk, reopen, rows):
    with archive.transaction() as s:
        batch = ImportBatch(started_at=utcnow(), actor_name=clerk.name, sources="/media/card", status="running")
        s.add(batch)
        s.flush()
        audit.record(s, clerk, "import.started", "import_batch", batch.id)
        batch_id = batch.id
    archive.close()

    again = reopen()

    (batch,) = rows(again, ImportBatch)
    assert (batch.id, batch.status) == (batch_id, "interrupted")
    assert batch.finished_at is not None
    last = rows(again, AuditEvent)[-1]
    assert (last.action, last.target_kind, last.target_id) == ("import.interrupted", "import_batch", batch_id)
    assert any(str(batch_id) in note and "interrupted" in note for note in again.recovered)
    assert verify(again, clerk).ok


def test_a_finished_import_is_left_as_it_is_on_the_next_open(archive, clips, clerk, reopen, rows):
    from evidenceroom.core.ingest import ImportRequest, import_paths

    import_paths(archive, clerk, ImportRequest(paths=[clips["wav"]]))
    events_before = len(rows(archive, AuditEvent))
    archive.close()
    again = reopen()
    assert [b.status for b in rows(again, ImportBatch)] == ["finished"]
    assert len(rows(again, AuditEvent)) == events_before
    assert again.recovered == []


def test_the_schema_head_named_in_code_is_the_newest_migration(archive):
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db._alembic_config(archive.engine))
    assert db.SCHEMA_HEAD == script.get_current_head()

"""Migration 0007 on an archive that already has devices with footage filed against them."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from evidenceroom.core import db


def test_0007_adds_the_register_columns_to_devices_that_footage_points_at(tmp_path: Path):
    path = tmp_path / "旧 档案" / "archive.db"
    path.parent.mkdir()
    engine = db.make_engine(path)
    cfg = db._alembic_config(engine)
    command.upgrade(cfg, "0006")
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("INSERT INTO unit (id, name, timezone, created_at) VALUES (1, '测试', 'Asia/Shanghai', '2025-01-01')")
        con.execute("INSERT INTO department (id, unit_id, name) VALUES (1, 1, '执法大队')")
        con.execute("INSERT INTO device (id, kind, serial, model, created_at) VALUES (7, 'body_camera', 'DSJ-07', "
                    "'V9', '2025-01-01 00:00:00')")
        con.execute("INSERT INTO import_batch (id, started_at, actor_name, device_id, sources, status) "
                    "VALUES (1, '2025-01-02 00:00:00', '保管员', 7, '', 'finished')")
    command.upgrade(cfg, "0007")
    assert db.schema_revision(engine) == "0007"
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT serial, state, make, features, notes, department_id FROM device").fetchall() == [
            ("DSJ-07", "in_store", "", "", "", None)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        refs = {(r[2], r[3]) for r in con.execute("PRAGMA foreign_key_list(device)")}
        assert refs == {("department", "department_id"), ("person", "custodian_id"), ("person", "holder_id"),
                        ("device", "replaces_id")}
    engine.dispose()

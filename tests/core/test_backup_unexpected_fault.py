"""A backup run that meets a fault nobody foresaw is finished as "failed" with the reason, never
left "running"; the destination's lock is released, so the next run goes ahead."""
from __future__ import annotations

import json

import pytest
from evidenceroom.core import backup as backups
from evidenceroom.core.backup import backup
from evidenceroom.core.demo import write_tone
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.models.backup import BackupRun


def test_an_unexpected_error_mid_run_finishes_the_run_as_failed_and_the_next_run_works(
        archive, tmp_path, clerk, rows, monkeypatch):
    card = tmp_path / "卡"
    card.mkdir()
    write_tone(card / "REC20261128_100000.WAV", 300, 1.0, 8000)
    import_paths(archive, clerk, ImportRequest(paths=[card]))
    dest = tmp_path / "移动硬盘" / "备份"

    def broken(*_args, **_kwargs):  # stands in for a bug in the run, not for a part of the machine
        raise RuntimeError("快照读取出错")

    with monkeypatch.context() as m:
        m.setattr(backups, "_read_snapshot", broken)
        with pytest.raises(RuntimeError):
            backup(archive, clerk, dest)

    [run] = rows(archive, BackupRun)
    assert run.status == "failed" and run.finished_at is not None
    assert "RuntimeError" in run.message and "快照读取出错" in run.message
    finished = [e for e in rows(archive, AuditEvent) if e.action == "backup.finished"]
    assert [json.loads(e.details)["status"] for e in finished] == ["failed"]

    assert backup(archive, clerk, dest).ok
    assert [r.status for r in rows(archive, BackupRun)] == ["failed", "ok"]

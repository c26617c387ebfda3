"""Verify hashes several files at once (ARC-04): it still finds each altered and missing file,
reports progress through every recording, stops on cancel, and records each run as an
IntegrityCheck row alongside its audit event."""
from __future__ import annotations

import json
import os
import stat
import threading

import pytest
from evidenceroom.core import verify as verify_module
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Recording
from evidenceroom.core.models.backup import IntegrityCheck
from evidenceroom.core.vault import Cancelled
from evidenceroom.core.verify import WORKERS, verify
from sqlalchemy import select

from tests.core.test_backup import tones

CASE = "浙水罚〔2026〕33号"


@pytest.fixture
def many(archive, tmp_path, clerk):
    import_paths(archive, clerk, ImportRequest(paths=[tones(tmp_path / "卡", 10)], case_no=CASE))
    with archive.session() as s:
        return list(s.execute(select(Recording.id, Recording.sha256).order_by(Recording.id)))


def test_hashing_uses_more_than_one_thread_at_once(archive, many, clerk, monkeypatch):
    assert WORKERS >= 2
    running, peak, lock = set(), [0], threading.Lock()
    real = verify_module.sha256_of

    def watched(path, cancel=None):
        with lock:
            running.add(threading.get_ident())
            peak[0] = max(peak[0], len(running))
        try:
            threading.Event().wait(0.05)  # long enough for the other threads to start theirs
            return real(path, cancel)
        finally:
            with lock:
                running.discard(threading.get_ident())

    monkeypatch.setattr(verify_module, "sha256_of", watched)
    assert verify(archive, clerk).ok
    assert peak[0] >= 2


def test_an_altered_file_and_a_missing_file_are_both_found_among_many(archive, many, clerk):
    (gone_id, gone_sha), (bad_id, bad_sha) = many[3], many[7]
    archive.vault.path_for(gone_sha).unlink()
    bad = archive.vault.path_for(bad_sha)
    os.chmod(bad, stat.S_IRUSR | stat.S_IWUSR)
    with open(bad, "r+b") as f:
        f.seek(64)
        f.write(b"\x55")
    os.chmod(bad, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)

    report = verify(archive, clerk)
    assert [(p.kind, p.recording_id) for p in report.problems] == [("missing", gone_id), ("altered", bad_id)]
    assert report.checked == 9


def test_progress_counts_every_recording_once_and_ends_at_the_total(archive, many, clerk):
    seen = []
    verify(archive, clerk, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 10) for n in range(11)]


def test_cancel_stops_the_run_and_records_nothing(archive, many, clerk, rows):
    cancel = threading.Event()

    def progress(done, total):
        if done >= 2:
            cancel.set()

    with pytest.raises(Cancelled):
        verify(archive, clerk, progress=progress, cancel=cancel)
    assert rows(archive, IntegrityCheck) == []
    assert "verify.run" not in [e.action for e in rows(archive, AuditEvent)]


def test_each_run_is_an_integrity_check_row_with_its_problems_and_audit_event(archive, many, clerk, rows):
    verify(archive, clerk, trigger="idle")
    archive.vault.path_for(many[0][1]).unlink()
    verify(archive, clerk)
    first, second = rows(archive, IntegrityCheck)
    assert (first.trigger, first.checked, first.problem_count) == ("idle", 10, 0)
    assert (second.trigger, second.checked, second.problem_count) == ("manual", 9, 1)
    problem = json.loads(second.problems)[0]
    assert problem["kind"] == "missing" and problem["recording_id"] == many[0][0] and CASE in problem["zh"]
    assert first.finished_at >= first.started_at and first.actor_name == clerk.name
    events = [e for e in rows(archive, AuditEvent) if e.action == "verify.run"]
    assert [(e.target_kind, e.target_id) for e in events] == [("integrity_check", first.id),
                                                              ("integrity_check", second.id)]

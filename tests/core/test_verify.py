"""Verification (ARC-04): every stored original is re-read and checked against its SHA-256; each
missing, altered, writable or extra vault file is reported with its recording and case, and the
run is itself recorded in the audit log."""
from __future__ import annotations

import json
import os
import stat

import pytest
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.verify import verify

CASE = "浙水罚〔2026〕21号"


@pytest.fixture
def filed(archive, clips, clerk):
    """The four clips imported under one case; recording ids by clip name."""
    report = import_paths(archive, clerk, ImportRequest(paths=list(clips.values()), case_no=CASE))
    assert len(report.imported) == 4
    by_name = {}
    for item in report.imported:
        for key, path in clips.items():
            if str(path) == item.path:
                by_name[key] = item
    return by_name


def _flip_one_byte(path, offset: int) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    with open(path, "r+b") as f:
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0x01]))
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


def test_a_clean_archive_verifies_ok(archive, filed, clerk):
    report = verify(archive, clerk)
    assert report.ok, report.problems
    assert report.checked == 4
    assert report.audit_events >= 1 + 1 + 4 + 1  # created, import started, four files, finished


def test_one_changed_byte_and_one_deleted_file_are_both_reported_with_recording_and_case(archive, filed, clerk):
    changed, deleted = filed["mp4"], filed["wav"]
    _flip_one_byte(archive.vault.path_for(changed.sha256), 1000)
    archive.vault.path_for(deleted.sha256).unlink()

    report = verify(archive, clerk)

    assert not report.ok
    found = sorted((p.kind, p.recording_id) for p in report.problems)
    assert found == sorted([("altered", changed.recording_id), ("missing", deleted.recording_id)])
    for p in report.problems:
        assert CASE in p.detail.zh and CASE in p.detail.en
        assert f"第 {p.recording_id} 号" in p.detail.zh
    altered = next(p for p in report.problems if p.kind == "altered")
    missing = next(p for p in report.problems if p.kind == "missing")
    assert "篡改" in altered.detail.zh and "缺失" in missing.detail.zh
    assert altered.path == str(archive.vault.path_for(changed.sha256))
    assert report.checked == 3


def test_a_missing_file_of_an_unfiled_recording_says_it_is_unfiled(archive, clips, clerk):
    report = import_paths(archive, clerk, ImportRequest(paths=[clips["jpg"]]))
    item = report.imported[0]
    archive.vault.path_for(item.sha256).unlink()

    problems = verify(archive, clerk).problems

    assert [(p.kind, p.recording_id) for p in problems] == [("missing", item.recording_id)]
    assert "未归案" in problems[0].detail.zh and "unfiled" in problems[0].detail.en


def test_a_vault_file_with_no_record_is_reported_as_extra(archive, filed, clerk):
    stray = archive.vault.objects / "ab" / ("ab" + "0" * 62)
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"copied in by hand")

    problems = verify(archive, clerk).problems

    assert [(p.kind, p.recording_id, p.path) for p in problems] == [("extra", None, str(stray))]


def test_an_unfinished_file_in_the_vault_tmp_folder_is_reported_as_extra(archive, filed, clerk):
    leftover = archive.vault.tmp / "0123abcd.part"
    leftover.write_bytes(b"half")
    problems = verify(archive, clerk).problems
    assert [(p.kind, p.path) for p in problems] == [("extra", str(leftover))]


def test_a_stored_file_made_writable_is_reported(archive, filed, clerk):
    target = filed["jpg"]
    os.chmod(archive.vault.path_for(target.sha256), 0o644)
    problems = verify(archive, clerk).problems
    assert [(p.kind, p.recording_id) for p in problems] == [("writable", target.recording_id)]
    assert CASE in problems[0].detail.zh


def test_each_verify_run_is_recorded_in_the_audit_log(archive, filed, clerk, rows):
    verify(archive, clerk)
    archive.vault.path_for(filed["wav"].sha256).unlink()
    verify(archive, clerk)

    runs = [e for e in rows(archive, AuditEvent) if e.action == "verify.run"]
    assert len(runs) == 2
    assert all(e.actor_name == clerk.name for e in runs)
    first, second = (json.loads(e.details) for e in runs)
    assert first["ok"] is True and first["checked"] == 4 and first["problems"] == []
    assert second["ok"] is False and second["checked"] == 3
    assert second["problems"] == [{"kind": "missing", "recording_id": filed["wav"].recording_id}]
    assert rows(archive, AuditEvent)[-1].action == "verify.run"


def test_verify_reports_its_progress_through_every_recording(archive, filed, clerk):
    seen: list[tuple[int, int]] = []
    verify(archive, clerk, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_a_verify_run_over_an_empty_archive_is_ok_and_recorded(archive, clerk, rows):
    report = verify(archive, clerk)
    assert report.ok and report.checked == 0 and report.audit_events == 1
    assert [e.action for e in rows(archive, AuditEvent)] == ["archive.created", "verify.run"]

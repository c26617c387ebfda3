"""Backup (SEC-06): a consistent copy of a live archive, mirrored incrementally by hash, that
restores into an archive which passes verification; every run recorded and audited."""
from __future__ import annotations

import json
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from evidenceroom.core import backup_manifest as bm
from evidenceroom.core import db
from evidenceroom.core.archive import Archive
from evidenceroom.core.backup import backup, recent_runs, reminder
from evidenceroom.core.demo import write_tone
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Recording
from evidenceroom.core.models.backup import BackupRun
from evidenceroom.core.restore import restore
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.vault import Cancelled
from evidenceroom.core.verify import verify
from sqlalchemy import func, select

CASE = "浙水罚〔2026〕31号"


def tones(folder: Path, count: int, first: int = 0, seconds: float = 2.0, rate: int = 8000) -> Path:
    """`count` voice recordings, each with its own content."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(first, first + count):
        write_tone(folder / f"REC20261128_{100000 + n:06d}.WAV", 200 + 37 * n, seconds, rate)
    return folder


def recordings(archive: Archive) -> dict[int, str]:
    with archive.session() as s:
        return dict(s.execute(select(Recording.id, Recording.sha256)).all())


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "移动硬盘 F" / "证据室 备份"


@pytest.fixture
def filed(archive, tmp_path, clerk):
    import_paths(archive, clerk, ImportRequest(paths=[tones(tmp_path / "卡 1", 3)], case_no=CASE))
    return archive


def test_a_backup_taken_while_an_import_runs_restores_to_an_archive_that_verifies(archive, tmp_path, dest, clerk):
    card = tones(tmp_path / "卡", 12, seconds=3, rate=48000)
    importing = threading.Thread(target=import_paths, args=(archive, clerk, ImportRequest(paths=[card], case_no=CASE)))
    importing.start()
    deadline = time.monotonic() + 60
    while not recordings(archive) and time.monotonic() < deadline:
        time.sleep(0.01)
    during = backup(archive, clerk, dest)
    importing.join()
    assert during.ok, during.problems

    live = recordings(archive)
    assert len(live) == 12
    first = restore(dest, tmp_path / "恢复 1", clerk)
    assert first.ok, first.problems
    with Archive.open(tmp_path / "恢复 1") as restored:
        assert verify(restored, clerk).ok
        mid = recordings(restored)
    assert 1 <= len(mid) <= 12
    assert all(live[i] == sha for i, sha in mid.items())  # the same originals under the same ids

    after = backup(archive, clerk, dest)
    assert after.ok and after.objects_present == len(mid) and after.objects_copied == 12 - len(mid)
    second = restore(dest, tmp_path / "恢复 2", clerk)
    assert second.ok and second.restored == 12
    with Archive.open(tmp_path / "恢复 2") as restored:
        report = verify(restored, clerk)
        assert report.ok and report.checked == 12
        assert recordings(restored) == live
        for rec_id, sha in live.items():
            assert bm.hash_from_disk(restored.vault.path_for(sha)) == sha
        with restored.session() as s:
            assert s.scalar(select(func.count()).select_from(AuditEvent)) > 12


def test_a_second_backup_copies_only_what_is_new_and_each_run_is_recorded_and_audited(filed, tmp_path, dest, clerk, rows):
    first = backup(filed, clerk, dest)
    assert (first.objects_total, first.objects_copied, first.objects_present) == (3, 3, 0)
    again = backup(filed, clerk, dest)
    assert (again.objects_copied, again.objects_present, again.bytes_copied) == (0, 3, 0)
    import_paths(filed, clerk, ImportRequest(paths=[tones(tmp_path / "卡 2", 2, first=10)], case_no=CASE))
    third = backup(filed, clerk, dest)
    assert (third.objects_total, third.objects_copied, third.objects_present) == (5, 2, 3)

    runs = rows(filed, BackupRun)
    assert [r.status for r in runs] == ["ok", "ok", "ok"]
    assert [r.objects_copied for r in runs] == [3, 0, 2]
    assert all(r.finished_at and r.destination == str(dest) and r.actor_name == clerk.name for r in runs)
    events = [e for e in rows(filed, AuditEvent) if e.action.startswith("backup.")]
    assert [e.action for e in events] == ["backup.started", "backup.finished"] * 3
    assert json.loads(events[-1].details)["objects_copied"] == 2
    assert [r.id for r in recent_runs(filed)] == [r.id for r in reversed(runs)]


def test_the_manifest_lists_unit_versions_objects_and_the_database_hash(filed, dest, clerk):
    backup(filed, clerk, dest)
    manifest = json.loads((dest / bm.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["unit_name"] == "测试市水务局" and manifest["schema_version"] == db.SCHEMA_HEAD
    assert manifest["app_version"] and manifest["created_at"]
    assert len(manifest["objects"]) == 3
    for obj in manifest["objects"]:
        path = bm.object_path(dest, obj["area"], obj["sha256"])
        assert path.stat().st_size == obj["size"] and bm.hash_from_disk(path) == obj["sha256"]
    assert bm.hash_from_disk(dest / manifest["database"]["file"]) == manifest["database"]["sha256"]
    assert len(list((dest / "db").iterdir())) == 1
    assert list((dest / "tmp").iterdir()) == []


def test_a_backup_folder_of_another_unit_is_refused_and_left_alone(filed, tmp_path, dest, clerk):
    backup(filed, clerk, dest)
    before = sorted(p.name for p in dest.rglob("*"))
    with Archive.create(tmp_path / "另一单位", "别的水务局") as other:
        with pytest.raises(ArchiveError, match="另一个档案库"):
            backup(other, clerk, dest)
        with other.session() as s:
            assert s.scalar(select(func.count()).select_from(BackupRun)) == 0
    assert sorted(p.name for p in dest.rglob("*")) == before


def test_a_backup_made_by_a_newer_version_is_refused(filed, dest, clerk):
    backup(filed, clerk, dest)
    manifest = json.loads((dest / bm.MANIFEST).read_text(encoding="utf-8"))
    manifest["schema_version"] = "0099"
    (dest / bm.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ArchiveError, match="更新版本"):
        backup(filed, clerk, dest)


def test_a_folder_with_other_files_or_inside_the_archive_is_refused(filed, tmp_path, clerk):
    busy = tmp_path / "文档"
    busy.mkdir()
    (busy / "报告.docx").write_bytes(b"x")
    with pytest.raises(ArchiveError, match="不是空文件夹"):
        backup(filed, clerk, busy)
    with pytest.raises(ArchiveError, match="档案库文件夹"):
        backup(filed, clerk, filed.root / "备份")
    assert sorted(p.name for p in busy.iterdir()) == ["报告.docx"]


def test_a_cancelled_backup_leaves_the_previous_one_as_it_was(filed, tmp_path, dest, clerk, rows):
    backup(filed, clerk, dest)
    manifest = (dest / bm.MANIFEST).read_bytes()
    import_paths(filed, clerk, ImportRequest(paths=[tones(tmp_path / "卡 2", 2, first=10)], case_no=CASE))
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        backup(filed, clerk, dest, progress=lambda done, total: cancel.set(), cancel=cancel)
    assert (dest / bm.MANIFEST).read_bytes() == manifest
    assert rows(filed, BackupRun)[-1].status == "cancelled"
    restored = restore(dest, tmp_path / "恢复", clerk)
    assert restored.ok and restored.restored == 3


def test_a_live_file_missing_or_altered_is_not_backed_up_and_is_named(filed, tmp_path, dest, clerk, rows):
    ids = sorted(recordings(filed).items())
    (gone_id, gone_sha), (bad_id, bad_sha) = ids[0], ids[1]
    filed.vault.path_for(gone_sha).unlink()
    bad = filed.vault.path_for(bad_sha)
    bad.chmod(0o600)
    with open(bad, "r+b") as f:
        f.seek(100)
        f.write(b"\xff\xfe")
    report = backup(filed, clerk, dest)
    assert report.status == "problems" and not report.ok
    assert sorted((p.kind, p.recording_id) for p in report.problems) == [("altered", bad_id), ("missing", gone_id)]
    assert not bm.object_path(dest, "vault", bad_sha).exists()
    assert rows(filed, BackupRun)[-1].problems == 2

    restored = restore(dest, tmp_path / "恢复", clerk)
    assert sorted((p.kind, p.recording_id) for p in restored.problems) == sorted([
        ("not_in_backup", bad_id), ("not_in_backup", gone_id)])
    assert all(str(p.recording_id) in p.detail.zh for p in restored.problems)
    assert restored.restored == 1


def test_the_reminder_follows_the_last_good_backup_and_the_profile_interval(filed, dest, clerk):
    never = reminder(filed)
    assert never.due and never.last_good_at is None and "还没有备份" in never.text.zh
    backup(filed, clerk, dest)
    fresh = reminder(filed)
    assert not fresh.due and fresh.last_destination == str(dest)
    later = reminder(filed, now=utcnow() + timedelta(days=fresh.interval_days, hours=1))
    assert later.due


@pytest.fixture
def tiny_drive(tmp_path: Path):
    """A 3 MiB drive (tmpfs), made bigger by `grow`; skipped where mounting is not allowed."""
    import subprocess

    mnt = tmp_path / "小 U 盘"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")

    def grow(mib: int) -> None:
        subprocess.run(["mount", "-o", f"remount,size={mib}m", str(mnt)], check=True)

    yield mnt, grow
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_full_destination_fails_clearly_keeps_the_previous_backup_and_the_next_run_resumes(
        filed, tmp_path, tiny_drive, clerk, rows):
    from evidenceroom.core.backup import BackupFailed

    drive, grow = tiny_drive
    dest = drive / "备份"
    assert backup(filed, clerk, dest).ok
    manifest = (dest / bm.MANIFEST).read_bytes()
    import_paths(filed, clerk, ImportRequest(paths=[tones(tmp_path / "卡 2", 5, first=10, seconds=6, rate=48000)]))

    with pytest.raises(BackupFailed) as failed:
        backup(filed, clerk, dest)
    assert "上一次完整的备份完好" in failed.value.text.zh
    assert failed.value.report.status == "failed"
    assert rows(filed, BackupRun)[-1].status == "failed"
    assert (dest / bm.MANIFEST).read_bytes() == manifest
    copied_before_full = failed.value.report.objects_copied
    assert copied_before_full >= 1
    first = restore(dest, tmp_path / "恢复 1", clerk)
    assert first.ok and first.restored == 3

    grow(16)
    resumed = backup(filed, clerk, dest)
    assert resumed.ok
    assert resumed.objects_present == 3 + copied_before_full
    assert resumed.objects_copied == 5 - copied_before_full
    second = restore(dest, tmp_path / "恢复 2", clerk)
    assert second.ok and second.restored == 8


def test_an_original_removed_by_an_approved_disposal_leaves_the_backup_too(filed, tmp_path, dest, clerk, sql):
    assert backup(filed, clerk, dest).ok
    rec_id, sha = sorted(recordings(filed).items())[0]
    assert bm.object_path(dest, "vault", sha).exists()
    # What core.disposal does once the supervisor approved: the row is marked, the file removed.
    sql("UPDATE recording SET disposed_at = ? WHERE id = ?", "2026-11-30 06:00:00", rec_id)
    filed.vault.dispose(sha)

    report = backup(filed, clerk, dest)
    assert report.ok and report.disposed_removed == 1 and report.objects_total == 2
    assert not bm.object_path(dest, "vault", sha).exists()
    manifest = json.loads((dest / bm.MANIFEST).read_text(encoding="utf-8"))
    assert sha not in {o["sha256"] for o in manifest["objects"]}
    restored = restore(dest, tmp_path / "恢复", clerk)
    assert restored.ok and restored.restored == 2
    with Archive.open(tmp_path / "恢复") as again:
        assert verify(again, clerk).ok


def test_a_file_in_place_of_the_folder_or_a_read_only_drive_is_refused_clearly(filed, tmp_path, clerk, rows):
    import subprocess

    in_the_way = tmp_path / "F盘"
    in_the_way.write_bytes(b"not a folder")
    with pytest.raises(ArchiveError, match="不是文件夹"):
        backup(filed, clerk, in_the_way)
    read_only = tmp_path / "只读 光驱"
    read_only.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(read_only)],
                      capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        with pytest.raises(ArchiveError, match="无法写入备份文件夹"):
            backup(filed, clerk, read_only / "备份")
    finally:
        subprocess.run(["umount", "-l", str(read_only)], check=False)
    assert rows(filed, BackupRun) == []


def test_a_drive_removed_mid_backup_fails_clearly_and_the_next_run_resumes(filed, tmp_path, dest, clerk, rows):
    from evidenceroom.core.backup import BackupFailed

    assert backup(filed, clerk, dest).ok
    manifest = (dest / bm.MANIFEST).read_bytes()
    import_paths(filed, clerk, ImportRequest(paths=[tones(tmp_path / "卡 2", 3, first=10, seconds=3, rate=48000)]))
    unplugged = dest.parent.with_name("拔出的硬盘")

    def unplug(done, total):
        if done and not unplugged.exists():
            dest.parent.rename(unplugged)  # the drive letter vanishes while a file is being written

    with pytest.raises(BackupFailed) as failed:
        backup(filed, clerk, dest, progress=unplug)
    assert "上一次完整的备份完好" in failed.value.text.zh
    assert rows(filed, BackupRun)[-1].status == "failed"
    unplugged.rename(dest.parent)  # plugged in again
    assert (dest / bm.MANIFEST).read_bytes() == manifest
    resumed = backup(filed, clerk, dest)
    assert resumed.ok and resumed.objects_total == 6
    assert restore(dest, tmp_path / "恢复", clerk).restored == 6


def test_a_second_backup_into_the_same_folder_at_the_same_time_is_refused(filed, dest, clerk):
    import portalocker

    assert backup(filed, clerk, dest).ok
    with open(dest / "backup.lock", "a+") as held:
        portalocker.lock(held, portalocker.LOCK_EX | portalocker.LOCK_NB)  # another backup is writing
        with pytest.raises(ArchiveError, match="另一个备份正在写入"):
            backup(filed, clerk, dest)
        portalocker.unlock(held)
    assert backup(filed, clerk, dest).ok


def test_a_first_run_stopped_before_its_first_file_leaves_a_folder_the_next_run_accepts(filed, dest, clerk):
    dest.mkdir(parents=True)
    (dest / "backup.lock").touch()
    (dest / "tmp").mkdir()
    (dest / "tmp" / "archive.db.part").write_bytes(b"half")
    report = backup(filed, clerk, dest)
    assert report.ok and report.objects_copied == 3
    assert list((dest / "tmp").iterdir()) == []


def test_a_run_left_running_by_a_killed_program_is_marked_interrupted_at_the_next_open(
        archive, archive_dir, dest, clerk, reopen, rows):
    """Whatever folder it was writing to: a backup to a drive never used again must not stay "running"."""
    from evidenceroom.core import backup as backup_module

    report = backup_module._start(archive, clerk, dest)  # what a run killed mid-way leaves in the archive
    other = reopen()  # a second window has the archive open: the run may still be going there
    assert [r.status for r in rows(other, BackupRun)] == ["running"]
    other.close()
    archive.close()

    again = reopen()
    (run,) = rows(again, BackupRun)
    assert (run.id, run.status) == (report.run_id, "interrupted") and run.finished_at is not None
    last = rows(again, AuditEvent)[-1]
    assert (last.action, last.target_id, json.loads(last.details)["status"]) == (
        "backup.finished", run.id, "interrupted")
    assert f"backup run {run.id} was interrupted" in again.recovered
    assert verify(again, clerk).ok

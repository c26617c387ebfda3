"""Restore (SEC-06): only into an empty folder; every file checked against the manifest; each
missing or altered file named; as much restored as is sound; the restore in the audit chain."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from evidenceroom.core import backup_manifest as bm
from evidenceroom.core.archive import Archive
from evidenceroom.core.backup import backup
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Recording
from evidenceroom.core.models.backup import BackupRun
from evidenceroom.core.restore import restore
from evidenceroom.core.verify import verify
from sqlalchemy import select

from tests.core.test_backup import tones

CASE = "浙水罚〔2026〕32号"


@pytest.fixture
def backed_up(archive, tmp_path, clerk):
    """An archive of four recordings and a complete backup of it; recording ids by sha256."""
    import_paths(archive, clerk, ImportRequest(paths=[tones(tmp_path / "卡", 4)], case_no=CASE))
    dest = tmp_path / "备份 盘" / "证据室"
    assert backup(archive, clerk, dest).ok
    with archive.session() as s:
        ids = {sha: rec_id for rec_id, sha in s.execute(select(Recording.id, Recording.sha256))}
    return dest, ids


def _tamper(path: Path) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    with open(path, "r+b") as f:
        f.seek(200)
        f.write(b"\x00\x01\x02")


def test_a_sound_backup_restores_to_an_archive_that_verifies_and_records_the_restore(backed_up, tmp_path, clerk):
    dest, ids = backed_up
    target = tmp_path / "新电脑" / "档案库"
    report = restore(dest, target, clerk)
    assert report.ok and report.restored == 4 and report.unit_name == "测试市水务局"
    with Archive.open(target) as restored:
        assert verify(restored, clerk).ok
        with restored.session() as s:
            actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
            run = s.scalars(select(BackupRun)).one()
        assert actions[-2:] == ["backup.restored", "verify.run"]
        assert run.status == "ok"  # the copy was taken mid-run; the manifest gave its outcome
        for sha in ids:
            assert restored.vault.path_for(sha).is_file()
            assert bm.hash_from_disk(restored.vault.path_for(sha)) == sha


def test_a_deleted_and_an_altered_file_in_the_backup_are_each_named_and_the_rest_restored(backed_up, tmp_path, clerk):
    dest, ids = backed_up
    shas = sorted(ids)
    gone, bad = shas[0], shas[1]
    bm.object_path(dest, "vault", gone).unlink()
    _tamper(bm.object_path(dest, "vault", bad))

    report = restore(dest, tmp_path / "恢复", clerk)

    assert not report.ok and report.restored == 2
    found = sorted((p.kind, p.recording_id, p.sha256) for p in report.problems)
    assert found == sorted([("missing", ids[gone], gone), ("altered", ids[bad], bad)])
    for p in report.problems:
        assert p.path.endswith(p.sha256)
        assert p.path in p.detail.zh and f"第 {p.recording_id} 号资料" in p.detail.zh
        assert p.path in p.detail.en and f"recording {p.recording_id}" in p.detail.en
    with Archive.open(tmp_path / "恢复") as restored:
        assert not restored.vault.path_for(bad).exists()  # an altered file is never restored
        checked = verify(restored, clerk)
        assert sorted((p.kind, p.recording_id) for p in checked.problems) == sorted(
            [("missing", ids[gone]), ("missing", ids[bad])])
        with restored.session() as s:
            event = s.scalars(select(AuditEvent).where(AuditEvent.action == "backup.restored")).one()
        assert sorted(p["recording_id"] for p in json.loads(event.details)["problems"]) == sorted(
            [ids[gone], ids[bad]])


def test_a_target_that_is_not_empty_is_refused_and_left_alone(backed_up, tmp_path, clerk):
    dest, _ids = backed_up
    target = tmp_path / "已有 文件"
    target.mkdir()
    (target / "说明.txt").write_text("保留", encoding="utf-8")
    with pytest.raises(ArchiveError, match="不是空文件夹"):
        restore(dest, target, clerk)
    assert [p.name for p in target.iterdir()] == ["说明.txt"]


def test_a_backup_whose_database_was_altered_restores_nothing(backed_up, tmp_path, clerk):
    dest, _ids = backed_up
    manifest = json.loads((dest / bm.MANIFEST).read_text(encoding="utf-8"))
    with open(dest / manifest["database"]["file"], "r+b") as f:
        f.seek(5000)
        f.write(b"\xde\xad")
    with pytest.raises(ArchiveError, match="数据库文件"):
        restore(dest, tmp_path / "恢复", clerk)
    assert not (tmp_path / "恢复").exists()


def test_a_folder_that_is_no_backup_or_from_a_newer_version_is_refused(backed_up, tmp_path, clerk):
    dest, _ids = backed_up
    with pytest.raises(ArchiveError, match="不是 EvidenceRoom 备份文件夹"):
        restore(tmp_path / "卡", tmp_path / "恢复", clerk)
    manifest = json.loads((dest / bm.MANIFEST).read_text(encoding="utf-8"))
    manifest["app_version"] = "99.0"
    (dest / bm.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ArchiveError, match="更新版本"):
        restore(dest, tmp_path / "恢复", clerk)
    assert not (tmp_path / "恢复").exists()


def test_a_deleted_vault_file_comes_back_from_the_backup_and_verify_passes(backed_up, archive, clerk, rows):
    """SEC-06: back up, delete a vault file, restore: the file returns with the same SHA-256."""
    from evidenceroom.core.restore import repair_from_backup

    dest, ids = backed_up
    gone, bad, lost = sorted(ids)[:3]
    archive.vault.path_for(gone).unlink()
    _tamper(archive.vault.path_for(bad))
    archive.vault.path_for(lost).unlink()
    bm.object_path(dest, "vault", lost).unlink()  # and not in the backup either
    assert not verify(archive, clerk).ok

    report = repair_from_backup(archive, clerk, dest)

    assert sorted((p.kind, p.recording_id) for p in report.restored) == sorted(
        [("missing", ids[gone]), ("altered", ids[bad])])
    assert [(p.kind, p.recording_id) for p in report.unrepaired] == [("missing", ids[lost])]
    assert "未能恢复" in report.unrepaired[0].detail.zh
    assert bm.hash_from_disk(archive.vault.path_for(gone)) == gone
    assert bm.hash_from_disk(archive.vault.path_for(bad)) == bad
    kept_aside = list((archive.root / "quarantine").iterdir())
    assert [p.name.split(".")[0] for p in kept_aside] == [bad]  # the altered file is kept as evidence
    after = verify(archive, clerk)
    assert [(p.kind, p.recording_id) for p in after.problems] == [("missing", ids[lost])]
    event = [e for e in rows(archive, AuditEvent) if e.action == "backup.files_restored"][-1]
    assert len(json.loads(event.details)["restored"]) == 2


def test_files_are_not_taken_from_another_archives_backup(backed_up, tmp_path, clerk):
    from evidenceroom.core.restore import repair_from_backup

    dest, _ids = backed_up
    with Archive.create(tmp_path / "别的", "别的水务局") as other:
        with pytest.raises(ArchiveError, match="另一个档案库"):
            repair_from_backup(other, clerk, dest)


def test_checking_a_backup_names_each_bad_file_and_changes_nothing(backed_up, clerk):
    from evidenceroom.core.restore import check_backup

    dest, ids = backed_up
    assert check_backup(dest) == []
    gone, bad = sorted(ids)[:2]
    bm.object_path(dest, "vault", gone).unlink()
    _tamper(bm.object_path(dest, "vault", bad))
    before = sorted(p.name for p in dest.rglob("*"))
    problems = check_backup(dest)
    assert sorted((p.kind, p.recording_id) for p in problems) == sorted([("missing", ids[gone]), ("altered", ids[bad])])
    assert sorted(p.name for p in dest.rglob("*")) == before


def test_a_backup_whose_first_run_never_finished_or_whose_manifest_is_damaged_is_refused(backed_up, tmp_path, clerk):
    dest, _ids = backed_up
    (dest / bm.MANIFEST).write_text('{"format": "evidenceroom-backup", "objects": [', encoding="utf-8")
    with pytest.raises(ArchiveError, match="无法读取备份说明文件"):
        restore(dest, tmp_path / "恢复", clerk)
    (dest / bm.MANIFEST).unlink()
    with pytest.raises(ArchiveError, match="第一次备份没有完成"):
        restore(dest, tmp_path / "恢复", clerk)
    assert not (tmp_path / "恢复").exists()

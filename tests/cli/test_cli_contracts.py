"""The command line's promises to scripts: version, init, JSON shapes, exit codes, usage errors."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from cli_support import mentions, rows, run_json, scalar, vault_objects
from evidenceroom import __version__

SHA256 = re.compile(r"^[0-9a-f]{64}$")


def test_version_prints_the_version_and_exits_0(cli):
    proc = cli("--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"EvidenceRoom {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_init_creates_the_archive_and_a_second_init_on_it_refuses_and_changes_nothing(cli, archive_dir):
    proc = cli("--archive", archive_dir, "init", "--unit", "测试市水务局")
    assert proc.returncode == 0, proc.stderr
    assert (archive_dir / "archive.db").is_file()
    assert (archive_dir / "audit.head").is_file()
    assert (archive_dir / "vault" / "objects").is_dir()
    assert (archive_dir / "vault" / "tmp").is_dir()
    assert rows(archive_dir, "SELECT name, timezone FROM unit") == [("测试市水务局", "Asia/Shanghai")]
    seq, digest = (archive_dir / "audit.head").read_text(encoding="ascii").split()
    assert rows(archive_dir, "SELECT action, hash FROM audit_event ORDER BY seq") == [("archive.created", digest)]
    assert seq == "1"

    again = cli("--archive", archive_dir, "init", "--unit", "另一个单位")
    assert again.returncode == 2
    assert mentions(again.stderr, "已经是一个档案库", "already holds an archive")
    assert str(archive_dir) in again.stderr
    assert rows(archive_dir, "SELECT name FROM unit") == [("测试市水务局",)]
    assert scalar(archive_dir, "SELECT count(*) FROM audit_event") == 1


def test_init_refuses_a_folder_that_already_holds_other_files(cli, tmp_path):
    folder = tmp_path / "我的 文档"
    folder.mkdir()
    (folder / "报告.docx").write_bytes(b"PK\x03\x04 not an archive")
    proc = cli("--archive", folder, "init", "--unit", "测试市水务局")
    assert proc.returncode == 2
    assert mentions(proc.stderr, "不是空文件夹", "is not empty")
    assert sorted(p.name for p in folder.iterdir()) == ["报告.docx"]


def test_init_with_an_admin_stores_an_argon2_hash_of_the_password(cli, archive_dir, tmp_path):
    password = "河道 巡查 2026!"
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text(password + "\nsecond line is ignored\n", encoding="utf-8")
    proc = cli("--archive", archive_dir, "init", "--unit", "测试市水务局", "--admin", "admin",
               "--password-file", pw_file)
    assert proc.returncode == 0, proc.stderr
    users = rows(archive_dir, "SELECT login, role, password_hash, active FROM user_account")
    assert len(users) == 1
    login, role, password_hash, active = users[0]
    assert (login, role, active) == ("admin", "administrator", 1)
    assert password_hash.startswith("$argon2")
    assert password not in password_hash
    assert PasswordHasher().verify(password_hash, password)
    actions = [a for (a,) in rows(archive_dir, "SELECT action FROM audit_event ORDER BY seq")]
    assert actions == ["archive.created", "user.created"]


def test_init_refuses_a_too_short_password_and_creates_no_archive(cli, archive_dir, tmp_path):
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text("short\n", encoding="utf-8")
    proc = cli("--archive", archive_dir, "init", "--unit", "测试市水务局", "--admin", "admin",
               "--password-file", pw_file)
    assert proc.returncode == 2
    assert mentions(proc.stderr, "至少需要 8 个字符", "at least 8 characters")
    assert not (archive_dir / "archive.db").exists()
    assert not archive_dir.exists()


def test_init_with_an_admin_but_no_password_file_is_a_usage_error(cli, archive_dir):
    proc = cli("--archive", archive_dir, "init", "--unit", "测试市水务局", "--admin", "admin")
    assert proc.returncode == 2
    assert "--password-file" in proc.stderr
    assert not (archive_dir / "archive.db").exists()


@pytest.mark.parametrize("args, says", [
    (["import"], "the following arguments are required: PATH"),
    (["import", "--activity-at", "昨天下午", "x.MP4"], "ISO 8601"),
    (["device", "add", "--serial", "DSJ-1", "--kind", "drone"], "invalid choice: 'drone'"),
    (["init"], "the following arguments are required: --unit"),
], ids=["import-without-a-path", "activity-at-in-words", "device-of-unknown-kind", "init-without-unit"])
def test_usage_errors_exit_2_with_the_usage_line_and_touch_nothing(cli, fresh_archive, args, says):
    before = rows(fresh_archive, "SELECT seq, hash FROM audit_event")
    proc = cli("--archive", fresh_archive, *args)
    assert proc.returncode == 2
    assert "usage: evidenceroom" in proc.stderr
    assert says in proc.stderr
    assert proc.stdout == ""
    assert rows(fresh_archive, "SELECT seq, hash FROM audit_event") == before


@pytest.mark.parametrize("command, folder_exists", [
    (["verify"], True),
    (["import", "--json", "x.MP4"], False),
    (["person", "add", "--name", "张三"], True),
], ids=["verify-in-an-empty-folder", "import-into-a-missing-folder", "person-add-in-an-empty-folder"])
def test_commands_against_a_folder_without_an_archive_exit_2_and_name_init(cli, tmp_path, command,
                                                                         folder_exists):
    folder = tmp_path / ("空 文件夹" if folder_exists else "不存在")
    if folder_exists:
        folder.mkdir()
    proc = cli("--archive", folder, *command)
    assert proc.returncode == 2, proc.stderr
    assert "init --unit" in proc.stderr
    assert str(folder) in proc.stderr
    assert proc.stdout == ""
    if folder_exists:
        assert list(folder.iterdir()) == []
    else:
        assert not folder.exists()


def test_import_json_has_exactly_the_promised_shape_and_skipped_junk_keeps_exit_0(cli, fresh_archive, card):
    proc = cli("--archive", fresh_archive, "import", "--json", card)
    assert proc.returncode == 0, proc.stderr
    report = run_json(proc)
    assert set(report) == {"imported", "duplicates", "rejected", "skipped"}
    assert all(isinstance(v, list) for v in report.values())
    media = sorted(str(p) for p in card.rglob("*") if p.suffix in (".MP4", ".WAV", ".JPG"))
    assert sorted(i["path"] for i in report["imported"]) == media
    for item in report["imported"]:
        assert set(item) == {"path", "sha256", "recording_id"}
        assert isinstance(item["path"], str)
        assert SHA256.match(item["sha256"])
        assert isinstance(item["recording_id"], int) and not isinstance(item["recording_id"], bool)
    assert report["duplicates"] == []
    assert report["rejected"] == []
    assert sorted(Path(i["path"]).name for i in report["skipped"]) == [".DS_Store", "Thumbs.db"]
    for item in report["skipped"]:
        assert set(item) == {"path", "reason"}
        assert isinstance(item["reason"], str) and item["reason"]

    recorded = rows(fresh_archive, "SELECT id, sha256 FROM recording ORDER BY id")
    assert sorted((i["recording_id"], i["sha256"]) for i in report["imported"]) == recorded
    assert len(vault_objects(fresh_archive)) == 4


def test_import_json_lists_a_rejected_file_with_its_reason_and_exits_1(cli, fresh_archive, clips, tmp_path):
    source = tmp_path / "移交 材料"
    source.mkdir()
    shutil.copy(clips["wav"], source / clips["wav"].name)
    (source / "现场笔录.txt").write_text("2026年11月28日 现场检查笔录\n", encoding="utf-8")
    proc = cli("--archive", fresh_archive, "import", "--json", source)
    assert proc.returncode == 1, proc.stderr
    report = run_json(proc)
    assert set(report) == {"imported", "duplicates", "rejected", "skipped"}
    assert [i["path"] for i in report["imported"]] == [str(source / clips["wav"].name)]
    assert len(report["rejected"]) == 1
    rejected = report["rejected"][0]
    assert set(rejected) == {"path", "reason"}
    assert rejected["path"] == str(source / "现场笔录.txt")
    assert isinstance(rejected["reason"], str) and rejected["reason"]
    assert scalar(fresh_archive, "SELECT count(*) FROM recording") == 1


def test_import_of_a_path_that_does_not_exist_is_rejected_not_a_crash(cli, fresh_archive, tmp_path):
    gone = tmp_path / "可移动磁盘 (F)" / "DCIM"
    proc = cli("--archive", fresh_archive, "import", "--json", gone)
    assert proc.returncode == 1, proc.stderr
    report = run_json(proc)
    assert [r["path"] for r in report["rejected"]] == [str(gone)]
    assert mentions(report["rejected"][0]["reason"], "找不到", "no such file")
    assert "Traceback" not in proc.stderr


def test_verify_json_on_a_fresh_archive_is_ok_with_nothing_checked(cli, fresh_archive):
    proc = cli("--archive", fresh_archive, "verify", "--json")
    assert proc.returncode == 0, proc.stderr
    report = run_json(proc)
    assert report == {"ok": True, "checked": 0, "problems": []}


def test_import_in_words_lists_each_file_and_verify_then_counts_every_stored_file(cli, fresh_archive, card):
    proc = cli("--archive", fresh_archive, "import", card)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[-1] == "4 imported, 0 duplicates, 0 rejected, 2 skipped"
    assert sum(line.startswith("imported ") for line in lines) == 4
    assert sum(line.startswith("skipped ") for line in lines) == 2
    assert any("现场 录音 20261128_100200.WAV" in line for line in lines)

    check = cli("--archive", fresh_archive, "verify", "--json")
    assert check.returncode == 0, check.stderr
    report = run_json(check)
    assert set(report) == {"ok", "checked", "problems"}
    assert report["ok"] is True
    assert report["checked"] == 4 and isinstance(report["checked"], int)
    assert report["problems"] == []
    assert scalar(fresh_archive, "SELECT count(*) FROM audit_event WHERE action = 'verify.run'") == 1

"""`evidenceroom disc …`: verify a disc with no archive at all; make, list, file, verify a copy, burn."""
from __future__ import annotations

import shutil
from pathlib import Path

import pycdlib
import pytest

from cli_support import mentions, rows, run_json
from core.disc_support import copy_grant, make_desk, render_test_description
from evidenceroom.core import discs
from evidenceroom.core.burning import detect_burners


@pytest.fixture
def made(archive, card, tmp_path):
    """An archive with a disc set made under a copy grant, closed again for the child processes."""
    desk = make_desk(archive, card)
    info = discs.make_disc_set(archive, desk.clerk, copy_grant(archive, desk), extractor="王五", medium="cd",
                               render_description=render_test_description, folder=tmp_path / "光盘 输出",
                               keep_staging=True)
    return desk, info


def test_disc_verify_needs_no_archive_and_exits_0_for_an_intact_image(cli, made, tmp_path):
    _, info = made
    [disc] = info.discs
    nowhere = tmp_path / "没有 档案库"
    proc = cli("--archive", nowhere, "disc", "verify", disc.image_path)
    assert proc.returncode == 0, proc.stderr
    assert f"校验 {len(disc.files)}/{len(disc.files)} 通过" in proc.stdout and info.set_no in proc.stdout
    report = run_json(cli("--archive", nowhere, "disc", "verify", disc.image_path, "--json"))
    assert report["intact"] is True and report["kind"] == "iso"
    assert report["manifest_sha256"] == disc.manifest_sha256
    assert report["bag_info"]["Set-Number"] == info.set_no
    assert {f["path"] for f in report["files"]} >= {f.path for f in disc.files}
    assert not nowhere.exists()

    english = cli("--lang", "en", "--archive", nowhere, "disc", "verify", info.folder / "disc1")
    assert english.returncode == 0 and f"Verified {len(disc.files)}/{len(disc.files)} passed" in english.stdout


def test_disc_verify_names_the_altered_missing_and_extra_files_and_exits_1(cli, made, tmp_path):
    _, info = made
    [disc] = info.discs
    iso = pycdlib.PyCdlib()
    iso.open(str(disc.image_path))
    victim = disc.files[0].path
    offset = iso.get_record(joliet_path="/" + victim).extent_location() * 2048 + 7
    iso.close()
    bad = tmp_path / "副本 B.iso"
    data = bytearray(disc.image_path.read_bytes())
    data[offset] ^= 0x40
    bad.write_bytes(bytes(data))
    proc = cli("disc", "verify", bad, "--json")
    assert proc.returncode == 1
    report = run_json(proc)
    assert report["intact"] is False
    assert [(f["path"], f["status"]) for f in report["files"] if f["status"] != "ok"] == [(victim, "altered")]
    assert any(victim in p for p in report["problems"])

    folder = tmp_path / "拷贝 的 光盘"
    shutil.copytree(info.folder / "disc1", folder)
    missing = disc.files[1].path
    (folder / missing).unlink()
    (folder / "data" / "多余 文件.txt").write_text("不应在盘上", encoding="utf-8")
    proc = cli("disc", "verify", folder)
    assert proc.returncode == 1
    assert f"{missing}：缺失" in proc.stdout and "data/多余 文件.txt：多出的文件" in proc.stdout
    assert "校验未通过" in proc.stdout


def test_disc_verify_usage_errors_exit_2_and_a_non_disc_exits_1(cli, tmp_path):
    assert cli("disc", "verify", tmp_path / "不存在.iso").returncode == 2
    assert cli("disc", "verify").returncode == 2
    plain = tmp_path / "普通 文件夹"
    plain.mkdir()
    (plain / "a.txt").write_text("x")
    proc = cli("disc", "verify", plain)
    assert proc.returncode == 1 and mentions(proc.stdout, "这不是证据光盘", "not an evidence disc")
    junk = tmp_path / "junk.iso"
    junk.write_bytes(b"\0" * 4096)
    proc = cli("disc", "verify", junk, "--json")
    assert proc.returncode == 1 and run_json(proc)["intact"] is False


def test_disc_make_list_file_and_verify_a_copy_from_the_command_line(cli, archive, card, archive_dir, tmp_path):
    desk = make_desk(archive, card)
    grant_id = copy_grant(archive, desk)
    view_id = copy_grant(archive, desk, kind="view")
    archive.close()
    out = tmp_path / "刻录 文件夹"

    refused = cli("--archive", archive_dir, "disc", "make", "--grant", view_id, "--extractor", "王五", "--folder", out)
    assert refused.returncode == 1 and mentions(refused.stderr, "只允许查阅", "allows viewing only")
    assert rows(archive_dir, "SELECT count(*) FROM disc_set") == [(0,)]

    proc = cli("--archive", archive_dir, "disc", "make", "--grant", grant_id, "--medium", "cd", "--extractor", "王五",
               "--folder", out, "--json")
    assert proc.returncode == 0, proc.stderr
    made = run_json(proc)
    assert made["ok"] and made["status_zh"] == "未完成 (0/2)"
    [disc] = made["discs"]
    assert sorted(disc["recordings"]) == sorted(desk.recording_ids) and Path(disc["image"]).is_file()
    assert Path(made["description"]).read_bytes().startswith(b"%PDF")
    copy_a, copy_b = (c["id"] for c in disc["copies"])

    checked = cli("--archive", archive_dir, "disc", "verify", disc["image"], "--copy", copy_a, "--json")
    assert checked.returncode == 0, checked.stderr
    assert run_json(checked)["recorded_ok"] is True
    filed = cli("--archive", archive_dir, "disc", "file", copy_a, "--place", "case_file", "--location", "案卷 2026-31 第3卷")
    assert filed.returncode == 0, filed.stderr

    listed = run_json(cli("--archive", archive_dir, "disc", "list", "--case", "31号", "--json"))
    [entry] = listed["sets"]
    assert entry["status_zh"] == "未完成 (1/2)"
    assert entry["discs"][0]["copies"][0]["location"] == "案卷 2026-31 第3卷"
    assert rows(archive_dir, "SELECT action FROM audit_event WHERE action LIKE 'disc%' ORDER BY seq") == [
        ("disc_set.made",), ("disc_copy.verified",), ("disc_copy.filed",)]

    # No burner on this PC: the image is left and the message says where.
    if not detect_burners():  # never burn a real disc from a test
        burned = cli("--archive", archive_dir, "disc", "burn", copy_b)
        assert burned.returncode == 1
        assert disc["image"] in burned.stderr and Path(disc["image"]).is_file()

    # The image removed to save space comes back as the same disc.
    Path(disc["image"]).unlink()
    rebuilt = run_json(cli("--archive", archive_dir, "disc", "rebuild", made["id"], "--json"))
    assert rebuilt["discs"][0]["manifest_sha256"] == disc["manifest_sha256"]
    again = run_json(cli("disc", "verify", disc["image"], "--json"))
    assert again["intact"] and again["manifest_sha256"] == disc["manifest_sha256"]


def test_disc_drives_lists_the_burners_and_tools_or_says_what_is_missing(cli):
    found = run_json(cli("disc", "drives", "--json"))
    assert set(found) == {"burners", "tools", "message"}
    assert set(found["tools"]) <= {"xorriso", "growisofs", "wodim"}
    assert (found["message"] is None) == bool(found["burners"])
    if not found["burners"]:
        assert mentions(found["message"], "没有找到刻录", "No disc burner") or mentions(
            found["message"], "没有找到刻录程序", "No burning tool")

"""`evidenceroom copy GRANT_ID TARGET`: a checked copy to a USB drive or folder under a grant (ACC-06)."""
from __future__ import annotations

import json
from pathlib import Path

from cli_support import mentions, rows, run_json, sha256_file
from core.disc_support import copy_grant, make_desk


def test_copy_from_the_command_line_is_checked_and_logged(cli, archive, card, archive_dir, tmp_path):
    desk = make_desk(archive, card)
    grant_id = copy_grant(archive, desk)
    view_id = copy_grant(archive, desk, kind="view")
    archive.close()
    usb = tmp_path / "U盘 (G)"
    usb.mkdir()

    refused = cli("--archive", archive_dir, "copy", view_id, usb, "--recipient", "李四", "--json")
    assert refused.returncode == 1 and run_json(refused)["ok"] is False
    assert mentions(refused.stderr, "只允许查阅", "allows viewing only")
    missing = cli("--archive", archive_dir, "copy", grant_id, usb / "没有", "--recipient", "李四")
    assert missing.returncode == 1 and mentions(missing.stderr, "不存在", "does not exist")
    assert list(usb.iterdir()) == []
    assert rows(archive_dir, "SELECT count(*) FROM audit_event WHERE action = 'copy.made'") == [(0,)]

    one = desk.recording_ids[0]
    proc = cli("--archive", archive_dir, "copy", grant_id, usb, "--recipient", "李四 区法院", "--recording", one,
               "--medium", "usb", "--json")
    assert proc.returncode == 0, proc.stderr
    made = run_json(proc)
    folder = Path(made["folder"])
    assert made["ok"] and folder.parent == usb and made["medium"] == "usb" and made["recipient"] == "李四 区法院"
    [f] = made["files"]
    assert f["recording_id"] == one and sha256_file(folder / "data" / f["name"]) == f["sha256"]
    [(details,)] = rows(archive_dir, "SELECT details FROM audit_event WHERE action = 'copy.made'")
    logged = json.loads(details)
    assert logged["recipient"] == "李四 区法院" and logged["files"][0]["sha256"] == f["sha256"]

    # The copy checks years later with no archive at all.
    check = cli("--archive", tmp_path / "没有 档案库", "disc", "verify", folder)
    assert check.returncode == 0 and "校验 1/1 通过" in check.stdout

    plain = cli("--archive", archive_dir, "copy", grant_id, usb, "--recipient", "李四")
    assert plain.returncode == 0, plain.stderr
    assert "read back matches" in plain.stdout and len(list(usb.iterdir())) == 2

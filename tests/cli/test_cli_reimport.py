"""Importing the same footage again: everything is a duplicate of what is already archived."""
from __future__ import annotations

from cli_support import rows, run_json, scalar, vault_objects, vault_tmp


def test_importing_the_same_card_again_or_a_renamed_copy_finds_only_duplicates_with_the_same_ids(
        cli, fresh_archive, card, tmp_path):
    first = cli("--archive", fresh_archive, "import", "--json", card)
    assert first.returncode == 0, first.stderr
    before = run_json(first)
    assert len(before["imported"]) == 4
    recordings = rows(fresh_archive, "SELECT * FROM recording ORDER BY id")
    objects = vault_objects(fresh_archive)

    second = cli("--archive", fresh_archive, "import", "--json", card)
    assert second.returncode == 0, second.stderr
    after = run_json(second)
    assert after["imported"] == []
    assert after["rejected"] == []
    assert sorted((d["path"], d["sha256"], d["recording_id"]) for d in after["duplicates"]) == sorted(
        (i["path"], i["sha256"], i["recording_id"]) for i in before["imported"])
    assert sorted(s["path"] for s in after["skipped"]) == sorted(s["path"] for s in before["skipped"])

    assert rows(fresh_archive, "SELECT * FROM recording ORDER BY id") == recordings
    assert vault_objects(fresh_archive) == objects
    assert vault_tmp(fresh_archive) == []
    assert rows(fresh_archive, "SELECT status FROM import_batch ORDER BY id") == [("finished",), ("finished",)]
    assert rows(fresh_archive, "SELECT outcome, count(*) FROM import_item WHERE batch_id = 2 GROUP BY outcome "
                               "ORDER BY outcome") == [("duplicate", 4), ("skipped", 2)]

    # The same recording copied to a USB stick under another name is still the same recording.
    copy = tmp_path / "U盘 备份" / "张三 现场 录像.mp4"
    copy.parent.mkdir()
    copy.write_bytes((card / "DCIM" / "100MEDIA" / "20261128_093012_0001.MP4").read_bytes())
    third = cli("--archive", fresh_archive, "import", "--json", copy)
    assert third.returncode == 0, third.stderr
    report = run_json(third)
    assert report["imported"] == []
    [dup] = report["duplicates"]
    assert dup["path"] == str(copy)
    assert dup["recording_id"] == {i["sha256"]: i["recording_id"] for i in before["imported"]}[dup["sha256"]]
    assert rows(fresh_archive, "SELECT * FROM recording ORDER BY id") == recordings
    assert scalar(fresh_archive, "SELECT original_name FROM recording WHERE id = ?", dup["recording_id"]) == \
        "20261128_093012_0001.MP4"
    assert vault_objects(fresh_archive) == objects

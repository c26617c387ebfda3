"""`demo` fills a new archive with believable sample data that verifies like any other."""
from __future__ import annotations

from cli_support import rows, run_json, scalar, sha256_file


def test_demo_on_a_new_folder_makes_an_archive_with_people_devices_cases_and_recordings_that_verifies(
        cli, archive_dir):
    proc = cli("--archive", archive_dir, "demo")
    assert proc.returncode == 0, proc.stderr
    assert (archive_dir / "archive.db").is_file()
    assert (archive_dir / "audit.head").is_file()

    assert scalar(archive_dir, "SELECT count(*) FROM unit") == 1
    assert scalar(archive_dir, "SELECT count(*) FROM person WHERE badge_no IS NOT NULL") >= 3
    assert scalar(archive_dir, "SELECT count(*) FROM device") >= 2
    assert scalar(archive_dir, "SELECT count(*) FROM case_file") >= 2
    recordings = rows(archive_dir, "SELECT id, sha256, media_kind, case_id, officer_id FROM recording")
    assert len(recordings) >= 4
    assert {kind for _, _, kind, _, _ in recordings} >= {"video", "audio"}
    assert sum(case_id is not None for *_, case_id, _ in recordings) >= 3
    assert all(officer_id is not None for *_, officer_id in recordings)
    for _, sha, *_ in recordings:
        assert sha256_file(archive_dir / "vault" / "objects" / sha[:2] / sha) == sha

    check = cli("--archive", archive_dir, "verify", "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    report = run_json(check)
    assert report["ok"] is True
    assert report["checked"] == len(recordings)
    assert report["problems"] == []

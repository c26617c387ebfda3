"""Filing footage on import: against officers, devices, cases and the activity's hand-in deadline."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from cli_support import mentions, rows, run_json, scalar, vault_objects

CASE_NO = "（2026）水政罚字第 17 号"


def _utc(stored: str) -> datetime:
    """SQLite keeps the archive's times as naive UTC text."""
    return datetime.fromisoformat(stored).replace(tzinfo=timezone.utc)


def _nothing_stored(archive) -> None:
    assert scalar(archive, "SELECT count(*) FROM recording") == 0
    assert scalar(archive, "SELECT count(*) FROM import_batch") == 0
    assert scalar(archive, "SELECT count(*) FROM import_item") == 0
    assert scalar(archive, "SELECT count(*) FROM case_file") == 0
    assert scalar(archive, "SELECT count(*) FROM activity") == 0
    assert vault_objects(archive) == []


def test_import_for_an_unknown_officer_exits_2_says_person_add_and_stores_nothing(cli, fresh_archive, card):
    proc = cli("--archive", fresh_archive, "import", "--json", "--officer", "31010999", "--case", CASE_NO,
               "--activity-at", "2026-11-28T09:30", card)
    assert proc.returncode == 2
    assert "person add" in proc.stderr
    assert "31010999" in proc.stderr
    assert str(fresh_archive) in proc.stderr
    assert proc.stdout == ""
    _nothing_stored(fresh_archive)


def test_import_from_an_unknown_device_exits_2_says_device_add_and_stores_nothing(cli, fresh_archive, card):
    proc = cli("--archive", fresh_archive, "import", "--json", "--device", "DSJ-X9-000417", "--case", CASE_NO,
               card)
    assert proc.returncode == 2
    assert "device add" in proc.stderr
    assert "DSJ-X9-000417" in proc.stderr
    assert proc.stdout == ""
    _nothing_stored(fresh_archive)


def test_import_with_an_unknown_case_number_creates_the_case_and_files_the_recordings_under_it(
        cli, fresh_archive, card, clips):
    proc = cli("--archive", fresh_archive, "import", "--json", "--case", CASE_NO, card)
    assert proc.returncode == 0, proc.stderr
    imported = run_json(proc)["imported"]
    assert len(imported) == 4
    cases = rows(fresh_archive, "SELECT id, case_no FROM case_file")
    assert [c[1] for c in cases] == [CASE_NO]
    case_id = cases[0][0]
    assert {r for (r,) in rows(fresh_archive, "SELECT case_id FROM recording")} == {case_id}
    assert scalar(fresh_archive, "SELECT case_id FROM import_batch") == case_id
    assert scalar(fresh_archive, "SELECT count(*) FROM audit_event WHERE action = 'case.created'") == 1

    # The same number again files under the same case, not a second one.
    again = cli("--archive", fresh_archive, "import", "--json", "--case", f"  {CASE_NO} ", clips["mp4"].parent)
    assert again.returncode == 0, again.stderr
    assert rows(fresh_archive, "SELECT id, case_no FROM case_file") == cases
    assert scalar(fresh_archive, "SELECT count(*) FROM audit_event WHERE action = 'case.created'") == 1
    assert scalar(fresh_archive, "SELECT count(*) FROM recording WHERE case_id IS NOT ?", case_id) == 0


def test_import_by_a_known_officer_and_device_after_a_late_hand_in_is_filed_and_flagged_late(
        cli, fresh_archive, card):
    added = cli("--archive", fresh_archive, "person", "add", "--name", "张 三", "--badge", "31010001",
                "--department", "执法一队")
    assert added.returncode == 0, added.stderr
    added = cli("--archive", fresh_archive, "device", "add", "--serial", "DSJ-X9-000417", "--kind", "body_camera",
                "--model", "DSJ-X9", "--asset-no", "ZC-2026-031")
    assert added.returncode == 0, added.stderr
    person_id = scalar(fresh_archive, "SELECT id FROM person WHERE badge_no = '31010001'")
    device_id = scalar(fresh_archive, "SELECT id FROM device WHERE serial = 'DSJ-X9-000417'")
    assert person_id is not None and device_id is not None
    assert rows(fresh_archive, "SELECT d.name FROM person p JOIN department d ON d.id = p.department_id") == [
        ("执法一队",)]

    # 09:30 in the unit's time zone (Asia/Shanghai) is 01:30 UTC; the deadline is 24 hours on.
    proc = cli("--archive", fresh_archive, "import", "--json", "--officer", "31010001", "--device",
               "DSJ-X9-000417", "--activity-at", "2024-03-01T09:30", card)
    assert proc.returncode == 0, proc.stderr
    report = run_json(proc)
    assert len(report["imported"]) == 4

    activities = rows(fresh_archive, "SELECT id, ended_at FROM activity")
    assert len(activities) == 1
    activity_id, ended_at = activities[0]
    assert _utc(ended_at) == datetime(2024, 3, 1, 1, 30, tzinfo=timezone.utc)
    assert rows(fresh_archive, "SELECT person_id FROM activity_officer WHERE activity_id = ?", activity_id) == [
        (person_id,)]

    # Lateness runs to the hand-in, the moment the import began, the same for every file of it.
    handed_in = _utc(scalar(fresh_archive, "SELECT started_at FROM import_batch"))
    recs = rows(fresh_archive, "SELECT officer_id, device_id, activity_id, deadline_at, deadline_status, "
                               "late_by_seconds FROM recording")
    assert len(recs) == 4
    for officer_id, dev_id, act_id, deadline_at, status, late_by in recs:
        assert (officer_id, dev_id, act_id) == (person_id, device_id, activity_id)
        assert _utc(deadline_at) == datetime(2024, 3, 2, 1, 30, tzinfo=timezone.utc)
        assert status == "late"
        assert abs(late_by - (handed_in - _utc(deadline_at)).total_seconds()) <= 1
    batch = rows(fresh_archive, "SELECT officer_id, handed_in_by_id, device_id, activity_id, status "
                                "FROM import_batch")
    assert batch == [(person_id, person_id, device_id, activity_id, "finished")]


def test_footage_handed_in_an_hour_after_the_activity_is_on_time(cli, fresh_archive, clips):
    added = cli("--archive", fresh_archive, "person", "add", "--name", "李四", "--badge", "31010002")
    assert added.returncode == 0, added.stderr
    an_hour_ago = datetime.now(ZoneInfo("Asia/Shanghai")) - timedelta(hours=1)
    proc = cli("--archive", fresh_archive, "import", "--json", "--officer", "31010002", "--activity-at",
               an_hour_ago.strftime("%Y-%m-%dT%H:%M:%S"), clips["wav"])
    assert proc.returncode == 0, proc.stderr
    assert len(run_json(proc)["imported"]) == 1
    status, late_by, deadline_at, device_id = rows(
        fresh_archive, "SELECT deadline_status, late_by_seconds, deadline_at, device_id FROM recording")[0]
    assert status == "on_time"
    assert late_by is None
    assert device_id is None
    expected = an_hour_ago.replace(microsecond=0) + timedelta(hours=24)
    assert abs((_utc(deadline_at) - expected).total_seconds()) < 1


def test_an_activity_time_with_an_explicit_offset_is_taken_as_given(cli, fresh_archive, clips):
    proc = cli("--archive", fresh_archive, "import", "--json", "--activity-at", "2024-03-01T09:30+00:00",
               clips["jpg"])
    assert proc.returncode == 0, proc.stderr
    assert _utc(scalar(fresh_archive, "SELECT ended_at FROM activity")) == datetime(
        2024, 3, 1, 9, 30, tzinfo=timezone.utc)
    assert scalar(fresh_archive, "SELECT deadline_status FROM recording") == "late"


def test_import_without_officer_device_or_activity_leaves_the_deadline_unknown(cli, fresh_archive, clips):
    proc = cli("--archive", fresh_archive, "import", "--json", clips["mp4"])
    assert proc.returncode == 0, proc.stderr
    assert rows(fresh_archive, "SELECT officer_id, device_id, activity_id, case_id, deadline_status, deadline_at "
                               "FROM recording") == [(None, None, None, None, "unknown", None)]


def test_an_unknown_handed_in_by_badge_is_refused_like_an_unknown_officer(cli, fresh_archive, clips):
    proc = cli("--archive", fresh_archive, "import", "--handed-in-by", "31019999", clips["wav"])
    assert proc.returncode == 2
    assert "person add" in proc.stderr and "31019999" in proc.stderr
    assert mentions(proc.stderr, "没有执法证号为 31019999 的人员", "No officer with badge number 31019999")
    _nothing_stored(fresh_archive)

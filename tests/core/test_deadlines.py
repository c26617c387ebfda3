"""The hand-in deadline (ARC-07): 24 h after the activity ends, or after the officer's return for
remote work; late imports carry the hours late in the office's words."""
from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from evidenceroom.core import deadlines
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Activity, AuditEvent, DeadlineStatus, Recording
from evidenceroom.core.timeutil import utcnow

T0 = datetime(2026, 11, 28, 2, 0, tzinfo=timezone.utc)  # 10:00 in Beijing


def _activity(**kw) -> Activity:
    return Activity(kind="现场检查", place="钱塘江堤", created_at=T0, **kw)


# --- the rule itself ------------------------------------------------------------------------------

def test_footage_of_an_activity_that_ended_30_hours_earlier_is_6_hours_late():
    due = deadlines.check(_activity(ended_at=T0), T0 + timedelta(hours=30))
    assert due.status is DeadlineStatus.LATE
    assert due.deadline_at == T0 + timedelta(hours=24)
    assert due.late_by_seconds == 6 * 3600
    assert deadlines.describe(due.status.value, due.late_by_seconds) == "逾期 6 小时"


def test_footage_handed_in_within_24_hours_is_on_time():
    due = deadlines.check(_activity(ended_at=T0), T0 + timedelta(hours=23, minutes=59))
    assert (due.status, due.late_by_seconds) == (DeadlineStatus.ON_TIME, None)
    assert deadlines.describe(due.status.value, due.late_by_seconds) == "按时"


def test_footage_handed_in_at_the_deadline_itself_is_on_time():
    due = deadlines.check(_activity(ended_at=T0), T0 + timedelta(hours=24))
    assert due.status is DeadlineStatus.ON_TIME


def test_for_remote_work_the_deadline_runs_from_the_return_to_the_unit():
    remote = _activity(ended_at=T0, remote=True, returned_at=T0 + timedelta(hours=20))
    due = deadlines.check(remote, T0 + timedelta(hours=30))  # returned 10 h before the hand-in
    assert due.status is DeadlineStatus.ON_TIME
    assert due.deadline_at == T0 + timedelta(hours=44)
    assert deadlines.describe(due.status.value, due.late_by_seconds) == "按时"


def test_a_return_time_on_ordinary_work_does_not_move_the_deadline():
    local = _activity(ended_at=T0, remote=False, returned_at=T0 + timedelta(hours=20))
    due = deadlines.check(local, T0 + timedelta(hours=30))
    assert (due.status, due.late_by_seconds) == (DeadlineStatus.LATE, 6 * 3600)


def test_remote_footage_handed_in_too_long_after_the_return_is_late():
    remote = _activity(ended_at=T0, remote=True, returned_at=T0 + timedelta(hours=2))
    due = deadlines.check(remote, T0 + timedelta(hours=29))
    assert (due.status, due.late_by_seconds) == (DeadlineStatus.LATE, 3 * 3600)


def test_without_an_activity_or_its_end_time_the_deadline_is_unknown():
    for activity in (None, _activity(ended_at=None)):
        due = deadlines.check(activity, T0)
        assert due == deadlines.DeadlineCheck(None, DeadlineStatus.UNKNOWN, None)
        assert deadlines.describe(due.status.value, due.late_by_seconds) == "未知"


def test_the_profile_can_set_other_hours():
    due = deadlines.check(_activity(ended_at=T0), T0 + timedelta(hours=30), hours=12)
    assert (due.status, due.late_by_seconds) == (DeadlineStatus.LATE, 18 * 3600)


@pytest.mark.parametrize("seconds, words", [
    (30 * 60, "逾期 30 分钟"),
    (10, "逾期 1 分钟"),
    (3600, "逾期 1 小时"),
    (26 * 3600, "逾期 26 小时"),
])
def test_lateness_is_described_in_hours_or_under_an_hour_in_minutes(seconds, words):
    assert deadlines.describe(DeadlineStatus.LATE.value, seconds) == words


# --- at import ----------------------------------------------------------------------------------------

def test_an_import_for_an_activity_that_ended_30_hours_ago_is_recorded_6_hours_late(archive, clips, clerk, rows):
    ended = utcnow() - timedelta(hours=30)
    report = import_paths(archive, clerk, ImportRequest(
        paths=[clips["mp4"], clips["jpg"]], activity_ended_at=ended, activity_kind="现场检查",
        activity_place="钱塘江堤 3 号闸"))

    recs = rows(archive, Recording)
    assert len(recs) == len(report.imported) == 2
    (activity,) = rows(archive, Activity)
    assert abs(activity.ended_at - ended) < timedelta(seconds=1)
    assert (activity.kind, activity.place) == ("现场检查", "钱塘江堤 3 号闸")
    for rec in recs:
        assert rec.activity_id == activity.id
        assert rec.deadline_status == DeadlineStatus.LATE.value
        assert abs(rec.deadline_at - (ended + timedelta(hours=24))) < timedelta(seconds=1)
        assert 6 * 3600 <= rec.late_by_seconds < 6 * 3600 + 120
        assert deadlines.describe(rec.deadline_status, rec.late_by_seconds) == "逾期 6 小时"
    created = [e for e in rows(archive, AuditEvent) if e.action == "activity.created"]
    assert [e.target_id for e in created] == [activity.id]


def test_a_hand_in_end_time_without_a_zone_is_taken_in_the_units_zone(archive, clips, clerk, rows):
    ended_local = (datetime.now(ZoneInfo("Asia/Shanghai")) - timedelta(hours=30)).replace(tzinfo=None)
    import_paths(archive, clerk, ImportRequest(paths=[clips["wav"]], activity_ended_at=ended_local))
    (activity,) = rows(archive, Activity)
    expected = ended_local.replace(tzinfo=ZoneInfo("Asia/Shanghai")).astimezone(timezone.utc)
    assert abs(activity.ended_at - expected) < timedelta(seconds=1)
    (rec,) = rows(archive, Recording)
    assert deadlines.describe(rec.deadline_status, rec.late_by_seconds) == "逾期 6 小时"


def test_a_recent_activity_is_recorded_on_time(archive, clips, clerk, rows):
    import_paths(archive, clerk, ImportRequest(paths=[clips["wav"]],
                                               activity_ended_at=utcnow() - timedelta(hours=3)))
    (rec,) = rows(archive, Recording)
    assert (rec.deadline_status, rec.late_by_seconds) == ("on_time", None)


def _remote_activity(archive, remote: bool) -> int:
    now = utcnow()
    with archive.transaction() as s:
        a = Activity(kind="异地执法", place="千岛湖", ended_at=now - timedelta(hours=40), remote=remote,
                     returned_at=now - timedelta(hours=10), created_at=now)
        s.add(a)
        s.flush()
        return a.id


def test_remote_work_returned_10_hours_ago_is_on_time(archive, clips, clerk, rows):
    activity_id = _remote_activity(archive, remote=True)
    import_paths(archive, clerk, ImportRequest(paths=[clips["mp4b"]], activity_id=activity_id))
    (rec,) = rows(archive, Recording)
    assert rec.activity_id == activity_id
    assert deadlines.describe(rec.deadline_status, rec.late_by_seconds) == "按时"


def test_the_same_activity_without_the_remote_mark_is_16_hours_late(archive, clips, clerk, rows):
    activity_id = _remote_activity(archive, remote=False)
    import_paths(archive, clerk, ImportRequest(paths=[clips["mp4b"]], activity_id=activity_id))
    (rec,) = rows(archive, Recording)
    assert deadlines.describe(rec.deadline_status, rec.late_by_seconds) == "逾期 16 小时"


def test_an_import_without_an_activity_has_an_unknown_deadline(archive, clips, clerk, rows):
    import_paths(archive, clerk, ImportRequest(paths=[clips["mp4"]]))
    (rec,) = rows(archive, Recording)
    assert (rec.activity_id, rec.deadline_at, rec.deadline_status, rec.late_by_seconds) == (None, None, "unknown", None)
    assert deadlines.describe(rec.deadline_status, rec.late_by_seconds) == "未知"
    imported = [json.loads(e.details) for e in rows(archive, AuditEvent) if e.action == "import.imported"]
    assert [d["deadline"] for d in imported] == ["unknown"]


def test_an_unknown_activity_number_is_refused_before_anything_is_imported(archive, clips, clerk, rows):
    from evidenceroom.core.errors import ArchiveError
    from evidenceroom.core.models import ImportBatch

    with pytest.raises(ArchiveError) as err:
        import_paths(archive, clerk, ImportRequest(paths=[clips["mp4"]], activity_id=4242))
    assert "4242" in err.value.text.zh
    assert rows(archive, ImportBatch) == [] and rows(archive, Recording) == []
    assert list(archive.vault.iter_objects()) == []


def test_every_file_of_one_hand_in_is_judged_at_the_time_it_was_handed_in(archive, clips, clerk, rows):
    # The deadline passes while the clerk's computer is still copying the card: the footage was
    # handed in on time, however long the copying takes.
    deadline = utcnow() + timedelta(seconds=1.5)

    def slow_copying(p):
        if p.files_done == 1:
            while utcnow() <= deadline + timedelta(seconds=0.3):
                time.sleep(0.05)

    import_paths(archive, clerk, ImportRequest(paths=[clips["mp4"], clips["wav"]],
                                               activity_ended_at=deadline - timedelta(hours=24)),
                 progress=slow_copying)

    recs = rows(archive, Recording)
    assert len(recs) == 2
    assert recs[1].imported_at > deadline  # the second file really was stored after the deadline
    assert [(r.deadline_status, r.late_by_seconds) for r in recs] == [("on_time", None), ("on_time", None)]

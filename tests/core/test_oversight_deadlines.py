"""Hand-in deadline report (DUT-09, RPT-05): hand-computed cases under two profiles' hours."""
from __future__ import annotations

from datetime import timedelta

import pytest

from evidenceroom.core import oversight
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.profiles import Profile
from evidenceroom.core.timeutil import utcnow
from tests.core.oversight_support import activity, hand_in, staff

DAY_24 = Profile(key="p24", name_zh="24小时", name_en="24 h", issuer="", regulation="", hand_in_hours=24)
DAY_48 = Profile(key="p48", name_zh="48小时", name_en="48 h", issuer="", regulation="", hand_in_hours=48)


@pytest.fixture
def seeded(archive, tmp_path):
    ids = staff(archive)
    late = activity(archive, ids["张伟"], ended_hours_ago=30)  # handed in now: 6 h late under 24 h
    quick = activity(archive, ids["李娜"], ended_hours_ago=10)  # handed in now: on time under both
    missing = activity(archive, ids["张伟"], ended_hours_ago=26)  # nothing handed in
    remote = activity(archive, ids["李娜"], ended_hours_ago=40, remote_returned_hours_ago=20)
    hand_in(archive, tmp_path / "a", late, 440)
    hand_in(archive, tmp_path / "b", quick, 550, badge="13002")
    hand_in(archive, tmp_path / "c", remote, 660, badge="13002")
    return {"late": late, "quick": quick, "missing": missing, "remote": remote}


def _report(archive, profile, now):
    return oversight.deadline_report(archive, now - timedelta(days=3), now + timedelta(hours=1), profile=profile,
                                     now=now)


def _by_id(report):
    return {line.activity_id: line for line in report.lines}


def test_under_24_hours_late_missing_and_on_time_are_hand_computed(archive, seeded):
    now = utcnow()
    lines = _by_id(_report(archive, DAY_24, now))
    assert lines[seeded["late"]].status == oversight.LATE
    assert lines[seeded["late"]].hours_late == pytest.approx(6, abs=0.05)
    assert lines[seeded["quick"]].status == oversight.ON_TIME
    assert lines[seeded["missing"]].status == oversight.MISSING
    assert lines[seeded["missing"]].hours_late == pytest.approx(2, abs=0.05)
    assert oversight.describe(lines[seeded["missing"]]) == "逾期未移交 2 小时"
    # Remote work: the deadline runs from the return to the unit, 20 h ago, not the end, 40 h ago.
    assert lines[seeded["remote"]].status == oversight.ON_TIME


def test_under_48_hours_the_same_activities_are_on_time_or_not_yet_due(archive, seeded):
    now = utcnow()
    lines = _by_id(_report(archive, DAY_48, now))
    assert lines[seeded["late"]].status == oversight.ON_TIME
    assert lines[seeded["missing"]].status == oversight.PENDING
    assert lines[seeded["missing"]].hours_late is None


def test_tallies_by_officer_and_department(archive, seeded):
    report = _report(archive, DAY_24, utcnow())
    officers = {t.name: t for t in report.by_officer}
    assert (officers["张伟"].activities, officers["张伟"].late, officers["张伟"].missing) == (2, 1, 1)
    assert officers["张伟"].on_time_rate == 0
    depts = {t.name: t for t in report.by_department}
    assert (depts["二大队"].on_time, depts["二大队"].recordings) == (2, 2)
    assert depts["二大队"].on_time_rate == 1
    assert (report.total.activities, report.total.due) == (4, 4)


def test_the_period_selects_by_when_the_deadline_started_to_run(archive, seeded):
    now = utcnow()
    report = oversight.deadline_report(archive, now - timedelta(hours=27), now, profile=DAY_24, now=now)
    assert set(_by_id(report)) == {seeded["quick"], seeded["missing"], seeded["remote"]}


def test_a_period_ending_before_it_starts_is_refused(archive):
    now = utcnow()
    with pytest.raises(ArchiveError, match="结束须晚于开始"):
        oversight.deadline_report(archive, now, now - timedelta(days=1), profile=DAY_24)


def test_classify_by_hand():
    now = utcnow()
    deadline = now - timedelta(hours=1)
    assert oversight.classify(deadline, deadline, now) == (oversight.ON_TIME, None)
    assert oversight.classify(deadline, deadline + timedelta(minutes=90), now) == (oversight.LATE, 5400)
    assert oversight.classify(deadline, None, now) == (oversight.MISSING, 3600)
    assert oversight.classify(now + timedelta(hours=1), None, now) == (oversight.PENDING, None)

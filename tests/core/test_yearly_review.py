"""Yearly review figures (002§17, RPT-07) and the dashboard's figures."""
from __future__ import annotations

from datetime import timedelta

import pytest

from evidenceroom.core import dashboard, gaps, spot_checks, yearly_review
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.profiles import Profile
from evidenceroom.core.timeutil import to_local, utcnow
from tests.core.oversight_support import activity, hand_in, sign_in, staff

# A one-hour deadline keeps the whole fixture within the last three hours, so the year under review
# holds all of it on any day but the first hours of January 1.
ONE_HOUR = Profile(key="p1", name_zh="一小时", name_en="1 h", issuer="", regulation="", hand_in_hours=1)


@pytest.fixture
def year_of_work(archive, tmp_path):
    ids = staff(archive)
    late = activity(archive, ids["张伟"], ended_hours_ago=1.5)
    ok = activity(archive, ids["李娜"], ended_hours_ago=0.2)
    activity(archive, ids["张伟"], ended_hours_ago=1.8)  # never handed in
    hand_in(archive, tmp_path / "a", late, 440)
    hand_in(archive, tmp_path / "b", ok, 550, badge="13002")
    hand_in(archive, tmp_path / "c", ok, 660, badge="13002")
    hand_in(archive, tmp_path / "d", None, 770)  # unfiled
    clerk = sign_in(archive, "clerk")
    gaps.register_gap(archive, clerk, ok, "interruption", "002-12-1", "电量不足",
                      stopped_at=(utcnow() - timedelta(hours=0.5)))
    inspector = sign_in(archive, "inspector")
    with archive.session() as s:
        local = to_local(utcnow(), archive.unit(s).timezone).replace(tzinfo=None)
    check = spot_checks.draw(archive, inspector, local - timedelta(days=2), local + timedelta(hours=1),
                             proportion=0.5, seed=11)
    spot_checks.score(archive, inspector, check.items[0].id, 9, 8, 7)
    return local


def test_figures_by_department_for_the_year(archive, year_of_work):
    review = yearly_review.yearly_review(archive, year_of_work.year, profile=ONE_HOUR)
    depts = {d.name: d for d in review.departments}
    assert (depts["一大队"].recordings, depts["一大队"].late, depts["一大队"].missing) == (2, 1, 1)
    assert (depts["二大队"].recordings, depts["二大队"].on_time, depts["二大队"].on_time_rate) == (2, 1, 1.0)
    assert (review.total.recordings, review.total.activities) == (4, 3)
    assert review.total.on_time_rate == pytest.approx(1 / 3)
    assert sum(m.recordings for m in review.months) == 4
    assert [ln.status for ln in review.late_lines] == ["missing", "late"]
    assert (review.gaps.interruptions, review.gaps.pending) == (1, 1)
    assert (review.spot_checks.checks, review.spot_checks.sampled, review.spot_checks.scored) == (1, 2, 1)
    assert review.spot_checks.item_averages == (9, 8, 7) and review.spot_checks.average_total == 24
    assert review.devices is None  # no department has a staffing class


def test_a_year_not_begun_is_refused(archive):
    with pytest.raises(ArchiveError, match="尚未开始"):
        yearly_review.yearly_review(archive, utcnow().year + 2)


def test_the_dashboard_counts_twelve_months_and_the_open_items(archive, year_of_work):
    board = dashboard.dashboard(archive, profile=ONE_HOUR)
    assert len(board.months) == 12 and board.months[-1].month == year_of_work.month
    assert board.months[-1].recordings == 4
    assert (board.on_time, board.due) == (1, 3)
    assert [ln.status for ln in board.overdue] == ["missing"]
    assert (board.pending_gaps, board.unfiled, board.spot_checks_this_year) == (1, 1, 1)


def test_the_dashboards_twelve_months_cross_the_new_year(archive):
    from datetime import datetime, timezone

    board = dashboard.dashboard(archive, now=datetime(2026, 2, 15, 4, tzinfo=timezone.utc))
    months = [(m.year, m.month) for m in board.months]
    assert len(months) == 12 and months[0] == (2025, 3)
    assert months[-3:] == [(2025, 12), (2026, 1), (2026, 2)]


def test_the_dashboard_warns_when_the_regulation_in_force_has_expired(archive):
    from datetime import date

    expired = Profile(key="p000", name_zh="中卫市 2021", name_en="Zhongwei 2021", issuer="", regulation="",
                      valid_until=date(2026, 5, 6))
    now = utcnow()
    board = dashboard.dashboard(archive, now=now, profile=expired)
    assert board.profile_expired_on == (date(2026, 5, 6) if now.date() > date(2026, 5, 7) else None)
    assert dashboard.dashboard(archive, profile=ONE_HOUR).profile_expired_on is None

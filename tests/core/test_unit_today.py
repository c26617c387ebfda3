"""Days entered by hand are checked against the unit's calendar day, not the computer's: an
inspection or review held "today" in the unit's zone is accepted, one dated the unit's tomorrow is
refused, whatever zone the computer itself is set to."""
from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone

import pytest
from evidenceroom.core import inspections, review_records
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.timeutil import add_months, local_today, month_range

from tests.core.oversight_support import sign_in, staff

# Kiritimati is UTC+14 and Pago Pago UTC−11: their calendar days always differ.
AHEAD, BEHIND = "Pacific/Kiritimati", "Pacific/Pago_Pago"


@pytest.fixture
def computer_zone(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("the computer's zone can only be changed for a test where time.tzset exists")

    def _set(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield _set
    monkeypatch.undo()
    time.tzset()


def _archive(tmp_path, zone: str) -> tuple[Archive, list[int]]:
    archive = Archive.create(tmp_path / "档案 库", "测试市水务局", timezone=zone)
    return archive, [staff(archive)["张伟"]]


def test_a_day_that_is_today_for_the_unit_is_accepted_though_the_computer_is_a_day_behind(tmp_path, computer_zone):
    computer_zone(BEHIND)
    archive, ids = _archive(tmp_path, AHEAD)
    with archive:
        today = local_today(AHEAD)
        assert today > date.today()
        inspector = sign_in(archive, "inspector")
        assert inspections.record_inspection(archive, inspector, today, "周科长", ids).held_on == today
        assert review_records.record_review(archive, inspector, today, "全年", "周科长", 2).held_on == today


def test_the_units_tomorrow_is_refused_though_it_is_already_today_on_the_computer(tmp_path, computer_zone):
    computer_zone(AHEAD)
    archive, ids = _archive(tmp_path, BEHIND)
    with archive:
        tomorrow = local_today(BEHIND) + timedelta(days=1)
        assert tomorrow <= date.today()
        inspector = sign_in(archive, "inspector")
        with pytest.raises(ArchiveError, match="不能晚于今天"):
            inspections.record_inspection(archive, inspector, tomorrow, "周科长", ids)
        with pytest.raises(ArchiveError, match="不能晚于今天"):
            review_records.record_review(archive, inspector, tomorrow, "全年", "周科长", 2)


def test_month_range_is_the_units_calendar_month_in_utc():
    start, end = month_range(2026, 12, "Asia/Shanghai")
    assert start == datetime(2026, 11, 30, 16, tzinfo=timezone.utc)
    assert end == datetime(2026, 12, 31, 16, tzinfo=timezone.utc)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)

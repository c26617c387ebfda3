"""Coverage of an activity by its footage (DUT-07), computed by hand."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from evidenceroom.core.coverage import Segment, coverage


def at(hh: int, mm: int) -> datetime:
    return datetime(2026, 11, 28, hh, mm, tzinfo=timezone.utc)


def test_the_requirement_example_start_end_and_after_the_event():
    # Activity 09:00–10:00, clips 09:10–09:40 and 10:20–10:25.
    c = coverage(at(9, 0), at(10, 0), [Segment(1, at(9, 10), 30 * 60_000), Segment(2, at(10, 20), 5 * 60_000)])
    assert c.start_gap == timedelta(minutes=10)
    assert c.end_gap == timedelta(minutes=20)
    assert c.after_end == (2,) and c.found


def test_a_break_between_segments_longer_than_the_tolerance():
    c = coverage(at(9, 0), at(9, 30), [Segment(1, at(9, 0), 10 * 60_000), Segment(2, at(9, 16), 14 * 60_000),
                                        Segment(3, at(9, 16), None)])
    assert c.breaks == ((at(9, 10), at(9, 16)),) and c.uncovered == timedelta(minutes=6)
    assert c.start_gap == c.end_gap == timedelta(0)


def test_a_restart_within_the_tolerance_and_untimed_footage_are_not_breaks():
    c = coverage(at(9, 0), at(9, 20), [Segment(1, at(9, 0), 10 * 60_000),
                                        Segment(2, at(9, 10) + timedelta(seconds=20), 10 * 60_000 - 20_000)])
    assert not c.found
    assert not coverage(at(9, 0), at(9, 20), [Segment(1, at(9, 5), None)]).judged

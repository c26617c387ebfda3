"""How much of an activity its footage covers (DUT-07): time not recorded between arrival and the
first segment, breaks between segments longer than a tolerance, time not recorded after the last
segment, and segments captured after the activity ended (possible recording after the event,
事后补录). Capture times are the corrected ones when a device clock offset is stored (the caller
corrects them, `device_clock.corrected`). Photos have no duration and cover no time; an activity
with none of its segments timed is not judged."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# A camera restarting a file is not a break. The product's default: the duty report passes the
# profile's `gap_tolerance_seconds` (DUT-07).
TOLERANCE = timedelta(seconds=30)
SPOKEN_STATEMENT = "语音说明"  # the marker text a reviewer links to a resumed segment (DUT-06)
SPOKEN_WITHIN_MS = 60_000  # ... within its first minute


@dataclass(frozen=True)
class Segment:
    recording_id: int
    start: datetime
    duration_ms: int | None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(milliseconds=self.duration_ms or 0)


@dataclass(frozen=True)
class Coverage:
    start_gap: timedelta = timedelta(0)  # arrival → first segment
    breaks: tuple[tuple[datetime, datetime], ...] = ()  # between segments, each longer than the tolerance
    resumed_by: tuple[int, ...] = ()  # the recording that resumes after each break
    end_gap: timedelta = timedelta(0)  # last segment → end of the activity
    after_end: tuple[int, ...] = ()  # recordings that began after the activity ended
    judged: bool = True

    @property
    def uncovered(self) -> timedelta:
        return self.start_gap + self.end_gap + sum((b - a for a, b in self.breaks), timedelta(0))

    @property
    def found(self) -> bool:
        """Anything a statement must explain."""
        return self.judged and (self.uncovered > timedelta(0) or bool(self.after_end))


def coverage(started_at: datetime | None, ended_at: datetime | None, segments: list[Segment],
             tolerance: timedelta = TOLERANCE) -> Coverage:
    timed = sorted((s for s in segments if s.duration_ms), key=lambda s: s.start)
    if ended_at is None or not timed:
        return Coverage(judged=False)
    after = tuple(s.recording_id for s in timed if s.start > ended_at)
    inside = [s for s in timed if s.start <= ended_at]
    if not inside:
        return Coverage(after_end=after)
    start_gap = max(timedelta(0), inside[0].start - started_at) if started_at else timedelta(0)
    breaks, resumed_by = [], []
    reached = inside[0].end
    for seg in inside[1:]:
        if seg.start - reached > tolerance:
            breaks.append((reached, seg.start))
            resumed_by.append(seg.recording_id)
        reached = max(reached, seg.end)
    end_gap = max(timedelta(0), ended_at - reached)
    keep = lambda gap: gap if gap > tolerance else timedelta(0)  # noqa: E731
    return Coverage(keep(start_gap), tuple(breaks), tuple(resumed_by), keep(end_gap), after)


def spoken_statements_cover(cov: Coverage, marked: set[int]) -> bool:
    """Whether every break was explained on resuming (续录时语音说明, 001§10, 003§15): the resuming
    recording carries a reviewer's 语音说明 marker. Time missing at the start or end, or footage
    after the end, is not a break a spoken statement explains."""
    return (bool(cov.breaks) and cov.start_gap == timedelta(0) and cov.end_gap == timedelta(0)
            and not cov.after_end and all(r in marked for r in cov.resumed_by))

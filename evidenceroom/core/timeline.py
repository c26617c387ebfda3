"""An activity's footage on one timeline (ARC-08, REV-02; 001§10, 002§8, 002§11, 003§13, 003§15).

Recording runs from arrival to leaving; segments split by interruptions, files from several
devices and the photos taken at key points all belong to the one activity. Its items are put in
capture order by the real time: a device clock offset stored at import (ARC-09) is taken off the
device's own time. The spans not recorded are worked out from the covered intervals, merged, so
two devices filming at once leave no gap: arrival to the first segment, between segments, and the
last segment to the end of the activity, wherever those times are known.

Reads only; a fixed number of statements however many recordings the activity holds.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from evidenceroom.core.archive import Archive, unit_timezone
from evidenceroom.core.device_clock import corrected
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Activity, Case, Device, MediaKind, Person, Recording

# Under a second between two files is a camera starting its next file, not time lost.
MIN_GAP = timedelta(seconds=1)
MAX_ACTIVITIES = 500


class SpanKind:
    BEFORE_FIRST = "before_first"  # arrival (activity start) → first segment
    BETWEEN = "between"  # between segments
    AFTER_LAST = "after_last"  # last segment → end of the activity


@dataclass(frozen=True)
class TimelineItem:
    recording_id: int
    media_kind: str  # MediaKind value
    original_name: str
    device_serial: str | None
    officer_name: str | None
    start: datetime  # real time (corrected when an offset is stored), aware UTC
    end: datetime  # start + duration; a photo, or a file of unknown length, is an instant
    raw_start: datetime  # the device's own time (Recording.recorded_at)
    clock_offset_s: float | None
    duration_ms: int | None
    disposed: bool  # cleared with approval: on the timeline, never playable

    @property
    def is_segment(self) -> bool:
        """Video or audio with a known length: it covers time and can be played in turn."""
        return self.media_kind != MediaKind.PHOTO.value and bool(self.duration_ms)


@dataclass(frozen=True)
class Span:
    """Time not recorded."""

    kind: str  # SpanKind
    start: datetime
    end: datetime

    @property
    def length(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class Timeline:
    activity_id: int
    kind: str
    place: str
    started_at: datetime | None
    ended_at: datetime | None
    case_no: str | None
    officers: tuple[str, ...]
    timezone: str
    items: tuple[TimelineItem, ...]
    spans: tuple[Span, ...]

    @property
    def segments(self) -> tuple[TimelineItem, ...]:
        return tuple(i for i in self.items if i.is_segment)

    @property
    def photos(self) -> tuple[TimelineItem, ...]:
        return tuple(i for i in self.items if i.media_kind == MediaKind.PHOTO.value)

    @property
    def not_recorded(self) -> timedelta:
        return sum((s.length for s in self.spans), timedelta(0))

    def bounds(self) -> tuple[datetime, datetime] | None:
        """From the earliest to the latest moment known: activity times and items."""
        moments = [m for m in (self.started_at, self.ended_at) if m is not None]
        for i in self.items:
            moments += [i.start, i.end]
        return (min(moments), max(moments)) if moments else None

    def gap_before(self, recording_id: int) -> Span | None:
        """The span not recorded that ends where this segment starts, if any."""
        item = next((i for i in self.items if i.recording_id == recording_id), None)
        if item is None:
            return None
        return next((s for s in self.spans if s.end == item.start and s.kind != SpanKind.AFTER_LAST), None)


@dataclass(frozen=True)
class ActivitySummary:
    """One line of the list an activity is chosen from."""

    activity_id: int
    kind: str
    place: str
    started_at: datetime | None
    ended_at: datetime | None
    case_no: str | None
    recordings: int
    first_recorded_at: datetime | None


def covered(items: list[TimelineItem] | tuple[TimelineItem, ...]) -> list[tuple[datetime, datetime]]:
    """The time the segments cover, overlaps merged, in order."""
    merged: list[list[datetime]] = []
    for i in sorted((i for i in items if i.is_segment), key=lambda i: i.start):
        if merged and i.start <= merged[-1][1] + MIN_GAP:
            merged[-1][1] = max(merged[-1][1], i.end)
        else:
            merged.append([i.start, i.end])
    return [(a, b) for a, b in merged]


def not_recorded(started_at: datetime | None, ended_at: datetime | None,
                 items: list[TimelineItem] | tuple[TimelineItem, ...]) -> tuple[Span, ...]:
    """The spans not recorded within the activity: the time from its start (or, unknown, from the
    first segment) to its end (or the last segment) that no segment covers. Time outside the
    activity is not its time, so a clip begun before arrival or after leaving covers nothing there
    and leaves no span. Without any segment nothing is judged (an activity that went unrecorded
    is the duty report's business, DUT-07)."""
    cover = covered(items)
    if not cover:
        return ()
    lo = started_at if started_at is not None else cover[0][0]
    hi = ended_at if ended_at is not None else cover[-1][1]
    spans, reached = [], lo
    for a, b in [*cover, (hi, hi)]:
        a, b = min(max(a, lo), hi), max(min(b, hi), lo)  # clipped to the activity
        if a - reached >= MIN_GAP:
            kind = (SpanKind.BEFORE_FIRST if reached == started_at
                    else SpanKind.AFTER_LAST if a == ended_at else SpanKind.BETWEEN)
            spans.append(Span(kind, reached, a))
        reached = max(reached, b)
    return tuple(spans)


def activity_of(archive: Archive, recording_id: int) -> int | None:
    """The activity a recording belongs to, if any."""
    with archive.session() as s:
        return s.scalar(select(Recording.activity_id).where(Recording.id == recording_id))


def activity_timeline(archive: Archive, activity_id: int) -> Timeline:
    """All files of the activity in capture order, with the spans not recorded."""
    with archive.session() as s:
        row = s.execute(select(Activity, Case.case_no).outerjoin(Case, Case.id == Activity.case_id)
                        .options(selectinload(Activity.officers))
                        .where(Activity.id == activity_id)).first()
        if row is None:
            raise ArchiveError(f"没有第 {activity_id} 号执法活动。", f"There is no enforcement activity {activity_id}.")
        activity, case_no = row
        tz = unit_timezone(s)
        items = []
        for rec_id, kind, name, serial, officer, at, offset, duration, disposed in s.execute(
                select(Recording.id, Recording.media_kind, Recording.original_name, Device.serial, Person.name,
                       Recording.recorded_at, Recording.clock_offset_s, Recording.duration_ms,
                       Recording.disposed_at)
                .outerjoin(Device, Device.id == Recording.device_id)
                .outerjoin(Person, Person.id == Recording.officer_id)
                .where(Recording.activity_id == activity_id)):
            start = corrected(at, offset)
            length = timedelta(milliseconds=duration or 0) if kind != MediaKind.PHOTO.value else timedelta(0)
            items.append(TimelineItem(rec_id, kind, name, serial, officer, start, start + length, at, offset,
                                      duration, disposed is not None))
        items.sort(key=lambda i: (i.start, i.recording_id))
        return Timeline(activity.id, activity.kind, activity.place, activity.started_at, activity.ended_at,
                        case_no, tuple(p.name for p in activity.officers), tz, tuple(items),
                        not_recorded(activity.started_at, activity.ended_at, items))


def activities_with_recordings(archive: Archive, case_no: str | None = None, text: str = "",
                               limit: int = 100) -> list[ActivitySummary]:
    """Activities that hold recordings, newest first, at most `limit` (≤ 500): to choose one from.
    `text` matches the kind, the place or the case number. One statement."""
    limit = max(1, min(int(limit), MAX_ACTIVITIES))
    first = func.min(Recording.recorded_at)
    newest = func.coalesce(Activity.started_at, Activity.ended_at, Activity.created_at)
    q = (select(Activity.id, Activity.kind, Activity.place, Activity.started_at, Activity.ended_at,
                Case.case_no, func.count(Recording.id), first)
         .join(Recording, Recording.activity_id == Activity.id)
         .outerjoin(Case, Case.id == Activity.case_id)
         .group_by(Activity.id, Activity.kind, Activity.place, Activity.started_at, Activity.ended_at,
                   Activity.created_at, Case.case_no)
         .order_by(newest.desc(), Activity.id.desc()).limit(limit))
    if case_no and case_no.strip():
        q = q.where(Case.case_no == case_no.strip())
    text = (text or "").strip()
    if text:
        pattern = f"%{text}%"
        q = q.where(or_(Activity.kind.like(pattern), Activity.place.like(pattern), Case.case_no.like(pattern)))
    with archive.session() as s:
        return [ActivitySummary(*row) for row in s.execute(q)]

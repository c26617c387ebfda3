"""The archive browser's questions: which recordings and cases, in what order, one page at a time.

Everything here reads; nothing changes the archive. Queries are portable SQLAlchemy; what is
SQLite's own (the trigram indexes of names, passing long id lists) sits behind functions of
`db`. They are shaped for an archive of a million recordings:

* a page is found as ids first (read in order from an index where the sort order has one), and
  only those ids are then joined to officers, devices, activities and cases;
* for the sort orders read straight from one column of `recording`, the next page continues
  after the last row shown (keyset) instead of counting past the rows already shown;
* a search looks in the small tables first (cases, people, devices) and in the file-name index,
  and matches recordings by their ids; when it matches only a few thousand recordings, the page
  is picked from exactly those (see `_Match`). `select_recordings` does that work once for a
  filter, so that paging on and counting do not repeat it.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Iterator
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, literal, literal_column, or_, select, tuple_, union
from sqlalchemy.orm import Session

from evidenceroom.core import db
from evidenceroom.core.models import (
    Activity,
    AuditEvent,
    Case,
    DeadlineStatus,
    Department,
    Device,
    ImportBatch,
    Person,
    Playback,
    Recording,
    Unit,
)
from evidenceroom.core.timeutil import DEFAULT_TIMEZONE

PAGE = 200
# A search that matches at most this many recordings is answered from their ids alone; a broader
# one is answered by walking the chosen order and keeping the rows that match, which finds a page
# quickly precisely because so many rows match.
NARROW_SEARCH = 5000

RECORDING_SORT_KEYS = ("recorded_at", "duration", "officer", "device", "activity", "file_name", "size",
                       "sha256", "deadline", "case_no", "id")
CASE_SORT_KEYS = ("newest", "case_no", "title", "category", "flags", "recordings", "late")
CASE_FLAGS = ("major_case", "obstruction", "emergency_or_dispute", "other_major", "penalty_case")


# --- what the browser asks for and gets back --------------------------------------------------

@dataclass(frozen=True)
class RecordingFilter:
    """Which recordings to list. Empty fields do not filter.

    `date_from` and `date_to` are calendar days in the unit's time zone, both included.
    `text` matches a case's number or title, an officer's name or badge number, a device's
    serial number, or part of the original file name (one or two characters: its start).
    `category` (分类) matches the case's category or the enforcement activity's kind, so footage
    not yet filed under a case is found by its activity.
    """

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    officer_id: int | None = None
    device_id: int | None = None
    late_only: bool = False
    unfiled: bool = False
    case_id: int | None = None
    category: str | None = None
    timezone: str = DEFAULT_TIMEZONE


@dataclass(frozen=True, slots=True)
class RecordingRow:
    id: int
    recorded_at: datetime
    duration_ms: int | None
    officer_name: str | None
    officer_badge: str | None
    device_serial: str | None
    activity_kind: str | None
    activity_place: str | None
    original_name: str
    size: int
    sha256: str
    deadline_status: str
    late_by_seconds: int | None
    case_id: int | None
    case_no: str | None
    media_kind: str
    damaged: bool
    disposed: bool = False  # disposed of at retention end: the row and its tombstone stay, the file is gone

@dataclass(frozen=True, slots=True)
class CaseRow:
    id: int
    case_no: str
    title: str
    category: str
    flags: tuple[str, ...]  # names from CASE_FLAGS that are set
    recordings: int
    late: int


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    detail: str = ""


@dataclass(frozen=True)
class Facets:
    """What the filter lists offer, and the unit's time zone for showing times."""

    officers: list[Choice]
    devices: list[Choice]
    categories: list[str]
    timezone: str


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: datetime
    actor_name: str
    action: str
    details: dict[str, Any]


@dataclass(frozen=True)
class PlaybackEntry:
    viewer_name: str
    started_at: datetime
    ended_at: datetime | None
    watched_ms: int | None


@dataclass(frozen=True)
class RecordingDetail:
    id: int
    sha256: str
    size: int
    media_kind: str
    original_name: str
    extension: str
    source_path: str
    recorded_at: datetime
    recorded_at_source: str
    imported_at: datetime
    duration_ms: int | None
    tracks: str
    damage: str | None
    deadline_at: datetime | None
    deadline_status: str
    late_by_seconds: int | None
    officer_name: str | None
    officer_badge: str | None
    officer_department: str | None
    device_serial: str | None
    device_kind: str | None
    device_model: str | None
    device_asset_no: str | None
    activity_id: int | None
    activity_kind: str | None
    activity_place: str | None
    activity_started_at: datetime | None
    activity_ended_at: datetime | None
    activity_remote: bool
    activity_returned_at: datetime | None
    case_id: int | None
    case_no: str | None
    case_title: str | None
    case_category: str | None
    batch_id: int
    batch_started_at: datetime
    batch_status: str
    imported_by: str  # the custodian who received it (接收人)
    handed_in_by_name: str | None  # 移交人
    handed_in_by_badge: str | None
    history: list[HistoryEntry] = field(default_factory=list)
    playbacks: list[PlaybackEntry] = field(default_factory=list)
    # The device clock minus the real time at import, seconds (ARC-09); None when not measured.
    clock_offset_s: float | None = None


# --- sessions ---------------------------------------------------------------------------------

@contextmanager
def _reading(source) -> Iterator[Session]:
    """Use the caller's session, or open a short one on the archive for this question."""
    if isinstance(source, Session):
        yield source
    else:
        with source.session() as s:
            yield s


# --- recordings -------------------------------------------------------------------------------

def select_recordings(source, flt: RecordingFilter | None = None) -> "Selection":
    """Work a filter out once against the archive (its search text and category matched to ids),
    for reading several pages and a count without matching it again. Work it out again after
    the archive changed."""
    flt = flt or RecordingFilter()
    with _reading(source) as s:
        return _select(s, flt)


def recording_rows(source, flt: "RecordingFilter | Selection | None" = None, sort_key: str = "recorded_at",
                   descending: bool = True, offset: int = 0, limit: int = PAGE,
                   after: RecordingRow | None = None) -> list[RecordingRow]:
    """One page of recordings.

    Page on with `offset` (rows already shown); also passing `after`, the last row shown, lets
    orders kept in an index continue from there without counting past the earlier rows.
    """
    _check_sort(sort_key, RECORDING_SORT_KEYS)
    with _reading(source) as s:
        selection = flt if isinstance(flt, Selection) else _select(s, flt or RecordingFilter())
        ids = _page_ids(s, selection, sort_key, descending, offset, limit, after)
        return _rows_for(s, ids)


def recording_count(source, flt: "RecordingFilter | Selection | None" = None, at_most: int | None = None) -> int:
    """How many recordings the filter matches; with `at_most`, counting stops there.

    A broad search (`Selection.broad`) is counted by reading rows until `at_most` of them match:
    give a limit for one unless an exact figure is worth the wait.
    """
    with _reading(source) as s:
        selection = flt if isinstance(flt, Selection) else _select(s, flt or RecordingFilter())
        where = selection.conditions()
        if where is None:
            return 0
        q = select(Recording.id).where(*where)
        if at_most is not None:
            q = q.limit(at_most)
        return s.scalar(select(func.count()).select_from(q.subquery())) or 0


def recording_detail(source, recording_id: int) -> RecordingDetail | None:
    """Everything known about one recording, with its own history from the audit chain."""
    with _reading(source) as s:
        rec = s.get(Recording, recording_id)
        if rec is None:
            return None
        officer, device, activity, case_ = rec.officer, rec.device, rec.activity, rec.case
        batch = s.get(ImportBatch, rec.batch_id)
        handed_in_by = s.get(Person, batch.handed_in_by_id) if batch.handed_in_by_id else None
        department = s.get(Department, officer.department_id) if officer and officer.department_id else None
        events = s.scalars(select(AuditEvent).where(AuditEvent.target_kind == "recording",
                                                    AuditEvent.target_id == recording_id)
                           .order_by(AuditEvent.seq))
        history = [HistoryEntry(e.seq, e.at, e.actor_name, e.action, _details(e.details)) for e in events]
        playbacks = [PlaybackEntry(p.viewer_name, p.started_at, p.ended_at, p.watched_ms)
                     for p in s.scalars(select(Playback).where(Playback.recording_id == recording_id)
                                        .order_by(Playback.started_at, Playback.id))]
        return RecordingDetail(
            id=rec.id, sha256=rec.sha256, size=rec.size, media_kind=rec.media_kind,
            original_name=rec.original_name, extension=rec.extension, source_path=rec.source_path,
            recorded_at=rec.recorded_at, recorded_at_source=rec.recorded_at_source, imported_at=rec.imported_at,
            duration_ms=rec.duration_ms, tracks=rec.tracks, damage=rec.damage, deadline_at=rec.deadline_at,
            deadline_status=rec.deadline_status, late_by_seconds=rec.late_by_seconds,
            officer_name=officer.name if officer else None, officer_badge=officer.badge_no if officer else None,
            officer_department=department.name if department else None,
            device_serial=device.serial if device else None, device_kind=device.kind if device else None,
            device_model=device.model if device else None, device_asset_no=device.asset_no if device else None,
            activity_id=rec.activity_id, activity_kind=activity.kind if activity else None,
            activity_place=activity.place if activity else None,
            activity_started_at=activity.started_at if activity else None,
            activity_ended_at=activity.ended_at if activity else None,
            activity_remote=bool(activity and activity.remote),
            activity_returned_at=activity.returned_at if activity else None,
            case_id=rec.case_id, case_no=case_.case_no if case_ else None,
            case_title=case_.title if case_ else None, case_category=case_.category if case_ else None,
            batch_id=batch.id, batch_started_at=batch.started_at, batch_status=batch.status,
            imported_by=batch.actor_name,
            handed_in_by_name=handed_in_by.name if handed_in_by else None,
            handed_in_by_badge=handed_in_by.badge_no if handed_in_by else None,
            history=history, playbacks=playbacks, clock_offset_s=rec.clock_offset_s,
        )


def _details(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except ValueError:
        return {"text": raw}
    return value if isinstance(value, dict) else {"value": value}


# --- finding a page of recordings -------------------------------------------------------------

# Sort orders read from columns of `recording` alone; the id always ends an order, so that pages
# never overlap. The index named beside each lets the database read the order instead of sorting.
_OWN_ORDER = {
    "recorded_at": ("recorded_at",),  # ix_recording_recorded_at
    "duration": ("duration_ms",),  # ix_recording_duration_ms
    "file_name": ("original_name",),  # ix_recording_original_name
    "size": ("size",),  # ix_recording_size
    "sha256": ("sha256",),  # unique
    # Most overdue first going down; on time, then unknown, then least overdue going up.
    "deadline": ("late_by_seconds", "deadline_status"),  # ix_recording_late_by_seconds
    "id": (),
}
# Orders kept in one NOT NULL column: the next page starts after the last row shown (keyset).
# Each names the RecordingRow field holding the value.
_KEYSET = {"recorded_at": "recorded_at", "file_name": "original_name", "size": "size", "sha256": "sha256",
           "id": None}


@dataclass(frozen=True)
class _Joined:
    """An order by a column of another table: that table is read in order through its own
    index, and each of its rows' recordings through theirs; recordings without one come first
    going up and last going down."""

    model: type
    columns: tuple[str, ...]
    foreign_key: str


_JOINED_ORDER = {
    "officer": _Joined(Person, ("name",), "officer_id"),  # ix_person_name + ix_recording_officer_id
    "device": _Joined(Device, ("serial",), "device_id"),  # unique serial + ix_recording_device_id
    "activity": _Joined(Activity, ("kind", "place"), "activity_id"),  # ix_activity_kind + ..._activity_id
    "case_no": _Joined(Case, ("case_no",), "case_id"),  # unique case_no + ix_recording_case_id
}


def _ordered(col, descending: bool):
    # NULLs first going up and last going down, as SQLite does by itself; said out loud so that
    # PostgreSQL (which does the opposite) gives the same pages.
    return col.desc().nulls_last() if descending else col.asc().nulls_first()


def _by_id(descending: bool):
    return Recording.id.desc() if descending else Recording.id.asc()


def _page_ids(s: Session, selection: "Selection", sort_key: str, descending: bool, offset: int, limit: int,
              after: RecordingRow | None) -> list[int]:
    where = selection.conditions(sort_key, descending)
    if where is None or limit <= 0:
        return []
    if sort_key in _JOINED_ORDER:
        return _joined_page_ids(s, where, _JOINED_ORDER[sort_key], descending, offset, limit)
    cols = [getattr(Recording, c) for c in _OWN_ORDER[sort_key]]
    if after is not None and sort_key in _KEYSET:
        if cols:
            value = literal(getattr(after, _KEYSET[sort_key]), type_=cols[0].type)
            key, last = tuple_(cols[0], Recording.id), tuple_(value, literal(after.id, type_=Recording.id.type))
        else:
            key, last = Recording.id, after.id
        where = [*where, key < last if descending else key > last]
        offset = 0
    q = (select(Recording.id).where(*where)
         .order_by(*[_ordered(c, descending) for c in cols], _by_id(descending)))
    return list(s.scalars(q.offset(offset).limit(limit)))


def _joined_page_ids(s: Session, where: list, joined: _Joined, descending: bool, offset: int,
                     limit: int) -> list[int]:
    fk = getattr(Recording, joined.foreign_key)
    other = joined.model
    filed = (select(Recording.id).select_from(other).join(Recording, fk == other.id).where(*where)
             .order_by(*[_ordered(getattr(other, c), descending) for c in joined.columns],
                       other.id.desc() if descending else other.id.asc(),
                       _ordered(Recording.recorded_at, descending), _by_id(descending)))
    loose = (select(Recording.id).where(*where, fk.is_(None))
             .order_by(_ordered(Recording.recorded_at, descending), _by_id(descending)))
    first, second = (filed, loose) if descending else (loose, filed)
    ids = list(s.scalars(first.offset(offset).limit(limit)))
    if len(ids) == limit:
        return ids
    if ids:
        skip = 0
    else:
        in_first = s.scalar(select(func.count()).select_from(first.order_by(None).subquery())) or 0
        skip = max(0, offset - in_first)
    return ids + list(s.scalars(second.offset(skip).limit(limit - len(ids))))


def _rows_for(s: Session, ids: list[int]) -> list[RecordingRow]:
    if not ids:
        return []
    r = Recording
    q = (select(r.id, r.recorded_at, r.duration_ms, Person.name, Person.badge_no, Device.serial, Activity.kind,
                Activity.place, r.original_name, r.size, r.sha256, r.deadline_status, r.late_by_seconds,
                r.case_id, Case.case_no, r.media_kind, r.damage.is_not(None), r.disposed_at.is_not(None))
         .outerjoin(Person, r.officer_id == Person.id).outerjoin(Device, r.device_id == Device.id)
         .outerjoin(Activity, r.activity_id == Activity.id).outerjoin(Case, r.case_id == Case.id)
         .where(r.id.in_(ids)))
    by_id = {row[0]: RecordingRow(*row) for row in s.execute(q)}
    return [by_id[i] for i in ids if i in by_id]


# --- the filter worked out ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Part:
    """One way recordings match a search or category: as a condition an index answers, and as
    the same condition put so that no index can answer it (`_unindexed`); for a list of values
    of one column, that column and the values."""

    indexed: ColumnElement[bool]
    walk: ColumnElement[bool]
    column: Any = None
    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Match:
    """A search text or a category, as the recordings it matches (no parts: none).

    A narrow match (at most NARROW_SEARCH recordings) is given to the database through indexes,
    which fetch exactly those rows for a small sort. A broad one is given unindexed: the database
    then reads the page's order from its index and keeps the rows that match, and fills a page
    soon because so many do. Where the earliest and latest matching recording times are known
    (`span`), a broad match is also kept to that span of time, so a search that only matches
    years-old cases does not first read through every newer row.
    """

    parts: tuple[_Part, ...]
    narrow: bool = True
    span: tuple[datetime, datetime] | None = None


@dataclass(frozen=True)
class Selection:
    """A RecordingFilter worked out against the archive (see `select_recordings`)."""

    filter: RecordingFilter
    plain: tuple[ColumnElement[bool], ...]
    matches: tuple[_Match, ...]

    @property
    def broad(self) -> bool:
        """True when a search or category matches so many recordings that counting them all
        means reading many rows (`recording_count` with `at_most` then)."""
        return any(not m.narrow for m in self.matches)

    @property
    def empty(self) -> bool:
        return any(not m.parts for m in self.matches)

    def conditions(self, sort_key: str | None = None, descending: bool = True) -> list[ColumnElement[bool]] | None:
        """WHERE terms on `recording` (None: nothing can match): for counting without a sort key,
        for reading a page in that order with one."""
        if self.empty:
            return None
        where = list(self.plain)
        for match in self.matches:
            if match.narrow:
                where.append(or_(*[p.indexed for p in match.parts]))
                continue
            where.append(or_(*[p.walk for p in match.parts]))
            if match.span is not None and sort_key in (None, "recorded_at"):
                earliest, latest = match.span
                where += [Recording.recorded_at >= earliest, Recording.recorded_at <= latest]
        return where


def _select(s: Session, flt: RecordingFilter) -> Selection:
    r = Recording
    plain: list[ColumnElement[bool]] = []
    tz = ZoneInfo(flt.timezone)
    if flt.date_from is not None:
        plain.append(r.recorded_at >= datetime.combine(flt.date_from, time(), tz))
    if flt.date_to is not None:
        plain.append(r.recorded_at < datetime.combine(flt.date_to + timedelta(days=1), time(), tz))
    if flt.officer_id is not None:
        plain.append(r.officer_id == flt.officer_id)
    if flt.device_id is not None:
        plain.append(r.device_id == flt.device_id)
    if flt.late_only:
        plain.append(r.deadline_status == DeadlineStatus.LATE.value)
    if flt.unfiled:
        plain.append(r.case_id.is_(None))
    if flt.case_id is not None:
        plain.append(r.case_id == flt.case_id)
    matches = []
    if flt.category:
        matches.append(_category_match(s, flt.category))
    text = flt.text.strip()
    if text and not any(not m.parts for m in matches):
        matches.append(_text_match(s, text))
    return Selection(flt, tuple(plain), tuple(matches))


def _unindexed(col):
    return col + literal_column("0")


def _in(s: Session, col, ids: list[int]) -> _Part:
    return _Part(db.id_in(s, col, ids), db.id_in(s, _unindexed(col), ids), col, tuple(ids))


def _count_upto(s: Session, q, cap: int) -> int:
    return s.scalar(select(func.count()).select_from(q.limit(cap).subquery())) or 0


def _finish(s: Session, parts: list[_Part], known_broad: bool = False, span_known: bool = True) -> _Match:
    """Decide narrow or broad; for a broad match, find its span of time from the indexes."""
    if not parts:
        return _Match(())
    indexed = or_(*[p.indexed for p in parts])
    if not known_broad and _count_upto(s, select(Recording.id).where(indexed), NARROW_SEARCH + 1) <= NARROW_SEARCH:
        return _Match(tuple(parts))
    span = None
    if span_known:
        edges = [e for e in (_edges(s, p) for p in parts) if e[0] is not None]
        if edges:
            span = (min(e[0] for e in edges), max(e[1] for e in edges))
    return _Match(tuple(parts), narrow=False, span=span)


def _edges(s: Session, part: _Part) -> tuple[datetime | None, datetime | None]:
    """The earliest and latest recording time of a part's recordings.

    For each value of a foreign key, its first and last recording are the ends of its stretch of
    the (foreign key, recorded_at) index: two index look-ups per value instead of reading every
    matching entry.
    """
    at = Recording.recorded_at
    if part.column is None or part.column is Recording.id or len(part.ids) <= 1:
        return s.execute(select(func.min(at), func.max(at)).where(part.indexed)).one()
    values = db.id_rows(s, list(part.ids))
    first = select(func.min(at)).where(part.column == values.c.value).scalar_subquery()
    last = select(func.max(at)).where(part.column == values.c.value).scalar_subquery()
    return s.execute(select(func.min(first), func.max(last)).select_from(values)).one()


def _category_match(s: Session, category: str) -> _Match:
    cases = list(s.scalars(select(Case.id).where(Case.category == category)))
    activities = list(s.scalars(select(Activity.id).where(Activity.kind == category)))
    parts = []
    if cases:
        parts.append(_in(s, Recording.case_id, cases))
    if activities:
        parts.append(_in(s, Recording.activity_id, activities))
    return _finish(s, parts)


def _text_match(s: Session, text: str) -> _Match:
    r = Recording
    parts: list[_Part] = []
    case_ids = list(s.scalars(select(Case.id).where(_case_match(s, text))))
    if case_ids:
        parts.append(_in(s, r.case_id, case_ids))
    person_ids = list(s.scalars(select(Person.id).where(or_(db.contains_text(s, Person.name, text),
                                                            db.contains_text(s, Person.badge_no, text)))))
    if person_ids:
        parts.append(_in(s, r.officer_id, person_ids))
    device_ids = list(s.scalars(select(Device.id).where(db.contains_text(s, Device.serial, text))))
    if device_ids:
        parts.append(_in(s, r.device_id, device_ids))
    file_ids = list(s.scalars(_file_name_ids(s, text).limit(NARROW_SEARCH + 1)))
    if len(file_ids) <= NARROW_SEARCH:
        if file_ids:
            parts.append(_in(s, r.id, file_ids))
        return _finish(s, parts)
    # So many file names match that only reading the names along the way is worth it; the span
    # of time such matches lie in is not known from an index.
    parts.append(_Part(r.id.in_(_file_name_ids(s, text)), _file_name_walk(s, text)))
    return _finish(s, parts, known_broad=True, span_known=False)


def _case_match(s: Session, text: str) -> ColumnElement[bool]:
    return db.case_contains(s, Case.id, Case.case_no, Case.title, text)


def _file_name_ids(s: Session, text: str):
    if len(text) >= db.TRIGRAM:
        return db.file_name_ids(s, Recording.id, Recording.original_name, text)
    # One or two characters say little about a file name and would have to be looked for in
    # every row: match them at the start of the name only, which the name index answers.
    return select(Recording.id).where(_name_prefix(text))


def _file_name_walk(s: Session, text: str) -> ColumnElement[bool]:
    if len(text) >= db.TRIGRAM:
        return db.contains_text(s, Recording.original_name, text)
    return _name_prefix(text)


def _name_prefix(text: str) -> ColumnElement[bool]:
    return or_(*[and_(Recording.original_name >= p, Recording.original_name < p + "\U0010ffff")
                 for p in dict.fromkeys((text, text.upper(), text.lower()))])


def _check_sort(key: str, keys: tuple[str, ...]) -> None:
    if key not in keys:
        raise ValueError(f"unknown sort key {key!r}; one of {', '.join(keys)}")


# --- cases ------------------------------------------------------------------------------------

def _case_conditions(s: Session, text: str, category: str | None) -> list[ColumnElement[bool]]:
    where = []
    text = text.strip()
    if text:
        where.append(_case_match(s, text))
    if category:
        where.append(Case.category == category)
    return where


def case_rows(source, text: str = "", sort_key: str = "newest", descending: bool = True, offset: int = 0,
              limit: int = PAGE, category: str | None = None) -> list[CaseRow]:
    """One page of the cases whose number or title contains `text` (and of `category`), with how
    many recordings each holds and how many of them were handed in late."""
    _check_sort(sort_key, CASE_SORT_KEYS)
    with _reading(source) as s:
        where = _case_conditions(s, text, category)
        tie = Case.id.desc() if descending else Case.id.asc()
        if sort_key in ("recordings", "late"):
            counted = _case_counts_query(late_only=sort_key == "late")
            q = (select(Case.id).outerjoin(counted, counted.c.case_id == Case.id).where(*where)
                 .order_by(_ordered(func.coalesce(counted.c.n, 0), descending), tie))
        elif sort_key == "flags":
            weight = sum((case((getattr(Case, f), 1 << (len(CASE_FLAGS) - i)), else_=0)
                          for i, f in enumerate(CASE_FLAGS)), start=0)
            q = select(Case.id).where(*where).order_by(_ordered(weight, descending), tie)
        elif sort_key == "newest":
            q = select(Case.id).where(*where).order_by(tie)
        else:
            col = {"case_no": Case.case_no, "title": Case.title, "category": Case.category}[sort_key]
            q = select(Case.id).where(*where).order_by(_ordered(col, descending), tie)
        ids = list(s.scalars(q.offset(offset).limit(limit))) if limit > 0 else []
        if not ids:
            return []
        cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_(ids)))}
        counts = {cid: (n, late) for cid, n, late in s.execute(
            select(Recording.case_id, func.count(),
                   func.sum(case((Recording.deadline_status == DeadlineStatus.LATE.value, 1), else_=0)))
            .where(Recording.case_id.in_(ids)).group_by(Recording.case_id))}
        out = []
        for cid in ids:
            c = cases[cid]
            n, late = counts.get(cid, (0, 0))
            out.append(CaseRow(c.id, c.case_no, c.title, c.category,
                               tuple(f for f in CASE_FLAGS if getattr(c, f)), n, late or 0))
        return out


def _case_counts_query(late_only: bool):
    q = select(Recording.case_id, func.count().label("n")).where(Recording.case_id.is_not(None))
    if late_only:
        q = q.where(Recording.deadline_status == DeadlineStatus.LATE.value)
    return q.group_by(Recording.case_id).subquery()


def case_count(source, text: str = "", category: str | None = None) -> int:
    with _reading(source) as s:
        return s.scalar(select(func.count(Case.id)).where(*_case_conditions(s, text, category))) or 0


# --- what the filters offer -------------------------------------------------------------------

def facets(source) -> Facets:
    with _reading(source) as s:
        officers = [Choice(p.id, p.name, p.badge_no or "")
                    for p in s.scalars(select(Person).order_by(Person.name, Person.id))]
        devices = [Choice(d.id, d.serial, d.model)
                   for d in s.scalars(select(Device).order_by(Device.serial))]
        kinds = select(Case.category.label("c")).where(Case.category != "").distinct()
        kinds = union(kinds, select(Activity.kind.label("c")).where(Activity.kind != "").distinct())
        categories = sorted(s.scalars(select(kinds.subquery().c.c)))
        unit = s.scalars(select(Unit).order_by(Unit.id).limit(1)).first()
        return Facets(officers, devices, categories, unit.timezone if unit else DEFAULT_TIMEZONE)

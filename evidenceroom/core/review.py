"""Reviewing a recording: markers, still snapshots and the record of each playback (REV-01, REV-03).

Markers and snapshots are separate records tied to a recording and a time point; nothing here
ever opens an original for writing. A snapshot is a derived file of its own, stored
content-addressed under `<archive>/derived/` with its own SHA-256, apart from the vault of
originals. Every change appends an audit event in the same transaction.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit, platform
from evidenceroom.core.access import actor_of
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Case, Marker, MediaKind, Playback, Recording, Snapshot
from evidenceroom.core.timeutil import utcnow

DERIVED_DIR = "derived"
MAX_MARKER_TEXT = 2000
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class ReviewItem:
    """What the review pane needs to show one recording."""

    recording_id: int
    path: Path  # the original in the vault: open it for reading only
    media_kind: str  # MediaKind value
    recorded_at: datetime  # aware UTC
    recorded_at_source: str  # metadata | file_name | modified_time
    timezone: str  # the unit's zone, for showing times
    duration_ms: int | None
    original_name: str
    case_no: str | None
    sha256: str
    tracks: str
    damage: str | None  # what the import found wrong with the file, in Chinese
    present: bool  # the vault file is there


@dataclass(frozen=True)
class MarkerInfo:
    id: int
    recording_id: int
    position_ms: int
    text: str
    author_name: str
    author_user_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class SnapshotInfo:
    id: int
    recording_id: int
    position_ms: int
    sha256: str
    size: int
    path: Path
    author_name: str
    author_user_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class PlaybackInfo:
    id: int
    recording_id: int
    viewer_name: str
    started_at: datetime
    ended_at: datetime | None
    watched_ms: int | None


def _recording(s: Session, recording_id: int) -> Recording:
    rec = s.get(Recording, recording_id)
    if rec is None:
        raise ArchiveError(f"没有第 {recording_id} 号资料。", f"There is no recording {recording_id}.")
    return rec


def _fmt(ms: int) -> str:
    seconds = ms // 1000
    h, rest = divmod(seconds, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def check_position(rec: Recording, position_ms: int) -> int:
    """A time point in the recording, in whole milliseconds; refused when not a number, negative or past its end."""
    try:
        position_ms = int(position_ms)
    except (TypeError, ValueError):
        raise ArchiveError("时间点无效。", "The time point is not valid.") from None
    if position_ms < 0:
        raise ArchiveError("时间点不能为负数。", "The time point cannot be negative.")
    if rec.duration_ms is not None and position_ms > rec.duration_ms:
        raise ArchiveError(
            f"时间点 {_fmt(position_ms)} 超出第 {rec.id} 号资料的长度（{_fmt(rec.duration_ms)}）。",
            f"The time point {_fmt(position_ms)} is past the end of recording {rec.id} "
            f"({_fmt(rec.duration_ms)}).")
    return position_ms


# --- what the pane shows -----------------------------------------------------------------

def recording_for_review(archive: Archive, recording_id: int) -> ReviewItem:
    with archive.session() as s:
        rec = _recording(s, recording_id)
        case_no = s.scalar(select(Case.case_no).where(Case.id == rec.case_id)) if rec.case_id else None
        path = archive.vault.path_for(rec.sha256)
        return ReviewItem(
            recording_id=rec.id, path=path, media_kind=rec.media_kind, recorded_at=rec.recorded_at,
            recorded_at_source=rec.recorded_at_source, timezone=archive.unit(s).timezone,
            duration_ms=rec.duration_ms, original_name=rec.original_name, case_no=case_no,
            sha256=rec.sha256, tracks=rec.tracks, damage=rec.damage, present=path.is_file(),
        )


# --- markers -----------------------------------------------------------------------------

def _marker_info(m: Marker) -> MarkerInfo:
    return MarkerInfo(m.id, m.recording_id, m.position_ms, m.text, m.author_name, m.author_user_id, m.created_at)


def add_marker(archive: Archive, actor, recording_id: int, position_ms: int, text: str) -> MarkerInfo:
    """A reviewer's note at a time point of a recording; the original is not touched (REV-03)."""
    who = actor_of(actor)
    text = (text or "").strip()
    if not text:
        raise ArchiveError("请填写标记内容。", "Enter the marker's text.")
    if len(text) > MAX_MARKER_TEXT:
        raise ArchiveError(f"标记内容过长（最多 {MAX_MARKER_TEXT} 字）。",
                           f"The marker's text is too long (at most {MAX_MARKER_TEXT} characters).")
    with archive.transaction() as s:
        rec = _recording(s, recording_id)
        position_ms = check_position(rec, position_ms)
        marker = Marker(recording_id=rec.id, position_ms=position_ms, text=text, author_user_id=who.user_id,
                        author_name=who.name, created_at=utcnow())
        s.add(marker)
        s.flush()
        audit.record(s, who, "marker.added", "recording", rec.id, marker_id=marker.id,
                     position_ms=position_ms, text=text)
        return _marker_info(marker)


def list_markers(archive: Archive, recording_id: int) -> list[MarkerInfo]:
    with archive.session() as s:
        rows = s.scalars(select(Marker).where(Marker.recording_id == recording_id)
                         .order_by(Marker.position_ms, Marker.id))
        return [_marker_info(m) for m in rows]


# --- snapshots ---------------------------------------------------------------------------

def derived_path(archive: Archive, sha256: str) -> Path:
    return archive.root / DERIVED_DIR / sha256[:2] / f"{sha256}.png"


def _store_derived(archive: Archive, data: bytes) -> tuple[str, Path]:
    """Write once, content-addressed: temp file, fsync, read-only, atomic rename."""
    sha = hashlib.sha256(data).hexdigest()
    target = derived_path(archive, sha)
    if target.is_file():
        return sha, target
    tmp_dir = archive.root / DERIVED_DIR / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    part = tmp_dir / f"{uuid.uuid4().hex}.part"
    try:
        with open(part, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        platform.make_read_only(part)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, target)
        platform.fsync_dir(target.parent)
    except BaseException:
        if part.exists():
            platform.make_writable(part)
            part.unlink()
        raise
    return sha, target


def _snapshot_info(archive: Archive, snap: Snapshot) -> SnapshotInfo:
    return SnapshotInfo(snap.id, snap.recording_id, snap.position_ms, snap.sha256, snap.size,
                        derived_path(archive, snap.sha256), snap.author_name, snap.author_user_id,
                        snap.created_at)


def take_snapshot(archive: Archive, actor, recording_id: int, position_ms: int, png_bytes: bytes) -> SnapshotInfo:
    """Keep a still taken from a recording as a derived file with its own hash (REV-03)."""
    who = actor_of(actor)
    if not png_bytes or not png_bytes.startswith(_PNG_MAGIC):
        raise ArchiveError("截图不是有效的 PNG 图像，未保存。", "The snapshot is not a valid PNG image; not saved.")
    with archive.session() as s:
        rec = _recording(s, recording_id)
        if rec.media_kind != MediaKind.VIDEO.value:
            raise ArchiveError(f"第 {rec.id} 号资料不是视频，不能截图。",
                               f"Recording {rec.id} is not a video; no snapshot can be taken.")
        position_ms = check_position(rec, position_ms)
    try:
        sha, _path = _store_derived(archive, png_bytes)
    except OSError as exc:
        raise ArchiveError(f"截图无法写入档案库：{exc.strerror or exc}。",
                           f"The snapshot could not be written to the archive: {exc.strerror or exc}.") from exc
    with archive.transaction() as s:
        snap = Snapshot(recording_id=recording_id, position_ms=position_ms, sha256=sha, size=len(png_bytes),
                        author_user_id=who.user_id, author_name=who.name, created_at=utcnow())
        s.add(snap)
        s.flush()
        audit.record(s, who, "snapshot.taken", "recording", recording_id, snapshot_id=snap.id,
                     position_ms=position_ms, sha256=sha, size=len(png_bytes))
        return _snapshot_info(archive, snap)


def list_snapshots(archive: Archive, recording_id: int) -> list[SnapshotInfo]:
    with archive.session() as s:
        rows = s.scalars(select(Snapshot).where(Snapshot.recording_id == recording_id)
                         .order_by(Snapshot.position_ms, Snapshot.id))
        return [_snapshot_info(archive, snap) for snap in rows]


# --- playbacks ---------------------------------------------------------------------------

def start_playback(archive: Archive, actor, recording_id: int, basis=None) -> int:
    """Record that a viewer started playing (or viewing) a recording; returns the playback id.

    `basis` (a playback_rules.PlaybackBasis) says on what ground: a registered viewing or the
    clerk's import check; it goes into the audit event."""
    who = actor_of(actor)
    with archive.transaction() as s:
        rec = _recording(s, recording_id)
        pb = Playback(recording_id=rec.id, viewer_user_id=who.user_id, viewer_name=who.name, started_at=utcnow())
        s.add(pb)
        s.flush()
        audit.record(s, who, "playback.started", "recording", rec.id, playback_id=pb.id,
                     media_kind=rec.media_kind, duration_ms=rec.duration_ms,
                     **(basis.as_details() if basis is not None else {}))
        return pb.id


def end_playback(archive: Archive, actor, playback_id: int, watched_ms: int) -> PlaybackInfo:
    """Close a playback with how long it was watched (time spent playing, in milliseconds)."""
    who = actor_of(actor)
    watched_ms = max(0, int(watched_ms))
    with archive.transaction() as s:
        pb = s.get(Playback, playback_id)
        if pb is None:
            raise ArchiveError(f"没有第 {playback_id} 号播放记录。", f"There is no playback {playback_id}.")
        if pb.ended_at is not None:
            raise ArchiveError(f"第 {playback_id} 号播放记录已经结束。", f"Playback {playback_id} has already ended.")
        if pb.viewer_user_id != who.user_id:
            raise ArchiveError("只能结束本人的播放记录。", "Only the viewer can end their own playback.")
        pb.ended_at = utcnow()
        pb.watched_ms = watched_ms
        audit.record(s, who, "playback.ended", "recording", pb.recording_id, playback_id=pb.id,
                     watched_ms=watched_ms)
        return PlaybackInfo(pb.id, pb.recording_id, pb.viewer_name, pb.started_at, pb.ended_at, pb.watched_ms)


def list_playbacks(archive: Archive, recording_id: int) -> list[PlaybackInfo]:
    with archive.session() as s:
        rows = s.scalars(select(Playback).where(Playback.recording_id == recording_id).order_by(Playback.id))
        return [PlaybackInfo(p.id, p.recording_id, p.viewer_name, p.started_at, p.ended_at, p.watched_ms)
                for p in rows]

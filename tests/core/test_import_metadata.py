"""What an import records about each file: capture time (own metadata, else the name in the unit's
zone, else the modification time), duration and tracks from libvlc, and damage, kept not refused."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, ImportItem, Recording


@pytest.fixture
def imported(archive, clerk, rows):
    """Import some files and hand back their Recording rows, in the order given."""

    def _imported(*paths: Path) -> list[Recording]:
        report = import_paths(archive, clerk, ImportRequest(paths=list(paths)))
        assert report.rejected == [] and report.duplicates == []
        by_path = {i.path: i.recording_id for i in report.imported}
        recs = {r.id: r for r in rows(archive, Recording)}
        return [recs[by_path[str(p)]] for p in paths]

    return _imported


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# --- capture time ---------------------------------------------------------------------------------

def test_a_clip_with_a_creation_time_is_dated_by_it(imported, clips):
    (rec,) = imported(clips["mp4"])
    assert (rec.recorded_at, rec.recorded_at_source) == (_utc(2026, 11, 28, 1, 30, 12), "metadata")


def test_the_creation_time_wins_over_a_different_time_in_the_name(imported, clips, tmp_path):
    renamed = tmp_path / "20250101_000000.MP4"
    shutil.copy(clips["mp4"], renamed)
    (rec,) = imported(renamed)
    assert (rec.recorded_at, rec.recorded_at_source) == (_utc(2026, 11, 28, 1, 30, 12), "metadata")


def test_a_clip_without_a_creation_time_is_dated_by_its_name_in_beijing_time(imported, clips):
    (rec,) = imported(clips["mp4b"])  # 20261128_094530_0002.MP4
    assert (rec.recorded_at, rec.recorded_at_source) == (_utc(2026, 11, 28, 1, 45, 30), "file_name")


def test_a_voice_recording_is_dated_by_its_name_in_beijing_time(imported, clips):
    (rec,) = imported(clips["wav"])  # REC20261128_100200.WAV
    assert (rec.recorded_at, rec.recorded_at_source) == (_utc(2026, 11, 28, 2, 2, 0), "file_name")


def test_a_photo_without_exif_is_dated_by_its_name(imported, clips):
    (rec,) = imported(clips["jpg"])  # IMG_20261128_093500.JPG, no EXIF block
    assert (rec.recorded_at, rec.recorded_at_source) == (_utc(2026, 11, 28, 1, 35, 0), "file_name")


def test_a_photo_is_dated_by_its_exif_date_time_original_in_beijing_time(imported, exif_photo):
    (rec,) = imported(exif_photo)  # DSC_0042.JPG: no time in the name
    assert (rec.recorded_at, rec.recorded_at_source) == (_utc(2026, 11, 27, 14, 15, 0), "metadata")


def test_exif_wins_over_a_time_in_the_photo_name(imported, exif_photo):
    renamed = exif_photo.with_name("IMG_20260101_120000.JPG")
    exif_photo.rename(renamed)
    (rec,) = imported(renamed)
    assert (rec.recorded_at, rec.recorded_at_source) == (_utc(2026, 11, 27, 14, 15, 0), "metadata")


def test_a_file_with_no_time_of_its_own_is_dated_by_its_modification_time(imported, clips, tmp_path):
    plain = tmp_path / "录像 片段.mp4"
    shutil.copy(clips["mp4b"], plain)
    when = _utc(2026, 11, 20, 6, 7, 8)
    os.utime(plain, (when.timestamp(), when.timestamp()))
    (rec,) = imported(plain)
    assert (rec.recorded_at, rec.recorded_at_source) == (when, "modified_time")


# --- what the file is and how long ---------------------------------------------------------------

def test_a_clip_is_recorded_with_its_size_hash_kind_duration_and_tracks(imported, clips):
    (rec,) = imported(clips["mp4"])
    data = clips["mp4"].read_bytes()
    assert rec.sha256 == hashlib.sha256(data).hexdigest()
    assert rec.size == len(data)
    assert (rec.media_kind, rec.original_name, rec.extension) == ("video", "20261128_093012_0001.MP4", "mp4")
    assert rec.source_path == str(clips["mp4"])
    assert 1900 <= rec.duration_ms <= 2100
    assert rec.tracks.startswith("video h264 160x120; audio mp4a ")
    assert rec.damage is None


def test_a_voice_recording_is_audio_with_its_duration_and_track(imported, clips):
    (rec,) = imported(clips["wav"])
    assert (rec.media_kind, rec.extension) == ("audio", "wav")
    assert 1900 <= rec.duration_ms <= 2100
    assert rec.tracks == "audio s16l 1ch 8000Hz"


def test_a_photo_is_a_photo_with_no_duration(imported, clips):
    (rec,) = imported(clips["jpg"])
    assert (rec.media_kind, rec.extension, rec.duration_ms, rec.tracks) == ("photo", "jpg", None, "")


def test_times_of_import_are_stored_in_utc(imported, clips):
    before = datetime.now(timezone.utc)
    (rec,) = imported(clips["wav"])
    after = datetime.now(timezone.utc)
    assert rec.imported_at.tzinfo == timezone.utc
    assert before <= rec.imported_at <= after


# --- damage ----------------------------------------------------------------------------------------

def test_a_clip_cut_in_half_is_kept_as_it_is_and_flagged_as_damaged(archive, clerk, truncated_mp4, rows):
    report = import_paths(archive, clerk, ImportRequest(paths=[truncated_mp4]))

    assert report.rejected == []
    (item,) = report.imported
    assert item.damage and "截断" in item.damage
    (rec,) = rows(archive, Recording)
    assert rec.damage and "截断" in rec.damage
    assert archive.vault.path_for(rec.sha256).read_bytes() == truncated_mp4.read_bytes()
    assert (rec.recorded_at, rec.recorded_at_source) == (_utc(2026, 11, 28, 2, 15, 0), "file_name")
    assert (rec.duration_ms, rec.tracks) == (None, "")
    (line,) = rows(archive, ImportItem)
    assert (line.outcome, line.recording_id, line.reason) == ("imported", rec.id, rec.damage)
    event = next(e for e in rows(archive, AuditEvent) if e.action == "import.imported")
    assert "truncated" in json.loads(event.details)["damage"]


def test_a_damaged_clip_does_not_stop_the_rest_of_the_hand_in(archive, clerk, truncated_mp4, clips, rows):
    report = import_paths(archive, clerk, ImportRequest(paths=[truncated_mp4, clips["mp4"], clips["wav"]]))
    assert len(report.imported) == 3
    damaged = {r.original_name for r in rows(archive, Recording) if r.damage}
    assert damaged == {truncated_mp4.name}


def test_a_cut_short_voice_recording_is_kept_and_flagged(archive, clerk, clips, tmp_path, rows):
    cut = tmp_path / "录音笔" / "REC20261128_110000.WAV"
    cut.parent.mkdir()
    cut.write_bytes(clips["wav"].read_bytes()[:12000])
    report = import_paths(archive, clerk, ImportRequest(paths=[cut]))
    assert len(report.imported) == 1
    (rec,) = rows(archive, Recording)
    assert rec.size == 12000 and rec.damage and "截断" in rec.damage

"""Recognising what a source file is (from its bytes first), junk a device leaves, damage that shows
without decoding, and the capture time a file carries in its own metadata or name."""
from __future__ import annotations

import struct
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from evidenceroom.core import formats
from evidenceroom.core.formats import Kind
from evidenceroom.core.models import MediaKind


def _head(path: Path) -> bytes:
    return path.read_bytes()[:512]


def _damage(path: Path, container: str):
    return formats.find_damage(path, container, path.stat().st_size)


# --- what a file is ---------------------------------------------------------------------------------

def test_the_test_clips_are_recognised_from_their_bytes(clips):
    assert formats.sniff(_head(clips["mp4"])) == Kind(MediaKind.VIDEO, "mp4")
    assert formats.sniff(_head(clips["mp4b"])) == Kind(MediaKind.VIDEO, "mp4")
    assert formats.sniff(_head(clips["wav"])) == Kind(MediaKind.AUDIO, "wav")
    assert formats.sniff(_head(clips["jpg"])) == Kind(MediaKind.PHOTO, "jpeg")


def test_a_recording_with_a_wrong_or_missing_extension_is_still_recognised(clips):
    assert formats.classify(Path("0001"), _head(clips["mp4"])).media is MediaKind.VIDEO
    assert formats.classify(Path("录像.dat"), _head(clips["wav"])).media is MediaKind.AUDIO


@pytest.mark.parametrize("head, expected", [
    (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00", Kind(MediaKind.AUDIO, "mp4")),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", Kind(MediaKind.PHOTO, "heif")),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", Kind(MediaKind.VIDEO, "mp4")),
    (b"RIFF\x24\x00\x00\x00AVI LIST", Kind(MediaKind.VIDEO, "avi")),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Kind(MediaKind.PHOTO, "png")),
    (b"GIF89a\x01\x00\x01\x00", Kind(MediaKind.PHOTO, "gif")),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81", Kind(MediaKind.VIDEO, "matroska")),
    (b"#!AMR\n\x3c", Kind(MediaKind.AUDIO, "amr")),
    (b"DHAV\xfd\x00\x00\x00", Kind(MediaKind.VIDEO, "dav")),
    (b"OggS\x00\x02", Kind(MediaKind.AUDIO, "ogg")),
    (b"%PDF-1.7\n", Kind(None, "")),
    ("询问笔录：当事人称……".encode("utf-8"), Kind(None, "")),
    (b"", Kind(None, "")),
])
def test_a_container_is_recognised_from_its_first_bytes(head, expected):
    assert formats.sniff(head) == expected


def test_a_text_file_named_mp4_is_not_a_recording():
    assert formats.classify(Path("20261128_093012.mp4"), "这不是视频，是一段说明文字。\n".encode()).media is None
    assert formats.classify(Path("NOTES.MP4"), b"hello, this is not a video\n").media is None


def test_a_real_transport_stream_is_recognised(tmp_path, clips):
    ts = tmp_path / "00001.TS"
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(clips["mp4"]), "-c", "copy",
                    "-f", "mpegts", str(ts)], check=True)
    assert formats.classify(ts, _head(ts)) == Kind(MediaKind.VIDEO, "mpeg-ts")


def test_a_short_note_starting_with_g_named_mp4_is_not_a_recording():
    assert formats.classify(Path("备注.mp4"), b"Good morning, the camera battery died at 10:15.\n").media is None
    assert formats.classify(Path("00002.ts"), b"G").media is None


def test_a_lone_ts_sync_byte_counts_only_with_a_video_extension():
    head = bytes([0x47]) + bytes(187) + bytes([0x47]) + bytes(50)
    assert formats.classify(Path("00001.TS"), head) == Kind(MediaKind.VIDEO, "mpeg-ts")
    assert formats.classify(Path("readme.txt"), head).media is None


def test_an_mp3_frame_header_counts_only_with_an_audio_extension_or_an_id3_tag():
    frame = b"\xff\xfb\x90\x64" + bytes(60)
    assert formats.classify(Path("REC0001.MP3"), frame) == Kind(MediaKind.AUDIO, "mp3")
    assert formats.classify(Path("blob.bin"), frame).media is None
    assert formats.classify(Path("blob.bin"), b"ID3\x04\x00" + bytes(20)).media is MediaKind.AUDIO


def test_asf_is_audio_when_named_wma_and_video_otherwise():
    asf = bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c") + bytes(16)
    assert formats.classify(Path("录音.WMA"), asf) == Kind(MediaKind.AUDIO, "asf")
    assert formats.classify(Path("录像.wmv"), asf) == Kind(MediaKind.VIDEO, "asf")


# --- junk ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "E:/Thumbs.db", "E:/DCIM/THUMBS.DB", "E:/DCIM/100MEDIA/.DS_Store", "E:/DCIM/._20261128_093012_0001.MP4",
    "E:/desktop.ini", "E:/System Volume Information/IndexerVolumeGuid", "E:/$RECYCLE.BIN/S-1-5/$R1.MP4",
    "E:/.Trashes/501/x.mp4", "E:/LOST.DIR/1234", "E:/DCIM/100MEDIA/20261128_093012_0001.THM",
    "E:/DCIM/100MEDIA/20261128_093012_0001.LRV", "E:/LOG/device.log",
])
def test_files_a_device_or_operating_system_leaves_are_junk(path):
    assert formats.junk_reason(Path(path)) is not None


@pytest.mark.parametrize("path", [
    "E:/DCIM/100MEDIA/20261128_093012_0001.MP4", "E:/录音/现场 录音.WAV", "E:/System/IMG_0001.JPG",
    "E:/Thumbs/IMG_0002.JPG", "E:/DCIM/.hidden_but_real.mp4",
])
def test_recordings_are_not_junk(path):
    assert formats.junk_reason(Path(path)) is None


def test_junk_reasons_say_why_in_both_languages():
    r = formats.junk_reason(Path("E:/System Volume Information/x.dat"))
    assert "系统文件夹" in r.zh and "system folder" in r.en


# --- capture time in the file name -------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("20261128_093012_0001.MP4", datetime(2026, 11, 28, 9, 30, 12)),
    ("REC20261128_100200.WAV", datetime(2026, 11, 28, 10, 2, 0)),
    ("IMG_20261128_093500.JPG", datetime(2026, 11, 28, 9, 35, 0)),
    ("现场 录音 20261128_100200.WAV", datetime(2026, 11, 28, 10, 2, 0)),
    ("2026-11-28 10-02-00.mp4", datetime(2026, 11, 28, 10, 2, 0)),
    ("DSJ_A8_2026.11.28T23.59.59.mp4", datetime(2026, 11, 28, 23, 59, 59)),
    ("20261128093012.mp4", datetime(2026, 11, 28, 9, 30, 12)),
])
def test_a_date_and_time_in_a_file_name_is_read_as_local_time(name, expected):
    found = formats.name_time(name)
    assert found == expected and found.tzinfo is None


@pytest.mark.parametrize("name", [
    "clip.mp4", "20261128.mp4", "20260231_120000.mp4", "20261128_250000.mp4", "120261128093012.mp4",
    "20261128_0930123.mp4", "19991128_093012.mp4",
])
def test_a_file_name_without_a_valid_date_and_time_gives_none(name):
    assert formats.name_time(name) is None


# --- capture time in the file's own metadata --------------------------------------------------------

def test_an_mp4_creation_time_is_read_from_its_movie_header_as_utc(clips):
    found = formats.metadata_time(clips["mp4"], "mp4", clips["mp4"].stat().st_size)
    assert found == datetime(2026, 11, 28, 1, 30, 12, tzinfo=timezone.utc)


def test_an_mp4_with_a_zero_creation_time_has_no_metadata_time(clips):
    assert formats.metadata_time(clips["mp4b"], "mp4", clips["mp4b"].stat().st_size) is None


def test_an_mp4_that_lost_its_index_has_no_metadata_time(truncated_mp4):
    assert formats.metadata_time(truncated_mp4, "mp4", truncated_mp4.stat().st_size) is None


def test_a_photo_time_is_its_exif_date_time_original_in_local_time(exif_photo):
    found = formats.metadata_time(exif_photo, "jpeg", exif_photo.stat().st_size)
    assert found == datetime(2026, 11, 27, 22, 15, 0)
    assert found.tzinfo is None


def test_a_photo_without_exif_has_no_metadata_time(clips):
    assert formats.metadata_time(clips["jpg"], "jpeg", clips["jpg"].stat().st_size) is None


def test_a_corrupt_photo_has_no_metadata_time_instead_of_an_error(tmp_path):
    bad = tmp_path / "坏.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00garbage")
    assert formats.metadata_time(bad, "jpeg", bad.stat().st_size) is None


def test_a_wav_has_no_metadata_time(clips):
    assert formats.metadata_time(clips["wav"], "wav", clips["wav"].stat().st_size) is None


# --- damage -------------------------------------------------------------------------------------------

def test_complete_clips_show_no_damage(clips):
    assert _damage(clips["mp4"], "mp4") is None
    assert _damage(clips["mp4b"], "mp4") is None
    assert _damage(clips["wav"], "wav") is None
    assert _damage(clips["jpg"], "jpeg") is None


def test_an_mp4_cut_in_half_is_truncated(truncated_mp4):
    found = _damage(truncated_mp4, "mp4")
    assert found is not None
    assert "截断" in found.zh and "mdat" in found.en and "truncated" in found.en


def test_an_mp4_whose_last_box_was_never_written_has_no_index(tmp_path, clips):
    data = clips["mp4"].read_bytes()
    moov = data.rfind(b"moov") - 4
    cut = tmp_path / "no_index.mp4"
    cut.write_bytes(data[:moov])
    found = _damage(cut, "mp4")
    assert found is not None and "moov" in found.zh and "no index" in found.en


def test_an_mp4_with_a_broken_box_size_is_damaged(tmp_path, clips):
    data = bytearray(clips["mp4"].read_bytes())
    free = data.find(b"free") - 4
    data[free:free + 4] = struct.pack(">I", 3)
    bad = tmp_path / "bad_box.mp4"
    bad.write_bytes(bytes(data))
    found = _damage(bad, "mp4")
    assert found is not None and f"offset {free}" in found.en


def test_a_wav_cut_short_is_truncated_with_both_sizes(tmp_path, clips):
    data = clips["wav"].read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[:10000])
    found = _damage(cut, "wav")
    assert found is not None and "10000" in found.en and str(len(data)) in found.en


def test_a_photo_without_its_end_marker_is_incomplete(tmp_path, clips):
    data = clips["jpg"].read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) - 200])
    found = _damage(cut, "jpeg")
    assert found is not None and "incomplete" in found.en

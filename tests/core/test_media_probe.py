"""Probing recordings with the real libvlc: duration and tracks as the review pane will play them."""
from __future__ import annotations

import hashlib
import shutil

from evidenceroom.core import media


def test_libvlc_is_available_for_probing():
    assert media.libvlc_unavailable() is None


def test_a_body_camera_clip_has_its_duration_and_a_video_and_an_audio_track(clips):
    probe = media.probe(clips["mp4"])
    assert probe.ok and probe.error is None
    assert 1900 <= probe.duration_ms <= 2100
    video, audio = probe.tracks.split("; ")
    assert video == "video h264 160x120"
    assert audio.startswith("audio mp4a ") and audio.endswith("44100Hz")


def test_a_clip_without_sound_has_only_its_video_track(clips):
    probe = media.probe(clips["mp4b"])
    assert probe.ok
    assert 2900 <= probe.duration_ms <= 3100
    assert probe.tracks == "video h264 160x120"


def test_a_voice_recording_has_one_mono_audio_track(clips):
    probe = media.probe(clips["wav"])
    assert probe.ok
    assert 1900 <= probe.duration_ms <= 2100
    assert probe.tracks == "audio s16l 1ch 8000Hz"


def test_a_clip_with_a_chinese_name_and_spaces_is_probed(tmp_path, clips):
    named = tmp_path / "执法 记录" / "现场 录像 第1段.MP4"
    named.parent.mkdir()
    shutil.copy(clips["mp4"], named)
    probe = media.probe(named)
    assert probe.ok and probe.tracks.startswith("video h264 160x120")


def test_probing_a_read_only_vault_file_leaves_it_byte_for_byte_as_it_was(archive, clips):
    stored = archive.vault.store(clips["mp4"])
    probe = media.probe(stored.path)
    assert probe.ok
    assert hashlib.sha256(stored.path.read_bytes()).hexdigest() == stored.sha256


def test_a_text_file_has_no_playable_track(tmp_path):
    fake = tmp_path / "说明.mp4"
    fake.write_text("这不是视频。\n" * 20, encoding="utf-8")
    probe = media.probe(fake)
    assert not probe.ok
    assert (probe.duration_ms, probe.tracks) == (None, "")
    assert probe.error


def test_a_clip_that_lost_its_index_is_not_playable(truncated_mp4):
    probe = media.probe(truncated_mp4)
    assert not probe.ok and probe.error and probe.tracks == ""


def test_a_file_that_is_gone_is_reported_as_unparsable(tmp_path):
    probe = media.probe(tmp_path / "不存在.mp4")
    assert not probe.ok and "could not parse" in probe.error

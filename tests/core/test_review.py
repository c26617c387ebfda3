"""Review records: markers, snapshots and playbacks sit beside the originals and never touch them."""
from __future__ import annotations

import hashlib
import io
import json
import os

import pytest
from PIL import Image
from sqlalchemy import select

from evidenceroom.core import review
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Marker, Playback, Recording, Snapshot
from evidenceroom.core.platform import is_read_only
from evidenceroom.core.verify import sha256_of, verify


@pytest.fixture
def imported(archive, card):
    """The card imported under a case; recording ids by kind."""
    import_paths(archive, Actor("测试准备"), ImportRequest(paths=[card], case_no="秦水罚〔2026〕31号"))
    with archive.session() as s:
        rows = s.execute(select(Recording.id, Recording.original_name, Recording.media_kind)).all()
    ids = {"photo": None, "audio": None, "video": []}
    for rec_id, name, kind in rows:
        if kind == "video":
            ids["video"].append((name, rec_id))
        else:
            ids[kind] = rec_id
    ids["video"] = [rec_id for _, rec_id in sorted(ids["video"])]
    return ids


def _png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 12), colour).save(out, format="PNG")
    return out.getvalue()


def _events(archive, action: str) -> list[AuditEvent]:
    with archive.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)))


def _vault_state(archive) -> dict[str, tuple[str, bool]]:
    return {p.name: (sha256_of(p), is_read_only(p)) for p in archive.vault.iter_objects()}


def test_recording_for_review_gives_what_the_pane_shows(archive, imported):
    item = review.recording_for_review(archive, imported["video"][0])
    assert item.original_name == "20261128_093012_0001.MP4"
    assert item.media_kind == "video" and item.case_no == "秦水罚〔2026〕31号"
    assert item.path == archive.vault.path_for(item.sha256) and item.present
    assert 1900 <= item.duration_ms <= 2100
    assert item.timezone == "Asia/Shanghai"
    assert item.recorded_at.isoformat() == "2026-11-28T01:30:12+00:00"
    with pytest.raises(ArchiveError, match="没有第 999 号资料"):
        review.recording_for_review(archive, 999)


def test_a_marker_is_a_separate_record_with_author_and_time_point(archive, imported, clerk, rows):
    clip = imported["video"][0]
    first = review.add_marker(archive, clerk, clip, 1500, "  告知当事人正在录音录像 ")
    review.add_marker(archive, clerk, clip, 300, "到达现场")
    assert (first.position_ms, first.text, first.author_name) == (1500, "告知当事人正在录音录像", "保管员 王五")
    assert [m.text for m in review.list_markers(archive, clip)] == ["到达现场", "告知当事人正在录音录像"]
    assert review.list_markers(archive, imported["video"][1]) == []
    assert len(rows(archive, Marker)) == 2
    event = _events(archive, "marker.added")[0]
    assert (event.target_kind, event.target_id, event.actor_name) == ("recording", clip, "保管员 王五")
    assert json.loads(event.details)["marker_id"] == first.id


@pytest.mark.parametrize("position, text, message", [
    (1000, "   ", "请填写标记内容"),
    (-1, "到达现场", "不能为负数"),
    (60_000, "到达现场", "超出第"),
])
def test_a_marker_without_text_or_outside_the_recording_is_refused(archive, imported, clerk, rows, position, text,
                                                                   message):
    before = len(rows(archive, AuditEvent))
    with pytest.raises(ArchiveError, match=message):
        review.add_marker(archive, clerk, imported["video"][0], position, text)
    assert rows(archive, Marker) == []
    assert len(rows(archive, AuditEvent)) == before


def test_a_photo_takes_markers_at_its_only_time_point(archive, imported, clerk):
    marker = review.add_marker(archive, clerk, imported["photo"], 0, "取水口全景")
    assert marker.position_ms == 0


def test_a_snapshot_is_stored_apart_from_the_vault_with_its_own_hash(archive, imported, clerk, rows):
    clip = imported["video"][0]
    png = _png((200, 30, 30))
    snap = review.take_snapshot(archive, clerk, clip, 1200, png)
    assert snap.sha256 == hashlib.sha256(png).hexdigest() and snap.size == len(png)
    assert snap.path == archive.root / "derived" / snap.sha256[:2] / f"{snap.sha256}.png"
    assert snap.path.read_bytes() == png and is_read_only(snap.path)
    assert not list((archive.root / "derived" / "tmp").iterdir())
    assert not snap.path.is_relative_to(archive.vault.root)
    row = rows(archive, Snapshot)[0]
    assert (row.recording_id, row.position_ms, row.sha256, row.author_name) == (clip, 1200, snap.sha256, "保管员 王五")
    event = _events(archive, "snapshot.taken")[0]
    assert json.loads(event.details)["sha256"] == snap.sha256

    # The same picture again is one file, two records.
    again = review.take_snapshot(archive, clerk, clip, 1300, png)
    assert again.path == snap.path and again.id != snap.id
    assert [s.position_ms for s in review.list_snapshots(archive, clip)] == [1200, 1300]


@pytest.mark.parametrize("which, data, message", [
    ("video", b"GIF89a not a png", "不是有效的 PNG"),
    ("photo", None, "不是视频"),
    ("audio", None, "不是视频"),
])
def test_a_snapshot_must_be_a_png_of_a_video(archive, imported, clerk, rows, which, data, message):
    rec = imported[which][0] if which == "video" else imported[which]
    with pytest.raises(ArchiveError, match=message):
        review.take_snapshot(archive, clerk, rec, 0, data if data is not None else _png((0, 0, 0)))
    assert rows(archive, Snapshot) == []
    assert not (archive.root / "derived").exists() or not any((archive.root / "derived").rglob("*.png"))


def test_playbacks_are_audited_with_recording_and_time_watched(archive, imported, clerk, rows):
    clip = imported["video"][1]
    playback_id = review.start_playback(archive, clerk, clip)
    ended = review.end_playback(archive, clerk, playback_id, 2750)
    assert ended.watched_ms == 2750 and ended.ended_at >= ended.started_at
    started = _events(archive, "playback.started")[0]
    assert (started.target_kind, started.target_id) == ("recording", clip)
    details = json.loads(started.details)
    assert details["playback_id"] == playback_id and 2900 <= details["duration_ms"] <= 3100
    finished = json.loads(_events(archive, "playback.ended")[0].details)
    assert finished == {"playback_id": playback_id, "watched_ms": 2750}
    row = rows(archive, Playback)[0]
    assert (row.viewer_name, row.watched_ms) == ("保管员 王五", 2750)
    assert [p.id for p in review.list_playbacks(archive, clip)] == [playback_id]


def test_a_playback_ends_once_and_only_by_its_viewer(archive, imported, clerk):
    playback_id = review.start_playback(archive, clerk, imported["audio"])
    with pytest.raises(ArchiveError, match="只能结束本人的播放记录"):
        review.end_playback(archive, Actor("另一人", user_id=99), playback_id, 10)
    review.end_playback(archive, clerk, playback_id, 10)
    with pytest.raises(ArchiveError, match="已经结束"):
        review.end_playback(archive, clerk, playback_id, 10)
    with pytest.raises(ArchiveError, match="没有第 12345 号播放记录"):
        review.end_playback(archive, clerk, 12345, 10)


def test_reviewing_leaves_every_original_as_it_was(archive, imported, clerk):
    before = _vault_state(archive)
    for clip in imported["video"]:
        playback_id = review.start_playback(archive, clerk, clip)
        review.add_marker(archive, clerk, clip, 1000, "标记")
        review.take_snapshot(archive, clerk, clip, 1000, _png((clip, 90, 90)))
        review.end_playback(archive, clerk, playback_id, 1000)
    review.add_marker(archive, clerk, imported["photo"], 0, "照片标记")
    review.add_marker(archive, clerk, imported["audio"], 500, "录音标记")
    assert _vault_state(archive) == before
    assert all(read_only for _, read_only in before.values())
    report = verify(archive, clerk)
    assert report.ok, [str(p.detail) for p in report.problems]
    assert report.checked == 4
    # Nothing of the review reached the vault's folders.
    assert not any(name.endswith(".png") for name in os.listdir(archive.vault.objects))


def test_verify_reports_an_altered_or_missing_snapshot(archive, imported):
    from evidenceroom.core import platform
    from evidenceroom.core.audit import Actor

    clip = imported["video"][0]
    reviewer = Actor("审看人")
    first = review.take_snapshot(archive, reviewer, clip, 500, _png((10, 20, 30)))
    second = review.take_snapshot(archive, reviewer, clip, 900, _png((40, 50, 60)))
    changed = review.derived_path(archive, first.sha256)
    platform.make_writable(changed)
    changed.write_bytes(changed.read_bytes() + b"x")
    review.derived_path(archive, second.sha256).unlink()
    problems = {(p.kind, p.recording_id) for p in verify(archive, reviewer).problems}
    assert problems == {("altered", clip), ("missing", clip)}


def test_an_unfinished_snapshot_is_removed_on_the_next_open(archive_dir, archive):
    from evidenceroom.core.archive import Archive

    tmp = archive_dir / "derived" / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "half.part").write_bytes(b"\x89PNG")
    archive.close()
    with Archive.open(archive_dir) as again:
        assert not any(tmp.iterdir())
        assert any("derived" in line for line in again.recovered)

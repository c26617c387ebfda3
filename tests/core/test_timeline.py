"""An activity's footage on one timeline (ARC-08, REV-02), with figures worked out by hand."""
from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from evidenceroom.core import gaps, registry, timeline
from evidenceroom.core.audit import Actor
from evidenceroom.core.demo import write_tone
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import DeviceKind, Person, Recording
from evidenceroom.core.timeline import SpanKind
from tests.sql_count import statements

DAY = (2026, 11, 28)
SETUP = Actor("测试准备")


def local(hh: int, mm: int, ss: int = 0) -> datetime:
    """A wall-clock time of the unit (Asia/Shanghai) as aware UTC."""
    return datetime(*DAY, hh, mm, ss, tzinfo=timezone(timedelta(hours=8))).astimezone(timezone.utc)


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *args], check=True)


@pytest.fixture(scope="session")
def files(tmp_path_factory) -> Path:
    """Three one-second clips and five photos, each with its own content."""
    if shutil.which("ffmpeg") is None:
        pytest.fail("ffmpeg is needed to make test clips: apt-get install ffmpeg")
    d = tmp_path_factory.mktemp("timeline files")
    for n in range(3):
        _ffmpeg("-f", "lavfi", "-i", f"color=c=0x{n * 40 + 30:02x}4080:size=64x48:rate=5:duration=1",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", str(d / f"片段{n + 1}.MP4"))
    for n in range(5):
        _ffmpeg("-f", "lavfi", "-i", f"color=c=0x80{n * 40 + 20:02x}40:size=32x24", "-frames:v", "1",
                str(d / f"照片{n + 1}.JPG"))
    return d


def _staff(archive) -> list[int]:
    with archive.transaction() as s:
        registry.add_person(s, SETUP, "张伟", "13001", "一大队")
        registry.add_person(s, SETUP, "李娜", "13002", "一大队")
        registry.add_device(s, SETUP, "DSJ-07", DeviceKind.BODY_CAMERA, "执法记录仪")
        registry.add_device(s, SETUP, "DSJ-08", DeviceKind.BODY_CAMERA, "执法记录仪")
    with archive.session() as s:
        return list(s.scalars(select(Person.id).order_by(Person.id)))


def _hand_in(archive, tmp_path: Path, files: Path, names: list[str], badge: str, serial: str,
             activity_id: int) -> dict[str, int]:
    folder = tmp_path / f"卡 {serial}"
    folder.mkdir()
    for name in names:
        shutil.copy(files / name, folder / name)
    import_paths(archive, SETUP, ImportRequest(paths=[folder], officer_badge=badge, device_serial=serial,
                                               activity_id=activity_id))
    with archive.session() as s:
        return {n: s.scalar(select(Recording.id).where(Recording.original_name == n)) for n in names}


def _place(archive, ids: dict[str, int], times: dict[str, tuple[datetime, int | None]],
           offsets: dict[str, float] | None = None) -> None:
    """Set each recording's device time and length as a camera would have written them."""
    with archive.transaction() as s:
        for name, (at, duration_ms) in times.items():
            rec = s.get(Recording, ids[name])
            rec.recorded_at, rec.duration_ms = at, duration_ms
            rec.clock_offset_s = (offsets or {}).get(name)


MIN = 60_000


@pytest.fixture
def inspection(archive, tmp_path, files, clerk):
    """ARC-08's example: an inspection 09:00–10:00, three clips from two cameras and five photos.
    Camera DSJ-07: clip 1 09:02–09:20, clip 3 09:45–09:58 (its clock 2 min fast: stamped 09:47),
    photos at 09:01, 09:10, 09:50, 09:59. Camera DSJ-08: clip 2 09:15–09:40, a photo at 09:42."""
    officers = _staff(archive)
    aid = gaps.register_activity(archive, clerk, kind="现场检查", place="渭河 3 号闸", started_at=datetime(*DAY, 9, 0),
                                 ended_at=datetime(*DAY, 10, 0), officer_ids=officers)
    ids = _hand_in(archive, tmp_path, files, ["片段1.MP4", "片段3.MP4", "照片1.JPG", "照片2.JPG", "照片4.JPG",
                                              "照片5.JPG"], "13001", "DSJ-07", aid)
    ids |= _hand_in(archive, tmp_path, files, ["片段2.MP4", "照片3.JPG"], "13002", "DSJ-08", aid)
    _place(archive, ids, {
        "片段1.MP4": (local(9, 2), 18 * MIN), "片段2.MP4": (local(9, 15), 25 * MIN),
        "片段3.MP4": (local(9, 47), 13 * MIN),
        "照片1.JPG": (local(9, 1), None), "照片2.JPG": (local(9, 10), None), "照片3.JPG": (local(9, 42), None),
        "照片4.JPG": (local(9, 50), None), "照片5.JPG": (local(9, 59), None),
    }, offsets={"片段3.MP4": 120.0})
    return aid, ids


def test_three_clips_from_two_cameras_and_five_photos_in_capture_order(archive, inspection):
    aid, ids = inspection
    t = timeline.activity_timeline(archive, aid)
    order = ["照片1.JPG", "片段1.MP4", "照片2.JPG", "片段2.MP4", "照片3.JPG", "片段3.MP4", "照片4.JPG", "照片5.JPG"]
    assert [i.original_name for i in t.items] == order
    assert [i.recording_id for i in t.items] == [ids[n] for n in order]
    assert [i.device_serial for i in t.items] == ["DSJ-07", "DSJ-07", "DSJ-07", "DSJ-08", "DSJ-08", "DSJ-07",
                                                  "DSJ-07", "DSJ-07"]
    assert t.items[3].officer_name == "李娜" and t.items[1].officer_name == "张伟"
    assert (t.kind, t.place, t.officers, t.timezone) == ("现场检查", "渭河 3 号闸", ("张伟", "李娜"), "Asia/Shanghai")
    assert (t.started_at, t.ended_at) == (local(9, 0), local(10, 0))

    clip3 = t.items[5]  # its device ran 2 min fast: placed by the real time, the device's kept
    assert (clip3.raw_start, clip3.start, clip3.end) == (local(9, 47), local(9, 45), local(9, 58))
    photo = t.items[0]
    assert photo.start == photo.end == local(9, 1) and not photo.is_segment
    assert len(t.segments) == 3 and len(t.photos) == 5

    # Clips 1 and 2 overlap (09:15–09:20, two cameras): covered 09:02–09:40, then 09:45–09:58.
    assert timeline.covered(t.items) == [(local(9, 2), local(9, 40)), (local(9, 45), local(9, 58))]
    assert [(s.kind, s.start, s.end) for s in t.spans] == [
        (SpanKind.BEFORE_FIRST, local(9, 0), local(9, 2)),
        (SpanKind.BETWEEN, local(9, 40), local(9, 45)),
        (SpanKind.AFTER_LAST, local(9, 58), local(10, 0)),
    ]
    assert t.not_recorded == timedelta(minutes=9)
    assert t.bounds() == (local(9, 0), local(10, 0))
    assert t.gap_before(ids["片段3.MP4"]).length == timedelta(minutes=5)
    assert t.gap_before(ids["片段2.MP4"]) is None


def test_the_review_example_five_minutes_before_and_a_four_minute_gap(archive, tmp_path, files, clerk):
    # REV-02: activity 09:00–10:00, clips 09:05–09:30 and 09:34–10:00.
    officers = _staff(archive)
    aid = gaps.register_activity(archive, clerk, kind="现场检查", place="河道", started_at=datetime(*DAY, 9, 0),
                                 ended_at=datetime(*DAY, 10, 0), officer_ids=officers[:1])
    ids = _hand_in(archive, tmp_path, files, ["片段1.MP4", "片段2.MP4"], "13001", "DSJ-07", aid)
    _place(archive, ids, {"片段2.MP4": (local(9, 34), 26 * MIN), "片段1.MP4": (local(9, 5), 25 * MIN)})
    t = timeline.activity_timeline(archive, aid)
    assert [i.original_name for i in t.items] == ["片段1.MP4", "片段2.MP4"]
    assert [(s.kind, s.length) for s in t.spans] == [(SpanKind.BEFORE_FIRST, timedelta(minutes=5)),
                                                     (SpanKind.BETWEEN, timedelta(minutes=4))]
    assert t.spans[1].start == local(9, 30) and t.spans[1].end == local(9, 34)


def test_unknown_activity_times_and_untimed_files_give_no_invented_gaps():
    def item(n, start, ms, kind="video"):
        return timeline.TimelineItem(n, kind, f"{n}", None, None, start, start + timedelta(milliseconds=ms or 0),
                                     start, None, ms, False)

    clips = [item(1, local(9, 5), 5 * MIN), item(2, local(9, 10, 0), 5 * MIN),  # back to back: no gap
             item(3, local(9, 15, 0) + timedelta(milliseconds=400), 5 * MIN),  # 0.4 s: a camera's next file
             item(4, local(9, 30), None), item(5, local(9, 50), None, "photo")]  # no length: covers nothing
    assert timeline.not_recorded(None, None, clips) == ()
    assert timeline.not_recorded(local(9, 0), None, clips) == (
        timeline.Span(SpanKind.BEFORE_FIRST, local(9, 0), local(9, 5)),)
    # Only photos: nothing covered, nothing judged.
    assert timeline.not_recorded(local(9, 0), local(10, 0), clips[3:]) == ()
    # Only the activity's own time is judged: a clip before arrival or after leaving covers none of it.
    outside = [item(7, local(8, 40), 10 * MIN), item(8, local(9, 10), 5 * MIN), item(9, local(10, 20), 5 * MIN)]
    assert timeline.not_recorded(local(9, 0), local(10, 0), outside) == (
        timeline.Span(SpanKind.BEFORE_FIRST, local(9, 0), local(9, 10)),
        timeline.Span(SpanKind.AFTER_LAST, local(9, 15), local(10, 0)))
    assert [s.kind for s in timeline.not_recorded(local(9, 0), local(10, 0), outside[::2])] == [SpanKind.BEFORE_FIRST]
    # A clip that began before the activity did leaves no span at the start.
    early = [item(6, local(8, 50), 20 * MIN)]
    assert timeline.not_recorded(local(9, 0), local(9, 10), early) == ()


def test_the_timeline_reads_in_the_same_statements_however_many_files(archive, inspection, clerk):
    aid, _ = inspection
    small = gaps.register_activity(archive, clerk, kind="送达", place="", started_at=datetime(*DAY, 14, 0),
                                   ended_at=datetime(*DAY, 14, 30), officer_ids=[1])
    with archive.session() as s:  # one recording moved to the small activity
        rec_id = s.scalar(select(Recording.id).where(Recording.original_name == "照片5.JPG"))
    with archive.transaction() as s:
        s.get(Recording, rec_id).activity_id = small
    with statements(archive) as few:
        assert len(timeline.activity_timeline(archive, small).items) == 1
    with statements(archive) as many:
        assert len(timeline.activity_timeline(archive, aid).items) == 7
    assert len(few) == len(many) <= 4


def test_activities_to_choose_from_newest_first_filtered_and_bounded(archive, inspection, tmp_path, clerk):
    aid, _ = inspection
    with archive.transaction() as s:
        registry.case_for_import(s, SETUP, "秦水罚〔2026〕31号")
    later = gaps.register_activity(archive, clerk, kind="听证", place="局三楼", started_at=datetime(*DAY, 15, 0),
                                   ended_at=datetime(*DAY, 16, 0), officer_ids=[1], case_no="秦水罚〔2026〕31号")
    gaps.register_activity(archive, clerk, kind="无录像的活动", place="", started_at=datetime(*DAY, 17, 0),
                           ended_at=datetime(*DAY, 18, 0), officer_ids=[1])
    folder = tmp_path / "听证 录音"
    folder.mkdir()
    write_tone(folder / "听证 20261128_150000.WAV", 500, seconds=1)
    import_paths(archive, SETUP, ImportRequest(paths=[folder], officer_badge="13001", activity_id=later))
    with statements(archive) as seen:
        found = timeline.activities_with_recordings(archive)
    assert len(seen) == 1
    assert [a.activity_id for a in found] == [later, aid]  # the one without footage is not listed
    assert (found[0].recordings, found[0].case_no) == (1, "秦水罚〔2026〕31号")
    assert (found[1].kind, found[1].recordings, found[1].started_at) == ("现场检查", 8, local(9, 0))
    assert found[1].first_recorded_at == local(9, 1)
    assert [a.activity_id for a in timeline.activities_with_recordings(archive, text="闸")] == [aid]
    assert [a.activity_id for a in timeline.activities_with_recordings(archive, text="31号")] == [later]
    assert timeline.activities_with_recordings(archive, text="不存在") == []
    assert [a.activity_id for a in timeline.activities_with_recordings(archive, limit=1)] == [later]
    assert [a.activity_id for a in timeline.activities_with_recordings(
        archive, case_no="秦水罚〔2026〕31号")] == [later]
    assert timeline.activities_with_recordings(archive, case_no="没有这个案号") == []


def test_an_unknown_activity_is_refused_in_both_languages(archive):
    with pytest.raises(ArchiveError) as e:
        timeline.activity_timeline(archive, 999)
    assert "999" in e.value.text.zh and "999" in e.value.text.en

"""Read-only lookups for pickers and the import result page."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest

from evidenceroom.core import lookups, registry
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import DeviceKind, Person
from evidenceroom.core.vault import Cancelled


@pytest.fixture
def staffed(archive, clerk):
    with archive.transaction() as s:
        registry.add_person(s, clerk, "张伟", "13001", "水政监察支队一大队")
        registry.add_person(s, clerk, "李娜", "13002", "水政监察支队二大队")
        registry.add_person(s, clerk, "王五", None, None, "保管员")
        retired = registry.add_person(s, clerk, "赵六", "13009", "水政监察支队一大队")
        retired.active = False
        registry.add_device(s, clerk, "DSJ-07", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ-V9", "QS-ZF-007")
        registry.add_device(s, clerk, "PEN-05", DeviceKind.AUDIO_RECORDER)
    return archive


def test_officers_come_with_badge_department_and_active_flag(staffed):
    found = lookups.officers(staffed)
    assert [(o.name, o.badge, o.department, o.active) for o in found] == [
        ("张伟", "13001", "水政监察支队一大队", True),
        ("李娜", "13002", "水政监察支队二大队", True),
        ("王五", None, "", True),
        ("赵六", "13009", "水政监察支队一大队", False),  # inactive ones last
    ]
    assert "赵六" not in {o.name for o in lookups.officers(staffed, active_only=True)}
    with staffed.session() as s:
        assert {o.id for o in found} == {p.id for p in s.query(Person)}


def test_devices_list_kind_serial_model_and_asset_number(staffed):
    found = {d.serial: d for d in lookups.devices(staffed)}
    assert set(found) == {"DSJ-07", "PEN-05"}
    cam = found["DSJ-07"]
    assert (cam.kind, cam.model, cam.asset_no) == ("body_camera", "执法记录仪 DSJ-V9", "QS-ZF-007")
    assert (found["PEN-05"].kind, found["PEN-05"].asset_no) == ("audio_recorder", None)


def test_departments_are_listed_by_name(staffed):
    assert [name for _, name in lookups.departments(staffed)] == sorted(["水政监察支队一大队", "水政监察支队二大队"])


def test_cases_are_found_by_number_or_title_newest_first(archive, clerk):
    with archive.transaction() as s:
        registry.describe_case(s, clerk, "秦水罚〔2026〕31号", "某砂场未经许可河道采砂案", "现场检查")
        registry.describe_case(s, clerk, "秦水罚〔2026〕32号", "未批先建取水工程案", "调查取证")
        registry.case_for_import(s, clerk, "100%_案")
    assert [c.case_no for c in lookups.cases(archive)][0] == "100%_案"
    assert [c.case_no for c in lookups.cases(archive, "采砂")] == ["秦水罚〔2026〕31号"]
    assert [c.case_no for c in lookups.cases(archive, "32")] == ["秦水罚〔2026〕32号"]
    assert {c.case_no for c in lookups.cases(archive, "秦水罚")} == {"秦水罚〔2026〕31号", "秦水罚〔2026〕32号"}
    assert [c.case_no for c in lookups.cases(archive, "%")] == ["100%_案"]  # taken literally, not as a wildcard
    assert [c.case_no for c in lookups.cases(archive, "_")] == ["100%_案"]
    assert len(lookups.cases(archive, limit=2)) == 2
    found = lookups.case_by_number(archive, " 秦水罚〔2026〕31号 ")
    assert found is not None and found.title == "某砂场未经许可河道采砂案"
    assert lookups.case_by_number(archive, "秦水罚〔2026〕99号") is None


def test_recent_activities_are_ordered_by_end_with_their_case(staffed, clerk, clips):
    now = datetime.now(timezone.utc)
    for hours, kind, case_no, clip in ((30, "调查取证", "秦水罚〔2026〕32号", "mp4"), (2, "现场检查", None, "wav")):
        import_paths(staffed, clerk, ImportRequest(
            paths=[clips[clip]], case_no=case_no, officer_badge="13001",
            activity_ended_at=now - timedelta(hours=hours), activity_kind=kind, activity_place="戴河下游"))
    found = lookups.recent_activities(staffed)
    assert [(a.kind, a.case_no) for a in found] == [("现场检查", None), ("调查取证", "秦水罚〔2026〕32号")]
    assert found[0].place == "戴河下游"
    assert abs(found[0].ended_at - (now - timedelta(hours=2))) < timedelta(seconds=1)
    assert len(lookups.recent_activities(staffed, limit=1)) == 1


def test_preview_recognises_files_the_way_the_import_will(card, tmp_path):
    (card / "空.MP4").write_bytes(b"")
    (card / "说明.txt").write_text("不是音像资料", encoding="utf-8")
    seen = []
    found = {f.path.name: f for f in lookups.preview([card, tmp_path / "不存在"], progress=seen.append)}
    assert {n: f.kind for n, f in found.items()} == {
        "20261128_093012_0001.MP4": "video", "20261128_094530_0002.MP4": "video",
        "IMG_20261128_093500.JPG": "photo", "现场 录音 20261128_100200.WAV": "audio",
        "Thumbs.db": "skip", ".DS_Store": "skip", "空.MP4": "empty", "说明.txt": "unknown", "不存在": "missing"}
    assert found["IMG_20261128_093500.JPG"].will_import and not found["Thumbs.db"].will_import
    photo = card / "DCIM" / "100MEDIA" / "IMG_20261128_093500.JPG"
    assert found[photo.name].size == photo.stat().st_size
    assert "空文件" in str(found["空.MP4"].note)
    assert seen[-1].files_done == seen[-1].files_total == 9


def test_preview_stops_when_cancelled(card):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        lookups.preview([card], cancel=cancel)


def test_batch_summary_lists_each_file_with_deadline_and_damage(staffed, clerk, card, clips, tmp_path):
    truncated = card / "DCIM" / "100MEDIA" / "20261128_110000_0003.MP4"
    truncated.write_bytes(clips["mp4b"].read_bytes()[:-200])
    (card / "说明.txt").write_text("不是音像资料", encoding="utf-8")
    ended = datetime.now(timezone.utc) - timedelta(hours=30)
    report = import_paths(staffed, clerk, ImportRequest(
        paths=[card], case_no="秦水罚〔2026〕31号", officer_badge="13001", handed_in_by_badge="13002",
        device_serial="DSJ-07", activity_ended_at=ended))
    summary = lookups.batch_summary(staffed, report.batch_id)
    assert summary.status == "finished"
    assert (summary.officer, summary.handed_in_by) == ("张伟（13001）", "李娜（13002）")
    assert summary.device == "DSJ-07（QS-ZF-007）"
    assert summary.case_no == "秦水罚〔2026〕31号"
    assert summary.received_by == clerk.name
    assert summary.activity_id is not None
    assert len(summary.imported) == 5 and len(summary.skipped) == 2 and len(summary.rejected) == 1
    assert {i.deadline_text for i in summary.imported} == {"逾期 6 小时"}
    assert summary.late == 5
    damaged = [i for i in summary.imported if i.damaged]
    assert [i.path.rsplit("/", 1)[-1] for i in damaged] == ["20261128_110000_0003.MP4"]
    assert summary.damaged == 1 and "截断" in damaged[0].damage
    assert all(i.recording_id and i.sha256 and i.size and i.media_kind for i in summary.imported)
    assert summary.rejected[0].reason.startswith("不是音像资料")
    assert all(i.reason for i in summary.skipped)

    again = import_paths(staffed, clerk, ImportRequest(paths=[clips["wav"]]))
    second = lookups.batch_summary(staffed, again.batch_id)
    assert second.officer is None and second.device is None and second.case_no is None
    (dup,) = second.duplicates
    assert dup.recording_id is not None and "内容相同" in dup.reason


def test_batch_summary_of_an_unknown_batch_is_an_error(archive):
    with pytest.raises(ArchiveError, match="99"):
        lookups.batch_summary(archive, 99)


def test_deadline_preview_says_how_footage_handed_in_now_would_stand():
    now = datetime(2026, 11, 29, 15, 0, tzinfo=timezone.utc)
    late = lookups.deadline_preview(now - timedelta(hours=30), now)
    assert (late.status, late.text) == ("late", "逾期 6 小时")
    assert late.deadline_at == now - timedelta(hours=6)
    on_time = lookups.deadline_preview(datetime(2026, 11, 29, 9, 0), now)  # naive: the unit's local time
    assert (on_time.status, on_time.text) == ("on_time", "按时")
    assert on_time.deadline_at == datetime(2026, 11, 30, 1, 0, tzinfo=timezone.utc)
    assert lookups.deadline_preview(None, now).text == "未知"

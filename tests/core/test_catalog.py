"""The archive browser's queries, on a real archive filled through the ordinary import path."""
from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, text

from evidenceroom.core.demo import write_tone
from evidenceroom.core import catalog, db, registry
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.catalog import RecordingFilter
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import DeviceKind, ImportBatch, Recording
from evidenceroom.core.timeutil import to_local

SETUP = Actor("测试准备")
CASE_LATE = "秦水罚〔2026〕31号"
CASE_ON_TIME = "秦水罚〔2026〕32号"


def _fill(archive: Archive, card: Path, work: Path) -> Archive:
    """Seven recordings: a card handed in 6 hours late under one case (张伟, DSJ-07), two voice
    recordings on time under another (李娜, PEN-05), and one of 李娜's not yet filed."""
    with archive.transaction() as s:
        registry.add_person(s, SETUP, "张伟", "13001", "水政监察支队一大队")
        registry.add_person(s, SETUP, "李娜", "13002", "水政监察支队二大队")
        registry.add_device(s, SETUP, "DSJ-07", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ-V9")
        registry.add_device(s, SETUP, "PEN-05", DeviceKind.AUDIO_RECORDER, "录音笔 A8")
    now = datetime.now().astimezone()
    import_paths(archive, SETUP, ImportRequest(
        paths=[card], case_no=CASE_LATE, officer_badge="13001", device_serial="DSJ-07",
        activity_ended_at=now - timedelta(hours=30), activity_kind="现场检查", activity_place="戴河下游左岸"))
    pen = work / "录音笔"
    pen.mkdir()
    write_tone(pen / "REC20261127_081500.WAV", 330)
    write_tone(pen / "REC20261127_083000.WAV", 370)
    import_paths(archive, SETUP, ImportRequest(
        paths=[pen], case_no=CASE_ON_TIME, officer_badge="13002", device_serial="PEN-05",
        activity_ended_at=now - timedelta(hours=2), activity_kind="询问笔录", activity_place="询问室"))
    loose = work / "未归案"
    loose.mkdir()
    write_tone(loose / "REC20261129_081500.WAV", 520)
    import_paths(archive, SETUP, ImportRequest(paths=[loose], officer_badge="13002"))
    with archive.transaction() as s:
        registry.describe_case(s, SETUP, CASE_LATE, "某砂场未经许可河道采砂案", "现场检查")
        registry.describe_case(s, SETUP, CASE_ON_TIME, "某公司未批先建取水工程案", "询问笔录")
    return archive


@pytest.fixture(scope="module")
def shared(tmp_path_factory, clips):
    """The filled archive, read by every test that does not change it."""
    work = tmp_path_factory.mktemp("catalog")
    media = work / "可移动磁盘 (E)" / "DCIM" / "100MEDIA"
    deep = work / "可移动磁盘 (E)" / "录音"
    media.mkdir(parents=True)
    deep.mkdir(parents=True)
    for key in ("mp4", "mp4b", "jpg"):
        shutil.copy(clips[key], media / clips[key].name)
    shutil.copy(clips["wav"], deep / "现场 录音 20261128_100200.WAV")
    with Archive.create(work / "档案库", "测试市水务局") as archive:
        yield _fill(archive, work / "可移动磁盘 (E)", work)


@pytest.fixture
def browsed(archive, card, tmp_path) -> Archive:
    """A filled archive of the test's own, for tests that add to it."""
    return _fill(archive, card, tmp_path)


def names(rows) -> list[str]:
    return [r.original_name for r in rows]


def everything(archive, flt=None, sort_key="recorded_at", descending=True):
    return catalog.recording_rows(archive, flt or RecordingFilter(), sort_key, descending, 0, 1000)


# --- filters and search ----------------------------------------------------------------------

def test_all_recordings_newest_first_with_their_officer_device_case_and_status(shared):
    rows = everything(shared)
    assert len(rows) == 7 == catalog.recording_count(shared)
    assert [r.recorded_at for r in rows] == sorted((r.recorded_at for r in rows), reverse=True)
    clip = next(r for r in rows if r.original_name == "20261128_093012_0001.MP4")
    assert (clip.officer_name, clip.officer_badge, clip.device_serial) == ("张伟", "13001", "DSJ-07")
    assert (clip.case_no, clip.activity_kind, clip.activity_place) == (CASE_LATE, "现场检查", "戴河下游左岸")
    assert clip.media_kind == "video" and clip.duration_ms and clip.size > 0 and len(clip.sha256) == 64
    assert clip.deadline_status == "late" and 6 * 3600 - 120 < clip.late_by_seconds < 6 * 3600 + 120
    assert clip.damaged is False


def test_late_only_lists_the_card_handed_in_late(shared):
    rows = everything(shared, RecordingFilter(late_only=True))
    assert len(rows) == 4 and {r.case_no for r in rows} == {CASE_LATE}
    assert catalog.recording_count(shared, RecordingFilter(late_only=True)) == 4


def test_unfiled_lists_only_the_recording_without_a_case(shared):
    rows = everything(shared, RecordingFilter(unfiled=True))
    assert names(rows) == ["REC20261129_081500.WAV"]
    assert rows[0].case_no is None and rows[0].deadline_status == "unknown"


def test_filter_by_case_officer_device_and_category(shared):
    case_id = everything(shared, RecordingFilter(text=CASE_ON_TIME))[0].case_id
    assert sorted(names(everything(shared, RecordingFilter(case_id=case_id)))) == [
        "REC20261127_081500.WAV", "REC20261127_083000.WAV"]
    facets = catalog.facets(shared)
    li = next(c.id for c in facets.officers if c.label == "李娜")
    pen = next(c.id for c in facets.devices if c.label == "PEN-05")
    assert len(everything(shared, RecordingFilter(officer_id=li))) == 3
    assert len(everything(shared, RecordingFilter(device_id=pen))) == 2
    assert len(everything(shared, RecordingFilter(officer_id=li, device_id=pen, unfiled=True))) == 0
    assert len(everything(shared, RecordingFilter(category="现场检查"))) == 4
    assert len(everything(shared, RecordingFilter(category="询问笔录"))) == 2


def test_date_range_is_calendar_days_in_the_units_time_zone(shared):
    rows = everything(shared)
    day = to_local(rows[0].recorded_at).date()  # the newest recording's local day
    on_day = [r for r in rows if to_local(r.recorded_at).date() == day]
    assert names(everything(shared, RecordingFilter(date_from=day, date_to=day))) == names(on_day)
    assert len(everything(shared, RecordingFilter(date_from=day + timedelta(days=1)))) == 0
    assert len(everything(shared, RecordingFilter(date_to=date(2000, 1, 1)))) == 0


@pytest.mark.parametrize("term, expected", [
    ("31号", 4),  # case number
    ("〔2026〕32", 2),  # part of a case number
    ("采砂", 4),  # case title
    ("某砂场", 4),  # case title, given after the import (the case index follows the change)
    ("李娜", 3),  # officer name
    ("13001", 4),  # badge number
    ("DSJ-07", 4),  # device serial
    ("093012", 1),  # part of a file name
    ("img_2026", 1),  # file name, other letter case, with an underscore taken literally
    ("现场 录音", 1),  # a Chinese file name with a space
    ("REC", 3),  # three letters of a file name
    ("IM", 1),  # two characters: file names starting with them
    ("没有这个", 0),
    ("%", 0),  # LIKE wildcards are taken literally
    ("31%号", 0),
    ('"31号', 0),  # a double quote in the term does not break the index query
    ("〔2026〕32号", 2),
    ("_", 0),
])
def test_search_by_case_officer_badge_device_or_file_name(shared, term, expected):
    assert len(everything(shared, RecordingFilter(text=term))) == expected
    assert catalog.recording_count(shared, RecordingFilter(text=term)) == expected


def test_search_without_the_file_name_index_gives_the_same_answers(shared, monkeypatch):
    monkeypatch.setattr(db, "_index_exists", lambda s, name: False)
    for term, expected in (("093012", 1), ("img_2026", 1), ("现场 录音", 1), ("wav", 4), ("〔2026〕32", 2),
                           ("某砂场", 4), ("采砂", 4)):
        assert len(everything(shared, RecordingFilter(text=term))) == expected, term


def test_a_broad_search_walks_the_order_and_gives_the_same_rows(shared, monkeypatch):
    """With a tiny threshold every search takes the broad path (unindexed, with a time bound)."""
    narrow = {(t, k, d): names(everything(shared, RecordingFilter(text=t), k, d))
              for t in ("李娜", "31号", "wav", "DSJ") for k in ("recorded_at", "size") for d in (True, False)}
    monkeypatch.setattr(catalog, "NARROW_SEARCH", 1)
    for t in ("李娜", "31号", "wav", "DSJ"):
        for k in ("recorded_at", "size"):
            for d in (True, False):
                assert names(everything(shared, RecordingFilter(text=t), k, d)) == narrow[t, k, d], (t, k, d)
        assert catalog.recording_count(shared, RecordingFilter(text=t)) == len(narrow[t, "size", True])
        assert catalog.select_recordings(shared, RecordingFilter(text=t)).broad
    assert len(everything(shared, RecordingFilter(category="现场检查", text="13002"))) == 0
    assert len(everything(shared, RecordingFilter(category="现场检查", text="13001", late_only=True))) == 4


def test_long_id_lists_go_to_the_database_as_one_value(shared, monkeypatch):
    monkeypatch.setattr(db, "SHORT_LIST", 0)
    assert len(everything(shared, RecordingFilter(text="采砂"))) == 4
    assert len(everything(shared, RecordingFilter(text="093012"))) == 1
    assert len(everything(shared, RecordingFilter(category="询问笔录"))) == 2
    monkeypatch.setattr(catalog, "NARROW_SEARCH", 1)
    assert len(everything(shared, RecordingFilter(text="李娜"))) == 3


def test_a_selection_is_worked_out_once_and_read_many_times(shared):
    selection = catalog.select_recordings(shared, RecordingFilter(text="13001"))
    assert not selection.broad and catalog.recording_count(shared, selection) == 4
    first = catalog.recording_rows(shared, selection, limit=3)
    rest = catalog.recording_rows(shared, selection, offset=3, after=first[-1])
    assert len(first) == 3 and len(rest) == 1
    nothing = catalog.select_recordings(shared, RecordingFilter(text="没有这个"))
    assert nothing.empty and catalog.recording_rows(shared, nothing) == []


def test_search_combines_with_the_other_filters(shared):
    assert len(everything(shared, RecordingFilter(text="李娜", unfiled=True))) == 1
    assert len(everything(shared, RecordingFilter(text="李娜", late_only=True))) == 0
    assert len(everything(shared, RecordingFilter(text="13001", late_only=True))) == 4


# --- sorting and paging ----------------------------------------------------------------------

def _expected_key(sort_key: str):
    def none_first(v):
        return (v is not None, v if v is not None else 0)

    return {
        "recorded_at": lambda r: (r.recorded_at, r.id),
        "duration": lambda r: (none_first(r.duration_ms), r.id),
        "officer": lambda r: (none_first(r.officer_name), r.recorded_at, r.id),
        "device": lambda r: (none_first(r.device_serial), r.recorded_at, r.id),
        "activity": lambda r: (none_first(r.activity_kind), r.recorded_at, r.id),
        "file_name": lambda r: (r.original_name, r.id),
        "size": lambda r: (r.size, r.id),
        "sha256": lambda r: (r.sha256, r.id),
        "deadline": lambda r: (none_first(r.late_by_seconds), r.deadline_status, r.id),
        "case_no": lambda r: (none_first(r.case_no), r.recorded_at, r.id),
        "id": lambda r: r.id,
    }[sort_key]


@pytest.mark.parametrize("sort_key", catalog.RECORDING_SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_and_pages_without_gaps_or_repeats(shared, sort_key, descending):
    rows = everything(shared, sort_key=sort_key, descending=descending)
    expected = sorted(rows, key=_expected_key(sort_key), reverse=descending)
    assert [r.id for r in rows] == [r.id for r in expected]
    by_offset, by_keyset = [], []
    while len(by_offset) < len(rows) + 2:
        page = catalog.recording_rows(shared, RecordingFilter(), sort_key, descending, len(by_offset), 2)
        if not page:
            break
        by_offset += page
    while True:
        page = catalog.recording_rows(shared, RecordingFilter(), sort_key, descending, len(by_keyset), 2,
                                      after=by_keyset[-1] if by_keyset else None)
        if not page:
            break
        by_keyset += page
    assert [r.id for r in by_offset] == [r.id for r in rows] == [r.id for r in by_keyset]


def test_an_unknown_sort_key_is_refused(shared):
    with pytest.raises(ValueError):
        catalog.recording_rows(shared, sort_key="colour")
    with pytest.raises(ValueError):
        catalog.case_rows(shared, sort_key="colour")


# --- cases -----------------------------------------------------------------------------------

def test_cases_with_their_recordings_and_late_counts(shared):
    rows = catalog.case_rows(shared)
    assert [c.case_no for c in rows] == [CASE_ON_TIME, CASE_LATE]  # newest first
    late, on_time = rows[1], rows[0]
    assert (late.title, late.category, late.recordings, late.late) == ("某砂场未经许可河道采砂案", "现场检查", 4, 4)
    assert (on_time.recordings, on_time.late) == (2, 0)
    assert catalog.case_count(shared) == 2
    assert [c.case_no for c in catalog.case_rows(shared, "采砂")] == [CASE_LATE]
    assert catalog.case_count(shared, "采砂") == 1 and catalog.case_count(shared, "没有") == 0
    assert [c.case_no for c in catalog.case_rows(shared, category="询问笔录")] == [CASE_ON_TIME]
    assert catalog.case_count(shared, "秦水罚", category="现场检查") == 1


@pytest.mark.parametrize("sort_key, ascending", [
    ("newest", [CASE_LATE, CASE_ON_TIME]),  # in the order the cases were made
    ("case_no", [CASE_LATE, CASE_ON_TIME]),
    ("title", [CASE_ON_TIME, CASE_LATE]),  # 某公司 before 某砂场 in code-point order
    ("category", [CASE_LATE, CASE_ON_TIME]),  # 现场检查 before 询问笔录
    ("recordings", [CASE_ON_TIME, CASE_LATE]),
    ("late", [CASE_ON_TIME, CASE_LATE]),
])
def test_cases_sort_on_every_column(shared, sort_key, ascending):
    up = [c.case_no for c in catalog.case_rows(shared, sort_key=sort_key, descending=False)]
    down = [c.case_no for c in catalog.case_rows(shared, sort_key=sort_key, descending=True)]
    assert up == ascending and down == list(reversed(ascending))


def test_cases_sort_by_flags_heaviest_first(browsed):
    with browsed.transaction() as s:
        from evidenceroom.core.models import Case
        from sqlalchemy import select

        s.scalars(select(Case).where(Case.case_no == CASE_ON_TIME)).one().penalty_case = True
    down = [c for c in catalog.case_rows(browsed, sort_key="flags", descending=True)]
    assert [c.case_no for c in down] == [CASE_ON_TIME, CASE_LATE] and down[0].flags == ("penalty_case",)
    up = [c.case_no for c in catalog.case_rows(browsed, sort_key="flags", descending=False)]
    assert up == [CASE_LATE, CASE_ON_TIME]


def test_case_pages(shared):
    first = catalog.case_rows(shared, limit=1)
    second = catalog.case_rows(shared, offset=1, limit=1)
    assert [c.case_no for c in first + second] == [CASE_ON_TIME, CASE_LATE]
    assert catalog.case_rows(shared, offset=2) == []


# --- one recording ---------------------------------------------------------------------------

def test_detail_has_all_metadata_and_the_history_from_the_audit_chain(shared):
    row = everything(shared, RecordingFilter(text="093012"))[0]
    d = catalog.recording_detail(shared, row.id)
    assert d.sha256 == row.sha256 and len(d.sha256) == 64
    assert (d.officer_name, d.officer_badge, d.officer_department) == ("张伟", "13001", "水政监察支队一大队")
    assert (d.device_serial, d.device_kind, d.device_model) == ("DSJ-07", "body_camera", "执法记录仪 DSJ-V9")
    assert (d.case_no, d.case_title, d.case_category) == (CASE_LATE, "某砂场未经许可河道采砂案", "现场检查")
    assert (d.activity_kind, d.activity_place) == ("现场检查", "戴河下游左岸")
    assert d.deadline_status == "late" and d.deadline_at is not None
    assert d.imported_by == "测试准备" and d.batch_status == "finished"
    assert (d.handed_in_by_name, d.handed_in_by_badge) == ("张伟", "13001")
    assert d.recorded_at_source == "metadata" and d.source_path.endswith("20261128_093012_0001.MP4")
    assert [h.action for h in d.history] == ["import.imported"]
    assert d.history[0].details["sha256"] == d.sha256 and d.history[0].actor_name == "测试准备"
    assert d.playbacks == []


def test_detail_includes_playback_events_and_viewings(browsed):
    from evidenceroom.core import audit
    from evidenceroom.core.models import Playback
    from evidenceroom.core.timeutil import utcnow

    row = everything(browsed, RecordingFilter(text="093012"))[0]
    viewer = Actor("陈静 (clerk)", None)
    with browsed.transaction() as s:
        audit.record(s, viewer, "playback.started", "recording", row.id)
        s.add(Playback(recording_id=row.id, viewer_name=viewer.name, started_at=utcnow(), watched_ms=1500))
        audit.record(s, viewer, "playback.ended", "recording", row.id, watched_ms=1500)
        audit.record(s, viewer, "playback.started", "recording", row.id + 1)  # another recording's
    d = catalog.recording_detail(browsed, row.id)
    assert [h.action for h in d.history] == ["import.imported", "playback.started", "playback.ended"]
    assert [(p.viewer_name, p.watched_ms) for p in d.playbacks] == [("陈静 (clerk)", 1500)]


def test_detail_of_a_missing_recording_is_none(shared):
    assert catalog.recording_detail(shared, 999_999) is None


def test_facets_list_officers_devices_and_categories(shared):
    f = catalog.facets(shared)
    assert [(c.label, c.detail) for c in f.officers] == [("张伟", "13001"), ("李娜", "13002")]
    assert [c.label for c in f.devices] == ["DSJ-07", "PEN-05"]
    assert f.categories == sorted({"现场检查", "询问笔录"})
    assert f.timezone == "Asia/Shanghai"


def test_the_callers_session_can_be_used(shared):
    with shared.session() as s:
        assert catalog.recording_count(s) == 7
        assert len(catalog.recording_rows(s)) == 7


# --- the file-name index ---------------------------------------------------------------------

def test_upgrading_an_older_archive_indexes_the_names_already_there(archive_dir: Path):
    """An archive made before migration 0003 gets its recordings' names indexed on opening."""
    archive_dir.mkdir(parents=True)
    engine = db.make_engine(archive_dir / "archive.db")
    command.upgrade(db._alembic_config(engine), "0002")
    now = datetime.now().astimezone()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO unit (id, name, timezone, created_at) VALUES (1, '测试', 'Asia/Shanghai', "
                          "'2026-11-28 00:00:00.000000')"))
        conn.execute(insert(ImportBatch.__table__), [{"id": 1, "started_at": now, "actor_name": "测试",
                                                     "sources": "", "status": "finished"}])
        conn.execute(insert(Recording.__table__), [{
            "id": 1, "sha256": "ab" * 32, "size": 10, "media_kind": "video", "original_name": "OLD_0930_CLIP.MP4",
            "extension": "mp4", "source_path": "E:\\OLD_0930_CLIP.MP4", "batch_id": 1, "recorded_at": now,
            "recorded_at_source": "file_name", "imported_at": now, "deadline_status": "unknown"}])
    engine.dispose()
    (archive_dir / "vault").mkdir()
    with Archive.open(archive_dir) as a:
        with a.session() as s:
            assert db._index_exists(s, db.FILE_NAME_INDEX) and db._index_exists(s, db.CASE_INDEX)
        assert names(everything(a, RecordingFilter(text="0930_cl"))) == ["OLD_0930_CLIP.MP4"]

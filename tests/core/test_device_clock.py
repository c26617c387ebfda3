"""ARC-09: the device clock offset recorded at import, stored with every recording, the corrected
time worked out from it, the profile's tolerance, and absurd figures refused."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from evidenceroom.core import accounts, catalog, custody, db, device_clock, profiles, registry
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.custody import PreUseCheck
from evidenceroom.core.demo import write_tone
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Device, DeviceKind, ImportBatch, Person, Recording, Role

PASSWORD = "correct-horse-1"
SETUP = Actor("测试准备")
TWELVE_MIN_FAST = 12 * 60


@pytest.fixture
def staffed(archive):
    with archive.transaction() as s:
        registry.add_person(s, SETUP, "张伟", "13001", "水政监察支队")
        registry.add_device(s, SETUP, "DSJ-07", DeviceKind.BODY_CAMERA, "DSJ-V9", "QS-ZF-007",
                            purchased_on=date(2021, 12, 10))
        for login, name, role in (("clerk", "陈静", Role.CLERK), ("admin", "系统管理员", Role.ADMINISTRATOR)):
            registry.add_user(s, SETUP, login, PASSWORD, role, name)
    return archive


@pytest.fixture
def tones(tmp_path: Path) -> Path:
    """A card with three short voice recordings, named with the device's own time."""
    folder = tmp_path / "存储卡 (F)" / "录音"
    folder.mkdir(parents=True)
    for n, freq in enumerate((300, 400, 500)):
        write_tone(folder / f"REC20261128_10{n}200.WAV", freq, seconds=1.0)
    return folder


def _import(archive, tones, offset):
    clerk = accounts.sign_in(archive, "clerk", PASSWORD)
    return import_paths(archive, clerk.actor, ImportRequest(paths=[tones], officer_badge="13001", device_serial="DSJ-07",
                                                      clock_offset_s=offset))


def test_the_offset_is_stored_on_every_recording_of_the_batch_and_in_the_audit(staffed, tones, rows):
    report = _import(staffed, tones, TWELVE_MIN_FAST)
    assert len(report.imported) == 3
    recs = rows(staffed, Recording)
    assert [r.clock_offset_s for r in recs] == [720.0] * 3
    # recorded_at stays the device's own time: the file name's 10:02:00 local is 02:02:00 UTC.
    first = next(r for r in recs if r.original_name == "REC20261128_100200.WAV")
    assert first.recorded_at == datetime(2026, 11, 28, 2, 2, 0, tzinfo=timezone.utc)
    events = {e.action: json.loads(e.details) for e in rows(staffed, AuditEvent)}
    assert events["import.started"]["clock_offset_s"] == 720.0
    assert events["import.imported"]["clock_offset_s"] == 720.0
    detail = catalog.recording_detail(staffed, first.id)
    assert detail.clock_offset_s == 720.0
    assert device_clock.corrected(detail.recorded_at, detail.clock_offset_s) == datetime(
        2026, 11, 28, 1, 50, 0, tzinfo=timezone.utc)
    assert device_clock.recording_offset(staffed, first.id) == 720.0


def test_not_measured_stores_nothing_and_the_time_is_left_alone(staffed, tones, rows):
    _import(staffed, tones, None)
    assert {r.clock_offset_s for r in rows(staffed, Recording)} == {None}
    started = next(e for e in rows(staffed, AuditEvent) if e.action == "import.started")
    assert json.loads(started.details)["clock_offset_s"] is None
    at = datetime(2026, 11, 28, 2, 2, tzinfo=timezone.utc)
    assert device_clock.corrected(at, None) == at


def test_corrected_time_subtracts_a_fast_clock_and_adds_a_slow_one():
    at = datetime(2026, 3, 1, 1, 12, tzinfo=timezone.utc)
    assert device_clock.corrected(at, 720) == datetime(2026, 3, 1, 1, 0, tzinfo=timezone.utc)
    assert device_clock.corrected(at, -90.5) == at + timedelta(seconds=90.5)
    assert device_clock.corrected(at, 0) == at


def test_the_warning_starts_just_beyond_the_tolerance_either_way():
    assert not device_clock.offset_warning(None, 60)
    assert not device_clock.offset_warning(60, 60) and not device_clock.offset_warning(-60, 60)
    assert device_clock.offset_warning(61, 60) and device_clock.offset_warning(-60.5, 60)
    assert device_clock.offset_warning(TWELVE_MIN_FAST, 60)
    assert not device_clock.offset_warning(0, 0) and device_clock.offset_warning(1, 0)


def test_the_threshold_is_the_active_profiles_tolerance(staffed):
    # Until the unit chooses, the default profile: one minute.
    assert device_clock.tolerance_s(staffed) == 60
    assert device_clock.check(staffed, 90).exceeded
    assert not device_clock.check(staffed, -60).exceeded
    # An edited profile allowing five minutes: the same 90 s is now within it, 12 minutes is not.
    admin = accounts.sign_in(staffed, "admin", PASSWORD)
    text = profiles.template(profiles.DEFAULT).replace(
        "backup_interval_days = 7", "backup_interval_days = 7\nclock_tolerance_seconds = 300", 1)
    profiles.save_copy(staffed, admin, text, "本单位")
    assert device_clock.tolerance_s(staffed) == 300
    assert not device_clock.check(staffed, 90).exceeded
    assert not device_clock.check(staffed, -300).exceeded
    assert device_clock.check(staffed, TWELVE_MIN_FAST) == device_clock.ClockCheck(720, 300, True)


@pytest.mark.parametrize("offset", [86_401, -90_000, 10 ** 9, float("nan"), float("inf"), "720", True])
def test_an_absurd_offset_is_refused_and_nothing_is_imported(staffed, tones, rows, offset):
    with pytest.raises(ArchiveError) as raised:
        _import(staffed, tones, offset)
    text = raised.value.text
    assert "设备时钟偏差" in text.zh and "clock offset" in text.en
    assert text.zh.endswith("未导入任何文件。") and text.en.endswith("Nothing was imported.")
    assert rows(staffed, Recording) == [] and rows(staffed, ImportBatch) == []
    assert not any(e.action.startswith("import.") for e in rows(staffed, AuditEvent))
    assert [p for p in staffed.vault.root.rglob("*") if p.is_file()] == []


def test_a_day_exactly_is_still_a_figure_a_clerk_may_enter(staffed, tones, rows):
    _import(staffed, tones, -86_400)
    assert {r.clock_offset_s for r in rows(staffed, Recording)} == {-86_400.0}


def test_the_form_proposes_the_offset_measured_at_the_latest_check_out(staffed):
    assert device_clock.measured_at_check_out(staffed, "DSJ-07") is None
    assert device_clock.measured_at_check_out(staffed, None) is None
    clerk = accounts.sign_in(staffed, "clerk", PASSWORD)
    with staffed.session() as s:
        cam = s.scalar(select(Device.id).where(Device.serial == "DSJ-07"))
        zhang = s.scalar(select(Person.id).where(Person.badge_no == "13001"))
    due = datetime.now(timezone.utc) + timedelta(hours=6)
    check = PreUseCheck(True, True, True, True, clock_offset_s=42.0)
    custody.check_out(staffed, clerk, cam, zhang, "河道巡查", due, check)
    assert device_clock.measured_at_check_out(staffed, "DSJ-07") == 42.0
    assert device_clock.measured_at_check_out(staffed, "没有这台") is None


def test_migration_0011_upgrades_an_0010_archive_and_keeps_its_recordings(archive_dir, staffed, tones):
    _import(staffed, tones, None)
    staffed.close()
    engine = db.make_engine(archive_dir / "archive.db")
    command.downgrade(db._alembic_config(engine), "0010")
    assert db.schema_revision(engine) == "0010"
    engine.dispose()

    with Archive.open(archive_dir) as again:
        assert db.schema_revision(again.engine) == db.SCHEMA_HEAD
        with again.session() as s:
            assert s.scalars(select(Recording.clock_offset_s)).all() == [None] * 3
        assert list((archive_dir / "backups").glob("archive-before-upgrade-0010-*.db"))


def test_the_written_description_prints_the_corrected_time_beside_the_device_time(staffed, tones, tmp_path):
    from evidenceroom.core.disc_papers import recording_facts
    from evidenceroom.printing.descriptions import render_description
    from tests.printing.disc_fact_samples import assert_fonts_embedded, description, flat, renders, save

    _import(staffed, tones, TWELVE_MIN_FAST)
    with staffed.session() as s:
        recs = s.scalars(select(Recording).order_by(Recording.original_name)).all()
        facts = tuple(recording_facts(r, r.original_name, "Asia/Shanghai") for r in recs)
    assert [f.clock_offset_s for f in facts] == [720.0] * 3
    pdf = save(render_description(description(files=3, recordings=facts)), tmp_path / "说明 材料" / "d.pdf")
    text = flat(pdf)
    # Device time 10:02:00, 10:12:00, 10:22:00; the corrected times twelve minutes earlier.
    for device_time, real_time in (("10:02:00", "09:50:00"), ("10:12:00", "10:00:00"), ("10:22:00", "10:10:00")):
        assert f"取证时间2026-11-28{device_time}" in text
        assert f"校正后时间2026-11-28{real_time}（取证时间为设备时间；导入时测得设备时钟快12分0秒）" in text
    assert text.count("校正后时间") == 3
    assert_fonts_embedded(pdf)
    renders(pdf, tmp_path / "png")

    # Without a measured offset the description has no such line.
    plain = save(render_description(description(files=1)), tmp_path / "plain.pdf")
    assert "校正后时间" not in flat(plain)


def test_the_offset_is_measured_from_the_time_the_device_shows(staffed):
    now = datetime(2026, 11, 30, 1, 0, 0, tzinfo=timezone.utc)  # 09:00:00 in the unit's zone
    assert device_clock.measured_offset(staffed, datetime(2026, 11, 30, 9, 12, 0), now) == 720.0
    assert device_clock.measured_offset(staffed, datetime(2026, 11, 30, 8, 59, 18), now) == -42.0
    assert device_clock.measured_offset(staffed, now + timedelta(seconds=3.4), now) == 3.0
    with pytest.raises(ArchiveError, match="超过一天"):
        device_clock.measured_offset(staffed, datetime(1970, 1, 1, 8, 0), now)  # a device reset to 1970

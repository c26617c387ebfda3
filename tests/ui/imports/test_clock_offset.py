"""ARC-09 on screen: the device clock offset entered at import, its warning beyond the profile's
tolerance, and the corrected capture time beside the device's own in the detail panel and player."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from evidenceroom.core import accounts, catalog, custody, profiles, review
from evidenceroom.core.custody import PreUseCheck
from evidenceroom.core.models import Device, Person, Recording
from evidenceroom.ui.archive.detail_panel import RecordingDetailPanel
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.player.recording_header import RecordingHeader

from import_steps import choose, fill_details, run_to_result

TWELVE_MIN_FAST = 12 * 60


def _buddy_label(widget, field) -> QLabel:
    return next(label for label in widget.findChildren(QLabel) if label.buddy() is field)


def test_a_clock_twelve_minutes_fast_warns_naming_the_device_and_both_times_are_shown(qtbot, page, card,
                                                                                    staffed_archive):
    choose(qtbot, page, card)
    fill_details(page)
    field = page.details.clock_field
    assert field.offset() is None and field.spin.text() == "未测量"
    assert field.warning.isHidden()
    label = _buddy_label(page.details, field.spin)
    assert label.text().startswith("设备时钟偏差")
    assert field.spin.accessibleName() and field.spin.toolTip() == "设备时钟比本机快为正"

    field.spin.setValue(60)  # exactly the default profile's tolerance: fine
    assert field.warning.isHidden()
    field.spin.setValue(TWELVE_MIN_FAST)
    assert field.warning.isVisible()
    assert "设备 DSJ-07 时钟偏差 12 分 0 秒" in field.warning.text()
    assert "超过允许的 1 分钟" in field.warning.text()

    run_to_result(qtbot, page)  # a warning, not a refusal: the import proceeds
    with staffed_archive.session() as s:
        recs = s.scalars(select(Recording).order_by(Recording.id)).all()
        assert len(recs) == 4 and {r.clock_offset_s for r in recs} == {720.0}
        clip = next(r.id for r in recs if r.original_name == "20261128_093012_0001.MP4")

    # The clip's own metadata says 01:30:12 UTC, 09:30:12 in the unit's zone; 12 minutes fast.
    detail = catalog.recording_detail(staffed_archive, clip)
    panel = RecordingDetailPanel(DisplayFormat())
    qtbot.addWidget(panel)
    panel.show_recording(detail)
    shown = panel._values["recorded_at"].text()
    assert shown.startswith("2026-11-28 09:30:12（")
    assert "设备时间；校正后 09:18:12" in shown and "快 12 分 0 秒" in shown

    header = RecordingHeader()
    qtbot.addWidget(header)
    header.show_item(review.recording_for_review(staffed_archive, clip), detail.clock_offset_s)
    assert "拍摄于 2026-11-28 09:30:12（设备时间；校正后 09:18:12）" in header.details.text()

    page.details.reset()  # the next hand-in starts unmeasured
    assert page.details.clock_field.offset() is None


def test_without_an_offset_the_detail_panel_shows_the_device_time_alone(qtbot, filled_archive):
    with filled_archive.session() as s:
        clip = s.scalar(select(Recording.id).where(Recording.original_name == "20261128_093012_0001.MP4"))
    panel = RecordingDetailPanel(DisplayFormat())
    qtbot.addWidget(panel)
    panel.show_recording(catalog.recording_detail(filled_archive, clip))
    shown = panel._values["recorded_at"].text()
    assert shown.startswith("2026-11-28 09:30:12（") and "校正后" not in shown


def test_the_warning_follows_the_profiles_tolerance(qtbot, page, card, staffed_archive, password):
    admin = accounts.sign_in(staffed_archive, "admin", password)
    text = profiles.template(profiles.DEFAULT).replace(
        "backup_interval_days = 7", "backup_interval_days = 7\nclock_tolerance_seconds = 900", 1)
    profiles.save_copy(staffed_archive, admin, text, "本单位")
    choose(qtbot, page, card)
    page.details.reload()
    fill_details(page)
    field = page.details.clock_field
    field.spin.setValue(TWELVE_MIN_FAST)
    assert field.warning.isHidden()
    field.spin.setValue(-901)
    assert field.warning.isVisible()
    assert "比本机慢" in field.warning.text() and "超过允许的 15 分钟" in field.warning.text()


def test_the_offset_measured_at_check_out_is_proposed_until_the_custodian_changes_it(qtbot, page, card,
                                                                                   staffed_archive, clerk):
    with staffed_archive.session() as s:
        cam = s.scalar(select(Device.id).where(Device.serial == "DSJ-07"))
        zhang = s.scalar(select(Person.id).where(Person.badge_no == "13001"))
    custody.check_out(staffed_archive, clerk, cam, zhang, "河道巡查", datetime.now(timezone.utc) + timedelta(hours=6),
                      PreUseCheck(True, True, True, True, clock_offset_s=95.0))
    choose(qtbot, page, card)
    fill_details(page)
    field = page.details.clock_field
    assert field.offset() == 95.0
    assert field.source.isVisible() and "领用" in field.source.text()
    assert field.warning.isVisible() and "1 分 35 秒" in field.warning.text()
    field.spin.setValue(20)  # measured again at the desk
    assert field.source.isHidden() and field.warning.isHidden()
    assert page.details.request([card]).clock_offset_s == 20.0


def test_measuring_takes_the_time_the_device_shows(qtbot, page, card):
    choose(qtbot, page, card)
    fill_details(page)
    field = page.details.clock_field
    assert field.measure_button.accessibleName() == "测量设备时钟偏差"
    dialog = field.open_measure_dialog()
    qtbot.addWidget(dialog)
    shown = dialog.device_time.dateTime().toPython()
    dialog.device_time.setDateTime(shown + timedelta(minutes=12))  # the device shows 12 minutes more
    dialog.ok_button.click()
    assert 715 <= field.offset() <= 721
    assert field.warning.isVisible() and "设备 DSJ-07" in field.warning.text()

    dialog = field.open_measure_dialog()
    qtbot.addWidget(dialog)
    dialog.device_time.setDateTime(datetime(1970, 1, 1, 8, 0))  # a device that lost its clock
    dialog.ok_button.click()
    assert dialog.isVisible() and "超过一天" in dialog.error.text()
    assert 715 <= field.offset() <= 721  # unchanged
    dialog.reject()


def test_the_player_shows_the_corrected_time_of_the_frame_beside_the_device_time(qtbot, staffed_archive, card,
                                                                                 clerk):
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.ingest import ImportRequest, import_paths
    from evidenceroom.ui.player.review_pane import ReviewPane

    import_paths(staffed_archive, Actor("测试准备"), ImportRequest(
        paths=[card], officer_badge="13001", device_serial="DSJ-07", clock_offset_s=-30))
    with staffed_archive.session() as s:
        photo = s.scalar(select(Recording.id).where(Recording.original_name == "IMG_20261128_093500.JPG"))
    pane = ReviewPane(staffed_archive, clerk)
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    try:
        pane.open_recording(photo)
        # Named 09:35:00 by a device 30 s slow: really taken at 09:35:30.
        frame = pane.transport.frame_time
        assert frame.text().startswith("拍摄时间  2026-11-28 09:35:00（设备时间；校正后 09:35:30）"), frame.text()
        assert "慢 30 秒" in frame.toolTip()
        assert "拍摄于 2026-11-28 09:35:00（设备时间；校正后 09:35:30）" in pane.header.details.text()
    finally:
        pane.close()


def test_the_import_event_in_the_recordings_history_names_the_offset(qtbot, staffed_archive, card):
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.ingest import ImportRequest, import_paths

    import_paths(staffed_archive, Actor("测试准备"), ImportRequest(paths=[card], device_serial="DSJ-07",
                                                                 clock_offset_s=TWELVE_MIN_FAST))
    with staffed_archive.session() as s:
        clip = s.scalar(select(Recording.id).where(Recording.original_name == "20261128_093012_0001.MP4"))
    panel = RecordingDetailPanel(DisplayFormat())
    qtbot.addWidget(panel)
    panel.show_recording(catalog.recording_detail(staffed_archive, clip))
    model = panel.history_model
    summaries = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    assert any("设备时钟偏差 720 秒" in s for s in summaries), summaries

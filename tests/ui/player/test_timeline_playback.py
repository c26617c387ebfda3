"""An activity's timeline in the review pane and continuous playback (ARC-08, REV-02), with real
widgets and real libvlc (dummy output) on the card's short clips."""
from __future__ import annotations

import json
import os
import struct
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from evidenceroom.core import access, accounts, gaps, register
from evidenceroom.core.access import Items
from evidenceroom.core.audit import Actor
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AccessKind, AccessPurpose, AuditEvent, Person, Recording
from evidenceroom.ui.player.review_pane import PaneState, ReviewPane

SHANGHAI = timezone(timedelta(hours=8))


def local(hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(2026, 11, 28, hh, mm, ss, tzinfo=SHANGHAI).astimezone(timezone.utc)


@pytest.fixture
def activity(filled_archive, clerk, recording_id):
    """Activity 09:00–10:00 (REV-02 in small): the 2-s clip at 09:05:00, a photo at 09:06, the 3-s
    clip 4 min after the first ends. The voice recording is not part of it."""
    with filled_archive.session() as s:
        officer = s.scalar(select(Person.id).where(Person.badge_no == "13001"))
    aid = gaps.register_activity(filled_archive, clerk, kind="现场检查", place="渭河 3 号闸",
                                 started_at=datetime(2026, 11, 28, 9, 0), ended_at=datetime(2026, 11, 28, 10, 0),
                                 officer_ids=[officer])
    ids = {k: recording_id(k) for k in ("clip", "longer clip", "photo")}
    with filled_archive.transaction() as s:
        first = s.get(Recording, ids["clip"])
        first.recorded_at = local(9, 5)
        s.get(Recording, ids["photo"]).recorded_at = local(9, 6)
        second = s.get(Recording, ids["longer clip"])
        second.recorded_at = local(9, 5) + timedelta(milliseconds=first.duration_ms, minutes=4)
        for rec_id in ids.values():
            s.get(Recording, rec_id).activity_id = aid
    return aid, ids


def _played(archive) -> list[int]:
    with archive.session() as s:
        return list(s.scalars(select(AuditEvent.target_id).where(AuditEvent.action == "playback.started")
                              .order_by(AuditEvent.seq)))


def test_the_table_lists_the_files_and_the_time_not_recorded(qtbot, pane, activity):
    aid, ids = activity
    panel = pane.timeline
    assert not panel.isVisible()
    pane.open_activity(aid)
    assert panel.isVisible() and panel.activity_id() == aid
    m = panel.model
    rows = [(m.text(r, "what"), m.text(r, "length"), m.text(r, "name")) for r in range(m.rowCount())]
    assert rows[:2] == [("未记录", "未记录 5 分 0 秒", ""), ("视频", "2 秒", "20261128_093012_0001.MP4")]
    assert rows[2] == ("未记录", "未记录 4 分 0 秒", "")
    assert rows[3][0::2] == ("照片", "IMG_20261128_093500.JPG")
    assert rows[4][0::2] == ("视频", "20261128_094530_0002.MP4")
    assert rows[5][0] == "未记录" and m.text(5, "note") == "最后一段至活动结束"
    assert len(rows) == 6
    assert m.text(0, "time") == "09:00:00–09:05:00" and m.text(1, "time") == "09:05:00–09:05:02"
    assert m.text(1, "device") == "DSJ-07" and m.text(1, "officer") == "张伟"
    assert "执法活动" in panel.title.text() and "渭河 3 号闸" in panel.title.text()
    assert panel.summary.text().startswith("2 个片段，1 张照片")
    assert panel.table.accessibleName() and panel.play_all_button.accessibleName() == "按活动连续播放"
    assert panel.bar.lanes() == ["DSJ-07"]

    # Enter on the photo's row opens it in the pane.
    panel.table.setFocus()
    panel.table.setCurrentIndex(m.index(3, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert pane.recording_id() == ids["photo"] and pane.state() == PaneState.PHOTO
    assert panel.isVisible()  # still the same activity

    # A click on a segment of the bar opens it too.
    bar = panel.bar
    left, width = bar._label_width(), bar.width() - bar._label_width() - 10
    second = local(9, 9, 3)
    x = round(left + width * (second - local(9, 0)).total_seconds() / 3600)
    assert bar.item_at(x, 10) == ids["longer clip"] and bar.item_at(left + 5, 10) is None
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    assert pane.recording_id() == ids["longer clip"] and pane.state() == PaneState.STOPPED


def test_continuous_playback_moves_to_the_next_segment_by_itself_and_skips_the_gap(qtbot, pane, activity,
                                                                                  filled_archive):
    aid, ids = activity
    pane.open_recording(ids["clip"])  # a recording of an activity brings its timeline along
    panel = pane.timeline
    assert panel.activity_id() == aid
    qtbot.mouseClick(panel.play_all_button, Qt.MouseButton.LeftButton)
    assert panel.is_continuous() and pane.recording_id() == ids["clip"]
    assert "到达后 未记录 5 分 0 秒，已跳过" in panel.announcement.text()
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING, timeout=10000)
    qtbot.waitUntil(lambda: pane.position_ms() > 300, timeout=10000)
    at = panel.bar.cursor_time()
    assert local(9, 5) < at < local(9, 5, 3)

    # Nobody touches anything: the first ends and the second starts, the 4-min gap skipped.
    qtbot.waitUntil(lambda: pane.recording_id() == ids["longer clip"], timeout=15000)
    assert panel.announcement.text().startswith("跳过未记录 4 分 0 秒")
    assert "第 2 段，共 2 段" in panel.announcement.text()
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING and pane.position_ms() > 300, timeout=10000)
    assert "2026-11-28 09:09:0" in pane.transport.frame_time.text()  # the wall clock goes on
    assert local(9, 9, 2) < panel.bar.cursor_time() < local(9, 9, 6)
    assert panel.table.currentIndex().row() == 4

    qtbot.waitUntil(lambda: not panel.is_continuous(), timeout=15000)
    assert panel.announcement.text().startswith("连续播放结束；最后一段至活动结束未记录 50 分 5")
    assert _played(filled_archive) == [ids["clip"], ids["longer clip"]]  # each an audited viewing; no photo


def test_full_screen_stays_full_screen_from_one_segment_to_the_next(qtbot, pane, activity):
    aid, ids = activity
    pane.open_activity(aid)
    pane.timeline.start_continuous()
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING, timeout=10000)
    pane.toggle_full_screen()
    assert pane.is_full_screen()
    qtbot.waitUntil(lambda: pane.recording_id() == ids["longer clip"] and pane.state() == PaneState.PLAYING,
                    timeout=15000)
    assert pane.is_full_screen() and pane.area.page() == "video"
    qtbot.keyClick(pane.area, Qt.Key.Key_Escape)
    assert not pane.is_full_screen()


def test_a_segment_the_player_cannot_decode_is_skipped_and_said(qtbot, pane, activity, filled_archive, tmp_path):
    aid, ids = activity
    bad = tmp_path / "20261128_090600_0003.MP4"
    ftyp = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    body = os.urandom(64 * 1024)
    bad.write_bytes(ftyp + struct.pack(">I4s", len(body) + 8, b"mdat") + body)
    report = import_paths(filled_archive, Actor("测试准备"), ImportRequest(paths=[bad], activity_id=aid,
                                                                         device_serial="DSJ-07"))
    broken = report.imported[0].recording_id
    with filled_archive.transaction() as s:  # as the camera said: 09:06:00–09:06:10, so 2 min 52 s to 09:09:02
        rec = s.get(Recording, broken)
        rec.recorded_at, rec.duration_ms = local(9, 6), 10_000
    pane.open_activity(aid)
    pane.timeline.start_continuous()
    qtbot.waitUntil(lambda: pane.recording_id() == broken, timeout=15000)
    qtbot.waitUntil(lambda: pane.recording_id() == ids["longer clip"], timeout=20000)
    said = pane.timeline.announcement.text()
    assert said.startswith(f"第 {broken} 号资料无法播放，已跳过；跳过未记录 2 分 52 秒") and "第 3 段，共 3 段" in said
    qtbot.waitUntil(lambda: not pane.timeline.is_continuous(), timeout=15000)


def test_stopping_or_opening_another_recording_ends_continuous_playback(qtbot, pane, activity, recording_id):
    aid, ids = activity
    pane.open_activity(aid)
    panel = pane.timeline
    panel.start_continuous()
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING, timeout=10000)
    qtbot.mouseClick(pane.transport.stop_button, Qt.MouseButton.LeftButton)
    assert not panel.is_continuous() and panel.announcement.text() == "连续播放已停止"
    panel.start_continuous()
    assert panel.is_continuous()
    pane.open_recording(recording_id("voice"))  # not of this activity: its timeline goes away
    assert not panel.is_continuous() and not panel.isVisible()


def test_only_segments_the_grant_allows_are_played_the_others_shown_locked(qtbot, filled_archive, activity, clerk,
                                                                           password):
    aid, ids = activity
    with filled_archive.session() as s:
        officer = s.scalar(select(Person.id).where(Person.badge_no == "13001"))
    now = datetime.now(timezone.utc)
    request = access.create_request(
        filled_archive, clerk, kind=AccessKind.VIEW, requester=officer, reason="执法监督抽查",
        purpose=AccessPurpose.SUPERVISION, items=Items(recording_ids=(ids["longer clip"],)),
        window_start=now - timedelta(minutes=1), window_end=now + timedelta(hours=1))
    access.decide(filled_archive, clerk, request.id, "director", password, "approve", "同意")
    grant = access.request_info(filled_archive, request.id).grant_id
    register.start_viewing(filled_archive, clerk, grant, [ids["longer clip"]])

    inspector = accounts.sign_in(filled_archive, "inspector", password)
    pane = ReviewPane(filled_archive, inspector)
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    pane.open_activity(aid)
    panel = pane.timeline
    assert panel.locked() == {ids["clip"], ids["photo"]}
    assert "未获准播放" in panel.model.text(1, "note") and panel.model.text(4, "note") == ""
    panel.start_continuous()
    assert pane.recording_id() == ids["longer clip"]
    assert f"第 {ids['clip']} 号资料未获准播放，已跳过" in panel.announcement.text()
    qtbot.waitUntil(lambda: not panel.is_continuous(), timeout=15000)
    assert _played(filled_archive) == [ids["longer clip"]]
    with filled_archive.session() as s:
        details = s.scalar(select(AuditEvent.details).where(AuditEvent.action == "playback.started"))
    assert json.loads(details)["basis"] == "register"
    pane.close()


def test_without_any_grant_nothing_is_played(qtbot, filled_archive, activity, password):
    aid, _ = activity
    pane = ReviewPane(filled_archive, accounts.sign_in(filled_archive, "inspector", password))
    qtbot.addWidget(pane)
    pane.open_activity(aid)
    panel = pane.timeline
    assert panel.summary.text().endswith("3 个文件未获准播放")
    panel.start_continuous()
    assert not panel.is_continuous() and panel.announcement.text().startswith("没有可播放的片段")
    assert pane.recording_id() is None and _played(filled_archive) == []

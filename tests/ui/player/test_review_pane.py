"""The review pane through its real widgets, on Qt's offscreen platform with libvlc's dummy output."""
from __future__ import annotations

import json
import math
import os
import struct
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QWidget,
)
from sqlalchemy import select

from evidenceroom.core import review
from evidenceroom.core.audit import Actor
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Playback
from evidenceroom.core.verify import verify
from evidenceroom.ui.player.review_pane import PaneState, ReviewPane

FRAME_MS = 1000 / 15


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _double_click(qtbot, tree, item) -> None:
    # A real double-click arrives as press, release, then the double-click itself.
    where = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _play_until_position(qtbot, pane, at_least_ms: int) -> None:
    _click(qtbot, pane.transport.play_button)
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING, timeout=10000)
    qtbot.waitUntil(lambda: pane.position_ms() >= at_least_ms, timeout=10000)


def _audit(archive, recording_id: int) -> list[tuple[str, dict]]:
    with archive.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.target_kind == "recording",
                                                  AuditEvent.target_id == recording_id).order_by(AuditEvent.seq))
        return [(ev.action, json.loads(ev.details)) for ev in rows]


def test_a_clip_plays_pauses_steps_frames_and_changes_speed(qtbot, pane, recording_id):
    pane.open_recording(recording_id("longer clip"))
    assert pane.state() == PaneState.STOPPED
    assert "秦水罚〔2026〕31号" in pane.header.details.text()
    assert pane.area.page() == "video"

    _play_until_position(qtbot, pane, 400)
    # The wall-clock time of the frame: the start time from the file name plus the position.
    assert pane.transport.frame_time.text().startswith("画面时间")
    assert "2026-11-28 09:45:3" in pane.transport.frame_time.text()
    assert pane.transport.position.text().endswith("/ 00:03")

    pane.transport.slider.setFocus()
    qtbot.keyClick(pane.transport.slider, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane.state() == PaneState.PAUSED)
    qtbot.waitUntil(lambda: pane.player().state() == "paused")
    paused_at = pane.position_ms()
    qtbot.wait(400)
    assert pane.position_ms() == paused_at  # paused means paused

    qtbot.keyClick(pane.transport.slider, Qt.Key.Key_Period)
    stepped = pane.position_ms()
    assert math.floor(stepped / FRAME_MS) == math.floor(paused_at / FRAME_MS) + 1
    # libvlc was sent to that very frame.
    qtbot.waitUntil(lambda: abs(pane.player().time_ms() - stepped) <= 1)
    _click(qtbot, pane.transport.back_button)
    assert math.floor(pane.position_ms() / FRAME_MS) == math.floor(paused_at / FRAME_MS)
    assert pane.state() == PaneState.PAUSED

    pane.transport.speed.setFocus()
    qtbot.keyClick(pane.transport.speed, Qt.Key.Key_Down)  # 1× → 1.25×
    assert pane.speed() == 1.25
    qtbot.keyClick(pane.transport.slider, Qt.Key.Key_J)  # slower
    qtbot.keyClick(pane.transport.slider, Qt.Key.Key_J)
    assert pane.speed() == 0.75
    assert pane.transport.speed.currentText() == "0.75×"
    qtbot.keyClick(pane.transport.slider, Qt.Key.Key_L)  # not playing: L plays
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING)
    qtbot.waitUntil(lambda: abs(pane.player().rate() - 0.75) < 0.01)
    qtbot.keyClick(pane.transport.slider, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: pane.state() == PaneState.PAUSED)


def test_a_clip_plays_to_its_end_and_each_run_is_a_playback(qtbot, pane, recording_id, filled_archive):
    rec = recording_id("clip")
    pane.open_recording(rec)
    _click(qtbot, pane.transport.play_button)
    qtbot.waitUntil(lambda: pane.state() == PaneState.ENDED, timeout=10000)
    assert pane.position_ms() == pane.transport.slider.maximum() > 1500
    _click(qtbot, pane.transport.play_button)
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING, timeout=10000)
    _click(qtbot, pane.transport.stop_button)
    assert pane.state() == PaneState.STOPPED
    actions = [a for a, _ in _audit(filled_archive, rec)]
    assert actions == ["import.imported", "playback.started", "playback.ended", "playback.started", "playback.ended"]
    ended = [d for a, d in _audit(filled_archive, rec) if a == "playback.ended"]
    assert ended[0]["watched_ms"] >= 1500


def test_markers_are_added_at_the_position_listed_and_jumped_to(qtbot, pane, recording_id, filled_archive):
    rec = recording_id("longer clip")
    pane.open_recording(rec)
    _play_until_position(qtbot, pane, 1200)
    pane.pause()
    position = pane.position_ms()

    qtbot.keyClicks(pane.panel.text, "officer states purpose")
    _click(qtbot, pane.panel.add_button)
    pane.panel.text.setText("当事人在场，已告知录音录像")
    qtbot.keyClick(pane.panel.text, Qt.Key.Key_Return)

    markers = review.list_markers(filled_archive, rec)
    assert [(m.position_ms, m.text, m.author_name) for m in markers] == [
        (position, "officer states purpose", "陈静 (clerk)"),
        (position, "当事人在场，已告知录音录像", "陈静 (clerk)"),
    ]
    tree = pane.panel.markers
    assert tree.topLevelItemCount() == 2
    first = tree.topLevelItem(0)
    assert first.text(0) == f"00:0{position // 1000}"
    assert (first.text(1), first.text(2)) == ("陈静 (clerk)", "officer states purpose")
    assert pane.panel.text.text() == ""

    pane.seek(0)
    assert pane.position_ms() == 0
    _double_click(qtbot, tree, first)
    assert pane.position_ms() == position
    qtbot.waitUntil(lambda: abs(pane.player().time_ms() - position) < FRAME_MS)

    pane.seek(0)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert pane.position_ms() == position

    # An empty marker is refused with the reason, and nothing is stored.
    _click(qtbot, pane.panel.add_button)
    assert pane.panel.error.isVisible() and "标记内容" in pane.panel.error.text()
    assert len(review.list_markers(filled_archive, rec)) == 2


def test_double_clicking_a_marker_of_a_stopped_clip_opens_it_paused_there(qtbot, pane, recording_id, filled_archive,
                                                                           clerk):
    rec = recording_id("longer clip")
    review.add_marker(filled_archive, clerk, rec, 2000, "到达现场")
    pane.open_recording(rec)
    tree = pane.panel.markers
    assert tree.topLevelItem(0).text(2) == "到达现场"
    _double_click(qtbot, tree, tree.topLevelItem(0))
    qtbot.waitUntil(lambda: pane.state() == PaneState.PAUSED, timeout=10000)
    assert pane.position_ms() == 2000
    qtbot.waitUntil(lambda: abs(pane.player().time_ms() - 2000) < FRAME_MS)


def _fake_mp4(path: Path) -> None:
    ftyp = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    body = os.urandom(64 * 1024)
    path.write_bytes(ftyp + struct.pack(">I4s", len(body) + 8, b"mdat") + body)


def test_a_file_the_player_cannot_decode_shows_a_message_not_a_frozen_pane(qtbot, pane, recording_id, filled_archive,
                                                                          tmp_path):
    bad = tmp_path / "20261128_101010_0003.MP4"
    _fake_mp4(bad)
    report = import_paths(filled_archive, Actor("测试准备"), ImportRequest(paths=[bad], case_no="秦水罚〔2026〕31号"))
    rec = report.imported[0].recording_id
    assert report.imported[0].damage  # flagged at import, kept all the same

    pane.open_recording(rec)
    assert pane.header.damage.isVisible() and pane.header.damage.text().startswith("导入时发现")
    _click(qtbot, pane.transport.play_button)
    qtbot.waitUntil(lambda: pane.state() == PaneState.ERROR, timeout=10000)
    assert "无法解码" in pane.message()
    assert pane.area.message.isVisible()
    assert not pane.transport.play_button.isEnabled()
    actions = [a for a, _ in _audit(filled_archive, rec)]
    assert actions[-2:] == ["playback.started", "playback.ended"]

    # The pane goes on working.
    pane.open_recording(recording_id("clip"))
    assert pane.message() == ""
    _play_until_position(qtbot, pane, 300)


def test_a_photo_is_shown_scaled_without_the_player(qtbot, pane, recording_id, filled_archive):
    rec = recording_id("photo")
    pane.open_recording(rec)
    assert pane.state() == PaneState.PHOTO
    assert pane.area.page() == "still" and pane.area.still.has_picture()
    shown = pane.area.still.picture_rect()
    assert shown.width() > 320 and abs(shown.width() / shown.height() - 4 / 3) < 0.02
    assert not pane.transport.play_button.isEnabled()
    assert not pane.transport.snapshot_button.isEnabled()
    assert pane.transport.full_screen_button.isEnabled()
    assert pane.transport.frame_time.text().startswith("拍摄时间")
    assert pane.area.still._watermark.startswith("陈静 (clerk)")
    pane.panel.text.setText("现场照片：取水口")
    _click(qtbot, pane.panel.add_button)
    assert [m.position_ms for m in review.list_markers(filled_archive, rec)] == [0]
    pane.close_recording()
    assert [a for a, _ in _audit(filled_archive, rec)][-3:] == ["playback.started", "marker.added", "playback.ended"]


def test_a_voice_recording_plays_with_a_placeholder(qtbot, pane, recording_id):
    pane.open_recording(recording_id("voice"))
    assert pane.area.page() == "still" and not pane.area.still.has_picture()
    assert not pane.transport.full_screen_button.isEnabled()
    _play_until_position(qtbot, pane, 300)
    assert pane.transport.frame_time.text().startswith("录音时间")
    assert not pane.transport.forward_button.isEnabled()
    assert not pane.transport.snapshot_button.isEnabled()
    qtbot.keyClick(pane.transport.slider, Qt.Key.Key_M)
    assert pane.player() is not None and pane.transport.mute_button.isChecked()


def test_full_screen_takes_keys_and_esc_leaves(qtbot, pane, recording_id):
    pane.open_recording(recording_id("longer clip"))
    _play_until_position(qtbot, pane, 200)
    pane.transport.slider.setFocus()
    qtbot.keyClick(pane.transport.slider, Qt.Key.Key_F)
    assert pane.is_full_screen() and pane.area.isWindow()
    assert pane.full_screen_note.isVisible()
    qtbot.waitUntil(lambda: pane.area.isActiveWindow())
    qtbot.keyClick(pane.area, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane.state() == PaneState.PAUSED)
    qtbot.keyClick(pane.area, Qt.Key.Key_Escape)
    assert not pane.is_full_screen()
    assert not pane.full_screen_note.isVisible() and pane.area.isVisible()
    assert pane.transport.full_screen_button.text() == "全屏"


def test_closing_the_pane_ends_the_playback_and_the_originals_are_unchanged(qtbot, pane, recording_id,
                                                                          filled_archive, clerk):
    rec = recording_id("clip")
    pane.open_recording(rec)
    _play_until_position(qtbot, pane, 300)
    pane.close()
    assert pane.state() == PaneState.EMPTY and pane.player() is None
    actions = [a for a, _ in _audit(filled_archive, rec)]
    assert actions[-2:] == ["playback.started", "playback.ended"]
    with filled_archive.session() as s:
        playback = s.scalars(select(Playback).where(Playback.recording_id == rec)).one()
    assert playback.viewer_name == "陈静 (clerk)" and playback.ended_at is not None
    assert playback.watched_ms >= 300
    assert verify(filled_archive, clerk.actor).ok


def test_closing_the_window_that_holds_the_pane_ends_the_playback(qtbot, filled_archive, clerk, recording_id):
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = ReviewPane(filled_archive, clerk)
    window.setCentralWidget(pane)
    window.show()
    rec = recording_id("clip")
    pane.open_recording(rec)
    _play_until_position(qtbot, pane, 200)
    window.close()
    assert pane.state() == PaneState.EMPTY
    assert [a for a, _ in _audit(filled_archive, rec)][-2:] == ["playback.started", "playback.ended"]


def test_a_pane_deleted_while_playing_stops_libvlc_first(qtbot, filled_archive, clerk, recording_id):
    holder = QWidget()
    qtbot.addWidget(holder)
    pane = ReviewPane(filled_archive, clerk, holder)
    holder.show()
    pane.open_recording(recording_id("clip"))
    _play_until_position(qtbot, pane, 200)
    players = pane.controller._players
    assert len(players) == 1
    pane.deleteLater()
    qtbot.waitUntil(lambda: players == [])


def test_every_control_is_named_and_reachable_with_tab(qtbot, pane, recording_id):
    pane.open_recording(recording_id("longer clip"))
    _play_until_position(qtbot, pane, 100)
    pane.pause()
    controls = [w for w in pane.findChildren(QAbstractButton) + pane.findChildren(QAbstractSlider)
                + pane.findChildren(QLineEdit) + pane.findChildren(QComboBox) + pane.findChildren(QAbstractItemView)
                if w.isVisibleTo(pane) and not isinstance(w, QHeaderView)
                and not isinstance(w.parent(), (QComboBox, QLineEdit))]
    unnamed = [w for w in controls if not w.accessibleName()]
    assert unnamed == []
    for button in pane.findChildren(QAbstractButton):
        if button.isVisibleTo(pane) and button.toolTip() == "" and button is not pane.panel.add_button:
            raise AssertionError(f"no tooltip: {button.text()}")
    reached = set()
    pane.transport.slider.setFocus()
    for _ in range(40):
        reached.add(pane.focusWidget())
        qtbot.keyClick(pane.focusWidget(), Qt.Key.Key_Tab)
    expected = {w for w in controls if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus}
    assert expected - reached == set()

"""The review pane: play video and audio and view photos from the vault, read-only (REV-01),
with markers and snapshots kept as separate records (REV-03) and every viewing audited.

Rules live in `evidenceroom.core.review`; this module shows what it returns and forwards what
the user does. Playing itself is `PlaybackController`'s job.
"""
from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImageReader, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from evidenceroom.core import device_clock, playback_rules, review
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import MediaKind
from evidenceroom.core.timeutil import DEFAULT_TIMEZONE, to_local, utcnow
from evidenceroom.ui.clock_offset import ClockText
from evidenceroom.ui.player import playback_controller as pc
from evidenceroom.ui.player.markers_panel import MarkersPanel
from evidenceroom.ui.player.playback_controller import PlaybackController
from evidenceroom.ui.player.recording_header import RecordingHeader
from evidenceroom.ui.player.timeline_chooser import ActivityChooser
from evidenceroom.ui.player.timeline_panel import TimelinePanel
from evidenceroom.ui.player.timecode import format_datetime, format_position, frame_time, needs_hours
from evidenceroom.ui.player.transport_bar import SEEK_STEP_MS, SPEEDS, TransportBar
from evidenceroom.ui.player.video_surface import VideoArea
from evidenceroom.ui.player.vlc_player import LibVlcMissing, VlcPlayer, video_height


class PaneState:
    EMPTY = "empty"  # nothing open
    STOPPED = pc.STOPPED  # a video or audio file is open, not playing
    OPENING = pc.OPENING
    PLAYING = pc.PLAYING
    PAUSED = pc.PAUSED
    ENDED = pc.ENDED
    PHOTO = "photo"  # a photo is shown
    ERROR = pc.ERROR  # the message page says what is wrong


class ReviewPane(QWidget):
    """Shows one recording at a time. Close the pane, or call `close_recording()`, before the
    window holding it goes away: that ends the audited playback and stops libvlc."""

    stateChanged = Signal(str)

    def __init__(self, archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self._item: review.ReviewItem | None = None
        self._clock_offset: float | None = None  # stored with the recording at import (ARC-09)
        self._clock_text = ClockText(self)
        self._state = PaneState.EMPTY
        self._playback_id: int | None = None
        self._basis: playback_rules.PlaybackBasis | None = None
        self._photo_since = 0.0
        self._watched_window: QWidget | None = None
        self.controller = PlaybackController(self._begin_playback, self._end_playback, self)
        self._build()
        self._connect()
        self._shortcuts()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._update_watermark)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._show_empty()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = RecordingHeader(self)
        self.area = VideoArea(self)
        self.full_screen_note = QLabel(self.tr("画面正在全屏显示。按 Esc 或 F 键返回。"), self)
        self.full_screen_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.full_screen_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.full_screen_note.hide()
        self.transport = TransportBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("状态"))

        player = QWidget(self)
        column = QVBoxLayout(player)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.area, 1)
        column.addWidget(self.full_screen_note, 1)
        column.addWidget(self.transport)
        column.addWidget(self.status)
        # The activity the open recording belongs to, on one timeline (ARC-08, REV-02).
        self.timeline = TimelinePanel(self.archive, self.user, self, player)
        column.addWidget(self.timeline)

        self.panel = MarkersPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reviewSplit")
        self.splitter.addWidget(player)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([800, 320])

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.transport.full_screen_button, self.timeline.play_all_button)
        self.setTabOrder(self.timeline.table, self.panel.markers)

    def _connect(self) -> None:
        c, t = self.controller, self.transport
        t.playClicked.connect(c.toggle_play)
        t.stopClicked.connect(c.stop)
        t.stepBackClicked.connect(self.step_back)
        t.stepForwardClicked.connect(self.step_forward)
        t.seekRequested.connect(c.seek)
        t.speedChosen.connect(self.set_speed)
        t.volumeChosen.connect(c.set_volume)
        t.muteToggled.connect(c.set_muted)
        t.snapshotClicked.connect(self.take_snapshot)
        t.fullScreenClicked.connect(self.toggle_full_screen)
        self.header.activityChooserRequested.connect(self.choose_activity)
        c.stateChanged.connect(self._controller_state)
        c.positionChanged.connect(self._show_position)
        c.failed.connect(self._playback_failed)
        self.panel.addRequested.connect(self.add_marker)
        self.panel.jumpRequested.connect(c.jump_to)
        self.area.fullScreenChanged.connect(self._full_screen_changed)
        self.area.keyPressed.connect(self._full_screen_key)
        self.area.doubleClicked.connect(self.toggle_full_screen)

    def _key_actions(self) -> dict:
        c = self.controller
        return {
            Qt.Key.Key_Space: self._space,
            Qt.Key.Key_Left: lambda: c.skip(-SEEK_STEP_MS),
            Qt.Key.Key_Right: lambda: c.skip(SEEK_STEP_MS),
            Qt.Key.Key_J: lambda: self.set_speed(None, -1),
            Qt.Key.Key_K: c.pause,
            Qt.Key.Key_L: lambda: self.set_speed(None, +1),
            Qt.Key.Key_Comma: self.step_back,
            Qt.Key.Key_Period: self.step_forward,
            Qt.Key.Key_F: self.toggle_full_screen,
            Qt.Key.Key_M: self.toggle_mute,
        }

    def _shortcuts(self) -> None:
        # Active while focus is in the pane; a text field keeps the characters and arrows it uses.
        for key, action in self._key_actions().items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def _space(self) -> None:
        # A focused button other than Play keeps Space for itself, as keyboard users expect.
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus is not self.transport.play_button and focus.isEnabled():
            focus.animateClick()
        else:
            self.controller.toggle_play()

    def _full_screen_key(self, key: int) -> None:
        action = self._key_actions().get(Qt.Key(key))
        if action is not None:
            action()

    # --- public API ----------------------------------------------------------------------------

    def state(self) -> str:
        return self._state

    def recording_id(self) -> int | None:
        return self._item.recording_id if self._item else None

    def position_ms(self) -> int:
        return self.controller.position_ms() if self.controller.loaded() else 0

    def message(self) -> str:
        """The text shown in place of the picture when it cannot be shown, else ''."""
        return self.area.message.text() if self.area.page() == "message" else ""

    def player(self) -> VlcPlayer | None:
        return self.controller.player

    def open_activity(self, activity_id: int) -> None:
        """Show an activity's timeline below the player, to open its files or play them in turn."""
        self.timeline.open_activity(activity_id)

    def choose_activity(self, exec_dialog: bool = True) -> ActivityChooser:
        """Pick an activity from those holding recordings and show its timeline."""
        with self.archive.session() as s:
            tz = self.archive.unit(s).timezone
        chooser = ActivityChooser(self.archive, tz, self)
        chooser.accepted.connect(lambda: self.open_activity(chooser.chosen()))
        if exec_dialog:
            chooser.exec()
        return chooser

    def open_recording(self, recording_id: int) -> None:
        self.timeline.follow(recording_id)
        self.close_recording()
        try:
            # Viewing needs an approved, registered request, or the clerk's import check (ACC-01/04).
            self._basis = playback_rules.may_play(self.archive, self.user, recording_id)
            item = review.recording_for_review(self.archive, recording_id)
            self._clock_offset = device_clock.recording_offset(self.archive, recording_id)
        except ArchiveError as exc:
            self._fail(str(exc))
            return
        self._item = item
        self.header.show_item(item, self._clock_offset)
        self._show_position()
        self._refresh_lists()
        self._clock.start()
        if not item.present:
            self._fail(self.tr("存档区中找不到第 {0} 号资料的原件（SHA-256 {1}…）。请运行“校验”并报告管理员。")
                       .format(item.recording_id, item.sha256[:12]))
        elif item.media_kind == MediaKind.PHOTO.value:
            self._open_photo(item)
        else:
            self._open_media(item)

    def close_recording(self) -> None:
        if self._item is None and self._state == PaneState.EMPTY:
            return
        # Continuous playback moving to the next segment stays full screen.
        if self.area.is_full_screen() and not self.timeline.switching():
            self.area.leave_full_screen()
        self.controller.unload()  # ends a running playback
        self._end_photo_viewing()
        self._clock.stop()
        self._item = None
        self._show_empty()

    def shutdown(self) -> None:
        """Close what is open and release libvlc; the pane can still open recordings later."""
        self.close_recording()
        self.controller.release()

    def play(self) -> None:
        self.controller.play()

    def pause(self) -> None:
        self.controller.pause()

    def stop(self) -> None:
        self.controller.stop()

    def seek(self, position_ms: int) -> None:
        self.controller.seek(position_ms)

    def step_forward(self) -> None:
        self.controller.step(+1)

    def step_back(self) -> None:
        self.controller.step(-1)

    def speed(self) -> float:
        return self.controller.rate

    def set_speed(self, rate: float | None, steps: int = 0) -> None:
        """Set a speed, or move `steps` along the list (J slower; L faster, or play when not playing)."""
        if rate is None:
            if steps > 0 and self.controller.state() != pc.PLAYING:
                self.controller.play()
                return
            i = SPEEDS.index(self.controller.rate) + steps
            rate = SPEEDS[max(0, min(len(SPEEDS) - 1, i))]
        self.controller.set_speed(rate)
        self.transport.set_speed(self.controller.rate)

    def toggle_mute(self) -> None:
        if self.controller.usable():
            self.controller.set_muted(not self.controller.muted)
            self.transport.set_muted(self.controller.muted)

    def toggle_full_screen(self) -> None:
        if self.area.is_full_screen():
            self.area.leave_full_screen()
        elif self.controller.is_video() and self.controller.usable() or self._state == PaneState.PHOTO:
            self.area.enter_full_screen()

    def is_full_screen(self) -> bool:
        return self.area.is_full_screen()

    def _full_screen_changed(self, full: bool) -> None:
        self.full_screen_note.setVisible(full)
        self.transport.set_full_screen(full)
        if not full:
            self.transport.full_screen_button.setFocus()

    def add_marker(self, text: str) -> None:
        if self._item is None:
            return
        try:
            marker = review.add_marker(self.archive, self.user, self._item.recording_id, self.position_ms(), text)
        except ArchiveError as exc:
            self.panel.show_error(str(exc))
            return
        self.panel.marker_added()
        self._refresh_lists(marker_id=marker.id)
        self._show_status(self.tr("已在 {0} 处添加标记。").format(self._fmt(marker.position_ms)))

    def take_snapshot(self) -> None:
        if self._item is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            grabbed = self.controller.grab_frame()
        finally:
            QApplication.restoreOverrideCursor()
        if grabbed is not None:
            self._snapshot_grabbed(*grabbed)

    # --- opening -------------------------------------------------------------------------------

    def _open_photo(self, item: review.ReviewItem) -> None:
        reader = QImageReader(str(item.path))  # opens the original for reading only
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self._fail(self.tr("无法显示这张照片（{0}）。原件已按原样保存，可用“校验”确认其完整。")
                       .format(reader.errorString()))
            return
        if not self._begin_playback():
            return
        self._photo_since = time.monotonic()
        self.area.still.show_image(image)
        self.area.show_still()
        self._update_watermark()
        self._set_state(PaneState.PHOTO)

    def _open_media(self, item: review.ReviewItem) -> None:
        video = item.media_kind == MediaKind.VIDEO.value
        try:
            self.controller.load(item.path, video, item.duration_ms, self.area.surface.native_id(),
                                 self._watermark_text(), video_height(item.tracks))
        except LibVlcMissing as exc:
            self._fail(self.tr("播放组件 libvlc 无法启动（{0}）。请安装 VLC 3.0 后重试。").format(exc))
            return
        if video:
            self.area.show_video()
            platform = QGuiApplication.platformName()
            if not self.area.surface.embeds and platform not in ("offscreen", "minimal"):
                self._show_status(self.tr("此显示环境（{0}）不能内嵌视频画面，只播放声音。请在 X11 桌面或 Windows 上调阅。")
                                  .format(platform), error=True)
        else:
            self.area.still.show_caption("♪", self.tr("音频资料：{0}").format(item.original_name))
            self.area.show_still()
            self._update_watermark()
        self._set_state(PaneState.STOPPED)
        self._show_position()

    # --- audited viewing -------------------------------------------------------------------------

    def _begin_playback(self) -> bool:
        try:
            self._playback_id = review.start_playback(self.archive, self.user, self._item.recording_id,
                                                      self._basis)
        except ArchiveError as exc:
            self._show_status(self.tr("无法登记本次调阅，未播放：{0}").format(exc), error=True)
            return False
        return True

    def _end_playback(self, watched_ms: int) -> None:
        playback_id, self._playback_id = self._playback_id, None
        if playback_id is None:
            return
        try:
            review.end_playback(self.archive, self.user, playback_id, watched_ms)
        except ArchiveError as exc:
            self._show_status(self.tr("本次调阅的结束未能登记：{0}").format(exc), error=True)

    def _end_photo_viewing(self) -> None:
        if self._state == PaneState.PHOTO:
            self._end_playback(int((time.monotonic() - self._photo_since) * 1000))

    # --- from the controller ---------------------------------------------------------------------

    def _controller_state(self, state: str) -> None:
        if self.controller.loaded():
            self._set_state(state)

    def _playback_failed(self, kind: str) -> None:
        if kind == pc.TIMEOUT:
            self._fail(self.tr("播放器在 {0} 秒内未能打开此文件。原件已按原样保存，可用“校验”确认其完整。")
                       .format(int(pc.OPEN_TIMEOUT_S)))
        else:
            self._fail(self.tr("播放器无法解码此文件，无法播放。原件已按原样保存，未被改动；"
                               "可用“校验”确认其与存档时一致，或交技术人员检查。"))

    def _snapshot_grabbed(self, position_ms: int, png: bytes) -> None:
        if self._item is None:
            return
        if not png:
            self._show_status(self.tr("当前无法截图。"), error=True)
            return
        try:
            snap = review.take_snapshot(self.archive, self.user, self._item.recording_id, position_ms, png)
        except ArchiveError as exc:
            self._show_status(str(exc), error=True)
            return
        self._refresh_lists(snapshot_id=snap.id)
        self._show_status(self.tr("已保存 {0} 处的截图（SHA-256 {1}…）。")
                          .format(self._fmt(position_ms), snap.sha256[:12]))

    def _refresh_lists(self, marker_id: int | None = None, snapshot_id: int | None = None) -> None:
        item = self._item
        if item is None:
            return
        hours = needs_hours(item.duration_ms)
        self.panel.set_markers(review.list_markers(self.archive, item.recording_id), hours, item.timezone, marker_id)
        self.panel.set_snapshots(review.list_snapshots(self.archive, item.recording_id), hours, snapshot_id)

    # --- showing ---------------------------------------------------------------------------------

    def _fmt(self, ms: int) -> str:
        return format_position(ms, needs_hours(self._item.duration_ms if self._item else None))

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self._update_controls()
            self.stateChanged.emit(state)

    def _update_controls(self) -> None:
        s, c = self._state, self.controller
        media = c.usable()
        video = media and c.is_video()
        running = s in (PaneState.PLAYING, PaneState.PAUSED)
        self.transport.set_enabled_controls(
            play=media, stop=media and s in (PaneState.PLAYING, PaneState.PAUSED, PaneState.OPENING),
            seek=media, step=video and running, snapshot=video and running, audio=media,
            full_screen=video or s == PaneState.PHOTO)
        self.transport.set_playing(s in (PaneState.PLAYING, PaneState.OPENING))
        self.panel.set_can_add(self._item is not None)

    def _show_position(self) -> None:
        item = self._item
        if item is None:
            return
        position, length = self.position_ms(), self.controller.length_ms() or item.duration_ms or 0
        hours = needs_hours(length)
        if self.transport.slider.maximum() != length:
            self.transport.set_length(length, hours)
        self.transport.set_position(position, length)
        label = {MediaKind.PHOTO.value: self.tr("拍摄时间"),
                 MediaKind.AUDIO.value: self.tr("录音时间")}.get(item.media_kind, self.tr("画面时间"))
        at = frame_time(item.recorded_at, position, item.timezone)
        approximate = item.recorded_at_source == "modified_time"
        tip = self.tr("开始时间加当前位置，按 {0} 时间显示").format(item.timezone)
        if approximate:
            tip += self.tr("；开始时间取自文件修改时间，可能不准确")
        text = f"{label}  {'≈ ' if approximate else ''}{format_datetime(at)}"
        if self._clock_offset is not None:
            moment = item.recorded_at + timedelta(milliseconds=max(0, position))
            text = self._clock_text.with_corrected(text, moment, self._clock_offset, item.timezone)
            tip += "；" + self._clock_text.stored(self._clock_offset)
        self.transport.set_frame_time(text, tip)

    def _show_empty(self) -> None:
        self.header.show_empty()
        self.area.still.set_watermark("")
        self.area.still.show_caption("", self.tr("未打开资料"))
        self.area.show_still()
        self.panel.clear()
        self.transport.set_length(0, False)
        self.transport.set_position(0, 0)
        self.transport.set_frame_time("")
        self.status.clear()
        self._state = None
        self._set_state(PaneState.EMPTY)

    def _fail(self, text: str) -> None:
        if self.area.is_full_screen():
            self.area.leave_full_screen()
        self.area.show_message(text)
        self._set_state(PaneState.ERROR)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def _watermark_text(self) -> str:
        tz = self._item.timezone if self._item else DEFAULT_TIMEZONE
        return f"{self.user.display_name} ({self.user.login})  {format_datetime(to_local(utcnow(), tz))}"

    def _update_watermark(self) -> None:
        if self._item is None:
            return
        text = self._watermark_text()
        if self.controller.is_video():
            self.controller.update_watermark(text)
        else:
            self.area.still.set_watermark(text)

    # --- Qt events ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        # Closing the window that holds the pane ends the viewing, as closing the pane does.
        window = self.window()
        if window is not self and window is not self._watched_window:
            window.installEventFilter(self)
            self._watched_window = window
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._watched_window and event.type() == QEvent.Type.Close:
            self.close_recording()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        # Another page shown in place of the pane pauses playback; minimising the window does not.
        if not event.spontaneous() and self._state == PaneState.PLAYING:
            self.controller.pause()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

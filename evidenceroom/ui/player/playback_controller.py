"""Playing one video or audio file with libvlc: transport, position, frame stepping, failures.

libvlc is polled from the main thread on a timer; its events (which arrive on libvlc's own
threads) are not used. A *run* lasts from the first play to stop, end of file, failure or
unload; the owner is told when one begins (and may refuse it) and when it ends, with the time
spent playing, so that each run can be audited.
"""
from __future__ import annotations

import math
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from evidenceroom.ui.player import vlc_player
from evidenceroom.ui.player.transport_bar import SPEEDS
from evidenceroom.ui.player.vlc_player import VlcPlayer

POLL_MS = 200
OPEN_TIMEOUT_S = 15.0  # libvlc still opening after this long: tell the user instead of waiting
NO_TRACKS_AFTER_S = 3.0  # "playing" without any audio or video track: nothing it can decode
SEEK_GUARD_S = 0.6  # right after a seek libvlc may still report the old time
DEFAULT_FPS = 25.0

STOPPED, OPENING, PLAYING, PAUSED, ENDED, ERROR = "stopped", "opening", "playing", "paused", "ended", "error"
UNDECODABLE, TIMEOUT = "undecodable", "timeout"


class PlaybackController(QObject):
    stateChanged = Signal(str)
    positionChanged = Signal()
    failed = Signal(str)  # UNDECODABLE or TIMEOUT

    def __init__(self, begin_run: Callable[[], bool], end_run: Callable[[int], None], parent: QObject | None = None):
        super().__init__(parent)
        self._begin_run = begin_run
        self._end_run = end_run
        self.player: VlcPlayer | None = None
        self._loaded = False
        self._video = False
        self._state = STOPPED
        self._running = False
        self._watched_s = 0.0
        self._tick_at = time.monotonic()
        self._pos_ms = 0
        self._length_ms = 0
        self._vlc_time: int | None = None
        self._vlc_time_at = 0.0
        self._seek_guard_until = 0.0
        self._pending_seek: int | None = None
        self._pause_on_start = False
        self._opening_since = 0.0
        self._playing_since = 0.0
        self._had_tracks = False
        self._fps = DEFAULT_FPS
        self.rate = 1.0
        self.volume = 100
        self.muted = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        # Should the owner be deleted without closing, stop libvlc before the window it draws into
        # goes: this controller is destroyed before the widgets created after it.
        self._players: list[VlcPlayer] = []
        self.destroyed.connect(partial(_release_players, self._players))

    # --- loading -----------------------------------------------------------------------------

    def load(self, path: Path, video: bool, duration_ms: int | None, window_id: int | None,
             watermark: str | None = None, picture_height: int | None = None) -> None:
        """Open a file (read-only, through libvlc). Raises LibVlcMissing when libvlc cannot start."""
        self.unload()
        if self.player is None:
            self.player = VlcPlayer()
            self._players.append(self.player)
        if window_id is not None:
            self.player.attach(window_id)
        self.player.load(path)
        self.player.set_rate(self.rate)
        if video and watermark is not None:
            self.player.set_watermark(watermark, picture_height)
        self._loaded, self._video = True, video
        self._length_ms, self._pos_ms = duration_ms or 0, 0
        self._fps = DEFAULT_FPS
        self._timer.start()
        self._set_state(STOPPED)

    def unload(self) -> None:
        self._finish_run()
        self._timer.stop()
        if self.player is not None:
            self.player.unload()
        self._loaded = False
        self._pending_seek = None
        self._pause_on_start = False
        self._pos_ms = self._length_ms = 0
        self._set_state(STOPPED)

    def release(self) -> None:
        self.unload()
        if self.player is not None:
            self.player.release()
            self._players.remove(self.player)
            self.player = None

    # --- what is shown -----------------------------------------------------------------------

    def state(self) -> str:
        return self._state

    def loaded(self) -> bool:
        return self._loaded

    def is_video(self) -> bool:
        return self._loaded and self._video

    def position_ms(self) -> int:
        return int(self._pos_ms)

    def length_ms(self) -> int:
        return int(self._length_ms)

    def usable(self) -> bool:
        return self._loaded and self._state != ERROR

    # --- transport ---------------------------------------------------------------------------

    def toggle_play(self) -> None:
        if self._state in (PLAYING, OPENING):
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if not self.usable():
            return
        if self._state == PAUSED:
            self.player.set_paused(False)
            self._vlc_time = None
            self._set_state(PLAYING)
        elif self._state in (STOPPED, ENDED):
            if not self._running:
                if not self._begin_run():
                    return
                self._running = True
                self._watched_s = 0.0
                self._tick_at = time.monotonic()
            if self._state == ENDED and self._pending_seek is None:
                self._pos_ms = 0
            self._had_tracks = False
            self._opening_since = time.monotonic()
            self.player.play()
            self._set_state(OPENING)

    def pause(self) -> None:
        if not self.usable():
            return
        if self._state == OPENING:
            self._pause_on_start = True
            return
        if self._state != PLAYING:
            return
        self._account(time.monotonic())
        self.player.set_paused(True)
        if self._video:
            # libvlc reports time in coarse steps; show exactly the frame whose time is displayed.
            self._seek_player(self._pos_ms)
        self._set_state(PAUSED)

    def stop(self) -> None:
        if not self.usable() or self._state == STOPPED:
            return
        self.player.stop()
        self._finish_run()
        self._pos_ms = 0
        self._pending_seek = None
        self._set_state(STOPPED)
        self.positionChanged.emit()

    def seek(self, position_ms: int) -> None:
        if not self.usable():
            return
        position_ms = max(0, int(position_ms))
        if self._length_ms:
            position_ms = min(position_ms, self._length_ms)
        self._pos_ms = position_ms
        if self._state in (PLAYING, PAUSED):
            self._seek_player(position_ms)
        else:
            self._pending_seek = position_ms
        self.positionChanged.emit()

    def skip(self, delta_ms: int) -> None:
        self.seek(self._pos_ms + delta_ms)

    def jump_to(self, position_ms: int) -> None:
        """Go to a time point; from a stop, open the file there and hold it paused."""
        if not self.usable():
            return
        self.seek(position_ms)
        if self._state in (STOPPED, ENDED):
            self._pause_on_start = True
            self.play()

    def step(self, direction: int) -> None:
        """One frame forward (+1) or back (-1), leaving the player paused.

        Done by seeking to the middle of the neighbouring frame: libvlc 3's next_frame() leaves
        its clock behind (get_time() stops following, and later seeks or resuming go back to
        where frame stepping began), so what is shown and the time shown would disagree.
        """
        if not self.is_video() or self._state not in (PLAYING, PAUSED):
            return
        if self._state == PLAYING:
            self.pause()
        frame = 1000.0 / self._fps
        index = math.floor(self._pos_ms / frame) + direction
        last = math.floor(max(0, self._length_ms - 1) / frame) if self._length_ms else index
        index = max(0, min(index, last))
        self._pos_ms = int(index * frame + frame / 2)
        self._seek_player(self._pos_ms)
        self.positionChanged.emit()

    def _seek_player(self, position_ms: int) -> None:
        target = position_ms
        if self._video:
            # The middle of the frame that contains the position: libvlc shows that very frame.
            frame = 1000.0 / self._fps
            target = int(math.floor(position_ms / frame) * frame + frame / 2)
        self.player.seek(target)
        now = time.monotonic()
        self._seek_guard_until = now + SEEK_GUARD_S
        self._vlc_time = None

    def set_speed(self, rate: float) -> None:
        self.rate = min(SPEEDS, key=lambda r: abs(r - float(rate)))
        if self.player is not None:
            self.player.set_rate(self.rate)

    def slower(self) -> None:
        self.set_speed(SPEEDS[max(0, SPEEDS.index(self.rate) - 1)])

    def faster(self) -> None:
        if self._state != PLAYING:
            self.play()
        else:
            self.set_speed(SPEEDS[min(len(SPEEDS) - 1, SPEEDS.index(self.rate) + 1)])

    def set_volume(self, volume: int) -> None:
        self.volume = max(0, min(100, int(volume)))
        if self.player is not None:
            self.player.set_volume(self.volume)

    def set_muted(self, muted: bool) -> None:
        self.muted = bool(muted)
        if self.player is not None:
            self.player.set_muted(self.muted)

    def update_watermark(self, text: str) -> None:
        if self.is_video():
            self.player.update_watermark(text)

    # --- snapshots ---------------------------------------------------------------------------

    def grab_frame(self) -> tuple[int, bytes] | None:
        """Pause and return (position, the frame shown there as PNG); the bytes are empty when
        libvlc gave no frame, None when there is no video to grab from.

        While paused libvlc hands out a snapshot only as a picture is displayed, so the shown
        frame is sought once more and caught as it comes up again (this waits at most 0.5 s).
        """
        if not self.is_video() or self._state not in (PLAYING, PAUSED):
            return None
        self.pause()
        self._seek_player(self._pos_ms)
        with tempfile.TemporaryDirectory(prefix="evidenceroom-snapshot-") as folder:
            path = Path(folder) / "frame.png"
            data = path.read_bytes() if self.player.snapshot(path) and path.is_file() else b""
        return self.position_ms(), data

    # --- polling -----------------------------------------------------------------------------

    def _poll(self) -> None:
        if not self.usable():
            return
        now = time.monotonic()
        self._account(now)
        raw = self.player.state()
        if raw == vlc_player.ERROR:
            self._fail(UNDECODABLE)
            return
        if raw == vlc_player.ENDED:
            if self._had_tracks and self.player.length_ms():
                self._ended()
            else:
                self._fail(UNDECODABLE)
            return
        if raw in (vlc_player.PLAYING, vlc_player.PAUSED):
            video, audio = self.player.track_counts()
            self._had_tracks = self._had_tracks or bool(video or audio)
        if self._state == OPENING:
            if raw == vlc_player.PLAYING:
                self._started(now)
            elif now - self._opening_since > OPEN_TIMEOUT_S:
                self._fail(TIMEOUT)
            return
        if raw == vlc_player.PLAYING and self._state == PLAYING:
            if not self._had_tracks and now - self._playing_since > NO_TRACKS_AFTER_S:
                self._fail(UNDECODABLE)
                return
            self._follow_clock(now)
            self.positionChanged.emit()

    def _account(self, now: float) -> None:
        if self._state == PLAYING:
            self._watched_s += now - self._tick_at
        self._tick_at = now

    def _started(self, now: float) -> None:
        self._playing_since = now
        self._tick_at = now
        self.player.set_rate(self.rate)
        self.player.set_volume(self.volume)
        self.player.set_muted(self.muted)
        self._length_ms = self.player.length_ms() or self._length_ms
        self._fps = self.player.fps() or DEFAULT_FPS
        self._vlc_time = None
        self._set_state(PLAYING)
        if self._pending_seek is not None:
            self._pos_ms, self._pending_seek = self._pending_seek, None
            self._seek_player(self._pos_ms)
        else:
            self._pos_ms = 0
        if self._pause_on_start:
            self._pause_on_start = False
            self.pause()
        self.positionChanged.emit()

    def _follow_clock(self, now: float) -> None:
        """libvlc's time moves in steps of about a quarter second; carry it forward smoothly."""
        reported = self.player.time_ms()
        if now < self._seek_guard_until and abs(reported - self._pos_ms) > 1500 * max(1.0, self.rate):
            return
        if self._vlc_time is None or abs(reported - self._vlc_time) > 5:  # it also jitters by a millisecond
            self._vlc_time, self._vlc_time_at = reported, now
        estimate = self._vlc_time + min((now - self._vlc_time_at) * 1000, 500) * self.rate
        if self._pos_ms - 300 * self.rate < estimate < self._pos_ms:
            estimate = self._pos_ms  # libvlc's next step lags the estimate a little: time never runs back
        if self._length_ms:
            estimate = min(estimate, self._length_ms)
        self._pos_ms = int(estimate)

    def _ended(self) -> None:
        self._finish_run()
        self.player.stop()
        self._pos_ms = self._length_ms
        self._pending_seek = None
        self._set_state(ENDED)
        self.positionChanged.emit()

    def _fail(self, kind: str) -> None:
        self._finish_run()
        self.player.stop()
        self._timer.stop()
        self._pending_seek = None
        self._pause_on_start = False
        self._state = ERROR
        self.failed.emit(kind)  # first, so the message is in place when the state is reported
        self.stateChanged.emit(ERROR)

    def _finish_run(self) -> None:
        if not self._running:
            return
        self._account(time.monotonic())
        self._running = False
        self._end_run(int(self._watched_s * 1000))
        self._watched_s = 0.0

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)


def _release_players(players: list[VlcPlayer], *_args) -> None:
    while players:
        players.pop().release()

"""A thin wrapper over one libvlc media player, driven from the Qt main thread only.

The review pane polls this object on a timer instead of listening to libvlc events, which arrive
on libvlc's own threads. The file is opened through libvlc's ordinary read-only file access.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from evidenceroom.core.media import HEADLESS_ARGS

# Common options: no title shown over the video, no preview of a snapshot drawn into the video,
# no on-screen messages, no Lua interfaces.
_COMMON_ARGS = ["--intf=dummy", "--no-video-title-show", "--no-snapshot-preview", "--no-osd", "--quiet",
                "--no-stats", "--no-lua"]
_EMBEDDABLE = {"xcb", "windows", "cocoa"}
_VIDEO_SIZE = re.compile(r"video \S+ (\d+)x(\d+)")

# Player states as plain strings, so callers need not import vlc.
OPENING, PLAYING, PAUSED, STOPPED, ENDED, ERROR = "opening", "playing", "paused", "stopped", "ended", "error"


def platform_embeds_video() -> bool:
    return QGuiApplication.platformName() in _EMBEDDABLE


def video_height(tracks: str) -> int | None:
    """The picture height from a track summary such as "video h264 1920x1080; audio …"."""
    found = _VIDEO_SIZE.search(tracks or "")
    return int(found.group(2)) if found else None


class LibVlcMissing(RuntimeError):
    pass


class VlcPlayer:
    def __init__(self) -> None:
        try:
            import vlc
        except (ImportError, OSError, NameError, AttributeError) as exc:  # python-vlc without libvlc
            raise LibVlcMissing(str(exc)) from exc
        self._vlc = vlc
        self.embeds = platform_embeds_video()
        args = list(_COMMON_ARGS) if self.embeds else sorted(set(HEADLESS_ARGS) | set(_COMMON_ARGS))
        self._instance = vlc.Instance(args)
        if self._instance is None:
            raise LibVlcMissing("libvlc could not start")
        self._player = self._instance.media_player_new()
        self._media = None
        # Keys and mouse go to Qt, not to libvlc's own video window.
        self._player.video_set_key_input(False)
        self._player.video_set_mouse_input(False)

    # --- set-up ------------------------------------------------------------------------------

    def attach(self, window_id: int) -> None:
        """Render into the native window `window_id` (ignored where video is not embedded)."""
        if not self.embeds:
            return
        name = QGuiApplication.platformName()
        if name == "xcb":
            self._player.set_xwindow(window_id)
        elif name == "windows":
            self._player.set_hwnd(window_id)
        elif name == "cocoa":
            self._player.set_nsobject(window_id)

    def load(self, path: Path) -> None:
        self.unload()
        self._media = self._instance.media_new_path(str(path))
        self._player.set_media(self._media)

    def unload(self) -> None:
        self._player.stop()
        if self._media is not None:
            self._player.set_media(None)
            self._media.release()
            self._media = None

    def release(self) -> None:
        self.unload()
        self._player.release()
        self._instance.release()
        self._player = None
        self._instance = None

    # --- transport ---------------------------------------------------------------------------

    def play(self) -> bool:
        return self._player.play() == 0

    def set_paused(self, paused: bool) -> None:
        self._player.set_pause(1 if paused else 0)

    def stop(self) -> None:
        self._player.stop()

    def state(self) -> str:
        s = self._player.get_state()
        st = self._vlc.State
        if s in (st.Opening, st.Buffering):
            return OPENING
        if s == st.Playing:
            return PLAYING
        if s == st.Paused:
            return PAUSED
        if s == st.Ended:
            return ENDED
        if s == st.Error:
            return ERROR
        return STOPPED

    def time_ms(self) -> int:
        return max(0, self._player.get_time())

    def length_ms(self) -> int:
        return max(0, self._player.get_length())

    def seek(self, ms: int) -> None:
        self._player.set_time(int(ms))

    def set_rate(self, rate: float) -> None:
        self._player.set_rate(float(rate))

    def rate(self) -> float:
        return self._player.get_rate()

    def fps(self) -> float:
        try:
            value = self._player.get_fps()
        except AttributeError:
            return 0.0
        return value if value and 1 <= value <= 240 else 0.0

    def set_volume(self, volume: int) -> None:
        self._player.audio_set_volume(int(volume))

    def set_muted(self, muted: bool) -> None:
        self._player.audio_set_mute(bool(muted))

    def track_counts(self) -> tuple[int, int]:
        """(video, audio) tracks libvlc found; zero for both means nothing it can decode."""
        return max(0, self._player.video_get_track_count()), max(0, self._player.audio_get_track_count())

    def has_video_output(self) -> bool:
        return bool(self._player.has_vout())

    def snapshot(self, path: Path) -> bool:
        """Write the current frame as PNG at its original size; False when there is no frame."""
        return self._player.video_take_snapshot(0, str(path), 0, 0) == 0

    # --- watermark ---------------------------------------------------------------------------

    def set_watermark(self, text: str, picture_height: int | None) -> None:
        """Draw `text` faintly into the picture (VLC's marquee), so screen grabs carry it too.

        The options must be in place before the marquee is enabled and the video starts.
        """
        m = self._vlc.VideoMarqueeOption
        # Small and in the top right corner: body cameras burn their own device, badge number
        # and time into the bottom and the top left, which must stay readable.
        size = max(10, (picture_height or 480) // 30)
        self._player.video_set_marquee_string(m.Text, _marquee_safe(text))
        self._player.video_set_marquee_int(m.Size, size)
        self._player.video_set_marquee_int(m.Color, 0xFFFFFF)
        self._player.video_set_marquee_int(m.Opacity, 96)
        self._player.video_set_marquee_int(m.Position, 4 | 2)  # top right
        self._player.video_set_marquee_int(m.X, size // 2)
        self._player.video_set_marquee_int(m.Y, size // 2)
        self._player.video_set_marquee_int(m.Timeout, 0)
        self._player.video_set_marquee_int(m.Enable, 1)

    def update_watermark(self, text: str) -> None:
        self._player.video_set_marquee_string(self._vlc.VideoMarqueeOption.Text, _marquee_safe(text))

    def watermark(self) -> tuple[bool, str]:
        m = self._vlc.VideoMarqueeOption
        text = self._player.video_get_marquee_string(m.Text)
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        return bool(self._player.video_get_marquee_int(m.Enable)), text or ""


def _marquee_safe(text: str) -> str:
    # The marquee expands strftime-style % codes; names must show as written.
    return text.replace("%", "%%")

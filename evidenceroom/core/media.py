"""Probing recordings with libvlc: duration and tracks, the way the review pane will play them."""
from __future__ import annotations

import ctypes
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_lock = threading.Lock()
_POLL_S = 0.005
_instance = None
_unavailable: str | None = None

HEADLESS_ARGS = ["--intf=dummy", "--vout=dummy", "--aout=dummy", "--no-video-title-show", "--quiet",
                 "--no-stats", "--no-lua"]


@dataclass(frozen=True)
class Probe:
    ok: bool
    duration_ms: int | None
    tracks: str  # "video h264 320x240; audio mp4a 1ch 44100Hz"
    error: str | None = None


def _vlc():
    """The shared libvlc instance, or None with the reason kept in `_unavailable`."""
    global _instance, _unavailable
    with _lock:
        if _instance is None and _unavailable is None:
            try:
                import vlc

                _instance = vlc.Instance(HEADLESS_ARGS)
                if _instance is None:
                    _unavailable = "libvlc could not start"
            # python-vlc calls sys.exit() when PYTHON_VLC_LIB_PATH names nothing loadable:
            # that must report libvlc missing, not end the program.
            except (ImportError, OSError, NameError, AttributeError, SystemExit) as exc:
                _unavailable = ("libvlc could not be loaded from PYTHON_VLC_LIB_PATH" if isinstance(exc, SystemExit)
                                else f"libvlc is not installed ({exc})")
        return _instance


def warm_up() -> None:
    """Start libvlc ahead of the first probe (it takes up to a second), e.g. while a file copies."""
    threading.Thread(target=_vlc, name="libvlc-start", daemon=True).start()


def libvlc_unavailable() -> str | None:
    _vlc()
    return _unavailable


def _fourcc(code: int) -> str:
    raw = code.to_bytes(4, "little") if code else b""
    return raw.decode("latin-1").strip("\x00 ") or "?"


def probe(path: Path, timeout_ms: int = 10000) -> Probe:
    inst = _vlc()
    if inst is None:
        return Probe(False, None, "", _unavailable)
    import vlc

    media = inst.media_new_path(str(path))
    try:
        media.parse_with_options(vlc.MediaParseFlag.local, timeout_ms)
        # Polled, not awaited through a libvlc event: python-vlc's event callback lives in an
        # object only a reference cycle keeps, and the garbage collector may free it while
        # libvlc's preparser thread is about to call it.
        deadline = time.monotonic() + timeout_ms / 1000 + 1
        finished = (vlc.MediaParsedStatus.skipped, vlc.MediaParsedStatus.failed,
                    vlc.MediaParsedStatus.timeout, vlc.MediaParsedStatus.done)
        while (status := media.get_parsed_status()) not in finished and time.monotonic() < deadline:
            time.sleep(_POLL_S)
        if status != vlc.MediaParsedStatus.done:
            return Probe(False, None, "", f"libvlc could not parse the file ({status})")
        parts = []
        for track in media.tracks_get() or []:
            codec = _fourcc(track.codec)
            # python-vlc declares the C union {audio, video, subtitle} as three fields; only the
            # first sits at the union's offset, so read it and cast it to what the type says.
            union = track.audio
            if not union:
                continue
            if track.type == vlc.TrackType.video:
                v = ctypes.cast(union, ctypes.POINTER(vlc.VideoTrack)).contents
                parts.append(f"video {codec} {v.width}x{v.height}")
            elif track.type == vlc.TrackType.audio:
                a = union.contents
                parts.append(f"audio {codec} {a.channels}ch {a.rate}Hz")
        duration = media.get_duration()
        return Probe(bool(parts), duration if duration and duration > 0 else None, "; ".join(parts),
                     None if parts else "libvlc found no audio or video track")
    finally:
        media.release()

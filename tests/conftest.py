"""Shared fixtures: real archives in temporary folders, real clips made with ffmpeg."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Widgets are tested on Qt's offscreen platform. Tests marked `video` need real video output in
# a real X window and run in their own pytest pass under Xvfb with EVIDENCEROOM_TEST_DISPLAY=x11.
if os.environ.get("EVIDENCEROOM_TEST_DISPLAY") == "x11":
    os.environ["QT_QPA_PLATFORM"] = "xcb"
else:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("EVIDENCEROOM_LANG", "zh")

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "resources" / "samples"


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    """Where an archive will be created: Chinese and spaces in the path, as on the office PC."""
    return tmp_path / "证据 室" / "档案库 A"


@pytest.fixture
def archive(archive_dir: Path):
    from evidenceroom.core.archive import Archive

    with Archive.create(archive_dir, "测试市水务局") as a:
        yield a


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *args], check=True)


@pytest.fixture(scope="session")
def clips(tmp_path_factory) -> dict[str, Path]:
    """Small real recordings: two body-camera clips, a voice recording, a photo."""
    if shutil.which("ffmpeg") is None:
        pytest.fail("ffmpeg is needed to make test clips: apt-get install ffmpeg")
    d = tmp_path_factory.mktemp("clips")
    out = {
        "mp4": d / "20261128_093012_0001.MP4",
        "mp4b": d / "20261128_094530_0002.MP4",
        "wav": d / "REC20261128_100200.WAV",
        "jpg": d / "IMG_20261128_093500.JPG",
    }
    _ffmpeg("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=15:duration=2", "-f", "lavfi", "-i",
            "sine=frequency=440:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
            "-shortest", "-metadata", "creation_time=2026-11-28T01:30:12Z", str(out["mp4"]))
    _ffmpeg("-f", "lavfi", "-i", "testsrc=size=160x120:rate=15:duration=3", "-c:v", "libx264",
            "-pix_fmt", "yuv420p", str(out["mp4b"]))
    _ffmpeg("-f", "lavfi", "-i", "sine=frequency=300:duration=2", "-ac", "1", "-ar", "8000", str(out["wav"]))
    _ffmpeg("-f", "lavfi", "-i", "testsrc=size=320x240:duration=1", "-frames:v", "1", str(out["jpg"]))
    return out


@pytest.fixture
def card(tmp_path: Path, clips: dict[str, Path]) -> Path:
    """A body camera mounted as a USB drive: DCIM tree, upper-case names, Chinese names, junk."""
    root = tmp_path / "可移动磁盘 (E)"
    media = root / "DCIM" / "100MEDIA"
    deep = root / "录音" / "2026" / "11" / "28" / "张三 现场检查"
    media.mkdir(parents=True)
    deep.mkdir(parents=True)
    shutil.copy(clips["mp4"], media / clips["mp4"].name)
    shutil.copy(clips["mp4b"], media / clips["mp4b"].name)
    shutil.copy(clips["jpg"], media / clips["jpg"].name)
    shutil.copy(clips["wav"], deep / "现场 录音 20261128_100200.WAV")
    (root / "Thumbs.db").write_bytes(b"\x00" * 64)
    (media / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return root


def run_cli(*args: str | Path, check: bool = False, timeout: float = 120) -> subprocess.CompletedProcess:
    """The real command line, in a child process, as an administrator's script would run it."""
    proc = subprocess.run([sys.executable, "-m", "evidenceroom", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL, cwd=REPO)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


@pytest.fixture
def cli():
    return run_cli

"""The review pane with real video output embedded in an X window.

Run in their own pass under Xvfb: EVIDENCEROOM_TEST_DISPLAY=x11 xvfb-run -a -s "-screen 0 1600x1000x24"
.venv/bin/python -m pytest -m video tests/ui/player
"""
from __future__ import annotations

import hashlib

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from evidenceroom.core import review
from evidenceroom.core.platform import is_read_only
from evidenceroom.core.verify import verify
from evidenceroom.ui.player.review_pane import PaneState

pytestmark = pytest.mark.video


@pytest.fixture(autouse=True)
def _needs_x11():
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs the xcb platform: run with EVIDENCEROOM_TEST_DISPLAY=x11 under xvfb-run")


def _surface_picture(pane) -> QImage:
    surface = pane.area.surface
    return surface.screen().grabWindow(surface.winId()).toImage()


def _colours(image: QImage) -> int:
    """How many distinct colours a coarse grid of the picture shows (black video: 1)."""
    seen = set()
    for x in range(0, image.width(), max(1, image.width() // 24)):
        for y in range(0, image.height(), max(1, image.height() // 24)):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_video_is_embedded_with_the_watermark_and_a_snapshot_is_kept_with_its_hash(
        qtbot, pane, recording_id, filled_archive, clerk):
    rec = recording_id("longer clip")
    pane.open_recording(rec)
    qtbot.mouseClick(pane.transport.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING, timeout=10000)
    qtbot.waitUntil(lambda: pane.position_ms() > 500, timeout=10000)
    assert pane.player().embeds and pane.player().has_video_output()
    qtbot.waitUntil(lambda: _colours(_surface_picture(pane)) > 5, timeout=5000)  # the test pattern is on screen

    enabled, text = pane.player().watermark()
    assert enabled and text.startswith("陈静 (clerk)  20")
    qtbot.waitUntil(lambda: pane.player().watermark()[1] != text, timeout=3000)  # the time in it moves on

    qtbot.mouseClick(pane.transport.snapshot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.panel.snapshots.topLevelItemCount() == 1, timeout=5000)
    assert pane.state() == PaneState.PAUSED
    snap = review.list_snapshots(filled_archive, rec)[0]
    assert snap.position_ms == pane.position_ms()
    data = snap.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == snap.sha256 and is_read_only(snap.path)
    with Image.open(snap.path) as image:
        assert image.size == (160, 120)
    assert snap.sha256[:12] in pane.status.text()
    assert pane.panel.snapshots.topLevelItem(0).text(1) == "陈静 (clerk)"
    pane.close()
    assert verify(filled_archive, clerk.actor).ok


def test_full_screen_shows_the_video_over_the_whole_screen_and_esc_returns(qtbot, pane, recording_id):
    pane.open_recording(recording_id("longer clip"))
    pane.play()
    qtbot.waitUntil(lambda: pane.state() == PaneState.PLAYING, timeout=10000)
    surface_id = int(pane.area.surface.winId())
    qtbot.mouseClick(pane.transport.full_screen_button, Qt.MouseButton.LeftButton)
    assert pane.is_full_screen()
    screen = pane.area.screen().geometry()
    qtbot.waitUntil(lambda: pane.area.geometry().size() == screen.size(), timeout=5000)
    assert int(pane.area.surface.winId()) == surface_id  # libvlc keeps drawing into the same window
    qtbot.waitUntil(lambda: _colours(_surface_picture(pane)) > 5, timeout=5000)
    qtbot.waitUntil(lambda: pane.area.isActiveWindow(), timeout=5000)
    qtbot.keyClick(pane.area, Qt.Key.Key_Escape)
    assert not pane.is_full_screen()
    qtbot.waitUntil(lambda: pane.area.width() < screen.width(), timeout=5000)
    assert pane.state() == PaneState.PLAYING

"""Fixtures for the review pane: the pane on a filled archive, and recordings found by name."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from evidenceroom.core.models import Recording
from evidenceroom.ui.player.review_pane import ReviewPane

NAMES = {
    "clip": "20261128_093012_0001.MP4",  # 2 s, 160x120 at 15 fps, with sound; creation time 09:30:12
    "longer clip": "20261128_094530_0002.MP4",  # 3 s at 15 fps, no sound; time from its name
    "photo": "IMG_20261128_093500.JPG",
    "voice": "现场 录音 20261128_100200.WAV",
}


@pytest.fixture
def recording_id(filled_archive):
    """The id of one of the card's recordings in `filled_archive`: "clip", "longer clip", "photo", "voice"."""

    def _find(which: str) -> int:
        with filled_archive.session() as s:
            found = s.scalar(select(Recording.id).where(Recording.original_name == NAMES[which]))
        assert found is not None, which
        return found

    return _find


@pytest.fixture
def pane(qtbot, filled_archive, clerk):
    p = ReviewPane(filled_archive, clerk)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is p)
    yield p
    p.close()

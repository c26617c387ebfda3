"""The review pane refuses to play for someone without an approved, registered viewing."""
from __future__ import annotations

from evidenceroom.core import accounts
from evidenceroom.ui.player.review_pane import ReviewPane


def test_an_inspector_without_a_request_sees_what_to_request_and_nothing_plays(qtbot, filled_archive, password):
    inspector = accounts.sign_in(filled_archive, "inspector", password)
    pane = ReviewPane(filled_archive, inspector)
    qtbot.addWidget(pane)
    pane.open_recording(1)
    assert "需经审批" in pane.message()
    assert pane.state() == "error"
    assert pane.player() is None or pane.recording_id() is None

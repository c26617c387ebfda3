"""Opening an activity's timeline from the archive browser's detail panel (ARC-08)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from sqlalchemy import select

from evidenceroom.core import gaps
from evidenceroom.core.models import Person, Recording
from evidenceroom.ui.archive.browser import ArchivePage
from evidenceroom.ui.main_window import MainWindow


def _activity_for(archive, clerk, recording_ids) -> int:
    with archive.session() as s:
        officer = s.scalar(select(Person.id).where(Person.badge_no == "13001"))
    aid = gaps.register_activity(archive, clerk, kind="现场检查", place="渭河 3 号闸",
                                 started_at=datetime(2026, 11, 28, 9, 0), ended_at=datetime(2026, 11, 28, 10, 0),
                                 officer_ids=[officer])
    with archive.transaction() as s:
        for rec_id in recording_ids:
            s.get(Recording, rec_id).activity_id = aid
    return aid


def test_the_detail_panel_button_asks_for_the_recordings_activity(qtbot, filled_archive, clerk, recording_id):
    aid = _activity_for(filled_archive, clerk, [recording_id("clip"), recording_id("photo")])
    page = ArchivePage(filled_archive, clerk)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.recordings.rowCount() == 4, timeout=5000)
    button = page.detail.timeline_button
    assert button.accessibleName() == "查看活动时间线"

    page.select_recording(recording_id("voice"))  # no activity registered
    assert not button.isEnabled()
    page.select_recording(recording_id("clip"))
    assert button.isEnabled()
    with qtbot.waitSignal(page.activityTimelineRequested) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked.args == [aid]


def test_the_main_window_shows_the_timeline_on_the_review_page(qtbot, filled_archive, clerk, recording_id):
    aid = _activity_for(filled_archive, clerk, [recording_id("clip"), recording_id("longer clip")])
    window = MainWindow(filled_archive, clerk)
    qtbot.addWidget(window)
    window.archive_page.activityTimelineRequested.emit(aid)
    assert window.pages.currentWidget() is window.review_pane
    assert window.review_pane.timeline.activity_id() == aid
    assert window.review_pane.timeline.model.rowCount() == 5  # two clips, before, between, after
    window.close()


def test_an_activity_is_chosen_from_the_review_page_by_place_or_case(qtbot, pane, filled_archive, clerk,
                                                                     recording_id):
    first = _activity_for(filled_archive, clerk, [recording_id("clip")])
    second = gaps.register_activity(filled_archive, clerk, kind="调查取证", place="抚宁区取水口",
                                    started_at=datetime(2026, 11, 28, 10, 0), ended_at=datetime(2026, 11, 28, 11, 0),
                                    officer_ids=[1])
    with filled_archive.transaction() as s:
        s.get(Recording, recording_id("voice")).activity_id = second
    assert pane.header.activity_button.accessibleName() == "选择执法活动，查看其时间线"
    chooser = pane.choose_activity(exec_dialog=False)
    qtbot.addWidget(chooser)
    chooser.show()
    m = chooser.model
    assert [m.activity_at(r).activity_id for r in range(m.rowCount())] == [second, first]  # newest first
    assert m.data(m.index(1, 1)) == "2026-11-28 09:00 至 10:00" and m.data(m.index(1, 5)) == "1"
    assert chooser.note.text() == "共 2 个执法活动。"
    chooser.search.setText("渭河")
    qtbot.waitUntil(lambda: m.rowCount() == 1, timeout=3000)
    assert chooser.chosen() == first
    chooser.search.setText("没有这个地方")
    qtbot.waitUntil(lambda: m.rowCount() == 0, timeout=3000)
    assert not chooser.ok_button.isEnabled() and chooser.note.text() == "没有符合条件的执法活动。"
    chooser.search.setText("")
    qtbot.waitUntil(lambda: m.rowCount() == 2, timeout=3000)
    chooser.table.setCurrentIndex(m.index(1, 0))
    qtbot.keyClick(chooser.table, Qt.Key.Key_Return)  # the dialog's default button
    assert chooser.result() == chooser.DialogCode.Accepted
    assert pane.timeline.activity_id() == first and pane.timeline.isVisible()

"""The clerk's day through the real windows: first run → sign in → import → search → play →
marker → snapshot → the audit log shows the playback.

Marked `video`: it needs real video output in a real X window (the snapshot is taken from the
picture on screen), so it runs in the Xvfb pass.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from sqlalchemy import select

from evidenceroom.core import registry
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.models import AuditEvent, DeviceKind, Marker, Role, Snapshot
from evidenceroom.core.verify import verify
from evidenceroom.ui.audit_page import ACTION_ROLE
from evidenceroom.ui.login_dialog import LoginDialog
from evidenceroom.ui.main_window import MainWindow
from evidenceroom.ui.setup_wizard import SetupWizard

pytestmark = pytest.mark.video

PASSWORD = "clerk-pass-2026"


def _first_run(qtbot, root) -> Archive:
    wizard = SetupWizard(root)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.unit_page.unit.setText("秦皇岛市水务局")
    wizard.unit_page.departments.setPlainText("法制办公室\n水政监察支队一大队")
    wizard.next()
    wizard.admin_page.password.setText("admin-pass-2026")
    wizard.admin_page.confirm.setText("admin-pass-2026")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted, wizard.error.text()
    return wizard.archive


def _staff(archive: Archive) -> None:
    """What the administrator sets up before the clerk's first hand-in."""
    admin = Actor("系统管理员 (admin)")
    with archive.transaction() as s:
        registry.add_person(s, admin, "张伟", "13001", "水政监察支队一大队")
        registry.add_device(s, admin, "DSJ-07", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ-V9", "QS-ZF-007")
        registry.add_user(s, admin, "clerk", PASSWORD, Role.CLERK, "陈静")


def test_clerk_imports_finds_plays_marks_and_snapshots_and_the_audit_shows_the_playback(
        qtbot, archive_dir, card):
    archive = _first_run(qtbot, archive_dir)
    with archive:
        _staff(archive)

        login = LoginDialog(archive)
        qtbot.addWidget(login)
        login.show()
        login.login.setText("clerk")
        login.password.setText(PASSWORD)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        assert login.signed_in is not None, login.message.text()

        window = MainWindow(archive, login.signed_in)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)

        # Import the card: officer and device chosen, run off the UI thread to the result page.
        window.show_page("import")
        page = window.import_page
        page.set_sources([card])
        qtbot.waitUntil(lambda: page.files.files() is not None, timeout=30_000)
        page.details.select_officer("13001")
        page.details.select_device("DSJ-07")
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.report is not None, timeout=60_000)
        assert len(page.report.imported) == 4

        # Find the first clip by a part of its file name.
        window.show_page("archive")
        browser = window.archive_page
        browser.search.setText("093012")
        qtbot.waitUntil(lambda: browser.recordings.rowCount() == 1, timeout=5_000)
        found = browser.recordings.recording_at(0)
        assert found.original_name == "20261128_093012_0001.MP4"

        # Open it in the review pane (Enter on the row) and watch it play.
        browser.recording_table.setFocus()
        browser.recording_table.selectRow(0)
        qtbot.keyClick(browser.recording_table, Qt.Key.Key_Return)
        pane = window.review_pane
        qtbot.waitUntil(lambda: pane.recording_id() == found.id, timeout=5_000)
        pane.play()
        qtbot.waitUntil(lambda: pane.state() == "playing", timeout=10_000)
        qtbot.waitUntil(lambda: pane.position_ms() > 300, timeout=10_000)
        pane.pause()
        qtbot.waitUntil(lambda: pane.state() == "paused", timeout=5_000)

        pane.add_marker("到达现场，出示执法证件")
        pane.take_snapshot()
        with archive.session() as s:
            qtbot.waitUntil(lambda: s.scalar(select(Snapshot.id).where(Snapshot.recording_id == found.id))
                            is not None, timeout=10_000)
            marker = s.scalars(select(Marker).where(Marker.recording_id == found.id)).one()
            assert marker.text == "到达现场，出示执法证件" and "陈静" in marker.author_name

        pane.close_recording()
        window.show_page("audit")
        window.audit_page.refresh()
        table = window.audit_page.table
        shown = [table.item(r, 3).text() for r in range(table.rowCount())]
        recorded = [table.item(r, 3).data(ACTION_ROLE) for r in range(table.rowCount())]
        assert "开始播放" in shown and "结束播放" in shown
        assert "playback.started" in recorded and "playback.ended" in recorded
        with archive.session() as s:
            ended = s.scalars(select(AuditEvent).where(AuditEvent.action == "playback.ended")).one()
            assert ended.actor_user_id == login.signed_in.user_id and ended.target_id == found.id

        # None of it touched an original.
        assert verify(archive, Actor("测试")).ok
        window.close()

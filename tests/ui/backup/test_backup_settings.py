"""Settings → Backup runs a real backup on a worker thread with progress and a result; the
Compliance page's integrity tab lists the checks and their problems; the idle-time check runs
when nobody has touched the keyboard or mouse, and stops when someone does."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QThread
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton

from evidenceroom.core import accounts
from evidenceroom.core.audit import Actor
from evidenceroom.core.backup import backup
from evidenceroom.core.models.backup import BackupRun, IntegrityCheck
from evidenceroom.core.verify import verify
from evidenceroom.ui.backup.backup_section import BackupSection
from evidenceroom.ui.backup.idle_check import IdleIntegrityCheck
from evidenceroom.ui.compliance.integrity_tab import IntegrityTab
from evidenceroom.ui.settings_page import SettingsPage


@pytest.fixture
def rows():
    """All rows of one model, in id order."""
    from sqlalchemy import select

    def _rows(archive, model):
        with archive.session() as s:
            return list(s.scalars(select(model).order_by(model.id)))

    return _rows


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "移动硬盘 F" / "证据室备份"


def test_settings_backup_runs_with_progress_and_shows_the_result(qtbot, filled_archive, clerk, dest, rows):
    page = SettingsPage(filled_archive, clerk)
    qtbot.addWidget(page)
    section = page.findChild(BackupSection)
    assert section is not None
    assert "还没有备份" in section.reminder.text()
    section.destination.setText(str(dest))
    seen = []
    section.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(section.backupFinished, timeout=60_000) as finished:
        qtbot.mouseClick(section.run_button, Qt.MouseButton.LeftButton)
        assert section.is_running() and section.cancel_button.isEnabled() and not section.run_button.isEnabled()
    report = finished.args[0]
    assert report is not None and report.ok and report.objects_copied == 4
    assert "备份完成" in section.result.text() and "4" in section.result.text()
    assert seen and seen[-1] == 1000
    assert section.runs.rowCount() == 1 and section.runs.item(0, 2).text() == "完成"
    assert "上次完整备份" in section.reminder.text()
    assert [r.status for r in rows(filled_archive, BackupRun)] == ["ok"]
    assert (dest / "evidenceroom-backup.json").is_file()


def test_a_refused_destination_is_explained_and_nothing_runs(qtbot, filled_archive, clerk, tmp_path, rows):
    section = BackupSection(filled_archive, clerk)
    qtbot.addWidget(section)
    busy = tmp_path / "文档"
    busy.mkdir()
    (busy / "a.txt").write_text("x")
    section.destination.setText(str(busy))
    qtbot.mouseClick(section.run_button, Qt.MouseButton.LeftButton)
    assert not section.is_running()
    assert "不是空文件夹" in section.result.text()
    assert rows(filled_archive, BackupRun) == []


def test_cancel_stops_the_backup_and_says_the_previous_one_is_untouched(qtbot, filled_archive, clerk, dest, rows):
    section = BackupSection(filled_archive, clerk)
    qtbot.addWidget(section)
    section.destination.setText(str(dest))
    section.start_backup()
    section.cancel()  # before the first file is copied
    qtbot.waitUntil(lambda: not section.is_running(), timeout=60_000)
    assert "已取消" in section.result.text()
    assert rows(filled_archive, BackupRun)[-1].status == "cancelled"


def test_an_inspector_sees_the_runs_but_cannot_back_up(qtbot, filled_archive, password):
    inspector = accounts.sign_in(filled_archive, "inspector", password)
    section = BackupSection(filled_archive, inspector)
    qtbot.addWidget(section)
    assert not section.run_button.isEnabled() and not section.destination.isEnabled()
    for w in section.findChildren(QPushButton):
        assert w.accessibleName()


def test_the_integrity_tab_lists_checks_and_names_each_problem(qtbot, filled_archive, clerk):
    verify(filled_archive, clerk.actor)
    with filled_archive.session() as s:
        from evidenceroom.core.models import Recording
        from sqlalchemy import select

        rec_id, sha = s.execute(select(Recording.id, Recording.sha256).order_by(Recording.id)).first()
    filled_archive.vault.path_for(sha).unlink()
    verify(filled_archive, clerk.actor, trigger="idle")
    tab = IntegrityTab(filled_archive, clerk)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 2
    assert tab.table.item(0, 1).text() == "空闲时自动" and tab.table.item(1, 1).text() == "手动"
    assert "发现 1 个问题" in tab.summary.text()
    assert tab.problems.rowCount() == 1
    assert tab.problems.item(0, 0).text() == "缺失" and tab.problems.item(0, 1).text() == str(rec_id)
    assert "缺失" in tab.problems.item(0, 2).text()
    tab.table.selectRow(1)
    assert tab.problems.rowCount() == 0


def _move_mouse(widget) -> None:
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_the_idle_check_runs_when_idle_and_due_and_is_recorded(qtbot, filled_archive, rows):
    idle = IdleIntegrityCheck(filled_archive, idle_minutes=0, poll_ms=50)
    with qtbot.waitSignal(idle.checkFinished, timeout=60_000) as done:
        pass
    assert done.args[0].ok
    checks = rows(filled_archive, IntegrityCheck)
    assert [c.trigger for c in checks] == ["idle"] and checks[0].checked == 4
    time.sleep(0.2)  # more ticks: the check just made is less than a day old, so none follows
    QApplication.processEvents()
    assert len(rows(filled_archive, IntegrityCheck)) == 1
    idle.stop()


def test_input_cancels_a_running_idle_check_and_nothing_is_recorded(qtbot, filled_archive, rows):
    idle = IdleIntegrityCheck(filled_archive, idle_minutes=0, poll_ms=60_000)
    section = QPushButton("x")
    qtbot.addWidget(section)
    stopped = []
    idle.checkStopped.connect(lambda: stopped.append(True))
    with qtbot.waitSignal(idle.checkStarted, timeout=30_000):
        idle.tick()
    assert idle.job is not None
    _move_mouse(section)
    assert idle.job is None or idle.job.cancel_event.is_set()
    idle.stop()
    qtbot.waitUntil(lambda: idle.job is None, timeout=30_000)
    # Either the run stopped before the end (nothing recorded) or it had finished already.
    if stopped:
        assert rows(filled_archive, IntegrityCheck) == []


def test_the_idle_timer_asks_whether_a_check_is_due_off_the_ui_thread(qtbot, filled_archive, rows):
    """The timer fires on the UI thread; reading the archive there would freeze the window."""
    asked_on = []

    class Watched(IdleIntegrityCheck):
        def due(self) -> bool:
            asked_on.append(QThread.currentThread())
            return super().due()

    verify(filled_archive, Actor("测试准备"))  # a fresh check: none is due
    idle = Watched(filled_archive, idle_minutes=0, poll_ms=60_000)
    started = []
    idle.checkStarted.connect(lambda: started.append(True))
    idle.tick()
    # The worker may already have asked by now (fast machines); where it asked is what counts.
    qtbot.waitUntil(lambda: idle.job is None, timeout=30_000)
    assert len(asked_on) == 1
    assert asked_on[0] is not QApplication.instance().thread()  # not on the timer's thread
    assert started == [] and idle.last_report is None
    assert len(rows(filled_archive, IntegrityCheck)) == 1  # nothing ran
    idle.stop()


def test_the_main_window_reminds_of_a_missing_backup_until_one_is_made(qtbot, filled_archive, clerk, dest):
    from evidenceroom.ui.main_window import MainWindow

    window = MainWindow(filled_archive, clerk)
    qtbot.addWidget(window)
    label = window.backup_status.label
    assert "还没有备份" in label.text() and not label.isHidden()
    backup(filled_archive, clerk.actor, dest)
    window.backup_status.refresh()
    assert label.isHidden()
    window.backup_status.idle_check.stop()


def test_a_deleted_vault_file_is_brought_back_from_the_backup_in_settings(qtbot, filled_archive, clerk, dest):
    """SEC-06 as the clerk does it: back up, a vault file is lost, bring it back from the backup."""
    from evidenceroom.core.models import Recording
    from sqlalchemy import select

    backup(filled_archive, clerk.actor, dest)
    with filled_archive.session() as s:
        sha = s.scalars(select(Recording.sha256).order_by(Recording.id)).first()
    filled_archive.vault.path_for(sha).unlink()
    section = BackupSection(filled_archive, clerk)
    qtbot.addWidget(section)
    section.destination.setText(str(dest))
    with qtbot.waitSignal(section.backupFinished, timeout=60_000):
        qtbot.mouseClick(section.repair_button, Qt.MouseButton.LeftButton)
    assert "已从备份找回 1 个文件" in section.result.text()
    assert filled_archive.vault.path_for(sha).is_file()
    assert verify(filled_archive, clerk.actor).ok


def test_closing_the_window_is_held_while_a_backup_runs(qtbot, filled_archive, clerk, dest, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from evidenceroom.ui.main_window import MainWindow

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window = MainWindow(filled_archive, clerk)
    qtbot.addWidget(window)
    window.show()
    section = window.findChild(BackupSection)
    section.destination.setText(str(dest))
    with qtbot.waitSignal(section.backupFinished, timeout=60_000):
        section.start_backup()
        window.close()
        assert window.isVisible() and told and "备份尚未完成" in told[0]
    assert window.backup_status.idle_check.timer.isActive()
    window.close()
    assert not window.isVisible()
    assert not window.backup_status.idle_check.timer.isActive()


def test_checking_the_backup_in_settings_names_a_file_gone_from_the_backup_drive(qtbot, filled_archive, clerk, dest):
    backup(filled_archive, clerk.actor, dest)
    section = BackupSection(filled_archive, clerk)
    qtbot.addWidget(section)
    section.destination.setText(str(dest))
    with qtbot.waitSignal(section.backupFinished, timeout=60_000):
        qtbot.mouseClick(section.check_button, Qt.MouseButton.LeftButton)
    assert "备份完好" in section.result.text()
    gone = next(p for p in (dest / "vault" / "objects").rglob("*") if p.is_file())
    gone.unlink()
    with qtbot.waitSignal(section.backupFinished, timeout=60_000):
        qtbot.mouseClick(section.check_button, Qt.MouseButton.LeftButton)
    assert "1 个文件缺失" in section.result.text() and gone.name in section.result.text()


def test_the_idle_backup_runs_only_into_this_archives_backup_folder_when_due(qtbot, filled_archive, clerk, dest, rows,
                                                                               tmp_path):
    from PySide6.QtCore import QSettings

    from evidenceroom.ui.backup.backup_section import DESTINATION_KEY
    from evidenceroom.ui.backup.idle_backup import IdleBackup

    idle = IdleBackup(filled_archive, idle_minutes=0, poll_ms=60_000)
    QSettings().setValue(DESTINATION_KEY, str(tmp_path / "新文件夹"))
    assert not idle.due()  # never written to unattended: not yet this archive's backup
    backup(filled_archive, clerk.actor, dest)
    QSettings().setValue(DESTINATION_KEY, str(dest))
    assert not idle.due()  # the backup is fresh
    from datetime import timedelta

    from sqlalchemy import update

    made = rows(filled_archive, BackupRun)[-1].finished_at
    with filled_archive.transaction() as s:  # as if it had been made nine days ago
        s.execute(update(BackupRun).values(finished_at=made - timedelta(days=9)))
    assert idle.due()
    with qtbot.waitSignal(idle.checkFinished, timeout=60_000) as done:
        idle.tick()
    assert done.args[0].ok
    runs = rows(filled_archive, BackupRun)
    assert runs[-1].status == "ok" and runs[-1].actor_name.startswith("EvidenceRoom")
    qtbot.waitUntil(lambda: idle.job is None, timeout=30_000)
    idle.tick()  # the backup just made is fresh: the next tick finds nothing due, on the worker
    qtbot.waitUntil(lambda: idle.job is None, timeout=30_000)
    assert len(rows(filled_archive, BackupRun)) == len(runs)
    idle.stop()


def test_a_section_closed_mid_backup_cancels_it_and_leaves_no_run_open(qtbot, filled_archive, clerk, dest, rows):
    from evidenceroom.ui import workers

    section = BackupSection(filled_archive, clerk)
    section.destination.setText(str(dest))
    section.start_backup()
    assert section.is_running()
    job = section.job
    section.deleteLater()  # the settings page went away mid-run
    qtbot.waitUntil(lambda: job.abandoned, timeout=5000)
    qtbot.waitUntil(lambda: not workers.running_jobs(), timeout=60_000)
    # The run was cancelled, or had finished whole; never left "running".
    assert rows(filled_archive, BackupRun)[-1].status in ("cancelled", "ok")


def test_the_idle_backup_runs_when_due_beside_an_idle_check_that_is_not(qtbot, filled_archive, clerk, dest, rows):
    """As the window wires them: both timers fire together; the check's quick "is one due?" must
    not keep the backup from its turn, tick after tick."""
    from datetime import timedelta

    from PySide6.QtCore import QSettings
    from sqlalchemy import update

    from evidenceroom.ui.backup.backup_section import DESTINATION_KEY
    from evidenceroom.ui.backup.idle_backup import IdleBackup

    verify(filled_archive, clerk.actor)  # no check due
    backup(filled_archive, clerk.actor, dest)
    QSettings().setValue(DESTINATION_KEY, str(dest))
    made = rows(filled_archive, BackupRun)[-1].finished_at
    with filled_archive.transaction() as s:  # a backup is due
        s.execute(update(BackupRun).values(finished_at=made - timedelta(days=9)))
    check = IdleIntegrityCheck(filled_archive, idle_minutes=0, poll_ms=40)
    idle_backup = IdleBackup(filled_archive, idle_minutes=0, poll_ms=40, waits_for=check)
    check.waits_for = idle_backup
    try:
        with qtbot.waitSignal(idle_backup.checkFinished, timeout=20_000) as done:
            pass
        assert done.args[0].ok
    finally:
        check.stop()
        idle_backup.stop()
    assert len(rows(filled_archive, IntegrityCheck)) == 1


def test_the_idle_check_and_the_idle_backup_never_run_at_once(qtbot, filled_archive, clerk, dest, rows):
    from datetime import timedelta

    from PySide6.QtCore import QSettings
    from sqlalchemy import update

    from evidenceroom.ui.backup.backup_section import DESTINATION_KEY
    from evidenceroom.ui.backup.idle_backup import IdleBackup

    spans = []

    def timed(cls):
        class Timed(cls):
            def _job(self, progress, cancel):
                began = time.monotonic()
                try:
                    return super()._job(progress, cancel)
                finally:
                    spans.append((cls.__name__, began, time.monotonic()))
        return Timed

    backup(filled_archive, clerk.actor, dest)  # no integrity check yet: one is due
    QSettings().setValue(DESTINATION_KEY, str(dest))
    made = rows(filled_archive, BackupRun)[-1].finished_at
    with filled_archive.transaction() as s:  # and a backup is due
        s.execute(update(BackupRun).values(finished_at=made - timedelta(days=9)))
    check = timed(IdleIntegrityCheck)(filled_archive, idle_minutes=0, poll_ms=20)
    idle_backup = timed(IdleBackup)(filled_archive, idle_minutes=0, poll_ms=20, waits_for=check)
    check.waits_for = idle_backup
    try:
        qtbot.waitUntil(lambda: check.last_report is not None and idle_backup.last_report is not None,
                        timeout=30_000)
    finally:
        check.stop()
        idle_backup.stop()
    assert sorted(name for name, *_ in spans) == ["IdleBackup", "IdleIntegrityCheck"]
    (_, _, first_end), (_, second_start, _) = sorted(spans, key=lambda s: s[1])
    assert first_end <= second_start

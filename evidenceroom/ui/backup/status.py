"""What the main window shows of backups and checks: a reminder in the status bar when the last
good backup is older than the profile allows, or when the last integrity check found problems;
and the idle-time integrity check, started with the window."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from evidenceroom.core import backup as backups
from evidenceroom.core import integrity
from evidenceroom.ui.backup.idle_check import IdleIntegrityCheck


class BackupStatus(QObject):
    def __init__(self, window: QMainWindow, idle_minutes: float | None = None):
        super().__init__(window)
        self.window = window
        self.archive = window.archive
        self.label = QLabel()
        self.label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.label.setAccessibleName(self.tr("备份与校验提醒"))
        window.statusBar().addWidget(self.label)
        kwargs = {} if idle_minutes is None else {"idle_minutes": idle_minutes}
        self.idle_check = IdleIntegrityCheck(self.archive, self, **kwargs)
        self.idle_check.checkFinished.connect(lambda _report: self.refresh())
        from evidenceroom.ui.backup.idle_backup import IdleBackup

        self.idle_backup = IdleBackup(self.archive, self, waits_for=self.idle_check, **kwargs)
        self.idle_check.waits_for = self.idle_backup  # one long job at a time: the disk is shared
        self.idle_backup.checkFinished.connect(lambda _report: self.refresh())
        # The reminder can fall due while the window stays open all day.
        self.timer = QTimer(self)
        self.timer.setInterval(30 * 60_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        window.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            from evidenceroom.ui.backup.backup_section import BackupSection

            if any(s.is_running() for s in self.window.findChildren(BackupSection)):
                QMessageBox.information(self.window, self.tr("正在备份"),
                                        self.tr("备份尚未完成。请等待完成或先取消备份，再关闭窗口。"))
                event.ignore()
                return True
            self.idle_check.stop()
            self.idle_backup.stop()
            # Another part of the window may still refuse the close (an import running).
            QTimer.singleShot(0, self._resume_if_open)
        return False

    def _resume_if_open(self) -> None:
        if self.window.isVisible():
            self.idle_check.timer.start()
            self.idle_backup.timer.start()

    def refresh(self) -> None:
        notes = []
        due = backups.reminder(self.archive)
        if due.due:
            notes.append(str(due.text))
        last = integrity.last_check(self.archive)
        if last is not None and not last.ok:
            notes.append(self.tr("上次完整性校验发现 {0} 个问题，详见“合规”页。").format(last.problem_count))
        self.label.setText("  ".join(notes))
        self.label.setVisible(bool(notes))


def attach(window: QMainWindow) -> BackupStatus:
    """Called once by the main window; refreshed when a backup made in Settings finishes."""
    status = BackupStatus(window)
    from evidenceroom.ui.backup.backup_section import BackupSection

    for section in window.findChildren(BackupSection):
        section.backupFinished.connect(lambda _report: status.refresh())
    return status

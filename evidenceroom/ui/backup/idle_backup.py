"""The backup at idle times: when the last complete backup is older than the profile allows and
the backup drive the clerk last used is plugged in (a folder that already holds this archive's
backup; a new folder is never written to unattended), the backup runs after the same idle spell
as the integrity check, and any input cancels it: the previous backup stays whole and the next
run carries on. A failed run (drive full, say) is not tried again for an hour."""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings

from evidenceroom.core import backup as backups
from evidenceroom.core import backup_manifest as bm
from evidenceroom.core.errors import ArchiveError
from evidenceroom.ui.backup.backup_section import DESTINATION_KEY
from evidenceroom.ui.backup.idle_check import IDLE_MINUTES, IdleIntegrityCheck

RETRY_AFTER_S = 3600


class IdleBackup(IdleIntegrityCheck):
    def __init__(self, archive, parent: QObject | None = None, idle_minutes: float = IDLE_MINUTES,
                 poll_ms: int = 60_000, waits_for: IdleIntegrityCheck | None = None):
        super().__init__(archive, parent, idle_minutes, poll_ms)
        self.waits_for = waits_for  # one long job at a time: the disk is shared
        self._not_before = 0.0

    def destination(self) -> Path | None:
        saved = str(QSettings().value(DESTINATION_KEY, "") or "")
        if not saved:
            runs = backups.recent_runs(self.archive, 1)
            saved = runs[0].destination if runs else ""
        return Path(saved) if saved else None

    def due(self) -> bool:
        if time.monotonic() < self._not_before:
            return False
        if not backups.reminder(self.archive).due:
            return False
        dest = self.destination()
        if dest is None or not (dest / bm.OWNER).is_file():
            return False  # the drive is not plugged in, or was never this archive's backup
        try:
            backups.check_destination(self.archive, dest)
        except ArchiveError:
            return False
        return True

    def _job(self, progress, cancel):
        return backups.backup(self.archive, backups.IDLE_BACKUP_ACTOR, self.destination(), None, cancel)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, backups.BackupFailed):
            self._not_before = time.monotonic() + RETRY_AFTER_S
        super()._failed(exc)

"""The integrity check at idle times (ARC-04): when nobody has touched the keyboard or mouse for a
while and the last check is more than a day old, `verify` runs on a worker thread (whether a check
is due is read there too: the window never waits on the archive for a timer). Any input
cancels it at once (it uses both cores and would slow the clerk's work); it starts again at the
next idle spell. A finished run is recorded and audited by `verify` itself."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from evidenceroom.core import integrity
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.verify import VerifyReport, verify
from evidenceroom.ui.workers import Job

IDLE_MINUTES = 10
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}
ACTOR = Actor("EvidenceRoom（空闲时自动校验）")
# One long idle job at a time (the check, the backup): the disk is shared. Held for the run only,
# not for the quick question whether one is due, so neither keeps the other from its turn.
_ONE_AT_A_TIME = threading.Lock()


class IdleIntegrityCheck(QObject):
    checkStarted = Signal()
    checkFinished = Signal(object)  # the VerifyReport
    checkStopped = Signal()  # cancelled by the user's return, or failed

    def __init__(self, archive: Archive, parent: QObject | None = None, idle_minutes: float = IDLE_MINUTES,
                 poll_ms: int = 60_000):
        super().__init__(parent)
        self.archive = archive
        self.idle_seconds = idle_minutes * 60
        self.job: Job | None = None
        self.working = False  # the run itself is under way, not just the question whether one is due
        self.waits_for: IdleIntegrityCheck | None = None  # another idle job that must not run alongside
        self.last_report: VerifyReport | None = None
        self._last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.tick)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
            if self.job is not None:
                self.job.cancel()
        return False

    def idle_for(self) -> float:
        return time.monotonic() - self._last_input

    def due(self) -> bool:
        """Reads the archive: asked on the worker thread, not by the timer on the UI thread."""
        return integrity.check_due(self.archive)

    def tick(self) -> None:
        other = self.waits_for
        if other is not None and other.working:
            return
        if self.job is None and self.idle_for() >= self.idle_seconds:
            self.job = Job(self._if_due, owner=self)
            self.job.progress.connect(self._started)
            self.job.succeeded.connect(self._finished)
            self.job.failed.connect(self._failed)
            self.job.finished.connect(self._job_done)

    def _if_due(self, progress, cancel):
        """On the worker: the run if one is due and nobody has come back meanwhile, else None."""
        if not self.due() or cancel.is_set():
            return None
        if not _ONE_AT_A_TIME.acquire(blocking=False):
            return None  # the other idle job is running: asked again at a later tick
        try:
            progress(None)  # the run itself starts now
            return self._job(progress, cancel)
        finally:
            _ONE_AT_A_TIME.release()

    def _job(self, progress, cancel) -> VerifyReport:
        return verify(self.archive, ACTOR, None, cancel, trigger="idle")

    def _started(self, _value) -> None:
        self.working = True
        self.checkStarted.emit()

    def _finished(self, report: VerifyReport | None) -> None:
        if report is None:
            return  # nothing was due
        self.last_report = report
        self.checkFinished.emit(report)

    def _failed(self, _exc: Exception) -> None:
        self.checkStopped.emit()

    def _job_done(self) -> None:
        self.job = None  # its thread has ended
        self.working = False

    def stop(self) -> None:
        """Before the window closes: no new runs, and a running one stops (within a block or two)."""
        self.timer.stop()
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

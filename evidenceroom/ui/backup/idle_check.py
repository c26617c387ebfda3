"""The integrity check at idle times (ARC-04): when nobody has touched the keyboard or mouse for a
while and the last check is more than a day old, `verify` runs on a worker thread. Any input
cancels it at once (it uses both cores and would slow the clerk's work); it starts again at the
next idle spell. A finished run is recorded and audited by `verify` itself."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from evidenceroom.core import integrity
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.verify import VerifyReport, verify
from evidenceroom.ui.workers import Worker, start

IDLE_MINUTES = 10
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}
ACTOR = Actor("EvidenceRoom（空闲时自动校验）")


class IdleIntegrityCheck(QObject):
    checkStarted = Signal()
    checkFinished = Signal(object)  # the VerifyReport
    checkStopped = Signal()  # cancelled by the user's return, or failed

    def __init__(self, archive: Archive, parent: QObject | None = None, idle_minutes: float = IDLE_MINUTES,
                 poll_ms: int = 60_000):
        super().__init__(parent)
        self.archive = archive
        self.idle_seconds = idle_minutes * 60
        self.worker: Worker | None = None
        self.thread = None
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
            if self.worker is not None:
                self.worker.cancel_event.set()
        return False

    def idle_for(self) -> float:
        return time.monotonic() - self._last_input

    def due(self) -> bool:
        return integrity.check_due(self.archive)

    def tick(self) -> None:
        other = self.waits_for
        if other is not None and other.worker is not None:
            return
        if self.worker is None and self.idle_for() >= self.idle_seconds and self.due():
            self.worker = Worker(self._job)
            self.worker.succeeded.connect(self._finished)
            self.worker.failed.connect(self._failed)
            self.thread = start(self.worker, self)
            self.thread.finished.connect(self._thread_gone)
            self.checkStarted.emit()

    def _job(self, progress, cancel) -> VerifyReport:
        return verify(self.archive, ACTOR, None, cancel, trigger="idle")

    def _finished(self, report: VerifyReport) -> None:
        self.last_report = report
        self.checkFinished.emit(report)

    def _failed(self, _exc: Exception) -> None:
        self.checkStopped.emit()

    def _thread_gone(self) -> None:
        try:
            if self.thread is not None:
                self.thread.wait()  # `finished` comes just before the thread's very end
        except RuntimeError:
            pass  # already deleted: it had ended
        self.thread = None
        self.worker = None

    def stop(self) -> None:
        """Before the window closes: no new runs, and a running one stops (within a block or two)."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.cancel_event.set()
        if self.thread is not None:
            # The thread's own quit would come through this (blocked) thread's event loop: ask directly.
            self.thread.quit()
            self.thread.wait()

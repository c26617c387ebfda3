"""A core function run off the UI thread, reporting on the UI thread.

`workers.Worker` emits from its own thread. Only slots of objects living on the UI thread are
called there; a plain function or lambda connected to it would run on the worker's thread. `Job`
is that UI-thread object: it relays the worker's signals, so pages can connect anything to it.

A job keeps itself alive until its thread has ended, whatever happens to the page that started
it, so closing a window never destroys a running thread; when the application quits, running
jobs are cancelled and waited for.
"""
from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from evidenceroom.ui import workers

_running: set["Job"] = set()
_quit_hooked = False


def running_jobs() -> list["Job"]:
    return list(_running)


# How long quitting waits for a cancelled job: an import stops after its current chunk, far sooner.
WAIT_MS = 60_000


def cancel_and_wait_all() -> bool:
    """Cancel every running job and wait for its thread; False if one did not end in time."""
    for job in list(_running):
        job.cancel()
    return all([job.wait() for job in list(_running)])


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(cancel_and_wait_all)
        _quit_hooked = True


class Job(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after succeeded or failed

    def __init__(self, fn: Callable[..., Any], *args: Any, owner: QObject | None = None, **kwargs: Any):
        super().__init__()
        _hook_quit()
        if owner is not None:
            # The page that started the job was closed: the job finishes, and reports to nobody.
            owner.destroyed.connect(self.abandon)
        self.running = True
        self.abandoned = False
        worker = workers.Worker(fn, *args, **kwargs)
        self.cancel_event = worker.cancel_event
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.done.connect(self._done)
        self._worker = worker  # kept alive until the thread deletes it
        self._thread = workers.start(worker, self)
        _running.add(self)

    def cancel(self) -> None:
        """Ask the job to stop; it does so at its next check (for an import, after the current chunk)."""
        self.cancel_event.set()

    def abandon(self) -> None:
        """Cancel and report nothing more (the page has moved on)."""
        self.abandoned = True
        self.cancel_event.set()

    def wait(self, timeout_ms: int = WAIT_MS) -> bool:
        """Block until the worker thread has ended, or at most `timeout_ms`; True if it has."""
        thread = self._thread
        if shiboken6.isValid(thread) and thread.isRunning():
            # Ask the thread to quit directly: it then ends as soon as the job has returned.
            thread.quit()
            return thread.wait(timeout_ms)
        return True

    def _progress(self, value: object) -> None:
        if not self.abandoned:
            self.progress.emit(value)

    def _succeeded(self, value: object) -> None:
        if not self.abandoned:
            self.succeeded.emit(value)

    def _failed(self, exc: object) -> None:
        if not self.abandoned:
            self.failed.emit(exc)

    def _done(self) -> None:
        self.running = False
        self.wait()  # the job has returned; its thread ends at once
        if not self.abandoned:
            self.finished.emit()
        # Let go of the job once control is back in the event loop, not inside its own slot.
        QTimer.singleShot(0, lambda: _running.discard(self))

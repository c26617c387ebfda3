"""Long work off the UI thread: a QThread runs a core function and reports back through signals.

The core function receives `progress` (a callable) and `cancel` (a threading.Event). Pages use
`Job`: it lives on the UI thread and relays the worker's signals there, so anything (a lambda
too) connected to it runs where the widgets live and the window never freezes. The thread
machinery below (`_Worker`, `_start`) is private: no page starts a thread of its own.

Every running thread is kept here, not by the page that started it: closing a page or the window
mid-job never destroys a running thread (which would end the program); the job is cancelled and
finishes on its own. On quit, running jobs are cancelled and waited for (bounded).
"""
from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, QThread, QTimer, Signal


class _Worker(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()  # after succeeded or failed, whatever happened

    def __init__(self, job: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self._job = job
        self._args = args
        self._kwargs = kwargs
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self._job(*self._args, progress=self.progress.emit, cancel=self.cancel_event, **self._kwargs)
        except Exception as exc:  # reported to the user by the page that started the job
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()

    def cancel(self) -> None:
        self.cancel_event.set()


# Running jobs, kept alive here rather than by the page that started them: a page closed mid-job
# (or the window) must not destroy a thread that is still running, which would end the program.
_running: set[tuple[QThread, _Worker]] = set()


def _start(worker: _Worker, parent: QObject) -> QThread:
    """Run `worker` on its own thread; thread and worker are cleaned up when it is done.

    If `parent` goes away first, the job is asked to cancel and finishes on its own.
    """
    app = QCoreApplication.instance()
    thread = QThread(app)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit() is thread-safe, and stop_all() waits on the main thread, which a queued call would need.
    worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    job = (thread, worker)
    _running.add(job)
    thread.destroyed.connect(lambda *_: _running.discard(job))
    cancel = worker.cancel_event
    parent.destroyed.connect(lambda *_: cancel.set())
    if app is not None and not getattr(app, "_evidenceroom_stops_jobs", False):
        app.aboutToQuit.connect(stop_all)
        app._evidenceroom_stops_jobs = True  # type: ignore[attr-defined]
    thread.start()
    return thread


def running() -> int:
    return sum(1 for thread, _ in _running if thread.isRunning())


# How long quitting waits for a cancelled job: an import stops after its current chunk, far sooner.
WAIT_MS = 60_000


def stop_all(timeout_ms: int = WAIT_MS) -> bool:
    """Cancel every running job and wait for them (on quit), `timeout_ms` in all, however many
    there are; False if one did not stop in time."""
    jobs = list(_running)
    for _, worker in jobs:
        worker.cancel_event.set()
    deadline = QDeadlineTimer(timeout_ms)
    stopped = True
    for thread, _ in jobs:
        if shiboken6.isValid(thread) and thread.isRunning():
            stopped = thread.wait(deadline) and stopped
    return stopped


# Jobs keep themselves alive here until their thread has ended, whatever happens to their page.
_jobs: set["Job"] = set()


def running_jobs() -> list["Job"]:
    return list(_jobs)


class Job(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after succeeded or failed

    def __init__(self, fn: Callable[..., Any], *args: Any, owner: QObject | None = None, **kwargs: Any):
        super().__init__()
        if owner is not None:
            # The page that started the job was closed: the job finishes, and reports to nobody.
            owner.destroyed.connect(self.abandon)
        self.running = True
        self.abandoned = False
        worker = _Worker(fn, *args, **kwargs)
        self.cancel_event = worker.cancel_event
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.done.connect(self._done)
        self._worker = worker  # kept alive until the thread deletes it
        self._thread = _start(worker, self)
        _jobs.add(self)

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
        QTimer.singleShot(0, lambda: _jobs.discard(self))

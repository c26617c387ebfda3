"""Long work off the UI thread: a QThread runs a core function and reports back through signals.

The core function receives `progress` (a callable) and `cancel` (a threading.Event). Signals are
emitted from the worker thread and delivered on the main thread (queued connections), so the
window never freezes and widgets are only touched where they live.
"""
from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal


class Worker(QObject):
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
_running: set[tuple[QThread, Worker]] = set()


def start(worker: Worker, parent: QObject) -> QThread:
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


def stop_all(timeout_ms: int = 30000) -> bool:
    """Cancel every running job and wait for them (on quit); False if one did not stop in time."""
    jobs = list(_running)
    for _, worker in jobs:
        worker.cancel_event.set()
    return all(thread.wait(timeout_ms) for thread, _ in jobs if thread.isRunning())

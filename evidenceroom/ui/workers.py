"""Long work off the UI thread: a QThread runs a core function and reports back through signals.

The core function receives `progress` (a callable) and `cancel` (a threading.Event). Signals are
emitted from the worker thread and delivered on the main thread (queued connections), so the
window never freezes and widgets are only touched where they live.
"""
from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal


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


def start(worker: Worker, parent: QObject) -> QThread:
    """Run `worker` on its own thread; thread and worker are cleaned up when it is done."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread

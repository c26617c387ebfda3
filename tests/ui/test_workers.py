"""Long jobs outlive the page that started them without ending the program."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from evidenceroom.ui import workers


def _until_cancelled(*, progress, cancel: threading.Event, started: threading.Event) -> str:
    started.set()
    while not cancel.wait(0.01):
        progress(1)
    return "stopped"


def test_closing_the_page_mid_job_cancels_the_job_and_keeps_the_program(qtbot):
    page = QWidget()
    started = threading.Event()
    worker = workers.Worker(_until_cancelled, started=started)
    cancel = worker.cancel_event
    thread = workers.start(worker, page)
    assert started.wait(5)
    page.deleteLater()
    qtbot.waitUntil(lambda: cancel.is_set(), timeout=5000)
    qtbot.waitUntil(lambda: workers.running() == 0, timeout=5000)
    assert thread is not None


def test_stop_all_cancels_and_waits(qtbot):
    page = QWidget()
    started = threading.Event()
    worker = workers.Worker(_until_cancelled, started=started)
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as result:
        workers.start(worker, page)
        assert started.wait(5)
        assert workers.stop_all(5000)
    assert result.args == ["stopped"]
    page.deleteLater()

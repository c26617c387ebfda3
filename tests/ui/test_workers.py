"""Long jobs run off the UI thread, report back on it, and outlive the page that started them
without ending the program; quitting waits for them, but never longer than its bound."""
from __future__ import annotations

import re
import threading
import time
from pathlib import Path

from PySide6.QtCore import QThread, Qt
from PySide6.QtWidgets import QApplication, QWidget

from evidenceroom.ui import workers


def _until_cancelled(*, progress, cancel: threading.Event, started: threading.Event) -> str:
    started.set()
    while not cancel.wait(0.01):
        progress(1)
    return "stopped"


def _deaf(*, progress, cancel: threading.Event, started: threading.Event, release: threading.Event) -> str:
    """A job that does not listen to cancel: it sleeps in small steps until released (at most 5 s)."""
    started.set()
    end = time.monotonic() + 5
    while not release.is_set() and time.monotonic() < end:
        time.sleep(0.02)
    return "late"


def _idle(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.running() == 0 and not workers.running_jobs(), timeout=10_000)


def test_a_job_runs_off_the_ui_thread_and_reports_on_it(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    ran_on, seen = [], []

    def job(n, *, progress, cancel):
        ran_on.append(QThread.currentThread())
        for i in range(n):
            progress(i)
        return n * 2

    job_ = workers.Job(job, 3, owner=page)
    job_.progress.connect(lambda value: seen.append((value, QThread.currentThread())))
    with qtbot.waitSignal(job_.finished, timeout=10_000):
        with qtbot.waitSignal(job_.succeeded, timeout=10_000) as result:
            pass
    main = QApplication.instance().thread()
    assert result.args == [6]
    assert ran_on and ran_on[0] is not main
    assert [v for v, _ in seen] == [0, 1, 2] and all(t is main for _, t in seen)
    assert not job_.running
    _idle(qtbot)


def test_a_failing_job_reports_the_exception_and_finishes(qtbot):
    def job(*, progress, cancel):
        raise OSError("磁盘已满")

    job_ = workers.Job(job)
    with qtbot.waitSignal(job_.finished, timeout=10_000):
        with qtbot.waitSignal(job_.failed, timeout=10_000) as failed:
            pass
    assert isinstance(failed.args[0], OSError) and "磁盘已满" in str(failed.args[0])
    _idle(qtbot)


def test_a_job_whose_page_is_closed_mid_run_reports_nothing_and_its_thread_ends(qtbot):
    page = QWidget()
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show()
    started = threading.Event()
    job = workers.Job(_until_cancelled, owner=page, started=started)
    heard = []
    for signal in (job.progress, job.succeeded, job.failed, job.finished):
        signal.connect(lambda *args, s=signal: heard.append(s))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)  # progress arrives while the page is open
    page.close()  # deleted once control is back in the event loop
    qtbot.waitUntil(lambda: job.abandoned, timeout=5000)
    heard.clear()
    assert job.cancel_event.is_set()
    _idle(qtbot)
    QApplication.processEvents()
    assert heard == [] and not job.running


def test_stop_all_cancels_and_waits(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    started = threading.Event()
    job = workers.Job(_until_cancelled, owner=page, started=started)
    with qtbot.waitSignal(job.succeeded, timeout=5000) as result:
        assert started.wait(5)
        assert workers.stop_all(5000)
    assert result.args == ["stopped"]
    _idle(qtbot)


def test_stop_all_returns_within_its_bound_when_jobs_ignore_cancel(qtbot):
    """The bound is for all jobs together: three deaf jobs do not make quitting wait three times as long."""
    release = threading.Event()
    jobs = []
    for _ in range(3):
        started = threading.Event()
        jobs.append(workers.Job(_deaf, started=started, release=release))
        assert started.wait(5)
    try:
        began = time.monotonic()
        assert not workers.stop_all(400)
        took = time.monotonic() - began
        assert 0.35 <= took < 1.0, took
        assert all(job.cancel_event.is_set() and job.running for job in jobs)
    finally:
        release.set()
    _idle(qtbot)


def test_job_wait_is_bounded(qtbot):
    release = threading.Event()
    started = threading.Event()
    job = workers.Job(_deaf, started=started, release=release)
    assert started.wait(5)
    try:
        began = time.monotonic()
        assert not job.wait(200)
        assert time.monotonic() - began < 1.0
    finally:
        release.set()
    assert job.wait(5000)
    _idle(qtbot)


def test_no_page_starts_a_thread_of_its_own():
    """Every page goes through `Job`; the thread machinery is private to workers.py."""
    ui = Path(workers.__file__).parent
    private = re.compile(r"\b(_Worker|_start|QThread\w*|QRunnable|QtConcurrent|concurrent\.futures|threading\.Thread)\b")
    offenders = [str(p.relative_to(ui)) for p in ui.rglob("*.py")
                 if p.name != "workers.py" and private.search(p.read_text(encoding="utf-8"))]
    assert offenders == []

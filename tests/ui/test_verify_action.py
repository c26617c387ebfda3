"""Verify the archive from the menu: the check runs on a worker with a progress dialog, then says
what it found; cancelling says nothing and records no check."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import func, select

from evidenceroom.core.models.backup import IntegrityCheck
from evidenceroom.ui.verify_action import VerifyRunner


@pytest.fixture
def told(monkeypatch):
    said = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, kind=kind: said.append((kind, args[2])))
    return said


def _checks(archive) -> int:
    with archive.session() as s:
        return s.scalar(select(func.count()).select_from(IntegrityCheck))


def test_verifying_from_the_menu_reports_every_file_consistent(qtbot, filled_archive, clerk, told):
    window = QWidget()
    qtbot.addWidget(window)
    runner = VerifyRunner(filled_archive, clerk, window)
    with qtbot.waitSignal(runner.finished, timeout=60_000) as done:
        runner.start()
        assert runner.dialog is not None and runner.job is not None
        runner.start()  # a second start while one runs is ignored
    report = done.args[0]
    assert report.ok and report.checked == 4 and runner.last_report is report
    assert told and told[0][0] == "information" and "全部 4 个存档文件" in told[0][1]
    assert runner.dialog is None and runner.job is None
    assert _checks(filled_archive) == 1


def test_cancelling_the_check_says_nothing_and_records_nothing(qtbot, filled_archive, clerk, told):
    window = QWidget()
    qtbot.addWidget(window)
    runner = VerifyRunner(filled_archive, clerk, window)
    reports = []
    runner.finished.connect(reports.append)
    runner.start()
    runner.dialog.canceled.emit()  # as the dialog's cancel button does, before the first file is read
    qtbot.waitUntil(lambda: runner.job is None, timeout=60_000)
    assert reports == [] and told == []
    assert _checks(filled_archive) == 0

"""Pieces the compliance tabs share: reading figures off the UI thread, a period picker and filling a
table from rows of text."""
from __future__ import annotations

from datetime import datetime, timedelta

from typing import Any, Callable

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QTableWidget, QWidget

from evidenceroom.ui.imports.common import cell
from evidenceroom.ui.workers import Job


class Loader(QObject):
    """Reads a tab's figures on a worker (a year's activities take a while) and hands them to
    `show` on the UI thread, or the error to `fail`. A newer load supersedes one still running."""

    loaded = Signal()

    def __init__(self, owner: QWidget, read: Callable[..., Any], show: Callable[[Any], object],
                 fail: Callable[[Exception], object]):
        super().__init__(owner)
        self._owner, self._read, self._show, self._fail = owner, read, show, fail
        self.job: Job | None = None

    @property
    def loading(self) -> bool:
        return self.job is not None

    def load(self, *args: Any) -> None:
        if self.job is not None:
            self.job.abandon()  # its figures are for what was asked before
        read = self._read
        self.job = Job(lambda progress, cancel: read(*args), owner=self._owner)
        self.job.succeeded.connect(self._show)
        self.job.failed.connect(self._fail)
        self.job.finished.connect(self._done)

    def _done(self) -> None:
        self.job = None
        self.loaded.emit()


def fill(table: QTableWidget, rows: list[list[str]], right: frozenset[int] = frozenset()) -> None:
    """Replace the table's rows with these texts."""
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.setItem(i, j, cell(text, align_right=j in right))


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


class PeriodPicker(QWidget):
    """From one date to another, both included; gives the unit's local times [start, end)."""

    changed = Signal()

    def __init__(self, days_back: int = 30, parent: QWidget | None = None):
        super().__init__(parent)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-days_back))
        self.date_to = QDateEdit(today)
        label_from = QLabel(self.tr("起始日期(&F)："))
        label_from.setBuddy(self.date_from)
        label_to = QLabel(self.tr("截止日期(&T)："))
        label_to.setBuddy(self.date_to)
        self.date_from.setAccessibleName(self.tr("起始日期"))
        self.date_to.setAccessibleName(self.tr("截止日期"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (label_from, self.date_from, label_to, self.date_to):
            row.addWidget(w)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.changed)

    def bounds(self) -> tuple[datetime, datetime]:
        start = datetime.combine(self.date_from.date().toPython(), datetime.min.time())
        end = datetime.combine(self.date_to.date().toPython(), datetime.min.time()) + timedelta(days=1)
        return start, end

    def set_dates(self, first: QDate, last: QDate) -> None:
        self.date_from.setDate(first)
        self.date_to.setDate(last)

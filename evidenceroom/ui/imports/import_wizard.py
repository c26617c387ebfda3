"""The import page: footage from a body camera, card or folder into the archive, step by step.

1 来源 (a plugged-in device, a folder or a drop) → 2 移交信息 (officers, custodian, device, case,
activity) → 3 文件 (what the source holds) → 4 导入 (off the UI thread, cancellable) → 5 结果.
Every rule lives in the core; this page collects the request, runs it and shows the record.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import lookups
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportReport
from evidenceroom.ui.imports.common import message_label, separator, show_error
from evidenceroom.ui.imports.details_page import DetailsPage
from evidenceroom.ui.imports.files_page import FilesPage
from evidenceroom.ui.imports.result_page import ResultPage
from evidenceroom.ui.imports.run_page import RunPage
from evidenceroom.ui.imports.source_page import SourcePage
from evidenceroom.ui import workers
from evidenceroom.ui.imports.volumes import Volume, removable_volumes

SOURCE, DETAILS, FILES, RUN, RESULT = range(5)


class StepBar(QWidget):
    """The five steps across the top, the current one marked."""

    def __init__(self, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.labels: list[QLabel] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for i, name in enumerate(names):
            if i:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: palette(mid);")
                row.addWidget(arrow)
            label = QLabel(f"{i + 1}  {name}")
            label.setAccessibleName(name)
            self.labels.append(label)
            row.addWidget(label)
        row.addStretch(1)

    def set_current(self, index: int) -> None:
        for i, label in enumerate(self.labels):
            if i == index:
                style = ("QLabel { font-weight: bold; color: white; background: #2f5d8a; border-radius: 10px;"
                         " padding: 3px 12px; }")
            elif i < index:
                style = "QLabel { color: #2f5d8a; padding: 3px 12px; }"
            else:
                style = "QLabel { color: palette(mid); padding: 3px 12px; }"
            label.setStyleSheet(style)


class ImportPage(QWidget):
    """One page of the main window: imports a batch and shows its record.

    `importFinished(batch_id)` is emitted when a batch has ended (finished or cancelled), so other
    pages can refresh. Call `shutdown()` before the window closes: it cancels a running import and
    waits for it to stop after its current chunk, leaving the archive consistent.
    """

    importFinished = Signal(int)

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None,
                 list_volumes: Callable[[], list[Volume]] | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.setAccessibleName(self.tr("导入音像资料"))
        self.report: ImportReport | None = None

        self.steps = StepBar([self.tr("选择来源"), self.tr("移交信息"), self.tr("核对文件"), self.tr("导入"),
                              self.tr("结果")])
        if list_volumes is None:
            def list_volumes() -> list[Volume]:
                return removable_volumes(exclude=[archive.root])
        self.source = SourcePage(list_volumes)
        self.details = DetailsPage(archive, user)
        self.files = FilesPage()
        self.run = RunPage(archive, user)
        self.result = ResultPage(archive, user)

        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        self.stack = QStackedWidget()
        for page in (self.source, details_scroll, self.files, self.run, self.result):
            self.stack.addWidget(page)

        self.nav_message = message_label(self.tr("提示信息"))
        self.back_button = QPushButton(self.tr("上一步(&B)"))
        self.back_button.setAccessibleName(self.tr("上一步"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("下一步(&N)"))
        self.next_button.setAccessibleName(self.tr("下一步"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        for button in (self.back_button, self.next_button):
            button.setMinimumWidth(120)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        nav = QHBoxLayout()
        nav.addWidget(self.nav_message, 1)
        nav.addStretch(0)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        self.nav_bar = QWidget()
        self.nav_bar.setLayout(nav)
        nav.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.steps)
        layout.addWidget(separator())
        layout.addWidget(self.stack, 1)
        self.nav_separator = separator()
        layout.addWidget(self.nav_separator)
        layout.addWidget(self.nav_bar)

        self.source.sourcesChanged.connect(self._sources_chosen)
        self.files.scanFinished.connect(self._scan_finished)
        self.details.changed.connect(lambda: show_error(self.nav_message, ""))
        self.run.succeeded.connect(self._import_done)
        self.run.failed.connect(self._import_failed)
        self.result.againRequested.connect(self.restart)

        self._go(SOURCE)
        self.source.start_watching()

    # --- public -----------------------------------------------------------------------------

    def step(self) -> int:
        return self.stack.currentIndex()

    def is_running(self) -> bool:
        """True while an import is running: the window should not close without `shutdown()`."""
        return self.run.running()

    def set_sources(self, paths: list[Path]) -> None:
        """Start with these files or folders (as a drop onto the main window would)."""
        self.source.set_sources(list(paths))

    def start_hand_in(self, officer_badge: str | None, device_serial: str, activity_id: int | None = None,
                      activity_ended_at: datetime | None = None, activity_kind: str = "") -> bool:
        """Begin a hand-in for a device just returned: officer, device and activity filled in.

        An activity already on record is chosen; otherwise its end time (the 24-hour clock runs
        from it) and description fill the form's new-activity fields. The clerk then picks the
        source (the device's drive) as usual. False, and nothing touched, while an import runs."""
        if self.is_running():
            return False
        self.restart()
        details = self.details
        details.select_officer(officer_badge or "")
        details.select_device(device_serial)
        known = details.activity_combo.findData(activity_id) if activity_id is not None else -1
        if known >= 0:
            details.activity_combo.setCurrentIndex(known)
            return True
        details.activity_combo.setCurrentIndex(0)  # a new activity
        if activity_ended_at is not None:
            details.ended_check.setChecked(True)
            details.ended_edit.setDateTime(QDateTime(activity_ended_at.astimezone().replace(tzinfo=None,
                                                                                            microsecond=0)))
        details.kind_combo.setEditText(activity_kind)
        return True

    def restart(self) -> None:
        """Back to the first step for the next hand-in."""
        self.files.stop()
        self.source.set_sources([])
        self.details.reset()
        self.report = None
        self._go(SOURCE)

    def shutdown(self) -> None:
        """Stop polling, abandon a scan, cancel a running import, and wait for their threads."""
        self.source.stop_watching()
        self.files.stop()
        self.run.cancel()
        workers.stop_all()

    # --- moving between steps ---------------------------------------------------------------

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.steps.set_current(index)
        show_error(self.nav_message, "")
        if index == DETAILS:
            self.details.reload()
            self._update_source_summary()
        self._update_nav()
        focus = {SOURCE: self.source.volume_table, DETAILS: self.details.officer_combo,
                 FILES: self.files.table, RUN: self.run.cancel_button, RESULT: self.result.again_button}[index]
        focus.setFocus()

    def _update_nav(self) -> None:
        index = self.step()
        self.nav_bar.setVisible(index not in (RUN, RESULT) or self._run_failed())
        self.nav_separator.setVisible(self.nav_bar.isVisibleTo(self))
        self.back_button.setEnabled(index != SOURCE)
        if index == FILES:
            self.next_button.setText(self.tr("开始导入(&S)"))
            self.next_button.setAccessibleName(self.tr("开始导入"))
            files = self.files.files()
            self.next_button.setEnabled(bool(files))
        elif index == RUN:
            self.next_button.setText(self.tr("下一步(&N)"))
            self.next_button.setEnabled(False)
        else:
            self.next_button.setText(self.tr("下一步(&N)"))
            self.next_button.setAccessibleName(self.tr("下一步"))
            self.next_button.setEnabled(index != SOURCE or bool(self.source.sources()))

    def _run_failed(self) -> bool:
        return self.step() == RUN and not self.run.running() and self.run.error.isVisibleTo(self.run)

    def go_back(self) -> None:
        index = self.step()
        if index == RUN:
            self._go(DETAILS)
        elif index > SOURCE:
            self._go(index - 1)

    def go_next(self) -> None:
        index = self.step()
        if index == SOURCE:
            if not self.source.sources():
                show_error(self.nav_message, self.tr("请先选择要导入的磁盘、文件夹或文件。"))
                return
            self._go(DETAILS)
        elif index == DETAILS:
            if self.details.validate():
                self._go(FILES)
        elif index == FILES:
            self.start_import()

    def start_import(self) -> None:
        if not self.details.validate():
            self._go(DETAILS)
            return
        request = self.details.request(self.source.sources())
        self._go(RUN)
        self.run.start(request)
        self._update_nav()

    # --- reactions --------------------------------------------------------------------------

    def _sources_chosen(self, paths: list[Path]) -> None:
        self.files.scan(paths)
        self._update_source_summary()
        if paths and self.step() == SOURCE:
            self._go(DETAILS)
        else:
            self._update_nav()

    def _scan_finished(self) -> None:
        self._update_source_summary()
        self._update_nav()

    def _update_source_summary(self) -> None:
        sources = self.source.sources()
        if not sources:
            self.details.source_summary.setText("")
            return
        where = self.tr("；").join(str(p) for p in sources)
        self.details.source_summary.setText(self.tr("来源：%1").replace("%1", where) + "\n"
                                            + self.files.summary())

    def _import_done(self, report: ImportReport) -> None:
        self.report = report
        try:
            summary = lookups.batch_summary(self.archive, report.batch_id)
        except ArchiveError as exc:
            show_error(self.run.error, str(exc))
            self._update_nav()
            return
        self.result.show_batch(summary)
        self._go(RESULT)
        self.importFinished.emit(report.batch_id)

    def _import_failed(self, exc: Exception) -> None:
        self._update_nav()
        self.back_button.setFocus()

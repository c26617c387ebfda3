"""The archive browser: find recordings by case, person, device, date, hand-in status or file
name, and see everything about the one selected.

Nothing here changes, copies, moves or exports an original (ARC-03, SEC-05): the tables cannot be
dragged from or edited and have no context menu; opening a recording hands its id to the review
pane.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import catalog, retention
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.catalog import RecordingFilter
from evidenceroom.ui.archive.case_model import CaseTableModel
from evidenceroom.ui.archive.detail_panel import RecordingDetailPanel
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.archive.recording_model import RecordingTableModel

SEARCH_DELAY_MS = 250


def _read_only_table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setDragEnabled(False)
    table.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrow keys move within it
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setSectionsMovable(False)
    return table


class ArchivePage(QWidget):
    """The archive page of the main window.

    Signals carry recording ids: `recordingActivated` when one is opened (double-click or Enter),
    `selectionChanged` when another one is selected (0 when none is).
    """

    recordingActivated = Signal(int)
    activityTimelineRequested = Signal(int)  # an activity id: show its files on one timeline (ARC-08)
    selectionChanged = Signal(int)

    def __init__(self, archive, user: SignedIn, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self._case_id: int | None = None  # the case whose recordings are listed; None: all
        self._selecting_case = False
        facets = catalog.facets(archive)
        self.display = DisplayFormat(facets.timezone, self)
        self._build_filters()
        self._build_tables()
        self._build_layout()
        self._fill_facets(facets)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._connect()
        self._reload_all(totals=True)

    # --- building ---------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("案号、案件名称、取证人员、执法证号或文件名"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("搜索"))
        self.search_label = QLabel(self.tr("搜索(&S)"))
        self.search_label.setBuddy(self.search)

        self.late_only = QCheckBox(self.tr("仅逾期(&O)"))
        self.late_only.setAccessibleName(self.tr("仅显示逾期移交的资料"))
        self.unfiled = QCheckBox(self.tr("未归案(&U)"))
        self.unfiled.setAccessibleName(self.tr("仅显示未归案的资料"))

        self.use_dates = QCheckBox(self.tr("拍摄日期(&D)"))
        self.use_dates.setAccessibleName(self.tr("按拍摄日期筛选"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, self.tr("拍摄日期起")), (self.date_to, self.tr("拍摄日期止"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.from_label = QLabel(self.tr("从(&F)"))
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel(self.tr("至(&T)"))
        self.to_label.setBuddy(self.date_to)

        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("取证人员"))
        self.officer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.officer.setMinimumContentsLength(10)
        self.officer_label = QLabel(self.tr("取证人员(&P)"))
        self.officer_label.setBuddy(self.officer)
        self.device = QComboBox()
        self.device.setAccessibleName(self.tr("设备"))
        self.device.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device.setMinimumContentsLength(10)
        self.device_label = QLabel(self.tr("设备(&E)"))
        self.device_label.setBuddy(self.device)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("分类"))
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(8)
        self.category_label = QLabel(self.tr("分类(&G)"))
        self.category_label.setBuddy(self.category)

        self.clear_button = QPushButton(self.tr("清除筛选(&X)"))
        self.clear_button.setAccessibleName(self.tr("清除全部筛选条件"))
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.setAccessibleName(self.tr("刷新档案列表"))

    def _build_tables(self) -> None:
        self.cases = CaseTableModel(self.archive, self.display, self)
        self.case_table = _read_only_table(self.tr("案件列表"))
        self.case_table.setModel(self.cases)
        self.case_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.case_table.setSortingEnabled(True)
        self.case_label = QLabel(self.tr("案件(&C)"))
        self.case_label.setBuddy(self.case_table)
        self.case_summary = QLabel()
        self.case_summary.setAccessibleName(self.tr("案件数"))

        self.recordings = RecordingTableModel(self.archive, self.display, self)
        self.recording_table = _read_only_table(self.tr("录音录像资料列表"))
        self.recording_table.setModel(self.recordings)
        self.recording_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.recording_table.setSortingEnabled(True)
        self.recording_table.installEventFilter(self)
        self.recording_label = QLabel(self.tr("录音录像资料(&L)"))
        self.recording_label.setBuddy(self.recording_table)
        self.recording_summary = QLabel()
        self.recording_summary.setAccessibleName(self.tr("资料数"))

        self.detail = RecordingDetailPanel(self.display, self)
        self.detail.chain_report_requested.connect(lambda rid: self.print_chain_report(rid))
        self.detail.activity_timeline_requested.connect(self.activityTimelineRequested)
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths from typical values in the table's own fonts, so that a 1366-pixel screen shows
        every column beside the detail panel; longer values are elided, with a tooltip."""
        table = self.recording_table
        plain = table.fontMetrics()
        mono = QFontMetrics(self.recordings.mono_font())
        pad = 10
        samples = ("2026-11-28 09:30:12", "0:00:00", "张伟（13030001）", "DSJ-V9-0007", "现场检查 ·",
                   "20261128_093012_0001.MP4", "888.8 MB", None, "逾期 88 小时", "秦水罚〔2026〕31号")
        header = table.horizontalHeader()
        for column, sample in enumerate(samples):
            width = mono.horizontalAdvance("0" * 12) if sample is None else plain.horizontalAdvance(sample)
            header.resizeSection(column, max(width + pad, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        em = plain.horizontalAdvance("中")
        header = self.case_table.horizontalHeader()
        header.resizeSection(0, plain.horizontalAdvance("秦水责改〔2026〕12345号") + pad)
        for column, width in ((2, em * 5), (3, em * 6), (4, em * 4 + pad), (5, em * 4 + pad)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _build_layout(self) -> None:
        # Three short rows rather than one long one: beside the review pane the page is narrow.
        first = QHBoxLayout()
        first.addWidget(self.search_label)
        first.addWidget(self.search, 1)
        first.addSpacing(8)
        first.addWidget(self.late_only)
        first.addWidget(self.unfiled)
        first.addSpacing(8)
        first.addWidget(self.refresh_button)
        second = QHBoxLayout()
        for label, combo in ((self.officer_label, self.officer), (self.device_label, self.device),
                             (self.category_label, self.category)):
            if label is not self.officer_label:
                second.addSpacing(12)
            second.addWidget(label)
            second.addWidget(combo, 1)
            combo.setMaximumWidth(combo.fontMetrics().horizontalAdvance("中") * 16)
        second.addStretch(1)
        third = QHBoxLayout()
        third.addWidget(self.use_dates)
        third.addWidget(self.from_label)
        third.addWidget(self.date_from)
        third.addWidget(self.to_label)
        third.addWidget(self.date_to)
        third.addStretch(1)
        third.addWidget(self.clear_button)

        cases_box = QWidget()
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addLayout(self._heading(self.case_label, self.case_summary))
        cases_layout.addWidget(self.case_table)
        recordings_box = QWidget()
        recordings_layout = QVBoxLayout(recordings_box)
        recordings_layout.setContentsMargins(0, 0, 0, 0)
        recordings_layout.addLayout(self._heading(self.recording_label, self.recording_summary))
        recordings_layout.addWidget(self.recording_table)

        self.lists_split = QSplitter(Qt.Orientation.Vertical)
        self.lists_split.setObjectName("archiveListsSplit")
        self.lists_split.addWidget(cases_box)
        self.lists_split.addWidget(recordings_box)
        self.lists_split.setStretchFactor(0, 2)
        self.lists_split.setStretchFactor(1, 3)
        self.lists_split.setChildrenCollapsible(False)
        self.detail_split = QSplitter(Qt.Orientation.Horizontal)
        self.detail_split.setObjectName("archiveDetailSplit")
        self.detail_split.addWidget(self.lists_split)
        self.detail_split.addWidget(self.detail)
        self.detail_split.setStretchFactor(0, 1)
        self.detail_split.setStretchFactor(1, 0)
        self.detail_split.setSizes([1000, self.detail.sizeHint().width()])

        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addLayout(third)
        layout.addWidget(self.detail_split, 1)

        for a, b in ((self.search, self.late_only), (self.late_only, self.unfiled),
                     (self.unfiled, self.refresh_button), (self.refresh_button, self.officer),
                     (self.officer, self.device), (self.device, self.category), (self.category, self.use_dates),
                     (self.use_dates, self.date_from), (self.date_from, self.date_to),
                     (self.date_to, self.clear_button), (self.clear_button, self.case_table),
                     (self.case_table, self.recording_table), (self.recording_table, self.detail.sha256),
                     (self.detail.sha256, self.detail.history), (self.detail.history, self.detail.chain_button),
                     (self.detail.chain_button, self.detail.timeline_button)):
            QWidget.setTabOrder(a, b)

    def print_chain_report(self, recording_id: int, target=None, open_after: bool = True):
        """The recording's chain of custody (RPT-09) as a PDF, written on a worker, opened for printing; audited."""
        from evidenceroom.ui.reports import print_chain_report

        return print_chain_report(self, self.archive, self.user, recording_id, self.detail.report_message,
                                  self.detail.chain_button, target, open_after)

    @staticmethod
    def _heading(label: QLabel, summary: QLabel) -> QHBoxLayout:
        label.setStyleSheet("font-weight: 600;")
        summary.setStyleSheet("color: #555555;")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(summary)
        row.addStretch(1)
        return row

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        for box in (self.late_only, self.unfiled, self.use_dates):
            box.toggled.connect(self._filters_changed)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.date_from.dateChanged.connect(self._filters_changed)
        self.date_to.dateChanged.connect(self._filters_changed)
        self.officer.currentIndexChanged.connect(self._filters_changed)
        self.device.currentIndexChanged.connect(self._filters_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.refresh_button.clicked.connect(self.refresh)
        self.case_table.selectionModel().currentRowChanged.connect(self._case_selected)
        self.recording_table.selectionModel().currentRowChanged.connect(self._recording_selected)
        self.recording_table.doubleClicked.connect(self._open)
        self.recordings.modelReset.connect(self._recordings_reset)
        self.recordings.rowsInserted.connect(lambda *_: self._show_recording_summary())
        self.cases.modelReset.connect(self._cases_reset)
        self.cases.rowsInserted.connect(lambda *_: self._show_case_summary())

    def _fill_facets(self, facets: catalog.Facets) -> None:
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("全部分类"), None)
        for name in facets.categories:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(keep)) if keep is not None else 0)
        self.category.blockSignals(False)
        for combo, everyone, choices in ((self.officer, self.tr("全部人员"), facets.officers),
                                         (self.device, self.tr("全部设备"), facets.devices)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for c in choices:
                combo.addItem(self.tr("{0}（{1}）").format(c.label, c.detail) if c.detail else c.label, c.id)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
            combo.blockSignals(False)

    # --- what the user asks for -------------------------------------------------------------

    def current_filter(self) -> RecordingFilter:
        dates: tuple[date | None, date | None] = (None, None)
        if self.use_dates.isChecked():
            dates = (self.date_from.date().toPython(), self.date_to.date().toPython())
        return RecordingFilter(
            text=self.search.text().strip(), date_from=dates[0], date_to=dates[1],
            officer_id=self.officer.currentData(), device_id=self.device.currentData(),
            late_only=self.late_only.isChecked(), unfiled=self.unfiled.isChecked(), case_id=self._case_id,
            category=self.category.currentData(), timezone=self.display.timezone)

    @Slot()
    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if text != self.cases.text:
            self._reload_cases()
        self._reload_recordings()

    def _filters_changed(self, *_args) -> None:
        self._reload_recordings()

    def _category_changed(self, *_args) -> None:
        self._reload_cases()
        self._reload_recordings()

    @Slot()
    def clear_filters(self) -> None:
        widgets = (self.search, self.late_only, self.unfiled, self.use_dates, self.officer, self.device,
                   self.category)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.late_only.setChecked(False)
        self.unfiled.setChecked(False)
        self.use_dates.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.officer.setCurrentIndex(0)
        self.device.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self._case_id = None
        self._reload_cases()
        self._reload_recordings()

    @Slot()
    def refresh(self) -> None:
        """Read everything again (after an import, or when another window changed the archive)."""
        self._fill_facets(catalog.facets(self.archive))
        self._reload_all(totals=True)

    def _reload_all(self, totals: bool = False) -> None:
        self._reload_cases(totals)
        self._reload_recordings()

    def _reload_cases(self, totals: bool = False) -> None:
        """Re-read the cases for the search text; a selected case no longer listed is let go."""
        self.cases.set_search(self.search.text().strip(), self.category.currentData(), totals)
        if self.cases.row_of(self._case_id) < 0:
            self._case_id = None
            self._select_case_row(CaseTableModel.ALL_ROW)

    @Slot()
    def _cases_reset(self) -> None:
        row = self.cases.row_of(self._case_id)
        if row >= 0:
            self._select_case_row(row)
        self._show_case_summary()

    def _select_case_row(self, row: int) -> None:
        self._selecting_case = True
        try:
            self.case_table.selectionModel().setCurrentIndex(
                self.cases.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._selecting_case = False

    def _reload_recordings(self) -> None:
        keep = self.selected_recording_id()
        self.recordings.set_filter(self.current_filter())
        row = self.recordings.row_of(keep) if keep else -1
        if row >= 0:
            self.recording_table.selectRow(row)

    # --- selection --------------------------------------------------------------------------

    def _case_selected(self, current, _previous) -> None:
        if self._selecting_case:
            return
        case = self.cases.case_at(current.row()) if current.isValid() else None
        case_id = case.id if case else None
        if case_id != self._case_id:
            self._case_id = case_id
            self._reload_recordings()

    def _recording_selected(self, current, _previous) -> None:
        rec = self.recordings.recording_at(current.row()) if current.isValid() else None
        self._show_detail(rec.id if rec else None)

    @Slot()
    def _recordings_reset(self) -> None:
        self._show_recording_summary()
        if not self.recording_table.selectionModel().currentIndex().isValid():
            self._show_detail(None)

    def _show_detail(self, recording_id: int | None) -> None:
        if recording_id == self.detail.recording_id:
            return
        self.detail.show_recording(catalog.recording_detail(self.archive, recording_id)
                                   if recording_id is not None else None)
        if recording_id is not None:
            self.detail.show_retention(*(str(t) for t in retention.line(self.archive, recording_id)))
        self.selectionChanged.emit(recording_id or 0)

    def selected_recording_id(self) -> int | None:
        index = self.recording_table.selectionModel().currentIndex()
        rec = self.recordings.recording_at(index.row()) if index.isValid() else None
        return rec.id if rec else None

    def select_recording(self, recording_id: int) -> bool:
        """Select a recording if it is among the rows read so far."""
        row = self.recordings.row_of(recording_id)
        if row >= 0:
            self.recording_table.selectRow(row)
            self.recording_table.scrollTo(self.recordings.index(row, 0))
        return row >= 0

    def _open(self, index) -> None:
        rec = self.recordings.recording_at(index.row()) if index.isValid() else None
        if rec is not None:
            self.recordingActivated.emit(rec.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.recording_table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open(self.recording_table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # --- summaries --------------------------------------------------------------------------

    def _show_recording_summary(self) -> None:
        n, exact = self.recordings.matching()
        if exact:
            self.recording_summary.setText(self.tr("共 {0} 条").format(f"{n:,}"))
        else:
            self.recording_summary.setText(self.tr("{0} 条以上").format(f"{n:,}"))

    def _show_case_summary(self) -> None:
        self.case_summary.setText(self.tr("共 {0} 件").format(f"{self.cases.case_count():,}"))

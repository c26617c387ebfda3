"""The recordings table: a page at a time from the catalog as the view scrolls, sorted by the
database on any column."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase

from evidenceroom.core import catalog
from evidenceroom.core.catalog import RecordingFilter, RecordingRow
from evidenceroom.core.models import DeadlineStatus
from evidenceroom.ui.archive.read_only_model import ReadOnlyTableModel
from evidenceroom.ui.formatting import DisplayFormat

FETCH = 200  # rows read per fetchMore
COUNT_CAP = 1_000  # a broad search's matches are counted up to this many

LATE_COLOUR = QColor("#b3261e")
MUTED_COLOUR = QColor("#6b6b6b")

# Column order of the table, with the catalog's sort key for each.
COLUMNS = ("recorded_at", "duration", "officer", "device", "activity", "file_name", "size", "sha256",
           "deadline", "case_no")
RIGHT_ALIGNED = {"duration", "size"}

Index = QModelIndex | QPersistentModelIndex


class RecordingTableModel(ReadOnlyTableModel):
    columns = COLUMNS
    right_aligned = frozenset(RIGHT_ALIGNED)

    def __init__(self, archive, display: DisplayFormat, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.display = display
        self._filter = RecordingFilter(timezone=display.timezone)
        self._selection: catalog.Selection | None = None
        self._sort_key = "recorded_at"
        self._descending = True
        self._rows: list[RecordingRow] = []
        self._texts: list[tuple[str, ...] | None] = []  # each row's cells, formatted when first shown
        self._complete = True
        self._count: tuple[int, bool] | None = None
        self._headers = (self.tr("拍摄时间"), self.tr("时长"), self.tr("取证人员"), self.tr("设备"),
                         self.tr("执法活动"), self.tr("文件名"), self.tr("大小"), self.tr("SHA-256"),
                         self.tr("移交状态"), self.tr("案号"))
        self._italic = QFont()
        self._italic.setItalic(True)
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def mono_font(self) -> QFont:
        return self._mono

    # --- what to show ---------------------------------------------------------------------

    @property
    def filter(self) -> RecordingFilter:
        return self._filter

    def set_filter(self, flt: RecordingFilter) -> None:
        self._filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "recorded_at"
        descending = order == Qt.SortOrder.DescendingOrder if 0 <= column < len(COLUMNS) else True
        if (key, descending) == (self._sort_key, self._descending) and self._rows:
            return
        self._sort_key, self._descending = key, descending
        self.reload()

    def reload(self) -> None:
        """Read the first page again (after a filter or sort change, or new imports)."""
        self.beginResetModel()
        self._selection = catalog.select_recordings(self.archive, self._filter)
        self._rows = catalog.recording_rows(self.archive, self._selection, self._sort_key, self._descending,
                                            0, FETCH)
        self._texts = [None] * len(self._rows)
        self._complete = len(self._rows) < FETCH
        self._count = None
        self.endResetModel()

    def matching(self) -> tuple[int, bool]:
        """How many recordings the filter matches, and whether that is exact (else: at least)."""
        if self._count is None:
            if self._complete:
                self._count = (len(self._rows), True)
            else:
                cap = COUNT_CAP if self._selection.broad else None
                n = catalog.recording_count(self.archive, self._selection, at_most=cap)
                self._count = (n, cap is None or n < cap)
        return self._count

    # --- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._complete:
            return
        more = catalog.recording_rows(self.archive, self._selection, self._sort_key, self._descending,
                                      len(self._rows), FETCH, after=self._rows[-1] if self._rows else None)
        self._complete = len(more) < FETCH
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self._texts.extend([None] * len(more))
            self.endInsertRows()

    # --- lookups for the page -------------------------------------------------------------

    def recording_at(self, row: int) -> RecordingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, recording_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == recording_id:
                return i
        return -1

    # --- the model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        rec = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            texts = self._texts[index.row()]
            if texts is None:
                texts = self._texts[index.row()] = tuple(self._text(rec, c) for c in COLUMNS)
            return texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(rec, column)
        if role == Qt.ItemDataRole.UserRole:
            return rec.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "deadline" and rec.deadline_status == DeadlineStatus.LATE.value:
                return QBrush(LATE_COLOUR)
            if column == "file_name" and rec.damaged:
                return QBrush(LATE_COLOUR)
            if rec.disposed:
                return QBrush(MUTED_COLOUR)
            if column == "case_no" and rec.case_no is None:
                return QBrush(MUTED_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            if column == "case_no" and rec.case_no is None:
                return self._italic
            if column == "sha256":
                return self._mono
        return None

    def _text(self, rec: RecordingRow, column: str) -> str:
        d = self.display
        if column == "recorded_at":
            return d.local_time(rec.recorded_at)
        if column == "duration":
            return d.duration(rec.duration_ms) if rec.duration_ms is not None else "—"
        if column == "officer":
            return d.officer(rec.officer_name, rec.officer_badge)
        if column == "device":
            return rec.device_serial or ""
        if column == "activity":
            return d.activity(rec.activity_kind, rec.activity_place)
        if column == "file_name":
            if rec.disposed:
                return self.tr("{0}（已清除）").format(rec.original_name)
            return self.tr("{0}（已损坏）").format(rec.original_name) if rec.damaged else rec.original_name
        if column == "size":
            return d.size(rec.size)
        if column == "sha256":
            return rec.sha256[:12]
        if column == "deadline":
            return d.deadline(rec.deadline_status, rec.late_by_seconds)
        if column == "case_no":
            return rec.case_no if rec.case_no is not None else self.tr("未归案")
        return ""

    def _tooltip(self, rec: RecordingRow, column: str) -> str | None:
        if column == "sha256":
            return rec.sha256
        if column == "file_name":
            kind = self.display.media_kind(rec.media_kind)
            if rec.disposed:
                return self.tr("{0}，保存期满经审批清除，原始文件已不在档案库中").format(kind)
            if rec.damaged:
                return self.tr("{0}，导入时发现文件损坏，已按原样保存").format(kind)
            return kind
        if column == "size":
            return self.display.size_exact(rec.size)
        if column == "activity":
            return self.display.activity(rec.activity_kind, rec.activity_place) or None
        return None

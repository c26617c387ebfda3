"""The cases table: "全部案件" first, then the cases a page at a time, sorted by the database."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from evidenceroom.core import catalog
from evidenceroom.core.catalog import CaseRow
from evidenceroom.ui.archive.read_only_model import ReadOnlyTableModel
from evidenceroom.ui.formatting import DisplayFormat

FETCH = 200

LATE_COLOUR = QColor("#b3261e")

COLUMNS = ("case_no", "title", "category", "flags", "recordings", "late")
RIGHT_ALIGNED = {"recordings", "late"}

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(ReadOnlyTableModel):
    columns = COLUMNS
    right_aligned = frozenset(RIGHT_ALIGNED)

    """Row 0 stands for all cases (no case filter); the rows below it are cases."""

    ALL_ROW = 0

    def __init__(self, archive, display: DisplayFormat, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.display = display
        self._text = ""
        self._category: str | None = None
        self._sort_key = "newest"
        self._descending = True
        self._rows: list[CaseRow] = []
        self._complete = True
        self._totals: tuple[int, int] = (0, 0)
        self._count: int | None = None
        self._headers = (self.tr("案号"), self.tr("案件名称"), self.tr("分类"), self.tr("标记"),
                         self.tr("资料数"), self.tr("逾期数"))
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what to show ---------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def set_search(self, text: str, category: str | None = None, totals: bool = False) -> None:
        """List the cases whose number or title contains `text` (and of `category`)."""
        self._text, self._category = text, category
        self.reload(totals)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        else:
            key, descending = "newest", True  # no column: newest case first
        if (key, descending) == (self._sort_key, self._descending) and self._rows:
            return
        self._sort_key, self._descending = key, descending
        self.reload()

    def reload(self, totals: bool = False) -> None:
        """Read the first page again; with `totals`, also the whole archive's figures for row 0."""
        self.beginResetModel()
        if totals:
            everything = catalog.recording_count(self.archive)
            late = catalog.recording_count(self.archive, catalog.RecordingFilter(late_only=True))
            self._totals = (everything, late)
        self._rows = catalog.case_rows(self.archive, self._text, self._sort_key, self._descending, 0, FETCH,
                                       category=self._category)
        self._complete = len(self._rows) < FETCH
        self._count = None
        self.endResetModel()

    def case_count(self) -> int:
        """How many cases the search text matches."""
        if self._count is None:
            self._count = (len(self._rows) if self._complete
                           else catalog.case_count(self.archive, self._text, self._category))
        return self._count

    # --- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._complete:
            return
        more = catalog.case_rows(self.archive, self._text, self._sort_key, self._descending, len(self._rows), FETCH,
                                 category=self._category)
        self._complete = len(more) < FETCH
        if more:
            first = len(self._rows) + 1
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # --- lookups for the page -------------------------------------------------------------

    def case_at(self, row: int) -> CaseRow | None:
        """The case in `row`; None for row 0 (all cases) or no row."""
        return self._rows[row - 1] if 1 <= row <= len(self._rows) else None

    def row_of(self, case_id: int | None) -> int:
        if case_id is None:
            return self.ALL_ROW
        for i, c in enumerate(self._rows, 1):
            if c.id == case_id:
                return i
        return -1

    # --- the model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() > len(self._rows) or index.column() >= len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if index.row() == self.ALL_ROW:
            return self._all_row(column, role)
        case = self._rows[index.row() - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                "case_no": case.case_no, "title": case.title, "category": case.category,
                "flags": self.display.case_flags(case.flags), "recordings": f"{case.recordings:,}",
                "late": f"{case.late:,}" if case.late else "",
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in ("case_no", "title"):
            return f"{case.case_no}  {case.title}".strip()
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "late" and case.late:
            return QBrush(LATE_COLOUR)
        return None

    def _all_row(self, column: str, role: int):
        everything, late = self._totals
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {"case_no": self.tr("全部案件"), "recordings": f"{everything:,}",
                    "late": f"{late:,}" if late else ""}.get(column, "")
        if role == Qt.ItemDataRole.ToolTipRole and column == "case_no":
            return self.tr("不按案件筛选：显示全部录音录像资料（含未归案）")
        if role == Qt.ItemDataRole.FontRole and column == "case_no":
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "late" and late:
            return QBrush(LATE_COLOUR)
        return None

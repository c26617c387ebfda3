"""A read-only table of plain rows that shows them a screenful at a time (fetchMore)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, Qt

from evidenceroom.ui.archive.read_only_model import Index, ReadOnlyTableModel

CHUNK = 200


class RowsModel(ReadOnlyTableModel):
    """`cells(row) -> tuple[str, ...]` turns one row into its column texts; `row_style(row)` may
    give a (foreground, background) pair to mark a row (a shortfall, an overdue device)."""

    def __init__(self, headers: tuple[str, ...], cells: Callable[[Any], tuple[str, ...]],
                 row_style: Callable[[Any], tuple[str, str] | None] | None = None, parent=None):
        super().__init__(parent)
        self.columns = tuple(str(i) for i in range(len(headers)))
        self._headers = headers
        self._cells = cells
        self._row_style = row_style
        self._rows: list[Any] = []
        self._shown = 0

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(CHUNK, len(self._rows))
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def all_rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(CHUNK, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._shown or not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(row)[index.column()]
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and self._row_style:
            style = self._row_style(row)
            if style:
                from PySide6.QtGui import QColor

                return QColor(style[0] if role == Qt.ItemDataRole.ForegroundRole else style[1])
        return None

"""A recording's history from the audit chain, oldest first, as a small read-only table."""
from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from evidenceroom.core.catalog import HistoryEntry
from evidenceroom.ui.formatting import DisplayFormat

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    def __init__(self, display: DisplayFormat, parent=None):
        super().__init__(parent)
        self.display = display
        self._entries: list[HistoryEntry] = []
        self._headers = (self.tr("编号"), self.tr("时间"), self.tr("操作人"), self.tr("事件"), self.tr("说明"))

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._entries) or index.column() >= len(self._headers):
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (str(e.seq), self.display.local_time(e.at), e.actor_name, self.display.action(e.action),
                    self._summary(e))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("第 {0} 号审计事件：{1}").format(e.seq, self.display.action(e.action))]
            summary = self._summary(e)
            if summary:
                lines.append(summary)
            if e.details:
                lines.append(json.dumps(e.details, ensure_ascii=False, indent=1))
            return "\n".join(lines)
        return None

    def _summary(self, e: HistoryEntry) -> str:
        d = e.details
        if d.get("path"):
            text = self.tr("来源：{0}").format(d["path"])
            if isinstance(d.get("clock_offset_s"), (int, float)):  # measured at import (ARC-09)
                text += self.tr("；设备时钟偏差 {0:g} 秒").format(d["clock_offset_s"])
            return text
        if d.get("watched_ms") is not None:
            return self.tr("观看 {0}").format(self.display.duration(int(d["watched_ms"])))
        if d.get("reason"):
            return str(d["reason"])
        return ""

"""An activity's timeline as a table (ARC-08, REV-02): its files and the spans not recorded, in
time order, each with its duration in words ("未记录 5 分 0 秒"). Read the same by keyboard and
screen-reader users as the bar shows it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from evidenceroom.core.models import MediaKind
from evidenceroom.core.timeline import Span, SpanKind, Timeline, TimelineItem
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui.archive.read_only_model import Index, ReadOnlyTableModel

NOT_RECORDED_COLOUR = "#b3261e"


def length_text(length: timedelta) -> str:
    """"5 分 0 秒", "1 小时 2 分 3 秒", "4 秒"."""
    seconds = max(0, round(length.total_seconds()))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        return QCoreApplication.translate("TimelineText", "{0} 小时 {1} 分 {2} 秒").format(h, m, s)
    if m:
        return QCoreApplication.translate("TimelineText", "{0} 分 {1} 秒").format(m, s)
    return QCoreApplication.translate("TimelineText", "{0} 秒").format(s)


def not_recorded_text(length: timedelta) -> str:
    return QCoreApplication.translate("TimelineText", "未记录 {0}").format(length_text(length))


@dataclass(frozen=True)
class Row:
    start: datetime
    item: TimelineItem | None = None
    span: Span | None = None


def rows_of(timeline: Timeline) -> list[Row]:
    rows = [Row(i.start, item=i) for i in timeline.items] + [Row(s.start, span=s) for s in timeline.spans]
    # At the same moment a span not recorded comes first: it ends where the next file starts.
    return sorted(rows, key=lambda r: (r.start, r.item is not None, r.item.recording_id if r.item else 0))


class TimelineTableModel(ReadOnlyTableModel):
    columns = ("time", "what", "length", "name", "device", "officer", "note")
    right_aligned = frozenset({"length"})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = (self.tr("时间"), self.tr("内容"), self.tr("时长"), self.tr("资料"), self.tr("设备"),
                         self.tr("执法人员"), self.tr("说明"))
        self._rows: list[Row] = []
        self._tz = "Asia/Shanghai"
        self._locked: frozenset[int] = frozenset()
        self._time_format = "%H:%M:%S"
        self._window: tuple[datetime | None, datetime | None] = (None, None)

    def set_timeline(self, timeline: Timeline | None, locked: frozenset[int] = frozenset()) -> None:
        self.beginResetModel()
        self._rows = rows_of(timeline) if timeline is not None else []
        self._tz = timeline.timezone if timeline is not None else self._tz
        self._locked = locked
        self._window = (timeline.started_at, timeline.ended_at) if timeline is not None else (None, None)
        # An activity past midnight: the day goes with each time, or 00:10 would read as before 23:50.
        bounds = timeline.bounds() if timeline is not None else None
        days = {to_local(b, self._tz).date() for b in bounds} if bounds else set()
        self._time_format = "%m-%d %H:%M:%S" if len(days) > 1 else "%H:%M:%S"
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, recording_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.item and r.item.recording_id == recording_id), -1)

    def text(self, row: int, column: str) -> str:
        return self.data(self.index(row, self.columns.index(column))) or ""

    def _time(self, at: datetime) -> str:
        return to_local(at, self._tz).strftime(self._time_format)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._span_text(row.span, column) if row.span else self._item_text(row.item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "time":
            start = row.span.start if row.span else row.item.start
            return to_local(start, self._tz).strftime("%Y-%m-%d %H:%M:%S")
        if role == Qt.ItemDataRole.ForegroundRole and row.span is not None:
            return QColor(NOT_RECORDED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _span_text(self, span: Span, column: str) -> str:
        if column == "time":
            return f"{self._time(span.start)}–{self._time(span.end)}"
        if column == "what":
            return self.tr("未记录")
        if column == "length":
            return not_recorded_text(span.length)
        if column == "note":
            return {SpanKind.BEFORE_FIRST: self.tr("到达（活动开始）至第一段"),
                    SpanKind.BETWEEN: self.tr("两段之间"),
                    SpanKind.AFTER_LAST: self.tr("最后一段至活动结束")}.get(span.kind, "")
        return ""

    def _item_text(self, item: TimelineItem, column: str) -> str:
        photo = item.media_kind == MediaKind.PHOTO.value
        if column == "time":
            return self._time(item.start) if photo or not item.duration_ms else \
                f"{self._time(item.start)}–{self._time(item.end)}"
        if column == "what":
            return {"video": self.tr("视频"), "audio": self.tr("音频"), "photo": self.tr("照片")}.get(
                item.media_kind, item.media_kind)
        if column == "length":
            return "" if photo else length_text(timedelta(milliseconds=item.duration_ms)) if item.duration_ms \
                else self.tr("时长不详")
        if column == "name":
            return item.original_name
        if column == "device":
            return item.device_serial or self.tr("未登记")
        if column == "officer":
            return item.officer_name or self.tr("未登记")
        if column == "note":
            notes = []
            if item.disposed:
                notes.append(self.tr("已经审批清除"))
            elif item.recording_id in self._locked:
                notes.append(self.tr("🔒 未获准播放"))
            started, ended = self._window
            if ended is not None and item.start > ended:
                notes.append(self.tr("活动结束后拍摄"))  # possibly recorded after the event (事后补录)
            elif started is not None and item.end < started:
                notes.append(self.tr("活动开始前拍摄"))
            if item.clock_offset_s is not None and item.raw_start != item.start:
                notes.append(self.tr("设备时间 {0}，已按时钟偏差校正").format(self._time(item.raw_start)))
            return "；".join(notes)
        return ""

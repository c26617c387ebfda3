"""An activity's footage drawn on one time axis (ARC-08, REV-02): a lane per device with its
segments, photos as ticks, the spans not recorded shaded red, the activity's start and end, and
the moment being played. Times read in the unit's zone. The table beside it says the same in
words, for keyboard and screen-reader users; this bar is the picture of it."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from evidenceroom.core.timeline import Timeline, TimelineItem
from evidenceroom.core.timeutil import to_local

SEGMENT = QColor("#2f6db5")
CURRENT = QColor("#f0a020")
LOCKED = QColor("#9e9e9e")
PHOTO = QColor("#2e7d32")
GAP = QColor(211, 47, 47, 60)
GAP_EDGE = QColor("#c62828")
AXIS = QColor("#555555")
LANE_H = 16
TICK_STEPS_MIN = (1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440)


class TimelineBar(QWidget):
    """Paints a `Timeline`; `set_current` marks what is open and where playback is. A click on a
    segment or photo asks for it to be opened."""

    itemClicked = Signal(int)  # a recording id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._locked: frozenset[int] = frozenset()
        self._current_id: int | None = None
        self._cursor: datetime | None = None
        self._lanes: list[str] = []
        self.setAccessibleName(self.tr("活动时间轴"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table next to it is the keyboard's way in
        self.setMouseTracking(True)
        self.setToolTip(self.tr("单击片段或照片即可打开；键盘用户请使用下方的表格"))

    def set_timeline(self, timeline: Timeline | None, locked: frozenset[int] = frozenset()) -> None:
        self._timeline, self._locked = timeline, locked
        self._current_id, self._cursor = None, None
        self._lanes = []
        if timeline is not None:
            for i in timeline.items:
                lane = i.device_serial or ""
                if lane not in self._lanes:
                    self._lanes.append(lane)
        self.updateGeometry()
        self._describe()
        self.update()

    def set_current(self, recording_id: int | None, at: datetime | None) -> None:
        if (recording_id, at) != (self._current_id, self._cursor):
            self._current_id, self._cursor = recording_id, at
            self.update()

    def cursor_time(self) -> datetime | None:
        return self._cursor

    def lanes(self) -> list[str]:
        return list(self._lanes)

    def sizeHint(self) -> QSize:
        return QSize(600, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height())

    def _height(self) -> int:
        fm = self.fontMetrics()
        return 10 + max(1, len(self._lanes)) * (LANE_H + 4) + fm.height() + 8

    def _describe(self) -> None:
        t = self._timeline
        if t is None:
            self.setAccessibleDescription("")
            return
        self.setAccessibleDescription(self.tr("{0} 个片段，{1} 张照片，{2} 段未记录").format(
            len(t.segments), len(t.photos), len(t.spans)))

    # --- geometry ----------------------------------------------------------------------------

    def _axis(self, bounds: tuple[datetime, datetime]):
        """(start, end, left edge, width, the x of a moment)."""
        start, end = bounds
        if end <= start:
            end = start + timedelta(minutes=1)
        left = self._label_width()
        width = max(10, self.width() - left - 10)

        def x(at: datetime) -> float:
            return left + width * (at - start).total_seconds() / (end - start).total_seconds()

        return start, end, left, width, x

    def item_at(self, px: float, py: float) -> int | None:
        """The recording drawn at a point, if any."""
        bounds = self._timeline.bounds() if self._timeline is not None else None
        lane = int((py - 6) // (LANE_H + 4)) if py >= 6 else -1
        if bounds is None or not 0 <= lane < len(self._lanes):
            return None
        x = self._axis(bounds)[4]
        for item in self._timeline.items:
            if (item.device_serial or "") != self._lanes[lane]:
                continue
            if item.is_segment and x(item.start) - 2 <= px <= x(item.end) + 2:
                return item.recording_id
            if not item.is_segment and abs(px - x(item.start)) <= LANE_H / 2:
                return item.recording_id
        return None

    def mousePressEvent(self, event) -> None:
        found = self.item_at(event.position().x(), event.position().y())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.itemClicked.emit(found)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        found = self.item_at(event.position().x(), event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if found is not None else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    # --- painting ----------------------------------------------------------------------------

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return max([fm.horizontalAdvance(name or self.tr("未登记设备")) for name in self._lanes] + [0]) + 10

    def paintEvent(self, _event) -> None:
        t = self._timeline
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        bounds = t.bounds() if t is not None else None
        if bounds is None:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("未打开执法活动"))
            return
        start, end, left, width, x = self._axis(bounds)
        top = 6
        lanes_bottom = top + len(self._lanes) * (LANE_H + 4)

        # Spans not recorded: across all lanes, so a gap cannot be missed.
        for span in t.spans:
            rect = QRectF(x(span.start), top - 2, max(2.0, x(span.end) - x(span.start)), lanes_bottom - top + 2)
            p.fillRect(rect, GAP)
            p.setPen(QPen(GAP_EDGE, 1, Qt.PenStyle.DashLine))
            p.drawRect(rect)
        fm = self.fontMetrics()
        for n, lane in enumerate(self._lanes):
            y = top + n * (LANE_H + 4)
            p.setPen(AXIS)
            p.drawText(QRectF(0, y, left - 6, LANE_H), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       lane or self.tr("未登记设备"))
            for item in t.items:
                if (item.device_serial or "") == lane:
                    self._paint_item(p, item, x, y)
        # The activity's start and end, and the axis with local times.
        p.setPen(QPen(AXIS, 1))
        p.drawLine(QPointF(left, lanes_bottom + 2), QPointF(left + width, lanes_bottom + 2))
        for moment in (t.started_at, t.ended_at):
            if moment is not None:
                p.setPen(QPen(AXIS, 2))
                p.drawLine(QPointF(x(moment), top - 4), QPointF(x(moment), lanes_bottom + 4))
        self._paint_ticks(p, start, end, x, lanes_bottom + 4 + fm.ascent(), left, width)
        if self._cursor is not None and start <= self._cursor <= end:
            p.setPen(QPen(QColor("#d32f2f"), 2))
            p.drawLine(QPointF(x(self._cursor), top - 4), QPointF(x(self._cursor), lanes_bottom + 4))

    def _paint_item(self, p: QPainter, item: TimelineItem, x, y: int) -> None:
        current = item.recording_id == self._current_id
        if item.is_segment:
            colour = LOCKED if item.recording_id in self._locked or item.disposed else SEGMENT
            if current:
                colour = CURRENT
            rect = QRectF(x(item.start), y, max(3.0, x(item.end) - x(item.start)), LANE_H)
            p.fillRect(rect, colour)
            if item.recording_id in self._locked:
                p.fillRect(rect, QBrush(QColor("#ffffff"), Qt.BrushStyle.BDiagPattern))
        else:
            # A photo, or a file of unknown length: a mark at its moment.
            cx = x(item.start)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(CURRENT if current else PHOTO)
            half = LANE_H / 2
            p.drawPolygon(QPolygonF([QPointF(cx, y), QPointF(cx + half * 0.7, y + half), QPointF(cx, y + LANE_H),
                                     QPointF(cx - half * 0.7, y + half)]))
            p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_ticks(self, p: QPainter, start: datetime, end: datetime, x, baseline: float, left: int,
                     width: int) -> None:
        tz = self._timeline.timezone
        fm = self.fontMetrics()
        label_w = fm.horizontalAdvance("00:00") + 16
        minutes = (end - start).total_seconds() / 60
        step = next((s for s in TICK_STEPS_MIN if width * s / max(minutes, 1e-6) >= label_w), TICK_STEPS_MIN[-1])
        local_start = to_local(start, tz)
        first = local_start.replace(second=0, microsecond=0)
        first += timedelta(minutes=(-first.minute) % step if step < 60 else 0)
        if first < local_start:
            first += timedelta(minutes=step)
        moment = first
        p.setPen(AXIS)
        while moment <= to_local(end, tz):
            at = x(moment.astimezone(start.tzinfo))
            if left <= at <= left + width:
                text = moment.strftime("%H:%M")
                w = fm.horizontalAdvance(text)
                p.drawText(QPointF(min(max(left, at - w / 2), left + width - w), baseline), text)
            moment += timedelta(minutes=step)

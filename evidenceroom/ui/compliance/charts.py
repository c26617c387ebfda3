"""A small bar chart painted with QPainter (PySide6-Essentials has no QtCharts).

Its figures are also given as text: the accessible description reads every bar, and the
dashboard shows the same numbers in a table beside it.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(self, title: str, colour: str = "#386bb0", percent: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.colour = QColor(colour)
        self.percent = percent
        self.labels: list[str] = []
        self.values: list[float | None] = []
        self.setAccessibleName(title)
        self.setMinimumSize(QSize(300, 170))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads its summary

    def set_data(self, labels: list[str], values: list[float | None]) -> None:
        self.labels, self.values = list(labels), list(values)
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.update()

    def value_text(self, value: float | None) -> str:
        if value is None:
            return "—"
        return f"{value:.0f}%" if self.percent else f"{value:.0f}"

    def summary(self) -> str:
        return "；".join(f"{label} {self.value_text(v)}" for label, v in zip(self.labels, self.values))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        p.fillRect(self.rect(), palette.base())
        fm = self.fontMetrics()
        line = fm.height()
        p.setPen(palette.text().color())
        p.drawText(QRectF(8, 4, self.width() - 16, line + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        left, right, top, bottom = 8 + fm.horizontalAdvance("100%"), 8, 2 * line + 8, line + 10
        area = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        top_value = 100.0 if self.percent else max([v for v in self.values if v is not None] + [1])
        axis = QPen(palette.mid().color())
        p.setPen(axis)
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.setPen(palette.text().color())
        p.drawText(QRectF(0, area.top() - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight,
                   self.value_text(top_value))
        p.drawText(QRectF(0, area.bottom() - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight,
                   self.value_text(0))
        n = max(1, len(self.values))
        slot = area.width() / n
        bar = slot * 0.62
        widest = max([fm.horizontalAdvance(label) for label in self.labels] + [1])
        every = max(1, -(-int(widest + 6) // max(1, int(slot))))  # label every n-th bar when they would collide
        for i, (label, v) in enumerate(zip(self.labels, self.values)):
            x = area.left() + i * slot + (slot - bar) / 2
            h = 0 if v is None else area.height() * min(v, top_value) / top_value
            if h > 0:
                p.fillRect(QRectF(x, area.bottom() - h, bar, h), self.colour)
            p.setPen(palette.text().color())
            p.drawText(QRectF(x - 10, area.bottom() - h - line - 2, bar + 20, line), Qt.AlignmentFlag.AlignCenter,
                       self.value_text(v))
            if (len(self.labels) - 1 - i) % every == 0:  # the newest month always labelled
                p.drawText(QRectF(area.left() + (i + 0.5) * slot - widest, area.bottom() + 4, 2 * widest, line),
                           Qt.AlignmentFlag.AlignCenter, label)
        p.end()

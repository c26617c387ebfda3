"""How device states, kinds and custody moves read in the user's language, and the kinds' glyphs."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from evidenceroom.ui.imports.common import device_kind_name

_CTX = "CustodyLabels"

# The board's columns, left to right. Destroyed and lost devices share the last column: both are
# out of service for good.
COLUMNS = ("in_store", "checked_out", "in_repair", "faulty", "sealed", "gone")
COLUMN_STATES = {
    "in_store": ("in_store",),
    "checked_out": ("checked_out",),
    "in_repair": ("in_repair",),
    "faulty": ("faulty",),
    "sealed": ("sealed",),
    "gone": ("destroyed", "lost"),
}

_COLUMN_NAMES = {
    "in_store": QT_TRANSLATE_NOOP("CustodyLabels", "在库"),
    "checked_out": QT_TRANSLATE_NOOP("CustodyLabels", "领用中"),
    "in_repair": QT_TRANSLATE_NOOP("CustodyLabels", "维修中"),
    "faulty": QT_TRANSLATE_NOOP("CustodyLabels", "故障"),
    "sealed": QT_TRANSLATE_NOOP("CustodyLabels", "封存"),
    "gone": QT_TRANSLATE_NOOP("CustodyLabels", "销毁/遗失"),
}
_STATE_NAMES = {
    "in_store": QT_TRANSLATE_NOOP("CustodyLabels", "在库"),
    "checked_out": QT_TRANSLATE_NOOP("CustodyLabels", "领用中"),
    "in_repair": QT_TRANSLATE_NOOP("CustodyLabels", "维修中"),
    "faulty": QT_TRANSLATE_NOOP("CustodyLabels", "故障"),
    "sealed": QT_TRANSLATE_NOOP("CustodyLabels", "封存"),
    "destroyed": QT_TRANSLATE_NOOP("CustodyLabels", "已销毁"),
    "lost": QT_TRANSLATE_NOOP("CustodyLabels", "遗失"),
}
# A context of their own: 封存 is a column (Sealed) and an action (Seal…).
_ACTION_NAMES = {
    "check_out": QT_TRANSLATE_NOOP("CustodyActions", "领用"),
    "return": QT_TRANSLATE_NOOP("CustodyActions", "归还"),
    "handover": QT_TRANSLATE_NOOP("CustodyActions", "交接"),
    "fault": QT_TRANSLATE_NOOP("CustodyActions", "故障登记"),
    "repair": QT_TRANSLATE_NOOP("CustodyActions", "送修"),
    "back_in_service": QT_TRANSLATE_NOOP("CustodyActions", "修复/恢复使用"),
    "maintenance": QT_TRANSLATE_NOOP("CustodyActions", "维护保养"),
    "loss": QT_TRANSLATE_NOOP("CustodyActions", "遗失/损坏"),
    "seal": QT_TRANSLATE_NOOP("CustodyActions", "封存"),
    "unseal": QT_TRANSLATE_NOOP("CustodyActions", "启封"),
    "destroy": QT_TRANSLATE_NOOP("CustodyActions", "销毁"),
    "storage_cleared": QT_TRANSLATE_NOOP("CustodyActions", "记录存储已清除"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def column_of(state: str) -> str:
    return next((c for c, states in COLUMN_STATES.items() if state in states), "in_store")


def column_name(column: str) -> str:
    return _t(_COLUMN_NAMES.get(column, column))


def state_name(state: str) -> str:
    return _t(_STATE_NAMES[state]) if state in _STATE_NAMES else state


def action_name(action: str) -> str:
    return QCoreApplication.translate("CustodyActions", _ACTION_NAMES[action]) if action in _ACTION_NAMES else action


def kind_name(kind: str) -> str:
    return device_kind_name(kind)


# --- glyphs: one small drawing per kind, so a card is recognised at a glance ------------------

_KIND_COLOURS = {
    "body_camera": "#2f5d8a", "handheld_terminal": "#3c7a4a", "camera": "#7a4a8a", "camcorder": "#8a5a2f",
    "audio_recorder": "#5a6a7a", "cctv": "#4a4a4a", "storage": "#6a6a2f",
}


def kind_icon(kind: str, size: int = 28) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_KIND_COLOURS.get(kind, "#555555"))
    p.setPen(QPen(colour, max(1.5, size / 14)))
    p.setBrush(colour.lighter(185))
    s = float(size)
    if kind == "body_camera":  # a small upright box with a round lens and a clip
        p.drawRoundedRect(QRectF(s * .25, s * .12, s * .5, s * .76), s * .08, s * .08)
        p.drawEllipse(QPointF(s * .5, s * .38), s * .13, s * .13)
        p.drawLine(QPointF(s * .38, s * .7), QPointF(s * .62, s * .7))
    elif kind == "handheld_terminal":  # a phone-like slab with a screen
        p.drawRoundedRect(QRectF(s * .28, s * .08, s * .44, s * .84), s * .07, s * .07)
        p.setBrush(colour.lighter(140))
        p.drawRect(QRectF(s * .34, s * .18, s * .32, s * .44))
    elif kind == "camera":  # a body with a big lens and a viewfinder bump
        path = QPainterPath()
        path.addRoundedRect(QRectF(s * .1, s * .3, s * .8, s * .52), s * .08, s * .08)
        p.drawPath(path)
        p.drawRect(QRectF(s * .36, s * .2, s * .28, s * .1))
        p.drawEllipse(QPointF(s * .5, s * .56), s * .17, s * .17)
    elif kind == "camcorder":  # a box with a lens cone
        p.drawRoundedRect(QRectF(s * .1, s * .3, s * .52, s * .42), s * .06, s * .06)
        path = QPainterPath(QPointF(s * .62, s * .42))
        path.lineTo(s * .9, s * .3)
        path.lineTo(s * .9, s * .72)
        path.lineTo(s * .62, s * .6)
        path.closeSubpath()
        p.drawPath(path)
    elif kind == "audio_recorder":  # a microphone
        p.drawRoundedRect(QRectF(s * .36, s * .1, s * .28, s * .48), s * .14, s * .14)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(s * .26, s * .3, s * .48, s * .4), 180 * 16, 180 * 16)
        p.drawLine(QPointF(s * .5, s * .7), QPointF(s * .5, s * .88))
    elif kind == "cctv":  # a dome camera on a bracket
        p.drawLine(QPointF(s * .15, s * .15), QPointF(s * .15, s * .5))
        p.drawRect(QRectF(s * .22, s * .28, s * .62, s * .26))
        p.drawEllipse(QPointF(s * .74, s * .41), s * .07, s * .07)
    else:  # storage: a disk drive
        p.drawRoundedRect(QRectF(s * .12, s * .25, s * .76, s * .5), s * .08, s * .08)
        p.drawEllipse(QPointF(s * .72, s * .5), s * .06, s * .06)
    p.end()
    return QIcon(pixmap)


# --- alert badges: colour AND words --------------------------------------------------------

BADGE_STYLES = {
    "overdue_return": ("#8a1c1c", "#fdecea", "#f1b0aa"),
    "life_over": ("#8a1c1c", "#fdecea", "#f1b0aa"),
    "life_near": ("#5c3d00", "#fff4d6", "#e6c36a"),
    "check_stale": ("#5c3d00", "#fff4d6", "#e6c36a"),
    "may_replace": ("#1f3b5a", "#eaf2fb", "#b7cde6"),
}


def badge_style(kind: str) -> str:
    fg, bg, border = BADGE_STYLES.get(kind, ("#333333", "#eeeeee", "#bbbbbb"))
    return (f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {border}; border-radius: 3px;"
            " padding: 1px 4px; }")

"""One device on the custody board: its card (kind glyph, serial, holder, since when, alert
badges in colour and words), its menu of moves, and the drag that carries it to another column
under our own mime type."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDrag, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from evidenceroom.ui.custody.labels import action_name, badge_style, kind_icon, kind_name, state_name

MIME_TYPE = "application/x-evidenceroom-device"


@dataclass(frozen=True)
class BoardCard:
    device_id: int
    kind: str
    serial: str
    model: str
    state: str
    holder: str | None = None
    since: datetime | None = None
    expected_return: datetime | None = None
    alerts: tuple[tuple[str, str], ...] = ()  # (kind, words), e.g. ("overdue", "逾期未还 2 天")
    moves: tuple[str, ...] = ()  # actions allowed from this state, in menu order
    extra: dict = field(default_factory=dict, compare=False)


def card_mime(card: BoardCard) -> QMimeData:
    mime = QMimeData()
    payload = json.dumps({"device_id": card.device_id, "state": card.state})
    mime.setData(MIME_TYPE, QByteArray(payload.encode("utf-8")))
    return mime


def read_mime(mime: QMimeData) -> tuple[int, str] | None:
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        return int(data["device_id"]), str(data["state"])
    except (ValueError, KeyError, TypeError):
        return None


class DeviceCard(QFrame):
    """One device. Focusable; arrows move between cards, the Menu key opens its moves."""

    actionChosen = Signal(int, str)  # device id, action
    focusStep = Signal(object, int, int)  # card, dx, dy

    def __init__(self, card: BoardCard, time_text, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self._press: QPoint | None = None
        self.setObjectName("deviceCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#deviceCard { background: palette(base); border: 1px solid palette(mid);"
                           " border-radius: 5px; }"
                           "#deviceCard:focus { border: 2px solid #2f5d8a; }")
        # Not Fixed: a fixed height would cap the wrapped lines' height-for-width and cut them off.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        icon = QLabel()
        icon.setPixmap(kind_icon(card.kind, 28).pixmap(28, 28))
        icon.setToolTip(kind_name(card.kind))
        serial = QLabel(card.serial)
        serial.setWordWrap(True)
        serial.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(icon)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(serial)
        model = QLabel(card.model or kind_name(card.kind))
        model.setWordWrap(True)
        model.setStyleSheet("color: #555555;")
        names.addWidget(model)
        top.addLayout(names, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        lines = []
        if card.holder:
            lines.append(self.tr("使用人：{0}").format(card.holder))
        if card.since is not None:
            lines.append(self.tr("自 {0}").format(time_text(card.since)))
        if card.expected_return is not None and card.state == "checked_out":
            lines.append(self.tr("应还 {0}").format(time_text(card.expected_return)))
        for line in lines:
            label = QLabel(line)
            label.setWordWrap(True)
            label.setStyleSheet("color: #333333;")
            layout.addWidget(label)
        self.badges: list[QLabel] = []
        for kind, words in card.alerts:
            badge = QLabel("⚠ " + words)
            badge.setWordWrap(True)
            badge.setStyleSheet(badge_style(kind))
            layout.addWidget(badge)
            self.badges.append(badge)

        self.summary = "；".join([*lines, *(w for _k, w in card.alerts)])
        self.setAccessibleName(self.tr("{0} {1}，{2}").format(kind_name(card.kind), card.serial,
                                                               state_name(card.state)))
        self.setAccessibleDescription(self.summary)
        self.setToolTip(self.summary)

    # --- the menu: mouse, Menu key, Shift+F10 ---------------------------------------------

    def build_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("设备操作"))
        for action in self.card.moves:
            item = menu.addAction(action_name(action) + "…")
            item.setData(action)
        if not self.card.moves:
            none = menu.addAction(self.tr("没有可办理的操作"))
            none.setEnabled(False)
        menu.addSeparator()
        history = menu.addAction(self.tr("查看履历…"))
        history.setData("history")
        menu.triggered.connect(lambda act: self.actionChosen.emit(self.card.device_id, act.data())
                               if act.data() else None)
        return menu

    def open_menu(self, where: QPoint | None = None) -> QMenu:
        menu = self.build_menu()
        self.menu = menu  # kept so tests and screen readers can reach it
        menu.popup(where if where is not None else self.mapToGlobal(QPoint(self.width() // 2, self.height() // 2)))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            self.open_menu(event.globalPos())
        else:
            self.open_menu()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier or key == Qt.Key.Key_Menu:
            self.open_menu()
            return
        steps = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0),
                 Qt.Key.Key_Right: (1, 0)}
        if key in steps:
            self.focusStep.emit(self, *steps[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_menu()
            return
        super().keyPressEvent(event)

    # --- dragging --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(card_mime(self.card))
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.actionChosen.emit(self.card.device_id, "history")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

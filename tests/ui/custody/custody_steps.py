"""Steps the device page's tests share."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from evidenceroom.ui.custody.card import card_mime
from evidenceroom.ui.custody.devices_page import DevicesPage


def drop_card(page: DevicesPage, device_id: int, column: str, mime: QMimeData | None = None) -> str:
    """What a real drag ends with: our mime data dropped on the column widget. Returns the
    column's style sheet while the card hovered over it."""
    target = page.board.columns[column]
    data = mime if mime is not None else card_mime(page.cards[device_id])
    pos = QPointF(target.width() / 2, target.height() / 2)
    enter_ok = _send_drag_enter(target, data, pos)
    assert enter_ok == (mime is None)
    hover_style = target.styleSheet()
    event = QDropEvent(pos, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return hover_style


def _send_drag_enter(target, data, pos) -> bool:
    enter = QDragEnterEvent(QPoint(int(pos.x()), int(pos.y())), Qt.DropAction.MoveAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    return enter.isAccepted()

"""The custody board: one column per device state, one card per device.

A card is moved by dragging it to another column (our own mime type, so nothing else can be
dropped) or from its menu (right-click, the Menu key or Shift+F10). The board never changes a
device itself: it asks the page, which opens the move's dialog and calls the core.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from evidenceroom.ui.custody.card import BoardCard, DeviceCard, read_mime
from evidenceroom.ui.custody.labels import COLUMNS, column_name, column_of
from evidenceroom.ui.custody.moves import moves_to

PAGE_SIZE = 60  # cards shown per column before "more": a column of hundreds stays quick


class StateColumn(QFrame):
    """One state's column: its name and count on top, its cards below; it takes dropped cards."""

    cardDropped = Signal(int, str, str)  # device id, its state, this column
    actionChosen = Signal(int, str)
    focusStep = Signal(object, int, int)

    def __init__(self, column: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.column = column
        self.cards: list[DeviceCard] = []
        self._all: list[BoardCard] = []
        self._shown = PAGE_SIZE
        self.setObjectName("stateColumn")
        self.setAcceptDrops(True)
        self._idle_style = ("#stateColumn { background: palette(window); border: 1px solid palette(mid);"
                            " border-radius: 6px; }")
        self.setStyleSheet(self._idle_style)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; padding: 4px;")
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(4, 4, 4, 4)
        self.body_layout.setSpacing(6)
        self.body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards wrap instead
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.show_more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.more_button)
        self.setMinimumWidth(150)
        self.set_cards([], lambda _t: "")

    def set_cards(self, cards: list[BoardCard], time_text) -> None:
        self._all = list(cards)
        self._time_text = time_text
        self._render()

    def show_more(self) -> None:
        self._shown += PAGE_SIZE
        self._render()

    def _render(self) -> None:
        for card in self.cards:
            self.body_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for data in self._all[:self._shown]:
            card = DeviceCard(data, self._time_text, self.body)
            card.actionChosen.connect(self.actionChosen)
            card.focusStep.connect(self.focusStep)
            self.body_layout.insertWidget(self.body_layout.count() - 1, card)
            card.show()  # at once, not on the next event loop pass: focus can go to it right away
            self.cards.append(card)
        name = column_name(self.column)
        self.title.setText(self.tr("{0}（{1}）").format(name, len(self._all)))
        self.setAccessibleName(self.tr("{0}栏，{1} 台设备").format(name, len(self._all)))
        hidden = len(self._all) - len(self.cards)
        self.more_button.setVisible(hidden > 0)
        self.more_button.setText(self.tr("再显示 {0} 台（共 {1} 台未显示）").format(min(hidden, PAGE_SIZE), hidden))
        self.more_button.setAccessibleName(self.tr("{0}栏显示更多设备").format(name))

    # --- drops -----------------------------------------------------------------------------

    def _highlight(self, colour: str | None) -> None:
        self.setStyleSheet(self._idle_style.replace("palette(window)", colour) if colour else self._idle_style)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        found = read_mime(event.mimeData())
        if found is None:
            event.ignore()
            return
        if column_of(found[1]) != self.column:
            # Blue where the card may go, pink where it may not; a refused drop still lands, to say why.
            self._highlight("#eaf2fb" if moves_to(found[1], self.column) else "#fdecea")
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if read_mime(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._highlight(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(None)
        found = read_mime(event.mimeData())
        if found is None:
            event.ignore()
            return
        event.acceptProposedAction()
        device_id, state = found
        if column_of(state) != self.column:
            self.cardDropped.emit(device_id, state, self.column)


class Board(QWidget):
    """All columns side by side. `moveRequested(device_id, state, column)` for a drop,
    `actionRequested(device_id, action)` for a menu choice."""

    moveRequested = Signal(int, str, str)
    actionRequested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("设备看板"))
        self.columns: dict[str, StateColumn] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for key in COLUMNS:
            column = StateColumn(key, self)
            column.cardDropped.connect(self.moveRequested)
            column.actionChosen.connect(self.actionRequested)
            column.focusStep.connect(self._step)
            self.columns[key] = column
            row.addWidget(column, 1)

    def set_cards(self, cards: list[BoardCard], time_text) -> None:
        focused_id = self.focused_device()
        by_column: dict[str, list[BoardCard]] = {key: [] for key in COLUMNS}
        for card in cards:
            by_column[column_of(card.state)].append(card)
        for key, column in self.columns.items():
            column.set_cards(by_column[key], time_text)
        if focused_id is not None:
            self.focus_device(focused_id)

    def card(self, device_id: int) -> DeviceCard | None:
        return next((c for col in self.columns.values() for c in col.cards if c.card.device_id == device_id), None)

    def focused_device(self) -> int | None:
        w = QApplication.focusWidget()
        return w.card.device_id if isinstance(w, DeviceCard) and w.window() is self.window() else None

    def focus_device(self, device_id: int) -> None:
        card = self.card(device_id)
        if card is not None:
            card.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_card(self) -> DeviceCard | None:
        return next((col.cards[0] for col in self.columns.values() if col.cards), None)

    def _step(self, card: DeviceCard, dx: int, dy: int) -> None:
        keys = list(self.columns)
        col_index = keys.index(column_of(card.card.state))
        column = self.columns[keys[col_index]]
        row = column.cards.index(card)
        if dy:
            target_row = max(0, min(len(column.cards) - 1, row + dy))
            target = column.cards[target_row]
        else:
            target = None
            i = col_index + dx
            while 0 <= i < len(keys) and target is None:  # skip empty columns
                others = self.columns[keys[i]].cards
                if others:
                    target = others[min(row, len(others) - 1)]
                i += dx
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self.columns[column_of(target.card.state)].scroll.ensureWidgetVisible(target)

"""设备: the custody board, the register, the ledger and the staffing ratios, with the alerts
strip above them. Every move opens its dialog; the dialog calls the core; the page refreshes.

`importFootage(ReturnFacts)` is emitted after a return with footage: the main window then opens
the import page with officer, device and activity filled in."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QMenu, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from evidenceroom.core import custody
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui.custody.alerts_strip import AlertsStrip
from evidenceroom.ui.custody.board import Board
from evidenceroom.ui.custody.card import BoardCard
from evidenceroom.ui.custody.dialog_base import MoveDialog
from evidenceroom.ui.custody.disposal_dialog import DisposalDialog
from evidenceroom.ui.custody.history_dialog import HistoryDialog
from evidenceroom.ui.custody.incident_dialogs import (
    BackInServiceDialog,
    FaultDialog,
    LossDialog,
    MaintenanceDialog,
    RepairDialog,
)
from evidenceroom.ui.custody.labels import action_name, column_name, state_name
from evidenceroom.ui.custody.ledger_tab import LedgerTab
from evidenceroom.ui.custody.move_dialogs import CheckOutDialog, HandoverDialog, ReturnDialog
from evidenceroom.ui.custody.moves import moves_from, moves_to
from evidenceroom.ui.custody.ratios_tab import RatiosTab
from evidenceroom.ui.custody.register_tab import RegisterTab
from evidenceroom.ui.custody.storage_dialog import StorageClearedDialog
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import message_label, show_error, show_notice, show_warning

# Roles that keep the devices at the desk; the others see the board, the ledger and the ratios
# but are offered no move (SEC-01: an inspector has no device disposal in any menu).
KEEPING_ROLES = {Role.ADMINISTRATOR.value, Role.CLERK.value}

DIALOGS = {"check_out": CheckOutDialog, "return": ReturnDialog, "handover": HandoverDialog, "fault": FaultDialog,
           "repair": RepairDialog, "back_in_service": BackInServiceDialog, "loss": LossDialog,
           "maintenance": MaintenanceDialog, "storage_cleared": StorageClearedDialog}


class DevicesPage(QWidget):
    importFootage = Signal(object)  # custody.ReturnFacts

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.dialog: MoveDialog | HistoryDialog | None = None
        self.choice_menu: QMenu | None = None
        self.cards: dict[int, BoardCard] = {}
        self._shown_once = False
        self.can_move = user.role in KEEPING_ROLES
        self.setAccessibleName(self.tr("设备"))
        with archive.session() as s:
            self.timezone = archive.unit(s).timezone
            self.display = DisplayFormat(self.timezone, self)

        self.alerts = AlertsStrip(self)
        self.message = message_label(self.tr("提示信息"))
        self.board = Board()
        self.board.moveRequested.connect(self.drop)
        self.board.actionRequested.connect(self.act)
        board_scroll = QScrollArea()
        board_scroll.setWidgetResizable(True)
        board_scroll.setWidget(self.board)
        board_scroll.setFocusPolicy(self.board.focusPolicy())
        board_tab = QWidget()
        board_layout = QVBoxLayout(board_tab)
        board_layout.setContentsMargins(6, 6, 6, 6)
        hint = QLabel(self.tr("把设备卡片拖到另一栏，或选中卡片后按菜单键（Shift+F10）办理领用、归还、故障、封存等。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        board_layout.addWidget(hint)
        board_layout.addWidget(self.message)
        board_layout.addWidget(board_scroll, 1)

        self.register_tab = RegisterTab(archive, user, editable=self.can_move)
        self.register_tab.changed.connect(self.refresh)
        self.ledger_tab = LedgerTab(archive, user)
        self.ratios_tab = RatiosTab(archive, user, editable=self.can_move)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("设备页面"))
        self.tabs.addTab(board_tab, self.tr("看板"))
        self.tabs.addTab(self.register_tab, self.tr("设备登记"))
        self.tabs.addTab(self.ledger_tab, self.tr("台账"))
        self.tabs.addTab(self.ratios_tab, self.tr("配备比例"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.alerts)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        """Moves made elsewhere (the command line, another desk) show when the page comes up."""
        super().showEvent(event)
        if self._shown_once:
            self.refresh()
        self._shown_once = True

    def refresh(self) -> None:
        """Board and alerts from the archive; the tab in view too."""
        try:
            cards = [self._card(c) for column in custody.board(self.archive).values() for c in column]
            self.alerts.show_alerts(self.archive)
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        self.cards = {c.device_id: c for c in cards}
        self.board.set_cards(cards, self.card_time)
        self._refresh_tab()

    def card_time(self, value) -> str:
        """A card's times to the minute, in the unit's time zone: seconds only widen the card."""
        return to_local(value, self.timezone).strftime("%Y-%m-%d %H:%M")

    def _refresh_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current in (self.register_tab, self.ledger_tab, self.ratios_tab):
            current.refresh()

    def _card(self, c) -> BoardCard:
        alerts = tuple((a.code, str(a)) for a in c.alerts)
        return BoardCard(device_id=c.id, kind=c.kind, serial=c.serial, model=c.model, state=c.state,
                         holder=c.holder_name, since=c.since, expected_return=c.expected_return, alerts=alerts,
                         moves=moves_from(c.state) if self.can_move else ())

    def say(self, text: str) -> None:
        """A message above the board, for what another page has to tell about a move."""
        show_warning(self.message, text)

    # --- moves ------------------------------------------------------------------------------

    def drop(self, device_id: int, state: str, column: str) -> None:
        """A card dropped on a column: its move's dialog, a choice of moves, or why not."""
        card = self.cards.get(device_id)
        if card is None:
            return
        if not self.can_move:
            show_error(self.message, self.tr("设备的领用、归还和处置由保管员办理；当前账户只能查看。"))
            return
        choices = moves_to(card.state, column)
        if not choices:
            offered = "、".join(action_name(a) for a in moves_from(card.state)) or self.tr("无")
            show_error(self.message, self.tr("不能把{0}的设备 {1} 直接移到“{2}”。此状态下可办理：{3}。").format(
                state_name(card.state), card.serial, column_name(column), offered))
            return
        if len(choices) == 1:
            self.act(device_id, choices[0])
            return
        self.choice_menu = QMenu(self)
        self.choice_menu.setAccessibleName(self.tr("选择操作"))
        for action in choices:
            item = self.choice_menu.addAction(action_name(action) + "…")
            item.setData(action)
        self.choice_menu.triggered.connect(lambda act: self.act(device_id, act.data()))
        self.choice_menu.popup(QCursor.pos() if self.isVisible() else QPoint())

    def act(self, device_id: int, action: str) -> QWidget | None:
        """Open the dialog of `action` for the device; the board refreshes when it is done."""
        card = self.cards.get(device_id)
        if card is None:
            return None
        show_error(self.message, "")
        if action == "history":
            self.dialog = HistoryDialog(self.archive, card, self.display, self)
        elif not self.can_move:
            return None
        elif action in ("seal", "destroy", "unseal"):
            self.dialog = DisposalDialog(self.archive, self.user, card, action, self)
        elif action in DIALOGS:
            self.dialog = DIALOGS[action](self.archive, self.user, card, self)
        else:
            return None
        self.dialog.accepted.connect(lambda d=self.dialog, a=action: self._done(d, a))
        self.dialog.open()
        return self.dialog

    def _done(self, dialog, action: str) -> None:
        if action == "history":
            return
        card = dialog.card
        if action == "check_out" and dialog.fault_instead:
            self.refresh()
            self.act(card.device_id, "fault")  # DEV-05: a fault found in the check opens the fault form
            return
        self.refresh()
        now = self.cards.get(card.device_id)
        show_notice(self.message, self.tr("已为设备 {0} 办理{1}，现{2}。").format(
            card.serial, action_name(action), state_name(now.state) if now else ""))
        facts = dialog.result_value
        if action == "loss" and facts is not None and facts.liable:
            owed = self.tr("购置原价未登记") if facts.compensation is None else \
                self.tr("{0:,.2f} 元").format(facts.compensation)
            show_notice(self.message, self.tr("已为设备 {0} 登记遗失/损坏。赔偿责任人：{1}，按原价赔偿：{2}。").format(
                card.serial, facts.officer_name or "", owed))
        self.board.focus_device(card.device_id)
        if action == "return" and facts is not None and facts.has_footage:
            self.importFootage.emit(facts)

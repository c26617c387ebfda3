"""What every custody move's dialog shares: the device on top, a form, an inline error, OK/Cancel.

A subclass builds its fields in `build(form)`, says when OK may be pressed in `ready()`, and
calls the core in `perform()`; an `ArchiveError` is shown in the dialog and nothing closes.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.ui.custody.card import BoardCard
from evidenceroom.ui.custody.labels import kind_icon, kind_name, state_name
from evidenceroom.ui.imports.common import message_label, show_error
from evidenceroom.ui.forms import without_mnemonic

TIME_FORMAT = "yyyy-MM-dd HH:mm"


def time_edit(value: datetime) -> QDateTimeEdit:
    """A time field in the unit's local time (`value` naive), to the minute."""
    edit = QDateTimeEdit(QDateTime(value.replace(second=0, microsecond=0)))
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def unit_time(edit: QDateTimeEdit) -> datetime:
    """The field's value as the naive unit-local time the core takes."""
    return edit.dateTime().toPython()


def text_box(lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().height() * lines + 12)
    return box


class MoveDialog(QDialog):
    """Base of the move dialogs; `result_value` holds what the core returned once done."""

    def __init__(self, archive: Archive, user: SignedIn, card: BoardCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.card = card
        self.result_value = None
        with archive.session() as s:
            self.timezone = archive.unit(s).timezone
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        head = QLabel()
        head.setPixmap(kind_icon(card.kind, 32).pixmap(32, 32))
        device = QLabel(self.tr("{0} {1}　{2}　当前状态：{3}").format(
            kind_name(card.kind), card.serial, card.model, state_name(card.state)))
        device.setWordWrap(True)
        device.setStyleSheet("font-weight: bold;")
        device.setAccessibleName(self.tr("设备"))
        top = QVBoxLayout()
        top.addWidget(device)
        layout.addLayout(top)
        self.device_label = device
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.error = message_label(self.tr("错误信息"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.ok_label())
        self.ok_button.setAccessibleName(without_mnemonic(self.ok_button.text()))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.build(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.update_ok()

    # --- for subclasses ---------------------------------------------------------------------

    def build(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def ok_label(self) -> str:
        return self.tr("确定")

    def ready(self) -> bool:
        return True

    def perform(self):
        raise NotImplementedError

    # --- shared -----------------------------------------------------------------------------

    def now(self) -> datetime:
        """Now in the unit's time zone, naive, as the time fields show it."""
        return to_local(utcnow(), self.timezone).replace(tzinfo=None, second=0, microsecond=0)

    def local(self, value: datetime) -> datetime:
        return to_local(value, self.timezone).replace(tzinfo=None, second=0, microsecond=0)

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.ready())

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.result_value = self.perform()
        except ArchiveError as exc:
            show_error(self.error, str(exc))
            return
        self.accept()

"""Revoking a grant before its window ends (ACC-05): the reason is asked for and kept with the
revocation; `grants.revoke_grant` decides whether it may be done."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from evidenceroom.core import grants
from evidenceroom.core.access import RequestInfo
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.grants import GrantInfo
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import hint_label, message_label, show_error


class RevokeDialog(QDialog):
    """`grant` holds the revoked grant once done."""

    def __init__(self, archive: Archive, user: SignedIn, info: RequestInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.info = info
        self.grant: GrantInfo | None = None
        self.setWindowTitle(self.tr("撤销第 {0} 号申请的授权").format(info.id))
        self.setMinimumWidth(440)

        note = hint_label(self.tr("撤销后不能再依此授权查阅或复制资料。"))
        note.setAccessibleName(self.tr("撤销说明"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.reason_edit.setPlaceholderText(self.tr("撤销理由（必填）"))
        form = QFormLayout()
        labelled_row(form, self.tr("撤销理由(&R)："), self.reason_edit, self.tr("撤销理由"))
        self.error = message_label(self.tr("错误信息"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("撤销授权"))
        self.ok_button.setAccessibleName(self.tr("确认撤销授权"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.reason_edit.setFocus()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_edit.toPlainText().strip()))

    def submit(self) -> None:
        if not self.ok_button.isEnabled() or self.info.grant_id is None:
            return
        try:
            self.grant = grants.revoke_grant(self.archive, self.user, self.info.grant_id,
                                             self.reason_edit.toPlainText())
        except ArchiveError as exc:
            show_error(self.error, str(exc))
            return
        self.accept()

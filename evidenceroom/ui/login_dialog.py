"""Sign-in at the evidence-room PC; every attempt is audited and repeated failures lock the account."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from evidenceroom.core import accounts
from evidenceroom.core.accounts import AuthError, SignedIn
from evidenceroom.core.archive import Archive


class LoginDialog(QDialog):
    def __init__(self, archive: Archive, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.signed_in: SignedIn | None = None
        with archive.session() as s:
            unit_name = archive.unit(s).name
        self.setWindowTitle(self.tr("登录 — EvidenceRoom"))
        self.setMinimumWidth(420)

        title = QLabel(unit_name)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 16pt; font-weight: 600; margin: 8px;")
        subtitle = QLabel(self.tr("执法音像资料管理"))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("登录名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("密码"))
        form = QFormLayout()
        login_label = QLabel(self.tr("登录名(&L)："))
        login_label.setBuddy(self.login)
        password_label = QLabel(self.tr("密码(&P)："))
        password_label.setBuddy(self.password)
        form.addRow(login_label, self.login)
        form.addRow(password_label, self.password)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("登录提示"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("登录"))
        ok.setAccessibleName(self.tr("登录"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("退出"))
        cancel.setAccessibleName(self.tr("退出"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.login.setFocus()

    def try_login(self) -> None:
        try:
            self.signed_in = accounts.sign_in(self.archive, self.login.text(), self.password.text())
        except AuthError as exc:
            self.message.setText(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

"""The approver's own user name and password, typed in person for one decision (ACC-02).

The captions come from the dialog (its own `tr`), so each dialog keeps its wording and translations.
The password lives only in its field: `take_password` empties it as it is read.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from evidenceroom.ui.forms import labelled_row


class ApproverFields:
    """Two rows of `form`: the approver's user name, then the password (hidden as typed)."""

    def __init__(self, form: QFormLayout, login_caption: str, login_name: str, password_caption: str,
                 password_name: str):
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_label: QLabel = labelled_row(form, login_caption, self.login, login_name)
        self.password_label: QLabel = labelled_row(form, password_caption, self.password, password_name)

    def filled(self) -> bool:
        return bool(self.login.text().strip()) and bool(self.password.text())

    def take_password(self) -> str:
        """The password typed, now gone from the field."""
        password = self.password.text()
        self.password.clear()
        return password

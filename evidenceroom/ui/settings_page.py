"""Settings of this workstation (more arrive with the policy profiles)."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from evidenceroom.ui.application import LANGUAGE_KEY


class SettingsPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        heading = QLabel(self.tr("设置"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("界面语言"))
        for code, text in (("system", self.tr("跟随系统")), ("zh", "简体中文"), ("en", "English")):
            self.language.addItem(text, code)
        current = str(QSettings().value(LANGUAGE_KEY, "system"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        label = QLabel(self.tr("界面语言(&G)："))
        label.setBuddy(self.language)
        self.note = QLabel(self.tr("更改语言后，重新启动程序生效。"))
        self.note.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(label, self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _language_changed(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())

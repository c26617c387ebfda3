"""A page whose function comes in a later release: says what it will hold."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent=None):
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        text = QLabel(description)
        text.setWordWrap(True)
        later = QLabel(self.tr("此功能将在后续版本中提供。"))
        later.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        for w in (heading, text, later):
            w.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(w)
        layout.addStretch(1)
        self.setAccessibleName(title)

"""The print settings as a section of the Settings page: page size and the label offsets."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from evidenceroom.core import print_settings
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.print_settings import MAX_OFFSET_MM, PrintSettings


class PrintSettingsSection(QGroupBox):
    """Printers feed label sheets and printable discs a little off; the clerk enters the shift here."""

    def __init__(self, archive: Archive, user: SignedIn, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("光盘标签与文字说明的打印"))
        self.archive = archive
        self.user = user
        current = print_settings.print_settings(archive)
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4（210 × 297 毫米）"), "A4")
        self.page_size.addItem(self.tr("Letter（216 × 279 毫米）"), "Letter")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(current.page_size)))
        self.offset_x = self._offset(current.offset_x_mm)
        self.offset_y = self._offset(current.offset_y_mm)
        self.save_button = QPushButton(self.tr("保存打印设置(&O)"))
        self.save_button.setAccessibleName(self.tr("保存打印设置"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setAccessibleName(self.tr("打印设置提示"))
        # One row: the Settings page holds several sections on a 768-pixel-high screen.
        row = QHBoxLayout()
        for text, field, name in ((self.tr("纸张大小(&Z)："), self.page_size, self.tr("纸张大小")),
                                  (self.tr("水平偏移(&X)："), self.offset_x, self.tr("标签水平偏移（毫米，向右为正）")),
                                  (self.tr("垂直偏移(&Y)："), self.offset_y, self.tr("标签垂直偏移（毫米，向下为正）"))):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(name)
            row.addWidget(label)
            row.addWidget(field)
            row.addSpacing(12)
        row.addWidget(self.save_button)
        row.addStretch(1)
        hint = QLabel(self.tr("打印一张标签试纸，量出打印内容偏离标签的距离后填入：向右、向下为正。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        allowed = user.role in print_settings.CHANGING_ROLES
        for widget in (self.page_size, self.offset_x, self.offset_y, self.save_button):
            widget.setEnabled(allowed)
            if not allowed:
                widget.setToolTip(self.tr("只有管理员或保管人可以更改。"))

    def _offset(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(self.tr(" 毫米"))
        box.setValue(value)
        return box

    def save(self) -> PrintSettings | None:
        chosen = PrintSettings(self.page_size.currentData(), self.offset_x.value(), self.offset_y.value())
        try:
            saved = print_settings.set_print_settings(self.archive, self.user, chosen)
        except ArchiveError as exc:
            self.message.setText(str(exc))
            self.message.setVisible(True)
            return None
        self.message.setText(self.tr("已保存。"))
        self.message.setVisible(True)
        return saved

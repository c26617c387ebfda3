"""The alerts strip above the device tabs: overdue returns, service life, checks not done."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from evidenceroom.core import custody
from evidenceroom.core.archive import Archive
from evidenceroom.ui.custody.labels import badge_style

GROUPS = (("overdue_return",), ("life_over", "life_near"), ("check_stale",))


class AlertsStrip(QWidget):
    """One label per kind of alert with its count; the devices concerned in its tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("设备提醒"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        self.labels: list[QLabel] = []
        for codes in GROUPS:
            label = QLabel()
            label.setStyleSheet(badge_style(codes[0]))
            row.addWidget(label)
            self.labels.append(label)
        self.all_clear = QLabel(self.tr("✓ 没有需要处理的设备提醒"))
        self.all_clear.setStyleSheet("color: #2e6b30;")
        self.all_clear.setAccessibleName(self.tr("设备提醒"))
        row.addWidget(self.all_clear)
        row.addStretch(1)

    def show_alerts(self, archive: Archive) -> None:
        alerts = custody.unit_alerts(archive)
        names = (self.tr("逾期未还"), self.tr("使用年限到期或临近"), self.tr("保养逾期"))
        any_shown = False
        for label, codes, name in zip(self.labels, GROUPS, names):
            found = [a for a in alerts if a.code in codes]
            label.setVisible(bool(found))
            any_shown = any_shown or bool(found)
            text = self.tr("⚠ {0}：{1} 台").format(name, len(found))
            label.setText(text)
            detail = "\n".join(f"{a.serial}：{a}" for a in found)
            label.setToolTip(detail)
            label.setAccessibleName(text)
            label.setAccessibleDescription(detail)
        self.all_clear.setVisible(not any_shown)

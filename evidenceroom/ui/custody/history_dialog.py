"""A device's custody history: every ledger row of it, oldest first (DEV-07: 故障 → 送修 → 修复)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from evidenceroom.core import custody, device_register
from evidenceroom.core.archive import Archive
from evidenceroom.ui.custody.card import BoardCard
from evidenceroom.ui.custody.device_dialog import feature_name
from evidenceroom.ui.custody.labels import kind_name, state_name
from evidenceroom.ui.custody.ledger_tab import event_cells, ledger_headers
from evidenceroom.ui.custody.register_tab import table_view
from evidenceroom.ui.custody.table_model import RowsModel
from evidenceroom.ui.formatting import DisplayFormat


class HistoryDialog(QDialog):
    def __init__(self, archive: Archive, card: BoardCard, display: DisplayFormat, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self.setWindowTitle(self.tr("设备履历：{0}").format(card.serial))
        self.resize(900, 420)
        info = device_register.get_device(archive, card.device_id)
        facts = [kind_name(info.kind), info.serial, info.make, info.model,
                 self.tr("资产编号 {0}").format(info.asset_no) if info.asset_no else "",
                 self.tr("部门：{0}").format(info.department_name) if info.department_name else "",
                 self.tr("保管人：{0}").format(info.custodian_name) if info.custodian_name else "",
                 self.tr("启用：{0}").format(info.in_service_on) if info.in_service_on else "",
                 self.tr("状态：{0}").format(state_name(info.state))]
        head = QLabel("　".join(f for f in facts if f))
        head.setWordWrap(True)
        head.setAccessibleName(self.tr("设备概况"))
        features = QLabel(self.tr("功能：{0}").format("、".join(feature_name(f) for f in info.features) or self.tr("无")))
        features.setAccessibleName(self.tr("设备功能"))
        self.model = RowsModel(ledger_headers(self), lambda r: event_cells(r, display), parent=self)
        self.model.set_rows(custody.ledger(archive, custody.LedgerFilter(device_id=card.device_id)))
        self.view = table_view(self.model, self.tr("设备履历"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(features)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

"""The clips a return row links to (DEV-03): what was recorded on the device while it was out."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from evidenceroom.core import catalog
from evidenceroom.core.archive import Archive
from evidenceroom.ui.custody.register_tab import table_view
from evidenceroom.ui.custody.table_model import RowsModel
from evidenceroom.ui.formatting import DisplayFormat


class ClipsDialog(QDialog):
    def __init__(self, archive: Archive, title: str, recording_ids: tuple[int, ...], display: DisplayFormat,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("归还时关联的音像资料"))
        self.resize(760, 360)
        details = [d for d in (catalog.recording_detail(archive, rid) for rid in recording_ids) if d is not None]
        headers = (self.tr("编号"), self.tr("录制时间"), self.tr("文件名"), self.tr("取证人员"), self.tr("移交"))
        self.model = RowsModel(headers, lambda d: (
            str(d.id), display.local_time(d.recorded_at), d.original_name, d.officer_name or "",
            display.deadline(d.deadline_status, d.late_by_seconds)), parent=self)
        self.model.set_rows(details)
        self.view = table_view(self.model, self.tr("关联的音像资料"))
        head = QLabel(title)
        head.setWordWrap(True)
        head.setAccessibleName(self.tr("台账记录"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

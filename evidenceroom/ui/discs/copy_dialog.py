"""Copying to a USB drive or a folder under a copy grant (ACC-06): the dialog that chooses the
grant, its recordings (all by default), the recipient and the target folder, and the list of
copies made, read from the audit log. The page makes the copy in a worker; only the custodian
and the administrator are offered this at all."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import usb_copy
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.ui.discs.grant_picker import GrantPicker
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import cell, hint_label, human_size, make_table, message_label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CopyChoice:
    grant_id: int
    recording_ids: list[int]
    target: Path
    recipient: str
    medium: str


def medium_label(medium: str) -> str:
    from PySide6.QtCore import QCoreApplication
    names = {"usb": QCoreApplication.translate("CopyDialog", "U盘"),
             "folder": QCoreApplication.translate("CopyDialog", "文件夹")}
    return names.get(medium, medium)


class CopyDialog(QDialog):
    def __init__(self, archive: Archive, user: SignedIn, display: DisplayFormat, parent=None):
        super().__init__(parent)
        self.archive, self.user, self.display = archive, user, display
        self.setWindowTitle(self.tr("复制到U盘或文件夹"))
        self.resize(680, 480)
        self.picker = GrantPicker(archive, display, self)
        self.grant, self.recordings = self.picker.grant, self.picker.recordings
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("接收复制件的人及单位，如：李四 区人民法院"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("U盘或文件夹，复制件放在其中新建的文件夹里"))
        self.browse_button = QPushButton(self.tr("选择(&B)…"))
        self.browse_button.setAccessibleName(self.tr("选择U盘或文件夹"))
        self.browse_button.clicked.connect(self.browse)
        target_row = QWidget()
        row = QHBoxLayout(target_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.target, 1)
        row.addWidget(self.browse_button)
        self.medium = QComboBox()
        for code in usb_copy.MEDIA:
            self.medium.addItem(medium_label(code), code)
        form = QFormLayout()
        labelled_row(form, self.tr("复制批准(&G)："), self.grant, self.tr("复制批准"))
        labelled_row(form, self.tr("复制资料(&R)："), self.recordings, self.tr("复制资料"))
        labelled_row(form, self.tr("接收人(&P)："), self.recipient, self.tr("接收人"))
        label = labelled_row(form, self.tr("复制到(&T)："), target_row, self.tr("复制到"))
        label.setBuddy(self.target)
        self.target.setAccessibleName(self.tr("目标U盘或文件夹"))
        labelled_row(form, self.tr("介质(&M)："), self.medium, self.tr("介质"))
        self.summary = hint_label(self.tr("每个文件写出后从目标读回，与入库时的 SHA-256 核对；不一致时整个复制件删除，不作记录。"))
        self.message = message_label(self.tr("复制提示"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("复制"))
        self.ok_button.setAccessibleName(self.tr("开始复制"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.grant.currentIndexChanged.connect(self._load_recordings)
        self.target.textChanged.connect(self._guess_medium)
        self._load_grants()

    def _load_grants(self) -> None:
        if not self.picker.load_grants():
            show_error(self.message, self.tr("没有可用的复制批准。请先在“调阅申请”页登记复制申请，"
                                             "并由审批人当面批准；过期或已撤销的批准不能复制。"))
            self.ok_button.setEnabled(False)
        else:
            self._load_recordings()

    def select_grant(self, grant_id: int) -> None:
        self.picker.select_grant(grant_id)

    def _load_recordings(self) -> None:
        grant_id = self.grant.currentData()
        if grant_id is not None and not self.recipient.isModified():
            self.recipient.setText(self.picker.requesters.get(grant_id, ""))
        show_error(self.message, self.picker.load_recordings())

    def chosen_recordings(self) -> list[int]:
        return self.picker.chosen_recordings()

    def browse(self) -> None:
        picked = QFileDialog.getExistingDirectory(self, self.tr("选择U盘或文件夹"), self.target.text())
        if picked:
            self.target.setText(picked)

    def _guess_medium(self, text: str) -> None:
        if text.strip():
            self.medium.setCurrentIndex(self.medium.findData(usb_copy.guess_medium(text.strip())))

    def choice(self) -> CopyChoice:
        return CopyChoice(self.grant.currentData(), self.chosen_recordings(), Path(self.target.text().strip()),
                          self.recipient.text().strip(), self.medium.currentData())

    def submit(self) -> None:
        if self.grant.currentData() is None:
            return
        if not self.chosen_recordings():
            show_error(self.message, self.tr("请选择要复制的资料。"))
            self.recordings.setFocus()
            return
        if not self.recipient.text().strip():
            show_error(self.message, self.tr("请填写接收人。"))
            self.recipient.setFocus()
            return
        target = self.target.text().strip()
        if not target or not Path(target).is_dir():
            show_error(self.message, self.tr("请选择一个已有的U盘或文件夹（U盘是否已插好？）。"))
            self.target.setFocus()
            return
        self.accept()


class CopyLog(QWidget):
    """The copies made (ACC-06), newest first: when, who made it, request, recipient, medium, files."""

    def __init__(self, archive: Archive, display: DisplayFormat, parent=None):
        super().__init__(parent)
        self.archive, self.display = archive, display
        self.entries: list[usb_copy.CopyLogEntry] = []
        self.table = make_table([self.tr("复制时间"), self.tr("制作人"), self.tr("申请"), self.tr("接收人"),
                                 self.tr("介质"), self.tr("文件"), self.tr("位置")], self.tr("复制记录"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint_label(self.tr("复制记录（U盘或文件夹）")))
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.entries = usb_copy.copy_log(self.archive)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            hashes = "\n".join(f"{f.name}  {human_size(f.size)}  SHA-256 {f.sha256}" for f in e.files)
            values = (self.display.local_time(e.at)[:16], e.made_by,
                      self.tr("第 {0} 号申请").format(e.request_id) if e.request_id else "", e.recipient,
                      medium_label(e.medium), self.tr("{0} 个，共 {1}").format(
                          len(e.files), human_size(sum(f.size for f in e.files))), e.folder)
            for col, value in enumerate(values):
                self.table.setItem(row, col, cell(value, hashes if col == 5 else None))

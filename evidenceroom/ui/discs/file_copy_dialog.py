"""Record where one copy of a disc is kept: in the case file (附卷), in the evidence room, or given
to someone (DSC-05, DSC-06)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from evidenceroom.core import disc_register
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_register import CopyInfo
from evidenceroom.core.errors import ArchiveError
from evidenceroom.ui.discs.names import place_name
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import message_label, show_error

PLACES = ("case_file", "evidence_room", "given")


class FileCopyDialog(QDialog):
    def __init__(self, archive: Archive, user: SignedIn, copy: CopyInfo, title: str, parent=None):
        super().__init__(parent)
        self.archive, self.user, self.copy = archive, user, copy
        self.result_copy: CopyInfo | None = None
        self.setWindowTitle(self.tr("登记存放：{0}").format(title))
        self.place = QComboBox()
        for place in PLACES:
            self.place.addItem(place_name(place), place)
        if copy.place in PLACES:
            self.place.setCurrentIndex(PLACES.index(copy.place))
        self.location = QLineEdit(copy.location)
        self.notes = QLineEdit(copy.notes)
        self.place.currentIndexChanged.connect(self._hint)
        form = QFormLayout()
        labelled_row(form, self.tr("存放方式(&P)："), self.place, self.tr("存放方式"))
        labelled_row(form, self.tr("位置(&L)："), self.location, self.tr("存放位置"))
        labelled_row(form, self.tr("备注(&N)："), self.notes, self.tr("备注"))
        self.message = message_label(self.tr("登记存放提示"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("登记存放"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._hint()

    def _hint(self) -> None:
        hints = {"case_file": self.tr("案卷及卷号，如：秦水罚〔2026〕31号 第 2 卷"),
                 "evidence_room": self.tr("档案柜及格位，如：档案室 2 号柜 第 3 层"),
                 "given": self.tr("接收人姓名及单位")}
        self.location.setPlaceholderText(hints[self.place.currentData()])

    def submit(self) -> None:
        try:
            self.result_copy = disc_register.file_copy(self.archive, self.user, self.copy.id, self.place.currentData(),
                                                       self.location.text(), self.notes.text())
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            self.location.setFocus()
            return
        self.accept()

"""Choose what goes on a new disc set: the approved copy grant, its recordings (all by default),
the medium, the kind and copies, the extractor and the extraction time (DSC-01 … DSC-03).

The dialog only chooses and checks; the page makes the set in a worker. Before accepting, the
written description is drafted by the core and every empty field it needs is named (DSC-02).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from evidenceroom.core import discs, print_settings
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.descriptions import render_description
from evidenceroom.ui import documents, workers
from evidenceroom.ui.discs.names import kind_name
from evidenceroom.ui.discs.grant_picker import GrantPicker
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import hint_label, human_size, message_label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SetChoice:
    grant_id: int
    recording_ids: list[int]
    medium: str
    kind: str
    copies: int
    extractor: str
    extracted_at: datetime  # naive: the unit's local time, as the core reads it


def draft(archive: Archive, user: SignedIn, c: SetChoice):
    return discs.draft_description(archive, user, c.grant_id, extractor=c.extractor, extracted_at=c.extracted_at,
                                   recording_ids=c.recording_ids, medium=c.medium)


def write_preview(archive: Archive, user: SignedIn, c: SetChoice, folder: Path | None) -> Path:
    """Draft, render (with the unit's page size) and write the preview; no widget is touched, so a
    worker runs it."""
    facts = draft(archive, user, c)
    data = render_description(facts, print_settings.print_settings(archive))
    return documents.preview_pdf(data, f"文字说明材料-预览-{facts.set_no}.pdf", open_after=False, folder=folder)


class MakeSetDialog(QDialog):
    def __init__(self, archive: Archive, user: SignedIn, parent=None, open_preview: bool = True,
                 preview_folder: Path | None = None):
        super().__init__(parent)
        self.archive, self.user, self.open_preview = archive, user, open_preview
        self.preview_folder = preview_folder
        self.preview_path = None
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.setWindowTitle(self.tr("制作光盘组"))
        self.resize(720, 560)
        self.picker = GrantPicker(archive, self.display, self)
        self.grant, self.recordings = self.picker.grant, self.picker.recordings
        self.medium = QComboBox()
        for code, medium in discs.MEDIA.items():
            self.medium.addItem(medium.label, code)
        self.medium.setCurrentIndex(self.medium.findData("dvd"))
        self.kind = QComboBox()
        for code in discs.KIND_NAMES:
            self.kind.addItem(kind_name(code), code)
        self.copies = QComboBox()
        self.copies.addItem(self.tr("一式两份（A、B）"), 2)
        self.copies.addItem(self.tr("一份（A）"), 1)
        self.extractor = QLineEdit()
        self.extractor.setPlaceholderText(self.tr("从资料库提取资料的人，如：王五"))
        # The unit's local time, which is how the core reads a naive time (not this PC's zone).
        local = to_local(utcnow(), self.display.timezone)
        self.extracted_at = QDateTimeEdit(QDateTime(QDate(local.year, local.month, local.day),
                                                    QTime(local.hour, local.minute)))
        self.extracted_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.extracted_at.setCalendarPopup(True)
        form = QFormLayout()
        labelled_row(form, self.tr("复制批准(&G)："), self.grant, self.tr("复制批准"))
        labelled_row(form, self.tr("刻录资料(&R)："), self.recordings, self.tr("刻录资料"))
        labelled_row(form, self.tr("光盘类型(&M)："), self.medium, self.tr("光盘类型"))
        labelled_row(form, self.tr("用途(&K)："), self.kind, self.tr("光盘用途"))
        labelled_row(form, self.tr("份数(&C)："), self.copies, self.tr("份数"))
        labelled_row(form, self.tr("提取人(&E)："), self.extractor, self.tr("提取人"))
        labelled_row(form, self.tr("提取时间(&T)："), self.extracted_at, self.tr("提取时间"))
        self.summary = hint_label()
        self.message = message_label(self.tr("制作光盘组提示"))
        self.preview_button = QPushButton(self.tr("预览文字说明(&V)"))
        self.preview_button.setAccessibleName(self.tr("预览文字说明材料"))
        self.preview_button.clicked.connect(self.start_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("制作"))
        self.ok_button.setAccessibleName(self.tr("制作光盘组"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.grant.currentIndexChanged.connect(self._load_recordings)
        self.medium.currentIndexChanged.connect(self._update_summary)
        self.recordings.itemChanged.connect(self._update_summary)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._load_grants()

    # --- choices ----------------------------------------------------------------------------

    def _load_grants(self) -> None:
        if not self.picker.load_grants():
            show_error(self.message, self.tr("没有可用的复制批准。请先在“调阅申请”页登记复制申请，"
                                             "并由审批人当面批准；过期或已撤销的批准不能刻录。"))
            self.ok_button.setEnabled(False)
            self.preview_button.setEnabled(False)
        else:
            self._load_recordings()

    def select_grant(self, grant_id: int) -> None:
        self.picker.select_grant(grant_id)

    def _load_recordings(self) -> None:
        show_error(self.message, self.picker.load_recordings())
        self._update_summary()

    def _kind_changed(self) -> None:
        long_term = self.kind.currentData() == "long_term"
        if long_term:
            self.copies.setCurrentIndex(self.copies.findData(2))
        self.copies.setEnabled(not long_term)  # 002§16: long-term discs are always two copies

    def chosen_recordings(self) -> list[int]:
        return self.picker.chosen_recordings()

    def _update_summary(self) -> None:
        grant_id, ids = self.grant.currentData(), self.chosen_recordings()
        if grant_id is None or not ids:
            self.summary.setText(self.tr("请选择要刻录的资料。") if grant_id is not None else "")
            return
        try:
            plan = discs.plan_disc_set(self.archive, grant_id, ids, self.medium.currentData())
        except ArchiveError as exc:
            self.summary.setText(str(exc))
            return
        self.summary.setText(self.tr("{0} 个文件，共 {1}，需 {2} 张 {3} 光盘（每张各刻 A、B 两份时共 {4} 张）。").format(
            len(ids), human_size(plan.total_bytes), plan.disc_count, self.medium.currentText(), plan.disc_count * 2))

    def choice(self) -> SetChoice:
        return SetChoice(self.grant.currentData(), self.chosen_recordings(), self.medium.currentData(),
                         self.kind.currentData(), self.copies.currentData(), self.extractor.text().strip(),
                         self.extracted_at.dateTime().toPython())

    # --- checks -----------------------------------------------------------------------------

    def _draft(self, c: SetChoice):
        return draft(self.archive, self.user, c)

    def _previewed(self, path: Path) -> None:
        self.preview_path = path

    def start_preview(self) -> workers.Job | None:
        """The written description as it would be made now, written on a worker and opened to read
        before making the set (the preview button)."""
        if self.grant.currentData() is None:
            return None
        archive, user, c, folder = self.archive, self.user, self.choice(), self.preview_folder
        return documents.write_in_background(self, lambda: write_preview(archive, user, c, folder), self._previewed,
                                             lambda exc: show_error(self.message, str(exc)), self.preview_button,
                                             self.open_preview)

    def submit(self) -> None:
        if self.grant.currentData() is None:
            return
        try:
            gaps = discs.description_gaps(self._draft(self.choice()))
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        if gaps:
            show_error(self.message, self.tr("文字说明材料缺少以下内容，不能制作：{0}").format(
                "、".join(str(g) for g in gaps)))
            if not self.extractor.text().strip():
                self.extractor.setFocus()
            return
        self.accept()

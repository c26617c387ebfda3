"""Registering a request to view, copy or provide recordings (ACC-01): who asks, what for, which
items and when. The custodian fills it in; `access.create_request` decides whether it is valid."""
from __future__ import annotations

import re
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import access, lookups, policy as policies, unit_policy
from evidenceroom.core.access import Items, OutsideParty, RequestInfo
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AccessPurpose
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import chosen_data, make_searchable, message_label, show_error
from evidenceroom.ui.requests.labels import RequestLabels

TIME_FORMAT = "yyyy-MM-dd HH:mm:ss"


def parse_ids(text: str) -> tuple[int, ...]:
    """Recording ids typed as `12, 13 14；15`; anything that is not a number is ignored."""
    return tuple(dict.fromkeys(int(n) for n in re.findall(r"\d+", text)))


def unit_now(archive: Archive) -> QDateTime:
    """Now in the unit's time zone, as the naive local time the core expects back."""
    with archive.session() as s:
        tz = archive.unit(s).timezone
    return QDateTime(to_local(utcnow(), tz).replace(tzinfo=None, microsecond=0))


class _Unfilled(Exception):
    """A field the form itself cannot turn into a value; its message is already translated."""


class RequestDialog(QDialog):
    """`request` holds the registered request once saved."""

    def __init__(self, archive: Archive, user: SignedIn, preset_recording_ids=(), parent: QWidget | None = None,
                 *, policy: policies.AccessPolicy | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.policy = policy or unit_policy.approval_policy(archive)
        self.labels = RequestLabels(self)
        self.request: RequestInfo | None = None
        self.setWindowTitle(self.tr("新建调阅申请"))
        self.setMinimumWidth(560)

        # Requester: a staff person, or an outside party.
        self.staff_radio = QRadioButton(self.tr("本单位人员(&S)"))
        self.staff_radio.setAccessibleName(self.tr("申请人为本单位人员"))
        self.outside_radio = QRadioButton(self.tr("外单位(&O)"))
        self.outside_radio.setAccessibleName(self.tr("申请人为外单位人员"))
        self.staff_radio.setChecked(True)
        self.requester_group = QButtonGroup(self)
        self.requester_group.addButton(self.staff_radio)
        self.requester_group.addButton(self.outside_radio)
        requester_row = QHBoxLayout()
        requester_row.addWidget(self.staff_radio)
        requester_row.addWidget(self.outside_radio)
        requester_row.addStretch(1)
        self.person_combo = QComboBox()
        make_searchable(self.person_combo)
        self.person_combo.addItem("", None)
        display = DisplayFormat(parent=self)
        for officer in lookups.officers(archive, active_only=True):
            label = display.officer(officer.name, officer.badge)
            if officer.department:
                label = f"{label} {officer.department}"
            self.person_combo.addItem(label, officer.id)
        self.person_combo.setCurrentIndex(0)
        self.outside_name = QLineEdit()
        self.outside_name.setMaxLength(100)
        self.outside_org = QLineEdit()
        self.outside_org.setMaxLength(200)
        self.outside_id = QLineEdit()
        self.outside_id.setMaxLength(50)

        self.kind_combo = QComboBox()
        for value, name in self.labels.kinds():
            self.kind_combo.addItem(name, value)
        self.purpose_combo = QComboBox()
        for value, name in self.labels.purposes():
            self.purpose_combo.addItem(name, value)
        self.purpose_detail = QLineEdit()
        self.purpose_detail.setMaxLength(200)
        self.purpose_detail.setPlaceholderText(self.tr("用途为“其他”时必填"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.reason_edit.setPlaceholderText(self.tr("查阅事由（必填）"))

        self.ids_edit = QLineEdit()
        self.ids_edit.setPlaceholderText(self.tr("资料编号，用逗号或空格分隔，例如 12, 13"))
        self.ids_edit.setText(", ".join(str(i) for i in preset_recording_ids))
        self.items_list = QListWidget()
        self.items_list.setFixedHeight(self.fontMetrics().height() * 6)
        self.cases_edit = QLineEdit()
        self.cases_edit.setPlaceholderText(self.tr("案件编号，每行或用分号分隔"))

        now = unit_now(archive)
        self.start_edit = QDateTimeEdit(now)
        self.end_edit = QDateTimeEdit(now.addDays(1))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(TIME_FORMAT)
            edit.setCalendarPopup(True)

        form = QFormLayout()
        form.addRow(self.tr("申请人类别："), requester_row)
        labelled_row(form, self.tr("申请人(&P)："), self.person_combo, self.tr("申请人"))
        self.outside_rows = [
            labelled_row(form, self.tr("姓名(&N)："), self.outside_name, self.tr("外单位申请人姓名")),
            labelled_row(form, self.tr("单位(&G)："), self.outside_org, self.tr("外单位申请人所在单位")),
            labelled_row(form, self.tr("证件号码(&I)："), self.outside_id, self.tr("外单位申请人证件号码")),
        ]
        labelled_row(form, self.tr("申请类型(&K)："), self.kind_combo, self.tr("申请类型"))
        labelled_row(form, self.tr("用途(&U)："), self.purpose_combo, self.tr("用途"))
        labelled_row(form, self.tr("用途说明(&D)："), self.purpose_detail, self.tr("用途说明"))
        labelled_row(form, self.tr("查阅事由(&R)："), self.reason_edit, self.tr("查阅事由"))
        labelled_row(form, self.tr("资料编号(&F)："), self.ids_edit, self.tr("资料编号"))
        labelled_row(form, self.tr("所列资料："), self.items_list, self.tr("所列资料及文件名"))
        labelled_row(form, self.tr("整案调阅(&C)："), self.cases_edit, self.tr("整案调阅的案件编号"))
        labelled_row(form, self.tr("开始时间(&B)："), self.start_edit, self.tr("查阅时段开始时间"))
        labelled_row(form, self.tr("结束时间(&E)："), self.end_edit, self.tr("查阅时段结束时间"))

        self.error = message_label(self.tr("错误信息"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("登记申请"))
        self.ok_button.setAccessibleName(self.tr("登记申请"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        order = [self.staff_radio, self.outside_radio, self.person_combo, self.outside_name, self.outside_org,
                 self.outside_id, self.kind_combo, self.purpose_combo, self.purpose_detail, self.reason_edit,
                 self.ids_edit, self.items_list, self.cases_edit, self.start_edit, self.end_edit,
                 self.ok_button, cancel]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

        self.outside_radio.toggled.connect(self._requester_changed)
        self.purpose_combo.currentIndexChanged.connect(self._purpose_changed)
        self.ids_edit.editingFinished.connect(self._show_items)
        self._requester_changed()
        self._purpose_changed()
        self._show_items()

    def _requester_changed(self) -> None:
        outside = self.outside_radio.isChecked()
        self.person_combo.setEnabled(not outside)
        for edit in (self.outside_name, self.outside_org, self.outside_id):
            edit.setEnabled(outside)

    def _purpose_changed(self) -> None:
        self.purpose_detail.setEnabled(self.purpose_combo.currentData() == AccessPurpose.OTHER.value)

    def _show_items(self) -> None:
        self.items_list.clear()
        for rec_id in parse_ids(self.ids_edit.text()):
            self.items_list.addItem(self.labels.recording_line(self.archive, rec_id))

    def _case_ids(self) -> tuple[int, ...]:
        ids = []
        for number in re.split(r"[;；\n]+", self.cases_edit.text()):
            if not number.strip():
                continue
            case = lookups.case_by_number(self.archive, number)
            if case is None:
                raise _Unfilled(self.tr("没有编号为“{0}”的案件。").format(number.strip()))
            ids.append(case.id)
        return tuple(dict.fromkeys(ids))

    def _requester(self):
        if self.outside_radio.isChecked():
            return OutsideParty(self.outside_name.text(), self.outside_org.text(), self.outside_id.text())
        person_id = chosen_data(self.person_combo)
        if person_id is None:
            raise _Unfilled(self.tr("请从人员名单中选择申请人。"))
        return person_id

    def save(self) -> None:
        self._show_items()
        try:
            items = Items(parse_ids(self.ids_edit.text()), self._case_ids())
            self.request = access.create_request(
                self.archive, self.user, kind=self.kind_combo.currentData(), requester=self._requester(),
                reason=self.reason_edit.toPlainText(), purpose=self.purpose_combo.currentData(),
                purpose_detail=self.purpose_detail.text() if self.purpose_detail.isEnabled() else "",
                items=items, window_start=self.start_edit.dateTime().toPython(),
                window_end=self.end_edit.dateTime().toPython(), policy=self.policy)
        except (ArchiveError, _Unfilled) as exc:
            show_error(self.error, str(exc))
            return
        self.accept()

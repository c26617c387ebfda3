"""Add or edit one device of the register (DEV-01, DEV-02, DEV-13)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import device_register as register
from evidenceroom.core import lookups
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, language
from evidenceroom.core.models import DeviceKind
from evidenceroom.ui.custody.labels import kind_name
from evidenceroom.ui.custody.move_dialogs import officer_text
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import chosen_data, make_searchable, message_label, show_error

NO_DATE = QDate(1900, 1, 1)  # the date fields' "not entered" value, shown as blank


def feature_name(code: str) -> str:
    zh, en = register.FEATURE_NAMES.get(code, (code, code))
    return en if language() == "en" else zh


def _date_edit(value: date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")  # shown for the minimum: no date
    edit.setDate(QDate(value) if value else NO_DATE)
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()


class DeviceDialog(QDialog):
    """`device` None adds a device; otherwise edits it. `saved` holds the core's answer."""

    def __init__(self, archive: Archive, user: SignedIn, device: register.DeviceInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.device = device
        self.saved: register.DeviceInfo | None = None
        self.setWindowTitle(self.tr("新增设备") if device is None else self.tr("编辑设备 {0}").format(device.serial))
        self.setMinimumWidth(560)
        d = device

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = QComboBox()
        for kind in DeviceKind:
            self.kind_combo.addItem(kind_name(kind.value), kind.value)
        # A new device is most often a body camera (执法记录仪).
        kind = d.kind if d is not None else DeviceKind.BODY_CAMERA.value
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        labelled_row(form, self.tr("设备类型 *(&K)："), self.kind_combo, self.tr("设备类型"))
        self.serial_edit = QLineEdit(d.serial if d else "")
        self.serial_edit.setMaxLength(100)
        labelled_row(form, self.tr("序列号 *(&S)："), self.serial_edit, self.tr("序列号"))
        self.asset_edit = QLineEdit((d.asset_no or "") if d else "")
        labelled_row(form, self.tr("资产编号(&A)："), self.asset_edit, self.tr("资产编号"))
        self.make_edit = QLineEdit(d.make if d else "")
        labelled_row(form, self.tr("品牌(&B)："), self.make_edit, self.tr("品牌"))
        self.model_edit = QLineEdit(d.model if d else "")
        labelled_row(form, self.tr("型号(&M)："), self.model_edit, self.tr("型号"))
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("（未指定）"), None)
        for dept in register.list_departments(archive):
            self.department_combo.addItem(dept.name, dept.id)
        if d is not None and d.department_id is not None:
            self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(d.department_id)))
        labelled_row(form, self.tr("所属部门(&D)："), self.department_combo, self.tr("所属部门"))
        self.custodian_combo = QComboBox()
        make_searchable(self.custodian_combo)
        for o in lookups.officers(archive, active_only=True):
            self.custodian_combo.addItem(officer_text(o), o.id)
        index = self.custodian_combo.findData(d.custodian_id) if d and d.custodian_id else -1
        self.custodian_combo.setCurrentIndex(index)
        if index < 0:
            self.custodian_combo.setEditText("")
        labelled_row(form, self.tr("保管人(&C)："), self.custodian_combo, self.tr("保管人"))
        self.purchased_edit = _date_edit(d.purchased_on if d else None)
        labelled_row(form, self.tr("购置日期(&P)："), self.purchased_edit, self.tr("购置日期"))
        self.in_service_edit = _date_edit(d.in_service_on if d else None)
        labelled_row(form, self.tr("启用日期(&I)："), self.in_service_edit, self.tr("启用日期"))
        self.price_edit = QLineEdit(str(d.purchase_price) if d and d.purchase_price is not None else "")
        self.price_edit.setPlaceholderText(self.tr("元，例如 2800"))
        labelled_row(form, self.tr("购置原价(&R)："), self.price_edit, self.tr("购置原价（元）"))

        features = QGroupBox(self.tr("功能"))
        grid = QGridLayout(features)
        self.feature_checks: dict[str, QCheckBox] = {}
        for i, code in enumerate(register.FEATURE_NAMES):
            check = QCheckBox(feature_name(code))
            check.setAccessibleName(feature_name(code))
            check.setChecked(bool(d and d.has(code)))
            grid.addWidget(check, i // 3, i % 3)
            self.feature_checks[code] = check
        self.notes_edit = QPlainTextEdit(d.notes if d else "")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(features)
        notes_form = QFormLayout()
        labelled_row(notes_form, self.tr("备注(&N)："), self.notes_edit, self.tr("备注"))
        layout.addLayout(notes_form)
        self.error = message_label(self.tr("错误信息"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setAccessibleName(self.tr("保存"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def device_input(self) -> register.DeviceInput:
        custodian = chosen_data(self.custodian_combo) if self.custodian_combo.currentText().strip() else None
        return register.DeviceInput(
            serial=self.serial_edit.text().strip(), kind=self.kind_combo.currentData(),
            make=self.make_edit.text().strip(), model=self.model_edit.text().strip(),
            asset_no=self.asset_edit.text().strip() or None, department_id=self.department_combo.currentData(),
            custodian_id=custodian, purchased_on=_date_of(self.purchased_edit),
            in_service_on=_date_of(self.in_service_edit), purchase_price=self.price_edit.text().strip() or None,
            features=frozenset(code for code, check in self.feature_checks.items() if check.isChecked()),
            notes=self.notes_edit.toPlainText().strip())

    def submit(self) -> None:
        if self.custodian_combo.currentText().strip() and chosen_data(self.custodian_combo) is None:
            show_error(self.error, self.tr("请从列表中选择保管人，或清空此项。"))
            self.custodian_combo.setFocus()
            return
        try:
            data = self.device_input()
            if self.device is None:
                self.saved = register.add_device(self.archive, self.user, data)
            else:
                self.saved = register.edit_device(self.archive, self.user, self.device.id, data)
        except ArchiveError as exc:
            show_error(self.error, str(exc))
            return
        self.accept()

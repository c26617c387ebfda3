"""Small dialogs used while filling in an import: register a person or a device on the spot."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import lookups, registry
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import DeviceKind
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import device_kind_name, hint_label, message_label, show_error


class RegisterDialog(QDialog):
    """Base of the two dialogs. Its own strings name their context, since tr() in a base class
    looks them up under the subclass's name."""

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.form = QFormLayout()
        self.error = message_label(QCoreApplication.translate("RegisterDialog", "错误信息"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("RegisterDialog", "登记"))
        ok.setAccessibleName(QCoreApplication.translate("RegisterDialog", "登记"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("RegisterDialog", "取消"))
        cancel.setAccessibleName(QCoreApplication.translate("RegisterDialog", "取消"))
        self.buttons.accepted.connect(self._register)
        self.buttons.rejected.connect(self.reject)
        self.intro = hint_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _missing(self) -> str:
        """What must still be filled in before saving, or ""."""
        return ""

    def _register(self) -> None:
        missing = self._missing()
        if missing:
            show_error(self.error, missing)
            return
        try:
            with self.archive.transaction() as s:
                self._save(s)
        except ArchiveError as exc:
            show_error(self.error, str(exc))
            return
        self.accept()

    def _save(self, s) -> None:
        raise NotImplementedError


class NewPersonDialog(RegisterDialog):
    """Registers an officer (name, badge number, department); `badge` is set once saved."""

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(archive, user, parent)
        self.setWindowTitle(self.tr("新增人员"))
        self.intro.setText(self.tr("登记一名执法人员。执法证号用于在导入记录中识别取证人员和移交人。"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.badge_edit = QLineEdit()
        self.badge_edit.setMaxLength(50)
        self.department_combo = QComboBox()
        self.department_combo.setEditable(True)
        self.department_combo.addItem("")
        self.department_combo.addItems([name for _, name in lookups.departments(archive)])
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(100)
        self.title_edit.setPlaceholderText(self.tr("例如：执法人员"))
        labelled_row(self.form, self.tr("姓名(&N)："), self.name_edit, self.tr("姓名"))
        labelled_row(self.form, self.tr("执法证号(&B)："), self.badge_edit, self.tr("执法证号"))
        labelled_row(self.form, self.tr("所属部门(&D)："), self.department_combo, self.tr("所属部门"))
        labelled_row(self.form, self.tr("职务(&T)："), self.title_edit, self.tr("职务"))
        self.badge: str | None = None

    def _missing(self) -> str:
        if not self.badge_edit.text().strip():
            self.badge_edit.setFocus()
            return self.tr("请填写执法证号：导入记录以执法证号识别人员。")
        return ""

    def _save(self, s) -> None:
        person = registry.add_person(s, self.user.actor, self.name_edit.text(), self.badge_edit.text(),
                                     self.department_combo.currentText(), self.title_edit.text().strip() or None)
        self.badge = person.badge_no


class NewDeviceDialog(RegisterDialog):
    """Registers a recording device (serial, kind, model, asset number); `serial` is set once saved."""

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(archive, user, parent)
        self.setWindowTitle(self.tr("新增设备"))
        self.intro.setText(self.tr("登记一台音像记录设备。每个导入的文件都会记录其来源设备的类型和资产编号。"))
        self.serial_edit = QLineEdit()
        self.serial_edit.setMaxLength(100)
        self.kind_combo = QComboBox()
        for kind in DeviceKind:
            self.kind_combo.addItem(device_kind_name(kind.value), kind.value)
        self.kind_combo.setCurrentIndex(list(DeviceKind).index(DeviceKind.BODY_CAMERA))
        self.model_edit = QLineEdit()
        self.model_edit.setMaxLength(100)
        self.asset_edit = QLineEdit()
        self.asset_edit.setMaxLength(100)
        labelled_row(self.form, self.tr("序列号(&S)："), self.serial_edit, self.tr("序列号"))
        labelled_row(self.form, self.tr("设备类型(&K)："), self.kind_combo, self.tr("设备类型"))
        labelled_row(self.form, self.tr("型号(&M)："), self.model_edit, self.tr("型号"))
        labelled_row(self.form, self.tr("资产编号(&A)："), self.asset_edit, self.tr("资产编号"))
        self.serial: str | None = None

    def _save(self, s) -> None:
        device = registry.add_device(s, self.user.actor, self.serial_edit.text(),
                                     DeviceKind(self.kind_combo.currentData()),
                                     self.model_edit.text().strip(), self.asset_edit.text().strip() or None)
        self.serial = device.serial

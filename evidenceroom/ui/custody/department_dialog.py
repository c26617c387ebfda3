"""A department's staffing class, officer count, first responsible person and device
administrator (DEV-02, DEV-11). Both people are required; the core says so if one is missing."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from evidenceroom.core import device_register, lookups, profiles, staffing
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, language
from evidenceroom.ui.custody.move_dialogs import officer_text
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import chosen_data, make_searchable, message_label, show_error


class DepartmentDialog(QDialog):
    def __init__(self, archive: Archive, user: SignedIn, dept: device_register.DepartmentInfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.dept = dept
        self.saved: device_register.DepartmentInfo | None = None
        self.setWindowTitle(self.tr("部门设置：{0}").format(dept.name))
        self.setMinimumWidth(480)
        form = QFormLayout()
        self.class_combo = QComboBox()
        self.class_combo.addItem(self.tr("（未设类别）"), None)
        with archive.session() as s:
            profile = profiles.active(s)
        for code, zh, en, per, article in staffing.class_choices(profile):
            ratio = self.tr("按需配备") if per is None else self.tr("每 {0} 人 1 台").format(per)
            self.class_combo.addItem(f"{en if language() == 'en' else zh}　{ratio}　{article}", code)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(dept.staffing_class)))
        labelled_row(form, self.tr("配备类别(&C)："), self.class_combo, self.tr("配备类别"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(-1, 100000)
        self.count_spin.setSpecialValueText(self.tr("按人员名单计算"))
        self.count_spin.setValue(dept.officer_count_override if dept.officer_count_override is not None else -1)
        labelled_row(form, self.tr("执法人员人数(&N)："), self.count_spin, self.tr("执法人员人数"))
        people = [o for o in lookups.officers(archive, active_only=True)]
        self.first_combo = QComboBox()
        self.admin_combo = QComboBox()
        for combo, current in ((self.first_combo, dept.first_responsible_id), (self.admin_combo, dept.administrator_id)):
            make_searchable(combo)
            for o in people:
                combo.addItem(officer_text(o), o.id)
            index = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(index)
            if index < 0:
                combo.setEditText("")
        labelled_row(form, self.tr("第一责任人 *(&F)："), self.first_combo, self.tr("第一责任人"))
        labelled_row(form, self.tr("设备管理员 *(&A)："), self.admin_combo, self.tr("设备管理员"))
        self.error = message_label(self.tr("错误信息"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setAccessibleName(self.tr("保存"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        count = self.count_spin.value()
        try:
            self.saved = device_register.save_department(
                self.archive, self.user, self.dept.id, first_responsible_id=chosen_data(self.first_combo),
                administrator_id=chosen_data(self.admin_combo), staffing_class=self.class_combo.currentData(),
                officer_count_override=None if count < 0 else count)
        except ArchiveError as exc:
            show_error(self.error, str(exc))
            return
        self.accept()

"""Check-out (领用) and return (归还): the two moves of every working day."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit

from evidenceroom.core import custody, device_register, lookups
from evidenceroom.ui.clock_offset import ClockOffsetSpin
from evidenceroom.ui.custody.dialog_base import MoveDialog, text_box, time_edit, unit_time
from evidenceroom.ui.forms import labelled_row, without_mnemonic
from evidenceroom.ui.imports.common import chosen_data, hint_label, make_searchable


def officer_text(o: lookups.Officer) -> str:
    return "　".join(p for p in (o.name, o.badge or "", o.department) if p)


def officer_combo(archive) -> QComboBox:
    """Active officers with a badge, found by any part of name, badge or department."""
    combo = QComboBox()
    make_searchable(combo)
    for o in lookups.officers(archive, active_only=True):
        if o.badge:
            combo.addItem(officer_text(o), o.id)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    return combo


class CheckOutDialog(MoveDialog):
    """领用: to an officer on the staff list, for a stated purpose, after the pre-use check
    (000§12, 001§11, 002§7, 003§11). An item that fails needs a reason; a fault turns the
    check-out into a fault report instead (`fault_instead`)."""

    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("领用设备"))
        self.fault_instead = False
        self.officer_combo = officer_combo(self.archive)
        self.officer_combo.lineEdit().setPlaceholderText(self.tr("输入姓名或执法证号查找"))
        labelled_row(form, self.tr("使用人员 *(&O)："), self.officer_combo, self.tr("使用人员"))
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setMaxLength(300)
        self.purpose_edit.setPlaceholderText(self.tr("例如：河道采砂现场检查，秦水罚〔2026〕31号"))
        labelled_row(form, self.tr("用途/执法活动 *(&P)："), self.purpose_edit, self.tr("用途或执法活动"))
        self.return_edit = time_edit(self.now() + timedelta(hours=8))
        labelled_row(form, self.tr("预计归还(&E)："), self.return_edit, self.tr("预计归还时间"))

        box = QGroupBox(self.tr("使用前检查"))
        grid = QGridLayout(box)
        self.battery_check = QCheckBox(self.tr("电池电量充足(&B)"))
        self.storage_check = QCheckBox(self.tr("存储空间充足(&S)"))
        self.clock_check = QCheckBox(self.tr("日期、时间设定准确(&T)"))
        self.fault_check = QCheckBox(self.tr("有故障(&F)"))
        self.fault_check.setToolTip(self.tr("发现故障时勾选：不能领用，转为故障登记"))
        self.offset_spin = ClockOffsetSpin()  # the import form's field: "未测量" until measured
        for row, check in enumerate((self.battery_check, self.storage_check, self.clock_check, self.fault_check)):
            check.setAccessibleName(without_mnemonic(check.text()))
            grid.addWidget(check, row, 0, 1, 2)
            check.toggled.connect(self._checks_changed)
        offset_label = QLabel(self.tr("时钟偏差(&K)："))
        offset_label.setBuddy(self.offset_spin)
        grid.addWidget(offset_label, 4, 0)
        grid.addWidget(self.offset_spin, 4, 1)
        # Only a device that can go online carries the 001§15 item; the core asks for it too.
        info = device_register.get_device(self.archive, self.card.device_id)
        self.networked = bool(device_register.NETWORKED & set(info.features))
        self.offline_check = QCheckBox(self.tr("未与互联网或其他与工作无关的设备连接（001§15）(&N)"))
        self.offline_check.setAccessibleName(self.tr("未与互联网或其他与工作无关的设备连接"))
        self.offline_check.setVisible(self.networked)
        self.offline_check.toggled.connect(lambda _on: self.update_ok())
        grid.addWidget(self.offline_check, 5, 0, 1, 2)
        form.addRow(box)
        self.reason_edit = text_box(2, self.tr("有未通过的检查项时必填"))
        labelled_row(form, self.tr("未通过原因(&R)："), self.reason_edit, self.tr("未通过检查的原因"))
        self.check_hint = hint_label()
        form.addRow(self.check_hint)
        for signal in (self.officer_combo.currentTextChanged, self.purpose_edit.textChanged,
                       self.reason_edit.textChanged):
            signal.connect(lambda *_: self.update_ok())
        self._checks_changed()

    def ok_label(self) -> str:
        return self.tr("领用")

    def failed_items(self) -> list[str]:
        return [c.accessibleName() for c in (self.battery_check, self.storage_check, self.clock_check)
                if not c.isChecked()]

    def _checks_changed(self) -> None:
        failed = self.failed_items()
        self.reason_edit.setEnabled(bool(failed))
        if self.fault_check.isChecked():
            self.check_hint.setText(self.tr("设备有故障：不能领用。按“改为故障登记”先登记故障（000§12）。"))
            self.ok_button.setText(self.tr("改为故障登记"))
        else:
            self.ok_button.setText(self.ok_label())
            self.check_hint.setText(self.tr("未通过：{0}。请写明原因。").format(self.tr("、").join(failed)) if failed else "")
        self.ok_button.setAccessibleName(without_mnemonic(self.ok_button.text()))
        self.update_ok()

    def ready(self) -> bool:
        if not hasattr(self, "reason_edit"):
            return False
        filled = chosen_data(self.officer_combo) is not None and bool(self.purpose_edit.text().strip())
        if self.fault_check.isChecked():
            return filled
        if self.networked and not self.offline_check.isChecked():
            return False
        return filled and (not self.failed_items() or bool(self.reason_edit.toPlainText().strip()))

    def clock_offset(self) -> float | None:
        return self.offset_spin.offset()

    def perform(self):
        reason = self.reason_edit.toPlainText().strip()
        check = custody.PreUseCheck(
            battery_ok=self.battery_check.isChecked(), storage_ok=self.storage_check.isChecked(),
            clock_ok=self.clock_check.isChecked(), no_fault=not self.fault_check.isChecked(),
            not_networked=self.offline_check.isChecked() if self.networked else None,
            clock_offset_s=self.clock_offset(),
            reasons={key: reason for key, box in (("battery", self.battery_check), ("storage", self.storage_check),
                                                  ("clock", self.clock_check)) if not box.isChecked()})
        try:
            return custody.check_out(self.archive, self.user, self.card.device_id, chosen_data(self.officer_combo),
                                     self.purpose_edit.text().strip(), unit_time(self.return_edit), check)
        except custody.FaultReportNeeded:
            self.fault_instead = True  # nothing was checked out; the page opens the fault form
            return None


class ReturnDialog(MoveDialog):
    """归还: condition and what was recorded (001§9, 002§4). With footage to hand in, the
    activity's times go with it so the import starts filled in and the 24-hour clock runs from
    the activity's end (000§14)."""

    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("归还设备"))
        if self.card.holder:
            holder = hint_label(self.tr("使用人员：{0}").format(self.card.holder))
            holder.setAccessibleName(self.tr("使用人员"))
            form.addRow(holder)
        self.condition_combo = QComboBox()
        self.condition_combo.addItem(self.tr("完好"), "good")
        self.condition_combo.addItem(self.tr("有损坏"), "damaged")
        self.condition_combo.addItem(self.tr("有故障"), "faulty")
        labelled_row(form, self.tr("设备状况(&C)："), self.condition_combo, self.tr("设备状况"))
        self.fault_edit = text_box(2, self.tr("有故障时必填：故障现象"))
        labelled_row(form, self.tr("故障情况(&F)："), self.fault_edit, self.tr("故障情况"))
        self.condition_combo.currentIndexChanged.connect(self._condition_changed)
        self.fault_edit.textChanged.connect(self.update_ok)
        self.recorded_edit = text_box(2, self.tr("例如：现场检查全过程，约 40 分钟"))
        labelled_row(form, self.tr("记录内容(&R)："), self.recorded_edit, self.tr("记录内容"))
        self.footage_check = QCheckBox(self.tr("有音像资料需要导入(&M)"))
        self.footage_check.setAccessibleName(self.tr("有音像资料需要导入"))
        form.addRow(self.footage_check)
        now = self.now()
        since = self.local(self.card.since) if self.card.since else None
        self.start_edit = time_edit(since or now - timedelta(hours=1))
        self.end_edit = time_edit(now)
        labelled_row(form, self.tr("活动开始(&S)："), self.start_edit, self.tr("执法活动开始时间"))
        labelled_row(form, self.tr("活动结束(&E)："), self.end_edit, self.tr("执法活动结束时间"))
        self.activity_edit = QLineEdit()
        self.activity_edit.setMaxLength(300)
        self.activity_edit.setPlaceholderText(self.tr("例如：现场检查"))
        labelled_row(form, self.tr("活动说明(&A)："), self.activity_edit, self.tr("执法活动说明"))
        self.footage_hint = hint_label(self.tr("确定后转到“导入”页，取证人员、设备和执法活动已填好；"
                                               "移交期限从活动结束时起算。"))
        form.addRow(self.footage_hint)
        self.footage_check.toggled.connect(self._footage_changed)
        self.recorded_edit.textChanged.connect(self.update_ok)
        self.start_edit.dateTimeChanged.connect(lambda *_: self.update_ok())
        self.end_edit.dateTimeChanged.connect(lambda *_: self.update_ok())
        self._footage_changed(False)
        self._condition_changed()
        self.condition_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def ok_label(self) -> str:
        return self.tr("归还")

    def _faulty(self) -> bool:
        return self.condition_combo.currentData() == "faulty"

    def _condition_changed(self, *_args) -> None:
        self.fault_edit.setEnabled(self._faulty())
        self.update_ok()

    def _footage_changed(self, on: bool) -> None:
        for w in (self.start_edit, self.end_edit, self.activity_edit):
            w.setEnabled(on)
        self.footage_hint.setVisible(on)
        self.update_ok()

    def ready(self) -> bool:
        if not hasattr(self, "end_edit"):
            return False
        if self.footage_check.isChecked() and (self.start_edit.dateTime() > self.end_edit.dateTime()
                                               or not self.recorded_edit.toPlainText().strip()):
            return False
        return not self._faulty() or bool(self.fault_edit.toPlainText().strip())

    def perform(self):
        footage = self.footage_check.isChecked()
        return custody.return_device(
            self.archive, self.user, self.card.device_id,
            condition=self.condition_combo.currentText(),
            recorded=self.recorded_edit.toPlainText().strip(),
            has_footage=footage,
            activity_started=unit_time(self.start_edit) if footage else None,
            activity_ended=unit_time(self.end_edit) if footage else None,
            activity_description=self.activity_edit.text().strip() if footage else "",
            faulty=self._faulty(), fault_description=self.fault_edit.toPlainText().strip())


class HandoverDialog(MoveDialog):
    """交接: a device out with one officer passes to another, without coming back to the desk;
    the ledger keeps both names and the time (DEV-03)."""

    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("设备交接"))
        if self.card.holder:
            holder = hint_label(self.tr("现使用人员：{0}").format(self.card.holder))
            holder.setAccessibleName(self.tr("现使用人员"))
            form.addRow(holder)
        self.officer_combo = officer_combo(self.archive)
        self.officer_combo.lineEdit().setPlaceholderText(self.tr("输入姓名或执法证号查找"))
        labelled_row(form, self.tr("接收人员 *(&O)："), self.officer_combo, self.tr("接收人员"))
        self.at_edit = time_edit(self.now())
        labelled_row(form, self.tr("交接时间(&T)："), self.at_edit, self.tr("交接时间"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(300)
        labelled_row(form, self.tr("交接原因(&R)："), self.reason_edit, self.tr("交接原因"))
        self.officer_combo.currentTextChanged.connect(lambda _t: self.update_ok())

    def ok_label(self) -> str:
        return self.tr("交接")

    def ready(self) -> bool:
        return hasattr(self, "officer_combo") and chosen_data(self.officer_combo) is not None

    def perform(self):
        return custody.handover(self.archive, self.user, self.card.device_id, chosen_data(self.officer_combo),
                                reason=self.reason_edit.text().strip(), at=unit_time(self.at_edit))

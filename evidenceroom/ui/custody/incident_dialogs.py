"""Faults, repairs and losses (000§12, 001§16, 001§17): each keeps who, when and what on record."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit

from evidenceroom.core import custody, device_register
from evidenceroom.ui.custody.dialog_base import MoveDialog, unit_time, text_box, time_edit
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import hint_label


class FaultDialog(MoveDialog):
    """故障登记: stop using it, report it; the device cannot go out until a repair closes it."""

    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("故障登记"))
        self.description_edit = text_box(3, self.tr("例如：开机后无法录像，屏幕提示存储卡错误"))
        labelled_row(form, self.tr("故障描述 *(&D)："), self.description_edit, self.tr("故障描述"))
        self.reported_to_combo = QComboBox()
        self.reported_to_combo.addItem(self.tr("设备管理员（000§12）"), "administrator")
        self.reported_to_combo.addItem(self.tr("单位负责人（001§16）"), "unit_head")
        labelled_row(form, self.tr("报告对象(&T)："), self.reported_to_combo, self.tr("报告对象"))
        self.at_edit = time_edit(self.now())
        labelled_row(form, self.tr("发现时间(&W)："), self.at_edit, self.tr("发现故障的时间"))
        form.addRow(hint_label(self.tr("有故障的设备应停止使用，不得自行拆装或更换部件（000§12）。")))
        self.description_edit.textChanged.connect(self.update_ok)

    def ok_label(self) -> str:
        return self.tr("登记故障")

    def ready(self) -> bool:
        return hasattr(self, "description_edit") and bool(self.description_edit.toPlainText().strip())

    def perform(self):
        return custody.report_fault(self.archive, self.user, self.card.device_id,
                                   self.description_edit.toPlainText().strip(), self.reported_to_combo.currentData(),
                                   at=unit_time(self.at_edit))


class RepairDialog(MoveDialog):
    """送修: to a professional repairer or the unit's central repair, never repaired by hand."""

    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("送修"))
        self.route_combo = QComboBox()
        self.route_combo.addItem(self.tr("专业维修部门（000§12）"), "professional")
        self.route_combo.addItem(self.tr("统一维修（001§16）"), "central")
        labelled_row(form, self.tr("维修方式(&M)："), self.route_combo, self.tr("维修方式"))
        self.repairer_edit = QLineEdit()
        self.repairer_edit.setMaxLength(200)
        self.repairer_edit.setPlaceholderText(self.tr("例如：某某数码售后服务中心"))
        labelled_row(form, self.tr("维修单位 *(&R)："), self.repairer_edit, self.tr("维修单位"))
        self.at_edit = time_edit(self.now())
        labelled_row(form, self.tr("送修时间(&S)："), self.at_edit, self.tr("送修时间"))
        self.repairer_edit.textChanged.connect(self.update_ok)

    def ok_label(self) -> str:
        return self.tr("送修")

    def ready(self) -> bool:
        return hasattr(self, "repairer_edit") and bool(self.repairer_edit.text().strip())

    def perform(self):
        return custody.send_to_repair(self.archive, self.user, self.card.device_id, self.repairer_edit.text().strip(),
                                     central=self.route_combo.currentData() == "central",
                                     sent_on=unit_time(self.at_edit))


class BackInServiceDialog(MoveDialog):
    """恢复使用: the repair's result closes the fault, and the device is back in store."""

    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("恢复使用"))
        self.result_edit = text_box(2, self.tr("例如：更换存储卡槽，测试录像正常"))
        labelled_row(form, self.tr("维修结果 *(&R)："), self.result_edit, self.tr("维修结果"))
        self.repaired_combo = QComboBox()
        self.repaired_combo.addItem(self.tr("已修复，恢复使用"), True)
        self.repaired_combo.addItem(self.tr("无法修复，仍为故障（待封存或销毁）"), False)
        labelled_row(form, self.tr("结论(&O)："), self.repaired_combo, self.tr("维修结论"))
        self.cost_spin = QDoubleSpinBox()
        self.cost_spin.setRange(0, 1_000_000)
        self.cost_spin.setDecimals(2)
        self.cost_spin.setSuffix(self.tr(" 元"))
        labelled_row(form, self.tr("维修费用(&C)："), self.cost_spin, self.tr("维修费用（元）"))
        self.at_edit = time_edit(self.now())
        labelled_row(form, self.tr("恢复使用时间(&B)："), self.at_edit, self.tr("恢复使用时间"))
        self.result_edit.textChanged.connect(self.update_ok)

    def ok_label(self) -> str:
        return self.tr("恢复使用")

    def ready(self) -> bool:
        return hasattr(self, "result_edit") and bool(self.result_edit.toPlainText().strip())

    def perform(self):
        cost = self.cost_spin.value()
        return custody.back_in_service(self.archive, self.user, self.card.device_id, unit_time(self.at_edit),
                                      result=self.result_edit.toPlainText().strip(),
                                      repaired=bool(self.repaired_combo.currentData()),
                                      cost=f"{cost:.2f}" if cost else None)


class LossDialog(MoveDialog):
    """遗失/损坏: what happened and whether poor care or misuse caused it; the user then pays the
    original price (000§12, 001§17), which the core takes from the register."""

    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("遗失或损坏登记"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("遗失或被盗（设备转入“遗失”）"), "loss")
        self.kind_combo.addItem(self.tr("损坏（设备转入“故障”，待修）"), "damage")
        labelled_row(form, self.tr("情形(&K)："), self.kind_combo, self.tr("情形"))
        self.circumstances_edit = text_box(3, self.tr("时间、地点、经过"))
        labelled_row(form, self.tr("经过 *(&C)："), self.circumstances_edit, self.tr("经过"))
        self.liable_check = QCheckBox(self.tr("因保管不善或使用不当造成，使用人按原价赔偿(&L)"))
        self.liable_check.setAccessibleName(self.tr("使用人负赔偿责任"))
        form.addRow(self.liable_check)
        self.at_edit = time_edit(self.now())
        labelled_row(form, self.tr("发生时间(&W)："), self.at_edit, self.tr("发生时间"))
        holder = self.card.holder or self.tr("（无使用人）")
        self.liability_hint = hint_label(self.tr("使用人：{0}。赔偿金额按设备登记的购置原价计算。").format(holder))
        form.addRow(self.liability_hint)
        self.circumstances_edit.textChanged.connect(self.update_ok)

    def ok_label(self) -> str:
        return self.tr("登记")

    def ready(self) -> bool:
        return hasattr(self, "circumstances_edit") and bool(self.circumstances_edit.toPlainText().strip())

    def perform(self):
        return custody.report_loss(self.archive, self.user, self.card.device_id,
                                  self.circumstances_edit.toPlainText().strip(), liable=self.liable_check.isChecked(),
                                  kind=self.kind_combo.currentData(), at=unit_time(self.at_edit))


class MaintenanceDialog(MoveDialog):
    """维护保养 (DEV-12): what was done. A device that can go online also confirms it was not
    connected to the internet or to unrelated devices (001§15, DEV-13)."""

    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("维护保养"))
        self.done_edit = text_box(2, self.tr("例如：清洁镜头，检查电池，校准时钟"))
        labelled_row(form, self.tr("保养内容 *(&D)："), self.done_edit, self.tr("保养内容"))
        self.at_edit = time_edit(self.now())
        labelled_row(form, self.tr("保养时间(&W)："), self.at_edit, self.tr("保养时间"))
        info = device_register.get_device(self.archive, self.card.device_id)
        self.networked = bool(device_register.NETWORKED & set(info.features))
        self.offline_check = QCheckBox(self.tr("未与互联网或其他与工作无关的设备连接（001§15）(&N)"))
        self.offline_check.setAccessibleName(self.tr("未与互联网或其他与工作无关的设备连接"))
        self.offline_check.setVisible(self.networked)
        form.addRow(self.offline_check)
        self.done_edit.textChanged.connect(self.update_ok)
        self.offline_check.toggled.connect(lambda _on: self.update_ok())

    def ok_label(self) -> str:
        return self.tr("登记保养")

    def ready(self) -> bool:
        return (hasattr(self, "offline_check") and bool(self.done_edit.toPlainText().strip())
                and (not self.networked or self.offline_check.isChecked()))

    def perform(self):
        return custody.record_maintenance(self.archive, self.user, self.card.device_id,
                                         self.done_edit.toPlainText().strip(), on=unit_time(self.at_edit),
                                         not_networked=self.offline_check.isChecked() if self.networked else None)

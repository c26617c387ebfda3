"""配备比例: each department's officers against its body cameras and handheld terminals in
service, the number its class requires under the unit's profile, and the shortfall (DEV-11)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidenceroom.core import profiles, staffing
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, language
from evidenceroom.ui.custody.department_dialog import DepartmentDialog
from evidenceroom.ui.custody.register_tab import table_view
from evidenceroom.ui.custody.table_model import RowsModel
from evidenceroom.ui.imports.common import message_label, show_error

SHORT = ("#8a1c1c", "#fdecea")


class RatiosTab(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None, editable: bool = True):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.dialog: DepartmentDialog | None = None
        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        self.profile_label.setAccessibleName(self.tr("适用的配备标准"))
        self.edit_button = QPushButton(self.tr("部门设置(&E)…"))
        self.edit_button.setAccessibleName(self.tr("部门设置"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.edit_button.setVisible(editable)
        self.print_button = QPushButton(self.tr("打印配备情况报告(&P)…"))
        self.print_button.setAccessibleName(self.tr("打印配备情况报告"))
        self.print_button.clicked.connect(self._choose_report)
        self.status_button = QPushButton(self.tr("打印设备状况报告(&S)…"))
        self.status_button.setAccessibleName(self.tr("打印设备状况报告"))
        self.status_button.setToolTip(self.tr("每台设备按状态列出，含使用年限到期和遗失、损坏情况"))
        self.status_button.clicked.connect(lambda: self.print_status_report())
        headers = (self.tr("部门"), self.tr("类别"), self.tr("配备比例"), self.tr("依据"), self.tr("执法人员"),
                   self.tr("在用记录仪/终端"), self.tr("应配"), self.tr("缺/超"), self.tr("第一责任人"),
                   self.tr("设备管理员"))
        self.model = RowsModel(headers, self._cells, self._style, parent=self)
        self.view = table_view(self.model, self.tr("各部门配备比例"))
        if editable:
            self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.message = message_label(self.tr("提示信息"))
        top = QHBoxLayout()
        top.addWidget(self.profile_label, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.print_button)
        top.addWidget(self.status_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.duties: dict[int, object] = {}

    def _cells(self, row: staffing.DepartmentStaffing) -> tuple[str, ...]:
        if row.staffing_class is None:
            ratio = self.tr("未设类别")
        elif row.officers_per_device is None:
            ratio = self.tr("按需配备")
        else:
            ratio = self.tr("每 {0} 人 1 台").format(row.officers_per_device)
        officers = str(row.officers)
        if row.officer_count_override is not None:
            officers = self.tr("{0}（登记在职 {1}）").format(row.officers, row.officers_counted)
        gap = row.shortfall
        gap_text = "" if gap is None else self.tr("缺 {0}").format(gap) if gap > 0 else \
            self.tr("超 {0}").format(-gap) if gap < 0 else self.tr("持平")
        duty = self.duties.get(row.department_id)
        return (row.name, row.class_name or row.staffing_class or "", ratio, row.article, officers,
                str(row.in_service), "" if row.required is None else str(row.required), gap_text,
                getattr(duty, "first_responsible_name", "") or "", getattr(duty, "administrator_name", "") or "")

    @staticmethod
    def _style(row: staffing.DepartmentStaffing):
        return SHORT if row.shortfall is not None and row.shortfall > 0 else None

    def refresh(self) -> None:
        from evidenceroom.core import device_register

        try:
            with self.archive.session() as s:
                profile = profiles.active(s)
            rows = staffing.staffing(self.archive, profile)
            self.duties = {d.id: d for d in device_register.list_departments(self.archive)}
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        name = profile.name_en if language() == "en" else profile.name_zh
        self.profile_label.setText(self.tr("配备标准：{0}。缺额以红色标出；“按需配备”的类别不计缺额。").format(
            name + (f"（{profile.regulation}）" if profile.regulation else "")))
        self.model.set_rows(rows)

    def selected(self) -> staffing.DepartmentStaffing | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def edit_selected(self) -> DepartmentDialog | None:
        row = self.selected()
        if row is None:
            show_error(self.message, self.tr("请先在表中选择部门。"))
            return None
        self.dialog = DepartmentDialog(self.archive, self.user, self.duties[row.department_id], self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog

    def _choose_report(self) -> None:
        self.print_report(None)

    def print_report(self, path: Path | None, open_after: bool = True):
        """The equipment report (DEV-11) on a worker, audited and opened; None if cancelled."""
        from evidenceroom.ui import reports
        from evidenceroom.ui.custody import exports

        return reports.print_document(
            self, self.archive, self.user, self.message, self.print_button, self.tr("打印配备情况报告"),
            self.tr("设备配备情况.pdf"), lambda out: exports.write_equipment_report(self.archive, self.user, out),
            "equipment_report", None, None, path, open_after, self.tr("PDF 文件 (*.pdf)"))

    def print_status_report(self, path: Path | None = None, open_after: bool = True):
        """The device status report (RPT-04): every device under its state, service life, losses."""
        from evidenceroom.ui import reports

        return reports.print_device_status(self, self.archive, self.user, self.message, self.status_button, path,
                                           open_after)

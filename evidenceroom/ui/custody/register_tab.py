"""设备登记: the register as a table, add and edit, Excel import (all or nothing) and export."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import device_register as register
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, language
from evidenceroom.ui.custody import exports
from evidenceroom.ui.custody.device_dialog import DeviceDialog, feature_name
from evidenceroom.ui.custody.labels import kind_name, state_name
from evidenceroom.ui.custody.table_model import RowsModel
from evidenceroom.ui.imports.common import message_label, show_error, show_notice
from evidenceroom.ui.forms import without_mnemonic


def table_view(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultSectionSize(110)
    view.horizontalHeader().setMaximumSectionSize(320)  # a long reason must not push the rest away
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


class BadRowsDialog(QDialog):
    """Each row of a refused Excel file with its reason: the file is fixed, then imported again."""

    def __init__(self, file_name: str, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Excel 导入未完成"))
        self.setMinimumSize(560, 320)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("“{0}”有 {1} 处问题，没有导入任何设备。请修改后重新导入：").format(
            file_name, len(problems)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.addItems(problems)
        self.list.setAccessibleName(self.tr("有问题的行"))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RegisterTab(QWidget):
    changed = Signal()  # a device was added, edited or imported: the board refreshes

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None, editable: bool = True):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.editable = editable
        self.dialog: DeviceDialog | None = None
        self.bad_rows: BadRowsDialog | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("序列号、资产编号、品牌或型号"))
        self.search_edit.setAccessibleName(self.tr("查找设备"))
        self.search_edit.setClearButtonEnabled(True)
        self.feature_combo = QComboBox()
        self.feature_combo.setAccessibleName(self.tr("按功能筛选"))
        self.feature_combo.addItem(self.tr("全部功能"), None)
        for code in register.FEATURE_NAMES:
            self.feature_combo.addItem(feature_name(code), code)
        self.add_button = QPushButton(self.tr("新增设备(&N)…"))
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.import_button = QPushButton(self.tr("从 Excel 导入(&I)…"))
        self.export_button = QPushButton(self.tr("导出 Excel(&X)…"))
        for b in (self.add_button, self.edit_button, self.import_button, self.export_button):
            b.setAccessibleName(without_mnemonic(b.text()).rstrip("…"))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.feature_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for b in (self.add_button, self.edit_button, self.import_button):
            b.setVisible(editable)

        headers = (self.tr("类型"), self.tr("序列号"), self.tr("资产编号"), self.tr("品牌"), self.tr("型号"),
                   self.tr("部门"), self.tr("保管人"), self.tr("购置日期"), self.tr("启用日期"), self.tr("原价（元）"),
                   self.tr("状态"), self.tr("功能"))
        self.model = RowsModel(headers, self._cells, parent=self)
        self.view = table_view(self.model, self.tr("设备登记表"))
        if editable:
            self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.message = message_label(self.tr("提示信息"))

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.feature_combo, 1)
        top.addStretch(1)
        for b in (self.add_button, self.edit_button, self.import_button, self.export_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    @staticmethod
    def _cells(d: register.DeviceInfo) -> tuple[str, ...]:
        return (kind_name(d.kind), d.serial, d.asset_no or "", d.make, d.model, d.department_name or "",
                d.custodian_name or "", d.purchased_on.isoformat() if d.purchased_on else "",
                d.in_service_on.isoformat() if d.in_service_on else "",
                f"{d.purchase_price:,.2f}" if d.purchase_price is not None else "", state_name(d.state),
                "、".join(feature_name(f) for f in d.features))

    def refresh(self) -> None:
        try:
            rows = register.list_devices(self.archive, feature=self.feature_combo.currentData(),
                                         text=self.search_edit.text())
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        self.model.set_rows(rows)

    def selected(self) -> register.DeviceInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def open_dialog(self, device: register.DeviceInfo | None) -> DeviceDialog:
        self.dialog = DeviceDialog(self.archive, self.user, device, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def edit_selected(self) -> DeviceDialog | None:
        device = self.selected()
        if device is None:
            show_error(self.message, self.tr("请先在表中选择要编辑的设备。"))
            return None
        return self.open_dialog(device)

    def _saved(self) -> None:
        saved = self.dialog.saved if self.dialog else None
        self.refresh()
        if saved is not None:
            show_notice(self.message, self.tr("已保存设备 {0}。").format(saved.serial))
        self.changed.emit()

    # --- Excel --------------------------------------------------------------------------------

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("从 Excel 导入设备"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Import every row or none; a refused file's rows are listed with their reasons."""
        try:
            outcome = exports.import_register_xlsx(self.archive, self.user, path)
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return False
        if outcome.problems:
            show_error(self.message, self.tr("“{0}”未导入：{1} 处问题。").format(path.name, len(outcome.problems)))
            lines = [self.tr("第 {0} 行：{1}").format(p.row, p.en if language() == "en" else p.zh)
                     for p in outcome.problems]
            self.bad_rows = BadRowsDialog(path.name, lines, self)
            self.bad_rows.open()
            return False
        self.refresh()
        show_notice(self.message, self.tr("已从“{0}”导入 {1} 台设备。").format(path.name, len(outcome.added)))
        self.changed.emit()
        return True

    def choose_export(self) -> None:
        self.export_file(None)

    def export_file(self, path: Path | None, open_after: bool = True):
        """The whole register as Excel on a worker, audited; returns the job, or None if cancelled."""
        from evidenceroom.ui import reports

        return reports.print_document(
            self, self.archive, self.user, self.message, self.export_button,
            self.tr("导出设备登记表"), self.tr("设备登记表.xlsx"),
            lambda out: exports.export_register_xlsx(self.archive, self.user, out), "device_register_xlsx",
            target=path, open_after=open_after, pattern=self.tr("Excel 工作簿 (*.xlsx)"))

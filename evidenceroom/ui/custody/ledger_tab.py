"""台账: every custody event, filtered by device, officer and dates; PDF and Excel (DEV-03)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import custody, device_register, lookups
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, language
from evidenceroom.ui.custody.clips_dialog import ClipsDialog
from evidenceroom.ui.custody.labels import kind_name, state_name
from evidenceroom.ui.custody.register_tab import table_view
from evidenceroom.ui.custody.table_model import RowsModel
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import make_searchable, message_label, show_error


def ledger_headers(widget: QWidget | None = None) -> tuple[str, ...]:
    """The ledger's column headers, in one translation context wherever the ledger is shown."""
    return (
        QCoreApplication.translate("LedgerHeaders", "交接时间"),
        QCoreApplication.translate("LedgerHeaders", "设备"),
        QCoreApplication.translate("LedgerHeaders", "事项"),
        QCoreApplication.translate("LedgerHeaders", "使用人员"),
        QCoreApplication.translate("LedgerHeaders", "经办人"),
        QCoreApplication.translate("LedgerHeaders", "审批人"),
        QCoreApplication.translate("LedgerHeaders", "状态"),
        QCoreApplication.translate("LedgerHeaders", "事由/说明"),
        QCoreApplication.translate("LedgerHeaders", "记录内容"),
        QCoreApplication.translate("LedgerHeaders", "关联资料"),
    )


def event_cells(row: custody.LedgerRow, display: DisplayFormat) -> tuple[str, ...]:
    e = row.event
    zh, en = custody.EVENT_NAMES.get(e.kind, (e.kind, e.kind))
    officer = f"{e.officer_name}（{e.officer_badge}）" if e.officer_name and e.officer_badge else (e.officer_name or "")
    change = state_name(e.to_state) if e.from_state == e.to_state else \
        f"{state_name(e.from_state)} → {state_name(e.to_state)}"
    clips = f"{len(row.recording_ids)}" if row.recording_ids else ""
    content = str(e.details.get("recorded") or "")
    if e.kind == custody.EventKind.STORAGE_CLEARED.value:  # which import's files were verified first
        content = (QCoreApplication.translate("LedgerHeaders", "导入批次 %1，%2 个文件已核验")
                   .replace("%1", str(e.details.get("batch_id", ""))).replace("%2", str(e.details.get("recordings", 0))))
    return (display.local_time(e.at), f"{kind_name(e.device_kind)} {e.device_serial}", en if language() == "en" else zh,
            officer, e.actor_name, e.approver_name or "", change, e.reason, content, clips)


class LedgerTab(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.device_combo = QComboBox()
        self.device_combo.setAccessibleName(self.tr("按设备筛选"))
        self.officer_combo = QComboBox()
        self.officer_combo.setAccessibleName(self.tr("按使用人员筛选"))
        self.department_combo = QComboBox()
        self.department_combo.setAccessibleName(self.tr("按部门筛选"))
        make_searchable(self.device_combo)
        make_searchable(self.officer_combo)
        self.from_check = QCheckBox(self.tr("自(&F)"))
        self.from_check.setAccessibleName(self.tr("按起始日期筛选"))
        self.from_edit = QDateEdit(QDate.currentDate().addDays(-30))
        self.from_edit.setAccessibleName(self.tr("起始日期"))
        self.to_check = QCheckBox(self.tr("至(&T)"))
        self.to_check.setAccessibleName(self.tr("按截止日期筛选"))
        self.to_edit = QDateEdit(QDate.currentDate())
        self.to_edit.setAccessibleName(self.tr("截止日期"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.filter_button = QPushButton(self.tr("筛选(&S)"))
        self.filter_button.setAccessibleName(self.tr("筛选"))
        self.pdf_button = QPushButton(self.tr("打印 PDF(&P)…"))
        self.pdf_button.setAccessibleName(self.tr("导出台账 PDF"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel(&X)…"))
        self.xlsx_button.setAccessibleName(self.tr("导出台账 Excel"))
        self.filter_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self._choose("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._choose("xlsx"))
        self.model = RowsModel(ledger_headers(self), lambda r: event_cells(r, self.display), parent=self)
        self.view = table_view(self.model, self.tr("设备台账"))
        self.view.setToolTip(self.tr("双击有关联资料的归还记录，查看该次领用期间录制的音像资料"))
        self.view.doubleClicked.connect(lambda index: self.open_clips(index.row()))
        self.clips_dialog = None
        self.count_label = QLabel()
        self.message = message_label(self.tr("提示信息"))

        top = QHBoxLayout()
        device_label = QLabel(self.tr("设备(&D)："))
        device_label.setBuddy(self.device_combo)
        officer_label = QLabel(self.tr("使用人员(&O)："))
        officer_label.setBuddy(self.officer_combo)
        department_label = QLabel(self.tr("部门(&M)："))
        department_label.setBuddy(self.department_combo)
        for w in (device_label, self.device_combo, officer_label, self.officer_combo, department_label,
                  self.department_combo, self.from_check,
                  self.from_edit, self.to_check, self.to_edit, self.filter_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._fill_pickers()

    def _fill_pickers(self) -> None:
        device, officer = self.device_combo.currentData(), self.officer_combo.currentData()
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("全部设备"), None)
        for d in lookups.devices(self.archive):
            self.device_combo.addItem(f"{kind_name(d.kind)} {d.serial}", d.id)
        self.officer_combo.clear()
        self.officer_combo.addItem(self.tr("全部人员"), None)
        for o in lookups.officers(self.archive):
            if o.badge:
                self.officer_combo.addItem(f"{o.name}　{o.badge}", o.id)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(device)))
        self.officer_combo.setCurrentIndex(max(0, self.officer_combo.findData(officer)))
        department = self.department_combo.currentData()
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), None)
        for d in device_register.list_departments(self.archive):
            self.department_combo.addItem(d.name, d.id)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(department)))

    def current_filter(self) -> custody.LedgerFilter:
        def chosen(combo: QComboBox):
            index = combo.findText(combo.currentText().strip())
            return combo.itemData(index) if index >= 0 else None

        start: date | None = self.from_edit.date().toPython() if self.from_check.isChecked() else None
        end: date | None = self.to_edit.date().toPython() if self.to_check.isChecked() else None
        return custody.LedgerFilter(device_id=chosen(self.device_combo), officer_id=chosen(self.officer_combo),
                                    start=start, end=end, department_id=self.department_combo.currentData())

    def refresh(self) -> None:
        if self.device_combo.count() != len(lookups.devices(self.archive)) + 1:
            self._fill_pickers()
        try:
            rows = custody.ledger(self.archive, self.current_filter())
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        rows.reverse()  # newest first on screen; the printout keeps time order
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("共 {0} 条记录").format(len(rows)))

    def open_clips(self, row: int):
        """The clips a return row links to, if it has any."""
        line = self.model.row(row)
        if not line.recording_ids:
            return None
        e = line.event
        title = self.tr("{0} {1}，{2} 归还，使用人员 {3}").format(
            kind_name(e.device_kind), e.device_serial, self.display.local_time(e.at), e.officer_name or "")
        self.clips_dialog = ClipsDialog(self.archive, title, line.recording_ids, self.display, self)
        self.clips_dialog.open()
        return self.clips_dialog

    # --- PDF and Excel -----------------------------------------------------------------------

    def _choose(self, kind: str) -> None:
        self.export(None, kind)

    def export(self, path: Path | None, kind: str, open_after: bool = True):
        """Write the filtered ledger as PDF or Excel on a worker (about 10 ms a row), audit it and open it.
        Asks where unless `path` is given; returns the running job, or None if cancelled."""
        from evidenceroom.ui import reports
        from evidenceroom.ui.custody import exports

        today = self.archive.today().isoformat()
        filt = self.current_filter()
        button = self.pdf_button if kind == "pdf" else self.xlsx_button
        if kind == "pdf":
            title, name, pattern = self.tr("导出台账 PDF"), self.tr("设备台账-{0}.pdf").format(today), \
                self.tr("PDF 文件 (*.pdf)")
        else:
            title, name, pattern = self.tr("导出台账 Excel"), self.tr("设备台账-{0}.xlsx").format(today), \
                self.tr("Excel 工作簿 (*.xlsx)")
        return reports.print_document(
            self, self.archive, self.user, self.message, button, title, name,
            lambda out: exports.write_ledger(self.archive, self.user, filt, out, kind),
            "device_ledger" if kind == "pdf" else "device_ledger_xlsx", "device" if filt.device_id else None,
            filt.device_id, path, open_after, pattern)

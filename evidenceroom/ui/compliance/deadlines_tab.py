"""移交期限: activities whose footage came in late or not at all, by activity, officer or department
(DUT-09, RPT-05)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidenceroom.core import oversight
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.ui import reports
from evidenceroom.ui.compliance.common import Loader, PeriodPicker, fill, percent
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import make_table, message_label


class DeadlinesTab(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.report: oversight.DeadlineReport | None = None
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.period = PeriodPicker(30)
        self.view = QComboBox()
        self.view.addItem(self.tr("逾期的执法活动"), "overdue")
        self.view.addItem(self.tr("全部执法活动"), "all")
        self.view.addItem(self.tr("按执法人员"), "officer")
        self.view.addItem(self.tr("按部门"), "department")
        view_label = QLabel(self.tr("显示(&S)："))
        view_label.setBuddy(self.view)
        self.view.setAccessibleName(self.tr("显示方式"))
        self.query_button = QPushButton(self.tr("查询(&Q)"))
        self.query_button.setAccessibleName(self.tr("查询移交期限"))
        self.pdf_button = QPushButton(self.tr("打印 PDF(&P)…"))
        self.pdf_button.setAccessibleName(self.tr("把移交情况统计表保存为 PDF"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.table = make_table([], self.tr("移交期限列表"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("移交情况合计"))
        self.message = message_label(self.tr("提示信息"))

        row = QHBoxLayout()
        row.addWidget(self.period)
        row.addWidget(view_label)
        row.addWidget(self.view)
        row.addWidget(self.query_button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self.loader = Loader(self, oversight.deadline_report, self._loaded, self._failed)
        self.query_button.clicked.connect(self.refresh)
        self.period.changed.connect(self.refresh)
        self.view.currentIndexChanged.connect(self.show_report)

    def status_text(self, line: oversight.DeadlineLine) -> str:
        hours = f"{(line.late_by_seconds or 0) / 3600:.0f}"
        if line.status == oversight.LATE:
            return self.tr("逾期 {0} 小时").format(hours)
        if line.status == oversight.MISSING:
            return self.tr("逾期未移交 {0} 小时").format(hours)
        if line.status == oversight.ON_TIME:
            return self.tr("按时移交")
        return self.tr("未到期")

    def refresh(self) -> None:
        """Read the period's deadlines again on a worker; they are shown when read."""
        self.loader.load(self.archive, *self.period.bounds())

    def _loaded(self, report: oversight.DeadlineReport) -> None:
        self.report = report
        self.show_report()

    def _failed(self, exc: Exception) -> None:
        self.report = None
        self.summary.setText(str(exc))
        self.table.setRowCount(0)

    def show_report(self) -> None:
        r = self.report
        if r is None:
            return
        view = self.view.currentData()
        if view in ("overdue", "all"):
            self.table.setColumnCount(8)
            self.table.setHorizontalHeaderLabels([
                self.tr("活动"), self.tr("类型"), self.tr("案号"), self.tr("执法人员"), self.tr("部门"),
                self.tr("移交期限"), self.tr("移交时间"), self.tr("情况")])
            lines = [ln for ln in r.lines if view == "all" or ln.status in (oversight.LATE, oversight.MISSING)]
            fill(self.table, [[str(ln.activity_id), ln.kind, ln.case_no, "、".join(ln.officers),
                               "、".join(ln.departments), self.display.local_time(ln.deadline_at),
                               self.display.local_time(ln.handed_in_at) or self.tr("未移交"), self.status_text(ln)]
                              for ln in lines])
        else:
            tallies = r.by_officer if view == "officer" else r.by_department
            self.table.setColumnCount(8)
            self.table.setHorizontalHeaderLabels([
                self.tr("执法人员") if view == "officer" else self.tr("部门"), self.tr("执法活动"), self.tr("音像资料"),
                self.tr("按时移交"), self.tr("逾期移交"), self.tr("逾期未移交"), self.tr("未到期"), self.tr("按时移交率")])
            fill(self.table, [[t.name, str(t.activities), str(t.recordings), str(t.on_time), str(t.late),
                               str(t.missing), str(t.pending), percent(t.on_time_rate)] for t in tallies],
                 right=frozenset(range(1, 8)))
        t = r.total
        self.summary.setText(self.tr(
            "移交期限：活动结束后 {0} 小时。共 {1} 次执法活动：按时移交 {2}，逾期移交 {3}，逾期未移交 {4}，未到期 {5}；"
            "按时移交率 {6}。").format(r.hand_in_hours, t.activities, t.on_time, t.late, t.missing, t.pending,
                                   percent(t.on_time_rate)))

    def save_pdf(self, target: Path | None = None, open_after: bool = True):
        """The period's hand-in report (RPT-05) as a PDF, written on a worker, audited and opened for
        printing; returns the running job, or None if cancelled."""
        from evidenceroom.printing.deadline_report import deadline_report_pdf

        since, until = self.period.bounds()
        return reports.print_document(
            self, self.archive, self.user, self.message, self.pdf_button, self.tr("保存移交情况统计表"),
            f"移交情况统计表-{since:%Y%m%d}.pdf", lambda path: deadline_report_pdf(self.archive, since, until, path),
            "deadline_report", target=target, open_after=open_after)

"""年度评查: the year's figures by department, and the printed report with its charts (002§17).
The PDF is written off the UI thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget

from evidenceroom.core import spot_checks, yearly_review
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.ui import reports
from evidenceroom.ui.compliance.charts import BarChart
from evidenceroom.ui.compliance.common import Loader, fill, percent
from evidenceroom.ui.imports.common import make_table, message_label, show_error


class YearlyReviewTab(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.review: yearly_review.YearlyReview | None = None
        self.job = None
        self.year = QSpinBox()
        self.year.setRange(2000, QDate.currentDate().year())
        self.year.setValue(QDate.currentDate().year())
        year_label = QLabel(self.tr("年度(&Y)："))
        year_label.setBuddy(self.year)
        self.year.setAccessibleName(self.tr("评查年度"))
        self.show_button = QPushButton(self.tr("统计(&S)"))
        self.show_button.setAccessibleName(self.tr("统计所选年度"))
        self.pdf_button = QPushButton(self.tr("打印评查报告 PDF(&P)…"))
        self.pdf_button.setAccessibleName(self.tr("把年度评查报告保存为 PDF"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("正在生成报告"))
        self.progress.hide()
        self.table = make_table([self.tr("部门"), self.tr("音像资料"), self.tr("执法活动"), self.tr("按时移交"),
                                 self.tr("逾期移交"), self.tr("逾期未移交"), self.tr("未到期"), self.tr("按时移交率")],
                                self.tr("各部门年度数据"))
        self.record_button = QPushButton(self.tr("登记评查(&R)…"))
        self.record_button.setAccessibleName(self.tr("登记已开展的音像记录资料评查"))
        self.record_button.setEnabled(user.role in spot_checks.CHECKING_ROLES)
        self.record_button.clicked.connect(self.record_review)
        self.inspection_button = QPushButton(self.tr("登记督导检查(&I)…"))
        self.inspection_button.setAccessibleName(self.tr("登记不定期检查、督导"))
        self.inspection_button.setEnabled(user.role in spot_checks.CHECKING_ROLES)
        self.inspection_button.clicked.connect(self.record_inspection)
        self.reviews = make_table([self.tr("评查日期"), self.tr("范围"), self.tr("评查人员"), self.tr("资料"),
                                   self.tr("发现的问题"), self.tr("整改措施"), self.tr("登记人")],
                                  self.tr("本年度的评查记录"))
        self.reviews.setMaximumHeight(140)
        self.rate_chart = BarChart(self.tr("各部门按时移交率"), colour="#4d9e5c", percent=True)
        self.month_chart = BarChart(self.tr("各月音像资料（件）"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("年度评查摘要"))
        self.message = message_label(self.tr("年度评查提示"))

        row = QHBoxLayout()
        for w in (year_label, self.year, self.show_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addWidget(self.inspection_button)
        row.addWidget(self.record_button)
        row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        charts = QHBoxLayout()
        charts.addWidget(self.rate_chart, 1)
        charts.addWidget(self.month_chart, 2)
        layout.addLayout(charts, 1)
        layout.addWidget(self.summary)
        reviews_label = QLabel(self.tr("评查记录(&V)（002§17：每年至少一次）："))
        reviews_label.setBuddy(self.reviews)
        layout.addWidget(reviews_label)
        layout.addWidget(self.reviews)
        layout.addWidget(self.message)
        self.loader = Loader(self, yearly_review.yearly_review, self._show,
                             lambda exc: show_error(self.message, str(exc)))
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())

    def refresh(self) -> None:
        """Read the year's figures again on a worker; they are shown when read."""
        self.loader.load(self.archive, self.year.value())

    def _show(self, r: yearly_review.YearlyReview) -> None:
        self.review = r
        self.message.hide()
        fill(self.table, [[self.tr("合计") if d is r.total else d.name, str(d.recordings), str(d.activities),
                           str(d.on_time), str(d.late), str(d.missing), str(d.pending), percent(d.on_time_rate)]
                          for d in (*r.departments, r.total)],
             right=frozenset(range(1, 8)))
        g, sc = r.gaps, r.spot_checks
        devices = self.tr("无设备配备数据") if r.devices is None else self.tr("缺配部门 {0} 个").format(
            sum(1 for d in r.devices if (d.shortfall or 0) > 0))
        self.rate_chart.set_data([d.name for d in r.departments],
                                 [None if d.on_time_rate is None else d.on_time_rate * 100 for d in r.departments])
        self.month_chart.set_data([self.tr("{0}月").format(m.month) for m in r.months], [m.recordings for m in r.months])
        fill(self.reviews, [[rv.held_on.isoformat(), rv.scope, rv.reviewers, str(rv.recordings_reviewed), rv.findings,
                             rv.measures, rv.recorded_by_name] for rv in r.reviews])
        self.summary.setText(self.tr(
            "中断说明 {0} 份、未记录说明 {1} 份（待审核 {2}）；应录未录 {3} 次。抽查 {4} 次，抽取 {5} 件，已评分 {6} 件。"
            "{7}。督导检查 {8} 次，发现问题 {9} 项。").format(
                g.interruptions, g.no_recordings, g.pending, g.unrecorded, sc.checks, sc.sampled, sc.scored, devices,
                len(r.inspections), len(r.findings)))

    def record_review(self) -> None:
        from evidenceroom.ui.compliance.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.archive, self.user, self)
        if dialog.exec():
            self.year.setValue(dialog.result_value.year)
            self.refresh()

    def record_inspection(self) -> None:
        from evidenceroom.ui.compliance.inspection_dialog import InspectionDialog

        dialog = InspectionDialog(self.archive, self.user, self)
        if dialog.exec():
            self.refresh()

    def save_pdf(self, target: Path | None = None, open_after: bool = True):
        """Ask where, then write the report on a worker thread (the page stays usable meanwhile),
        audit it and open it for printing; returns the running job, or None if cancelled."""
        from evidenceroom.printing.yearly_review import yearly_review_pdf

        year = self.year.value()
        self.job = reports.print_document(
            self, self.archive, self.user, self.message, self.pdf_button, self.tr("保存年度评查报告"),
            f"{year}年度音像记录资料评查报告.pdf", lambda path: yearly_review_pdf(self.archive, year, path),
            "yearly_review", target=target, open_after=open_after, busy=self.progress)
        return self.job

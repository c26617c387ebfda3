"""抽查: draw a reproducible sample of a period's recordings and score each on 003§26's three
items (DUT-10). Every draw is kept; a new draw stands beside the earlier ones."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import lookups, profiles, spot_checks
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.ui import reports
from evidenceroom.ui.compliance.common import PeriodPicker, fill
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import make_table, message_label, show_error, show_notice


class SpotCheckTab(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.current: spot_checks.SpotCheckInfo | None = None
        allowed = user.role in spot_checks.CHECKING_ROLES
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
            proportion = profiles.active(s).spot_check_proportion
        departments = lookups.departments(archive)
        self.period = PeriodPicker(30)
        self.department = QComboBox()
        self.department.addItem(self.tr("全部部门"), None)
        for dept_id, name in departments:
            self.department.addItem(name, dept_id)
        self.proportion = QDoubleSpinBox()
        self.proportion.setRange(0.1, 100.0)
        self.proportion.setDecimals(1)
        self.proportion.setSuffix(" %")
        self.proportion.setValue(proportion * 100)
        self.draw_button = QPushButton(self.tr("抽取(&D)"))
        self.draw_button.setAccessibleName(self.tr("按比例随机抽取音像资料"))
        self.draw_button.setEnabled(allowed)
        draw_box = QGroupBox(self.tr("新的抽查"))
        draw_form = QFormLayout(draw_box)
        draw_form.addRow(self.period)
        labelled_row(draw_form, self.tr("部门(&B)："), self.department, self.tr("抽查部门"))
        labelled_row(draw_form, self.tr("抽查比例(&P)："), self.proportion, self.tr("抽查比例"))
        draw_form.addRow("", self.draw_button)

        self.checks = QComboBox()
        checks_label = QLabel(self.tr("抽查记录(&C)："))
        checks_label.setBuddy(self.checks)
        self.checks.setAccessibleName(self.tr("抽查记录"))
        self.pdf_button = QPushButton(self.tr("打印评分表 PDF(&R)…"))
        self.pdf_button.setAccessibleName(self.tr("把所选抽查的评分表保存为 PDF"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("抽查信息"))
        self.items = make_table([self.tr("序号"), self.tr("资料"), self.tr("文件名"), self.tr("拍摄时间"),
                                 self.tr("执法人员"), self.tr("部门"), self.tr("（一）规定事项"),
                                 self.tr("（二）不间断"), self.tr("（三）移交管理"), self.tr("合计"), self.tr("备注")],
                                self.tr("抽中的音像资料"))

        self.scores = []
        score_box = QGroupBox(self.tr("评分（每项 0–{0} 分，003§26）").format(spot_checks.MAX_SCORE))
        score_form = QFormLayout(score_box)
        for label, name in ((self.tr("（一）规定事项是否记录(&1)："), self.tr("规定事项是否进行现场执法记录")),
                            (self.tr("（二）是否不间断记录(&2)："), self.tr("执法全过程是否不间断记录")),
                            (self.tr("（三）移交、管理和使用(&3)："), self.tr("资料的移交、管理和使用情况"))):
            spin = QSpinBox()
            spin.setRange(0, spot_checks.MAX_SCORE)
            spin.setValue(spot_checks.MAX_SCORE)
            labelled_row(score_form, label, spin, name)
            self.scores.append(spin)
        self.notes = QLineEdit()
        labelled_row(score_form, self.tr("备注(&N)："), self.notes, self.tr("评分备注"))
        self.score_button = QPushButton(self.tr("保存评分(&S)"))
        self.score_button.setAccessibleName(self.tr("保存所选资料的评分"))
        self.score_button.setEnabled(allowed)
        score_form.addRow("", self.score_button)
        self.finding_button = QPushButton(self.tr("登记发现的问题(&F)…"))
        self.finding_button.setAccessibleName(self.tr("为所选资料登记发现的问题"))
        self.finding_button.setEnabled(allowed)
        self.finding_button.clicked.connect(self.add_finding)
        score_form.addRow("", self.finding_button)
        self.message = message_label(self.tr("抽查提示"))

        left = QVBoxLayout()
        left.addWidget(draw_box)
        left.addWidget(score_box)
        left.addStretch(1)
        right = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(checks_label)
        pick.addWidget(self.checks, 1)
        pick.addWidget(self.pdf_button)
        right.addLayout(pick)
        right.addWidget(self.info)
        right.addWidget(self.items, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

        self.draw_button.clicked.connect(self.draw)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.score_button.clicked.connect(self.save_score)
        self.checks.currentIndexChanged.connect(self._check_chosen)
        self.items.currentCellChanged.connect(lambda *_: self._item_chosen())

    def reload_checks(self, select_id: int | None = None) -> None:
        self.checks.blockSignals(True)
        self.checks.clear()
        for c in spot_checks.summaries(self.archive):
            self.checks.addItem(self.tr("第 {0} 号（{1} 抽取，{2} 件中抽 {3} 件）").format(
                c.id, self.display.local_time(c.drawn_at), c.population_size, c.sampled), c.id)
        self.checks.blockSignals(False)
        if select_id is not None:
            self.checks.setCurrentIndex(max(0, self.checks.findData(select_id)))
        self._check_chosen()

    def draw(self) -> None:
        try:
            check = spot_checks.draw(self.archive, self.user, *self.period.bounds(),
                                     department_id=self.department.currentData(),
                                     proportion=round(self.proportion.value() / 100, 4))
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        show_notice(self.message, self.tr("已抽取第 {0} 号抽查：{1} 件中抽取 {2} 件。").format(
            check.id, check.population_size, len(check.items)))
        self.reload_checks(check.id)

    def _check_chosen(self) -> None:
        check_id = self.checks.currentData()
        self.current = spot_checks.spot_check_info(self.archive, check_id) if check_id is not None else None
        self._show_items()

    def _show_items(self, keep_row: int = 0) -> None:
        c = self.current
        if c is None:
            self.info.setText(self.tr("尚未抽查。选择时段和比例后点“抽取”。"))
            self.items.setRowCount(0)
            return
        reproducible = spot_checks.reproduces(self.archive, c.id)
        self.info.setText(self.tr("时段 {0} 至 {1}；{2}；比例 {3:.1f}%；随机种子 {4}；{5}；抽取人 {6}").format(
            self.display.local_time(c.period_start), self.display.local_time(c.period_end),
            c.department or self.tr("全部部门"), c.proportion * 100, c.seed,
            self.tr("按种子复核一致") if reproducible else self.tr("按种子复核不一致！"), c.drawn_by_name))
        fill(self.items, [[str(i.position), str(i.recording_id), i.original_name,
                           self.display.local_time(i.recorded_at), i.officer, i.department,
                           *["" if v is None else str(v) for v in i.scores],
                           "" if i.total is None else str(i.total), i.notes] for i in c.items],
             right=frozenset({0, 1, 6, 7, 8, 9}))
        if c.items:
            self.items.setCurrentCell(min(keep_row, len(c.items) - 1), 0)

    def _item_chosen(self) -> None:
        row = self.items.currentRow()
        if self.current is None or not 0 <= row < len(self.current.items):
            return
        item = self.current.items[row]
        for spin, v in zip(self.scores, item.scores):
            spin.setValue(spot_checks.MAX_SCORE if v is None else v)
        self.notes.setText(item.notes)

    def save_score(self) -> None:
        row = self.items.currentRow()
        if self.current is None or not 0 <= row < len(self.current.items):
            show_error(self.message, self.tr("请先选择抽中的资料。"))
            return
        item = self.current.items[row]
        try:
            spot_checks.score(self.archive, self.user, item.id, *[s.value() for s in self.scores], self.notes.text())
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        show_notice(self.message, self.tr("已保存第 {0} 件的评分。").format(item.position))
        self.current = spot_checks.spot_check_info(self.archive, self.current.id)
        self._show_items(row)

    def add_finding(self) -> None:
        from evidenceroom.ui.compliance.finding_dialog import FindingDialog

        row = self.items.currentRow()
        if self.current is None or not 0 <= row < len(self.current.items):
            show_error(self.message, self.tr("请先选择抽中的资料。"))
            return
        dialog = FindingDialog(self.archive, self.user, self.current.items[row], self)
        if dialog.exec():
            show_notice(self.message, self.tr("已登记问题，记入执法人员 {0} 的考评记录。").format(dialog.result_value.officer))

    def save_pdf(self, target: Path | None = None, open_after: bool = True):
        """The chosen spot check's score sheet as a PDF, written on a worker, audited and opened for
        printing; returns the running job, or None if cancelled or no check is chosen."""
        from evidenceroom.printing.spot_check_report import spot_check_pdf

        if self.current is None:
            show_error(self.message, self.tr("请先抽取或选择一次抽查。"))
            return None
        check_id = self.current.id
        return reports.print_document(
            self, self.archive, self.user, self.message, self.pdf_button, self.tr("保存抽查评分表"),
            f"抽查评分表-第{check_id}号.pdf", lambda path: spot_check_pdf(self.archive, check_id, path),
            "spot_check_sheet", "spot_check", check_id, target, open_after)

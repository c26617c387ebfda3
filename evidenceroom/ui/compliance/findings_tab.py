"""问题清单: every finding (DUT-13) of a period — from spot checks, inspections and reviewers' flags —
by officer, with its outcome; a supervisor decides the outcome of one still 待处理 (003§28)."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from evidenceroom.core import findings, lookups
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.ui.compliance.common import Loader, PeriodPicker, fill
from evidenceroom.ui.compliance.finding_dialog import FindingNames, fill_choices
from evidenceroom.ui.compliance.gap_dialogs import FormDialog
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import make_table, message_label, show_error, show_notice


class OutcomeDialog(FormDialog):
    """The outcome of one finding; changing one already decided needs a reason."""

    def __init__(self, archive: Archive, user: SignedIn, finding: findings.FindingInfo, parent: QWidget | None = None):
        super().__init__(self.tr("确定处理结果"), self.tr("确定"), parent)
        self.archive, self.user, self.finding = archive, user, finding
        names = FindingNames(self)
        about = QLabel(self.tr("第 {0} 号问题：{1}，执法人员 {2}").format(
            finding.id, names.kinds().get(finding.kind, finding.kind), finding.officer))
        about.setWordWrap(True)
        about.setAccessibleName(self.tr("要处理的问题"))
        self.layout_.insertWidget(0, about)
        self.outcome = QComboBox()
        fill_choices(None, self.outcome)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(finding.outcome)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("更改已确定的处理结果时必填"))
        labelled_row(self.form, self.tr("处理结果(&O)："), self.outcome, self.tr("处理结果"))
        labelled_row(self.form, self.tr("理由(&R)："), self.reason, self.tr("更改理由"))
        self.finish_layout()

    def submit(self) -> None:
        self.run(lambda: findings.set_outcome(self.archive, self.user, self.finding.id, self.outcome.currentData(),
                                              self.reason.text()))


class FindingsTab(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.rows: list[findings.FindingInfo] = []
        self.names = FindingNames(self)
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.period = PeriodPicker(365)
        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("执法人员"))
        officer_label = QLabel(self.tr("执法人员(&O)："))
        officer_label.setBuddy(self.officer)
        self.pending_only = QComboBox()
        self.pending_only.addItem(self.tr("全部问题"), False)
        self.pending_only.addItem(self.tr("只看待处理"), True)
        self.pending_only.setAccessibleName(self.tr("显示哪些问题"))
        self.query_button = QPushButton(self.tr("查询(&Q)"))
        self.query_button.setAccessibleName(self.tr("查询问题清单"))
        self.decide_button = QPushButton(self.tr("确定处理结果(&D)…"))
        self.decide_button.setAccessibleName(self.tr("确定所选问题的处理结果"))
        self.decide_button.setVisible(user.role in findings.DECIDING_ROLES)
        self.table = make_table([self.tr("编号"), self.tr("登记时间"), self.tr("执法人员"), self.tr("问题类型"),
                                 self.tr("来源"), self.tr("资料"), self.tr("处理结果"), self.tr("说明"),
                                 self.tr("登记人")], self.tr("问题清单"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("问题合计"))
        self.message = message_label(self.tr("提示信息"))

        row = QHBoxLayout()
        row.addWidget(self.period)
        row.addWidget(officer_label)
        row.addWidget(self.officer)
        row.addWidget(self.pending_only)
        row.addWidget(self.query_button)
        row.addStretch(1)
        row.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self.loader = Loader(self, self._read, self._show, lambda exc: show_error(self.message, str(exc)))
        self.query_button.clicked.connect(self.refresh)
        self.period.changed.connect(self.refresh)
        self.officer.currentIndexChanged.connect(self.refresh)
        self.pending_only.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.decide_button.clicked.connect(self.open_outcome_dialog)
        self._selection_changed()

    def _read(self, since, until, officer_id, pending_only):
        """On the worker: the officers offered and the period's findings."""
        found = findings.list_findings(self.archive, since, until, officer_id)
        if pending_only:
            found = [f for f in found if f.outcome == "pending"]
        return lookups.officers(self.archive), found

    def refresh(self) -> None:
        since, until = self.period.bounds()
        self.loader.load(since, until, self.officer.currentData(), self.pending_only.currentData())

    def _show(self, data) -> None:
        officers, self.rows = data
        chosen = self.officer.currentData()
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(self.tr("全部人员"), None)
        for o in officers:
            self.officer.addItem(f"{o.name}（{o.badge}）" if o.badge else o.name, o.id)
        self.officer.setCurrentIndex(max(0, self.officer.findData(chosen)))
        self.officer.blockSignals(False)
        kinds, outcomes, sources = self.names.kinds(), self.names.outcomes(), self.names.sources()
        fill(self.table, [[str(f.id), self.display.local_time(f.recorded_at), f.officer, kinds.get(f.kind, f.kind),
                           sources.get(f.source, f.source),
                           f"#{f.recording_id} {f.recording_name}" if f.recording_id else "—",
                           outcomes.get(f.outcome, f.outcome), f.notes, f.recorded_by_name] for f in self.rows],
             right=frozenset({0}))
        pending = sum(1 for f in self.rows if f.outcome == "pending")
        self.summary.setText(self.tr("共 {0} 个问题，其中待处理 {1} 个。").format(len(self.rows), pending))
        self._selection_changed()

    def selected(self) -> findings.FindingInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[rows.pop()] if len(rows) == 1 and self.rows else None

    def _selection_changed(self) -> None:
        self.decide_button.setEnabled(self.selected() is not None)

    def open_outcome_dialog(self) -> OutcomeDialog | None:
        finding = self.selected()
        if finding is None:
            return None
        dialog = OutcomeDialog(self.archive, self.user, finding, self)
        dialog.accepted.connect(lambda: (show_notice(self.message, self.tr("已确定第 {0} 号问题的处理结果。")
                                                     .format(finding.id)), self.refresh()))
        dialog.open()
        return dialog

"""Record an unannounced inspection (不定期检查、督导, DUT-11): date, inspectors, the officers checked,
what was seen, and at most one finding made on the spot (more go in as further findings)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from evidenceroom.core import inspections, lookups
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.ui.compliance.finding_dialog import fill_choices
from evidenceroom.ui.compliance.gap_dialogs import FormDialog
from evidenceroom.ui.forms import labelled_row


class InspectionDialog(FormDialog):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("登记督导检查"), self.tr("登记"), parent)
        self.archive, self.user = archive, user
        people = [o for o in lookups.officers(archive, active_only=True) if o.badge]  # officers carry a badge
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setMaximumDate(QDate.currentDate())
        self.inspectors = QLineEdit()
        self.officers = QListWidget()
        self.officers.setMaximumHeight(120)
        self.finding_officer = QComboBox()
        self.finding_officer.addItem(self.tr("（未发现问题）"), None)
        for person in people:
            item = QListWidgetItem(f"{person.name}（{person.badge}）")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.officers.addItem(item)
            self.finding_officer.addItem(f"{person.name}（{person.badge}）", person.id)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.kind = QComboBox()
        self.outcome = QComboBox()
        fill_choices(self.kind, self.outcome)
        self.finding_notes = QLineEdit()
        labelled_row(self.form, self.tr("检查日期(&D)："), self.held_on, self.tr("检查日期"))
        labelled_row(self.form, self.tr("检查人员(&I)："), self.inspectors, self.tr("检查人员"))
        labelled_row(self.form, self.tr("被检查人员(&O)："), self.officers, self.tr("被检查的执法人员"))
        labelled_row(self.form, self.tr("检查情况(&N)："), self.notes, self.tr("检查情况"))
        labelled_row(self.form, self.tr("问题涉及(&W)："), self.finding_officer, self.tr("问题涉及的执法人员"))
        labelled_row(self.form, self.tr("问题类型(&K)："), self.kind, self.tr("问题类型"))
        labelled_row(self.form, self.tr("处理结果(&U)："), self.outcome, self.tr("处理结果"))
        labelled_row(self.form, self.tr("问题说明(&E)："), self.finding_notes, self.tr("问题说明"))
        self.finish_layout()

    def officer_ids(self) -> list[int]:
        return [self.officers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.officers.count())
                if self.officers.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        who = self.finding_officer.currentData()
        found = [inspections.FindingInput(who, self.kind.currentData(), self.outcome.currentData(),
                                          self.finding_notes.text())] if who is not None else []
        self.run(lambda: inspections.record_inspection(self.archive, self.user, self.held_on.date().toPython(),
                                                       self.inspectors.text(), self.officer_ids(),
                                                       self.notes.toPlainText(), found))

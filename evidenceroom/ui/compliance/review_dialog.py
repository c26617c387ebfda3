"""Record a review held (音像记录资料评查, 002§17): date, scope, reviewers, recordings reviewed,
findings and measures."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from evidenceroom.core import review_records
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.ui.compliance.gap_dialogs import FormDialog
from evidenceroom.ui.forms import labelled_row


class ReviewDialog(FormDialog):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("登记音像记录资料评查"), self.tr("登记"), parent)
        self.archive, self.user = archive, user
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setMaximumDate(QDate.currentDate())
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("例如：本年度各大队现场检查和调查取证的音像资料"))
        self.reviewers = QLineEdit()
        self.recordings = QSpinBox()
        self.recordings.setRange(0, 1_000_000)
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.measures = QPlainTextEdit()
        self.measures.setTabChangesFocus(True)
        labelled_row(self.form, self.tr("评查日期(&D)："), self.held_on, self.tr("评查日期"))
        labelled_row(self.form, self.tr("评查范围(&S)："), self.scope, self.tr("评查范围"))
        labelled_row(self.form, self.tr("评查人员(&R)："), self.reviewers, self.tr("评查人员"))
        labelled_row(self.form, self.tr("评查资料数(&N)："), self.recordings, self.tr("评查资料数"))
        labelled_row(self.form, self.tr("发现的问题(&F)："), self.findings, self.tr("发现的问题"))
        labelled_row(self.form, self.tr("整改措施(&M)："), self.measures, self.tr("整改措施"))
        self.finish_layout()

    def submit(self) -> None:
        self.run(lambda: review_records.record_review(
            self.archive, self.user, self.held_on.date().toPython(), self.scope.text(), self.reviewers.text(),
            self.recordings.value(), self.findings.toPlainText(), self.measures.toPlainText()))

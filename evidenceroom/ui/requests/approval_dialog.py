"""The approver decides in person (ACC-02, ACC-03): the request in full, the steps already
decided and the one now due, then the approver's own user name and password for this one
decision. The password lives only in its field and is cleared whatever the outcome."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import access
from evidenceroom.core.access import DecisionInfo, Items, RequestInfo
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Decision
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui.approver_fields import ApproverFields
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import hint_label, message_label, show_error
from evidenceroom.ui.requests.labels import RequestLabels

TIME_FORMAT = "yyyy-MM-dd HH:mm:ss"
ITEM_ROLE = Qt.ItemDataRole.UserRole


def _value_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setAccessibleDescription(text)
    return label


class ApprovalDialog(QDialog):
    """`decision` holds the core's answer once the step is decided."""

    def __init__(self, archive: Archive, clerk: SignedIn, request_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.clerk = clerk
        self.request_id = request_id
        self.labels = RequestLabels(self)
        self.decision: DecisionInfo | None = None
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
            self.timezone = archive.unit(s).timezone
        self.info: RequestInfo = access.request_info(archive, request_id)
        self.due = next((st for st in self.info.steps if st.decision is None), None)
        self.setWindowTitle(self.tr("审批第 {0} 号调阅申请").format(request_id))
        self.setMinimumWidth(600)

        layout = QVBoxLayout(self)
        layout.addWidget(self._request_box())
        layout.addWidget(self._steps_box())
        layout.addWidget(self._decision_box())
        self.error = message_label(self.tr("错误信息"))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确认审批"))
        self.ok_button.setAccessibleName(self.tr("确认审批"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        order = [self.items_list, self.login_edit, self.password_edit, self.decision_combo, self.kept_list,
                 self.end_edit, self.comment_edit, self.reason_edit, self.ok_button, self.cancel_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        for edit in (self.login_edit, self.password_edit, self.reason_edit):
            edit.textChanged.connect(self._update_ok)
        self.decision_combo.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()
        if self.due is None:
            show_error(self.error, self.tr("该申请没有待办的审批步骤。"))
            for w in (self.login_edit, self.password_edit, self.decision_combo, self.comment_edit, self.reason_edit,
                      self.kept_list, self.end_edit):
                w.setEnabled(False)
        self.login_edit.setFocus()

    # --- the request, read only ---------------------------------------------------------------

    def _request_box(self) -> QGroupBox:
        info = self.info
        box = QGroupBox(self.tr("申请内容"))
        form = QFormLayout(box)
        requester = self.labels.requester(info)
        if info.requester_id_number:
            requester = self.tr("{0}，证件号码 {1}").format(requester, info.requester_id_number)
        window = self.tr("{0} 至 {1}").format(self.display.local_time(info.window_start),
                                             self.display.local_time(info.window_end))
        rows = [
            (self.tr("申请编号："), str(info.id), self.tr("申请编号")),
            (self.tr("申请人："), requester, self.tr("申请人")),
            (self.tr("申请类型："), self.labels.kind(info.kind), self.tr("申请类型")),
            (self.tr("用途："), self.labels.purpose(info.purpose, info.purpose_detail), self.tr("用途")),
            (self.tr("查阅事由："), info.reason, self.tr("查阅事由")),
            (self.tr("查阅时段："), window, self.tr("查阅时段")),
            (self.tr("登记人："), info.created_by_name, self.tr("登记人")),
        ]
        self.value_labels: dict[str, QLabel] = {}
        for caption, text, name in rows:
            value = _value_label(text, name)
            label = QLabel(caption)
            label.setBuddy(value)
            form.addRow(label, value)
            self.value_labels[name] = value
        self.items_list = QListWidget()
        self.items_list.addItems(self.labels.item_lines(self.archive, info.items))
        self.items_list.setFixedHeight(self.fontMetrics().height() * 5)
        labelled_row(form, self.tr("资料(&I)："), self.items_list, self.tr("申请的资料"))
        return box

    def _steps_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("审批流程"))
        column = QVBoxLayout(box)
        self.step_labels: list[QLabel] = []
        for st in self.info.steps:
            name, who = self.labels.step_words(self.info, st)
            if st.decision is None:
                marker = self.tr("（当前步骤）") if st is self.due else self.tr("（待办）")
                text = self.tr("第 {0} 步 {1}：{2}{3}").format(st.number, name, who, marker)
            else:
                text = self.tr("第 {0} 步 {1}：{2}，{3}，{4}").format(
                    st.number, name, st.approver_name, self.labels.decision(st.decision),
                    self.display.local_time(st.at))
                if st.comment:
                    text = self.tr("{0}；意见：{1}").format(text, st.comment)
                if st.refusal_reason:
                    text = self.tr("{0}；理由：{1}").format(text, st.refusal_reason)
            label = _value_label(text, self.tr("第 {0} 步").format(st.number))
            column.addWidget(label)
            self.step_labels.append(label)
        if self.due is not None:
            name, who = self.labels.step_words(self.info, self.due)
            self.due_label = hint_label(self.tr("现由{0}本人在下方输入自己的用户名和密码，办理第 {1} 步（{2}）。").format(
                who, self.due.number, name))
            self.due_label.setAccessibleName(self.tr("当前步骤"))
            column.addWidget(self.due_label)
        return box

    # --- the approver's own sign-in and decision ------------------------------------------------

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("审批人当面办理"))
        form = QFormLayout(box)
        self.approver = ApproverFields(form, self.tr("用户名(&U)："), self.tr("审批人用户名"),
                                       self.tr("密码(&W)："), self.tr("审批人密码"))
        self.login_edit, self.password_edit = self.approver.login, self.approver.password
        self.login_edit.setMaxLength(100)
        self.decision_combo = QComboBox()
        self.decision_combo.addItem(self.tr("批准"), Decision.APPROVE.value)
        self.decision_combo.addItem(self.tr("拒绝"), Decision.REFUSE.value)
        self.decision_combo.addItem(self.tr("缩小范围批准"), Decision.NARROW.value)
        self._narrowing_fields()
        self.comment_edit = QLineEdit()
        self.comment_edit.setMaxLength(500)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 3)
        self.reason_edit.setPlaceholderText(self.tr("拒绝时必填"))
        labelled_row(form, self.tr("审批意见(&D)："), self.decision_combo, self.tr("审批决定"))
        labelled_row(form, self.tr("批准的资料(&K)："), self.kept_list, self.tr("缩小范围后批准的资料"))
        labelled_row(form, self.tr("结束时间(&E)："), self.end_edit, self.tr("缩短后的查阅结束时间"))
        labelled_row(form, self.tr("意见说明(&C)："), self.comment_edit, self.tr("意见说明"))
        labelled_row(form, self.tr("拒绝理由(&R)："), self.reason_edit, self.tr("拒绝理由"))
        return box

    def _narrowing_fields(self) -> None:
        """The request's items, each checkable (all kept at first), and the window's end."""
        self.kept_list = QListWidget()
        self.kept_list.setFixedHeight(self.fontMetrics().height() * 5)
        lines = self.labels.item_lines(self.archive, self.info.items)
        keys = ([("recording", i) for i in self.info.items.recording_ids]
                + [("case", i) for i in self.info.items.case_ids])
        for line, key in zip(lines, keys):
            item = QListWidgetItem(line)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(ITEM_ROLE, key)
            self.kept_list.addItem(item)
        self.requested_end = self._local(self.info.window_end)
        self.end_edit = QDateTimeEdit(QDateTime(self.requested_end))
        self.end_edit.setDisplayFormat(TIME_FORMAT)
        self.end_edit.setCalendarPopup(True)
        self.kept_list.itemChanged.connect(lambda _item: self._update_ok())

    def _local(self, value: datetime) -> datetime:
        """A stored time as the unit's naive local time, to the second, as the time fields show it."""
        return to_local(value, self.timezone).replace(tzinfo=None, microsecond=0)

    def _kept(self) -> Items:
        chosen = [self.kept_list.item(row).data(ITEM_ROLE) for row in range(self.kept_list.count())
                  if self.kept_list.item(row).checkState() == Qt.CheckState.Checked]
        return Items(tuple(i for kind, i in chosen if kind == "recording"),
                     tuple(i for kind, i in chosen if kind == "case"))

    def narrowing(self) -> tuple[Items | None, tuple[datetime, datetime] | None]:
        """What the narrowing changes, as `access.decide` takes it: None for what is left as asked."""
        kept = self._kept()
        items = None if len(kept.recording_ids) + len(kept.case_ids) == self.kept_list.count() else kept
        end = self.end_edit.dateTime().toPython()
        start = to_local(self.info.window_start, self.timezone).replace(tzinfo=None)  # as asked, to the microsecond
        window = (start, end) if end != self.requested_end else None
        return items, window

    def _refusing(self) -> bool:
        return self.decision_combo.currentData() == Decision.REFUSE.value

    def _narrowing(self) -> bool:
        return self.decision_combo.currentData() == Decision.NARROW.value

    def _decision_changed(self) -> None:
        self.reason_edit.setEnabled(self._refusing() and self.due is not None)
        self.kept_list.setEnabled(self._narrowing() and self.due is not None)
        self.end_edit.setEnabled(self._narrowing() and self.due is not None)
        self._update_ok()

    def _update_ok(self) -> None:
        kept = self._kept()
        ready = (self.due is not None and self.approver.filled()
                 and (not self._refusing() or bool(self.reason_edit.toPlainText().strip()))
                 and (not self._narrowing() or bool(kept.recording_ids or kept.case_ids)))
        self.ok_button.setEnabled(ready)

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        password = self.approver.take_password()
        narrower_items, shorter_window = self.narrowing() if self._narrowing() else (None, None)
        try:
            self.decision = access.decide(
                self.archive, self.clerk, self.request_id, self.login_edit.text(), password,
                self.decision_combo.currentData(), self.comment_edit.text(),
                reason=self.reason_edit.toPlainText() if self._refusing() else None,
                narrower_items=narrower_items, shorter_window=shorter_window, step=self.due.number)
        except ArchiveError as exc:
            show_error(self.error, str(exc))
            self.password_edit.setFocus()
            return
        self.accept()

    def done(self, result: int) -> None:
        self.password_edit.clear()  # never kept past the dialog, whether decided or cancelled
        super().done(result)

"""The requests page: every request to view, copy or provide footage, its approval in person at
this desk, and the register entry for each viewing under an approved request (ACC-01 … ACC-04)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidenceroom.core import access, grants, policy as policies, print_settings, unit_policy
from evidenceroom.core.access import RequestInfo
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.catalog import RecordingFilter, recording_rows
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import RequestStatus, Role
from evidenceroom.core.register import RegisterFilter, end_viewing, register_rows, start_viewing
from evidenceroom.ui import documents, workers
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import cell, make_table, message_label, show_error, show_notice
from evidenceroom.ui.requests.approval_dialog import ApprovalDialog
from evidenceroom.ui.requests.labels import RequestLabels
from evidenceroom.ui.requests.request_dialog import RequestDialog
from evidenceroom.ui.requests.revoke_dialog import RevokeDialog

# The custodian registers requests and viewings; approvers decide at the custodian's desk.
REGISTERING_ROLES = {Role.ADMINISTRATOR.value, Role.CLERK.value}
APPROVAL_DESK_ROLES = REGISTERING_ROLES | {Role.SUPERVISOR.value}
ID_ROLE = Qt.ItemDataRole.UserRole


class RequestsPage(QWidget):
    pendingCountChanged = Signal(int)
    expiringTodayChanged = Signal(int)  # grants whose window ends later today

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None,
                 *, policy: policies.AccessPolicy | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.policy = policy  # None: the unit's approval policy, read when a request is registered
        self.labels = RequestLabels(self)
        self.dialog = None  # the request or approval dialog now open
        self.print_job: workers.Job | None = None  # the approval form being written
        self._requests: list[RequestInfo] = []
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)

        heading = QLabel(self.tr("调阅申请"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("按状态筛选"))
        for text, statuses in ((self.tr("待审批"), access.OPEN),
                               (self.tr("已批准"), (RequestStatus.APPROVED.value,)),
                               (self.tr("已拒绝"), (RequestStatus.REFUSED.value,)),
                               (self.tr("已撤销"), (RequestStatus.REVOKED.value,)),
                               (self.tr("已过期"), (RequestStatus.EXPIRED.value,)),
                               (self.tr("全部"), None)):
            self.filter_combo.addItem(text, statuses)
        self.filter_combo.setCurrentIndex(self.filter_combo.count() - 1)
        filter_label = QLabel(self.tr("状态(&S)："))
        filter_label.setBuddy(self.filter_combo)

        self.new_button = self._button(self.tr("新建申请(&N)"), self.tr("新建调阅申请"), self.new_request)
        self.approve_button = self._button(self.tr("审批(&A)"), self.tr("审批所选申请"), self.approve_selected)
        self.viewing_button = self._button(self.tr("登记查阅(&V)"), self.tr("登记查阅"), self.toggle_viewing)
        self.revoke_button = self._button(self.tr("撤销授权(&X)"), self.tr("撤销所选申请的授权"),
                                          self.revoke_selected)
        self.print_button = self._button(self.tr("打印审批表(&P)"), self.tr("打印所选申请的审批表"),
                                         self.print_selected)
        self.refresh_button = self._button(self.tr("刷新(&R)"), self.tr("刷新申请列表"), self.refresh)
        registering = user.role in REGISTERING_ROLES
        self.new_button.setVisible(registering)
        self.viewing_button.setVisible(registering)
        self.revoke_button.setVisible(registering)
        self.approve_button.setVisible(user.role in APPROVAL_DESK_ROLES)

        self.table = make_table([self.tr("编号"), self.tr("申请人"), self.tr("类型"), self.tr("用途"),
                                 self.tr("事由"), self.tr("资料数"), self.tr("查阅时段"), self.tr("状态"),
                                 self.tr("登记时间")], self.tr("调阅申请列表"))
        self.message = message_label(self.tr("操作结果"))
        self.expiring_label = QLabel()
        self.expiring_label.setWordWrap(True)
        self.expiring_label.setAccessibleName(self.tr("今日到期的授权"))
        self.expiring_label.setVisible(False)

        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_combo)
        for b in (self.new_button, self.approve_button, self.viewing_button, self.revoke_button, self.print_button,
                  self.refresh_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.expiring_label)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        order = [self.filter_combo, self.new_button, self.approve_button, self.viewing_button, self.revoke_button,
                 self.print_button, self.refresh_button, self.table]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.approve_selected()
                                             if self.approve_button.isVisible() else None)
        self.refresh()

    def print_selected(self, target: Path | None = None, open_after: bool = True) -> workers.Job | None:
        """The approval form of the selected request, written to a PDF on a worker and opened for
        printing (signed by hand for steps not yet decided). None when nothing is chosen."""
        from evidenceroom.printing.request_form import request_form_pdf

        info = self.selected_request()
        if info is None:
            return None
        target = target or documents.ask_target(self, self.tr("保存审批表"), f"调阅审批表-{info.id}.pdf")
        if target is None:
            return None
        archive, user = self.archive, self.user

        def produce() -> Path:
            request_form_pdf(archive, info.id, target)
            print_settings.record_printed(archive, user, "request_form", "access_request", info.id,
                                          file=target.name, status=info.status)
            return target

        self.print_job = documents.write_in_background(
            self, produce, lambda saved: show_notice(self.message, self.tr("审批表已保存：{0}").format(saved)),
            lambda exc: show_error(self.message, str(exc)), self.print_button, open_after)
        return self.print_job

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    # --- the list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.user.role in REGISTERING_ROLES:
            try:
                access.expire_overdue(self.archive, self.user.actor)  # written and audited by the core
            except ArchiveError as exc:
                show_error(self.message, str(exc))
        chosen = self.selected_request()
        self._requests = access.list_requests(self.archive, self.filter_combo.currentData())
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self._requests))
        for row, info in enumerate(self._requests):
            window = self.tr("{0} 至 {1}").format(self.display.local_time(info.window_start),
                                                 self.display.local_time(info.window_end))
            values = [str(info.id), self.labels.requester(info), self.labels.kind(info.kind),
                      self.labels.purpose(info.purpose, info.purpose_detail), info.reason,
                      self.labels.items_count(info.items), window, self.labels.status(info),
                      self.display.local_time(info.created_at)]
            for col, value in enumerate(values):
                item = cell(value, align_right=col == 0)
                item.setData(ID_ROLE, info.id)
                self.table.setItem(row, col, item)
        if chosen is not None:
            self.select_request(chosen.id)
        self._update_buttons()
        self._show_expiring()
        self.pendingCountChanged.emit(access.pending_count(self.archive))

    def _show_expiring(self) -> None:
        expiring = grants.grants_expiring_today(self.archive)
        numbers = self.tr("、").join(str(g.request_id) for g in expiring)
        self.expiring_label.setText(self.tr("今日到期的授权：{0} 项（申请编号 {1}）").format(len(expiring), numbers)
                                    if expiring else "")
        self.expiring_label.setVisible(bool(expiring))
        self.expiringTodayChanged.emit(len(expiring))

    def select_request(self, request_id: int) -> bool:
        for row, info in enumerate(self._requests):
            if info.id == request_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_request(self) -> RequestInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._requests):
            return None
        return self._requests[rows[0].row()]

    def _open_entry(self, info: RequestInfo):
        """The viewing under this request still going on, if any."""
        return next((r for r in register_rows(self.archive, RegisterFilter(request_id=info.id))
                     if r.ended_at is None), None)

    def _update_buttons(self) -> None:
        info = self.selected_request()
        self.approve_button.setEnabled(info is not None and info.status in access.OPEN)
        printing = self.print_job is not None and self.print_job.running
        self.print_button.setEnabled(info is not None and not printing)  # one form at a time
        self.revoke_button.setEnabled(info is not None and info.grant_id is not None
                                      and info.status == RequestStatus.APPROVED.value)
        open_entry = self._open_entry(info) if info is not None else None
        if open_entry is not None:
            self.viewing_button.setText(self.tr("结束查阅(&V)"))
            self.viewing_button.setAccessibleName(self.tr("结束查阅"))
            self.viewing_button.setEnabled(True)
        else:
            self.viewing_button.setText(self.tr("登记查阅(&V)"))
            self.viewing_button.setAccessibleName(self.tr("登记查阅"))
            self.viewing_button.setEnabled(info is not None and info.grant_id is not None
                                           and info.status == RequestStatus.APPROVED.value)

    # --- actions ------------------------------------------------------------------------------------

    def new_request(self, preset_recording_ids=()) -> RequestDialog | None:
        if self.user.role not in REGISTERING_ROLES:
            return None
        dialog = RequestDialog(self.archive, self.user, preset_recording_ids, self,
                               policy=self.policy or unit_policy.approval_policy(self.archive))
        dialog.accepted.connect(lambda: self._after_request(dialog))
        self._show(dialog)
        return dialog

    def _after_request(self, dialog: RequestDialog) -> None:
        self.refresh()
        if dialog.request is not None:
            self.select_request(dialog.request.id)
            show_notice(self.message, self.tr("已登记第 {0} 号调阅申请，待审批。").format(dialog.request.id))

    def approve_selected(self) -> ApprovalDialog | None:
        info = self.selected_request()
        if info is None or self.user.role not in APPROVAL_DESK_ROLES or info.status not in access.OPEN:
            return None
        dialog = ApprovalDialog(self.archive, self.user, info.id, self)
        dialog.accepted.connect(lambda: self._after_decision(dialog))
        self._show(dialog)
        return dialog

    def _after_decision(self, dialog: ApprovalDialog) -> None:
        self.refresh()
        self.select_request(dialog.request_id)
        if dialog.decision is not None:
            show_notice(self.message, self.tr("第 {0} 号申请：{1}已办理第 {2} 步（{3}），当前状态：{4}。").format(
                dialog.request_id, dialog.decision.approver_name, dialog.decision.step,
                self.labels.decision(dialog.decision.decision),
                self.labels.status(access.request_info(self.archive, dialog.request_id))))

    def revoke_selected(self) -> RevokeDialog | None:
        info = self.selected_request()
        if (info is None or self.user.role not in REGISTERING_ROLES or info.grant_id is None
                or info.status != RequestStatus.APPROVED.value):
            return None
        dialog = RevokeDialog(self.archive, self.user, info, self)
        dialog.accepted.connect(lambda: self._after_revoke(dialog))
        self._show(dialog)
        return dialog

    def _after_revoke(self, dialog: RevokeDialog) -> None:
        self.refresh()
        self.select_request(dialog.info.id)
        if dialog.grant is not None:
            show_notice(self.message, self.tr("第 {0} 号申请的授权已撤销。").format(dialog.info.id))

    def _show(self, dialog) -> None:
        """Open window-modal without blocking; the previous dialog, long closed, goes now."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def toggle_viewing(self) -> None:
        """Start the register entry for the selected approved request, or end the one under way."""
        info = self.selected_request()
        if info is None or self.user.role not in REGISTERING_ROLES:
            return
        try:
            entry = self._open_entry(info)
            if entry is not None:
                done = end_viewing(self.archive, self.user, entry.id)
                show_notice(self.message, self.tr("第 {0} 号查阅已结束（{1} 至 {2}）。").format(
                    done.id, self.display.local_time(done.started_at), self.display.local_time(done.ended_at)))
            else:
                if info.grant_id is None:
                    return
                entry = start_viewing(self.archive, self.user, info.grant_id, self._grant_recordings(info.grant_id))
                show_notice(self.message, self.tr("已登记查阅：查阅人 {0}，事由 {1}，开始于 {2}。").format(
                    entry.viewer_name, entry.reason, self.display.local_time(entry.started_at)))
        except ArchiveError as exc:
            show_error(self.message, str(exc))
        self._update_buttons()

    def _grant_recordings(self, grant_id: int) -> list[int]:
        """The recordings a grant allows: those listed and every recording of a listed case."""
        grant = grants.grant_info(self.archive, grant_id)
        ids = list(grant.items.recording_ids)
        for case_id in grant.items.case_ids:
            ids.extend(r.id for r in recording_rows(self.archive, RecordingFilter(case_id=case_id), limit=100000))
        return list(dict.fromkeys(ids))

"""Requests through the real dialogs: registered at the desk, approved in person step by step,
then the viewing written in the register (ACC-01 … ACC-04)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from evidenceroom.core import access, accounts, policy
from evidenceroom.core.access import Items
from evidenceroom.core.models import AuditEvent, User
from evidenceroom.core.register import register_rows
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.ui.requests.approval_dialog import ApprovalDialog
from evidenceroom.ui.requests.request_dialog import RequestDialog
from evidenceroom.ui.requests.requests_page import RequestsPage

REASON = "复核现场检查过程"


@pytest.fixture
def page(qtbot, filled_archive, clerk, desk):
    p = RequestsPage(filled_archive, clerk, policy=policy.REGULATION_003)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    return p


def _type(qtbot, field, text: str) -> None:
    """Type ASCII key by key; Chinese arrives as an input method commits it, in one piece."""
    if text.isascii():
        qtbot.keyClicks(field, text)
    elif isinstance(field, QPlainTextEdit):
        field.insertPlainText(text)
    else:
        field.insert(text)


def _click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_request(qtbot, dialog: RequestDialog, desk, end: QDateTime | None = None) -> None:
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(desk.officer_id))
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("supervision"))
    _type(qtbot, dialog.reason_edit, REASON)
    _type(qtbot, dialog.ids_edit, str(desk.clip_id))
    dialog.ids_edit.editingFinished.emit()
    if end is not None:
        dialog.end_edit.setDateTime(end)


def _request_through_page(qtbot, page, desk, end: QDateTime | None = None) -> int:
    dialog = page.new_request()
    qtbot.waitExposed(dialog)
    _fill_request(qtbot, dialog, desk, end)
    assert desk.clip_name in dialog.items_list.item(0).text()
    _click(qtbot, dialog.ok_button)
    assert dialog.result() == RequestDialog.DialogCode.Accepted and not dialog.isVisible()
    return dialog.request.id


def _decide(qtbot, page, request_id: int, login: str, password: str, decision: str = "approve",
            reason: str = "") -> ApprovalDialog:
    assert page.select_request(request_id)
    dialog = page.approve_selected()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.login_edit, login)
    _type(qtbot, dialog.password_edit, password)
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData(decision))
    if reason:
        _type(qtbot, dialog.reason_edit, reason)
    _click(qtbot, dialog.ok_button)
    return dialog


def _status(page, request_id: int) -> str:
    assert page.select_request(request_id)
    row = page.table.currentRow()
    return page.table.item(row, 7).text()


def test_request_two_step_approval_and_the_registered_viewing(qtbot, page, filled_archive, desk, password):
    counts = []
    page.pendingCountChanged.connect(counts.append)
    request_id = _request_through_page(qtbot, page, desk)
    assert _status(page, request_id) == "待审批" and counts[-1] == 1
    info = access.request_info(filled_archive, request_id)
    assert (info.requester_name, info.reason, info.items) == ("张伟", REASON, Items((desk.clip_id,)))
    assert not page.viewing_button.isEnabled()

    first = _decide(qtbot, page, request_id, "lizhuren", password)
    assert first.result() == ApprovalDialog.DialogCode.Accepted and first.decision.step == 1
    assert first.password_edit.text() == ""
    assert _status(page, request_id) == "审批中（待第 2 步）"

    second = _decide(qtbot, page, request_id, "zhaojuzhang", password)
    assert second is not first and second.password_edit.text() == ""  # asked again, not remembered
    assert "第 1 步 审核：李主任 (lizhuren)，同意" in second.step_labels[0].text()
    assert "当前步骤" in second.step_labels[1].text()
    assert second.decision.status == "approved"
    assert _status(page, request_id) == "已批准" and counts[-1] == 0

    page.filter_combo.setCurrentIndex(page.filter_combo.findText("已批准"))
    assert page.select_request(request_id)
    _click(qtbot, page.viewing_button)
    assert page.viewing_button.text().startswith("结束查阅")
    assert "已登记查阅" in page.message.text()
    _click(qtbot, page.viewing_button)
    assert page.viewing_button.text().startswith("登记查阅")
    [row] = register_rows(filled_archive)
    assert (row.viewer_name, row.reason, row.recording_ids) == ("张伟", REASON, (desk.clip_id,))
    assert row.approvers == "李主任 (lizhuren)、赵局长 (zhaojuzhang)"
    assert row.started_at is not None and row.ended_at >= row.started_at
    assert row.clerk_name == "陈静 (clerk)"


def test_a_viewing_after_the_window_is_refused(qtbot, filled_archive, clerk, desk, password):
    page = RequestsPage(filled_archive, clerk)  # the default policy: one supervisor approves
    qtbot.addWidget(page)
    page.show()
    with filled_archive.session() as s:
        tz = filled_archive.unit(s).timezone
    end_utc = utcnow() + timedelta(seconds=4)
    end = QDateTime(to_local(end_utc, tz).replace(tzinfo=None, microsecond=0))
    request_id = _request_through_page(qtbot, page, desk, end)
    decided = _decide(qtbot, page, request_id, "director", password)
    assert decided.decision.status == "approved"
    qtbot.waitUntil(lambda: utcnow() > end_utc.replace(microsecond=0) + timedelta(seconds=0.2), timeout=8000)
    assert page.select_request(request_id)
    _click(qtbot, page.viewing_button)
    assert page.message.isVisible() and "批准的查阅时段已过" in page.message.text()
    assert register_rows(filled_archive) == []


def _direct_request(archive, clerk, desk, requester: int, p=policy.REGULATION_003) -> int:
    now = utcnow()
    return access.create_request(archive, clerk, kind="view", requester=requester, reason=REASON,
                                 purpose="supervision", items=Items((desk.clip_id,)), window_start=now,
                                 window_end=now + timedelta(hours=8), policy=p).id


def test_self_approval_is_refused_in_the_dialog(qtbot, page, filled_archive, clerk, desk, password):
    request_id = _direct_request(filled_archive, clerk, desk, desk.director_person_id)
    page.refresh()
    dialog = _decide(qtbot, page, request_id, "lizhuren", password)
    assert dialog.isVisible() and dialog.decision is None
    assert "不得审批本人申请" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.password_edit.text() == "" and not dialog.ok_button.isEnabled()
    assert access.request_info(filled_archive, request_id).status == "pending"
    dialog.reject()
    assert dialog.password_edit.text() == ""


def test_a_wrong_password_is_shown_audited_and_counted(qtbot, page, filled_archive, clerk, desk):
    request_id = _direct_request(filled_archive, clerk, desk, desk.officer_id)
    page.refresh()
    dialog = _decide(qtbot, page, request_id, "lizhuren", "猜的密码")
    assert dialog.isVisible() and "用户名或密码不正确" in dialog.error.text()
    assert dialog.password_edit.text() == ""
    with filled_archive.session() as s:
        director = s.scalar(select(User).where(User.login == "lizhuren"))
        assert director.failed_logins == 1
        failed = s.scalars(select(AuditEvent).where(AuditEvent.action == "approval.failed")).all()
        assert [e.actor_user_id for e in failed] == [director.id]
    # The rest of the tries run into the lockout.
    for _ in range(accounts.MAX_FAILURES - 1):
        _type(qtbot, dialog.password_edit, "猜的密码")
        _click(qtbot, dialog.ok_button)
    assert "已锁定" in dialog.error.text() and dialog.isVisible()
    assert access.request_info(filled_archive, request_id).status == "pending"


def test_refusing_without_a_reason_is_impossible(qtbot, page, filled_archive, clerk, desk, password):
    request_id = _direct_request(filled_archive, clerk, desk, desk.officer_id)
    page.refresh()
    assert page.select_request(request_id)
    dialog = page.approve_selected()
    _type(qtbot, dialog.login_edit, "lizhuren")
    _type(qtbot, dialog.password_edit, password)
    assert dialog.ok_button.isEnabled()
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData("refuse"))
    assert not dialog.ok_button.isEnabled() and dialog.reason_edit.isEnabled()
    _type(qtbot, dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    _type(qtbot, dialog.reason_edit, "事由与案件无关")
    _click(qtbot, dialog.ok_button)
    assert dialog.decision.status == "refused"
    assert _status(page, request_id) == "已拒绝"
    assert access.request_info(filled_archive, request_id).steps[0].refusal_reason == "事由与案件无关"


def test_an_error_in_the_request_is_shown_and_nothing_closes(qtbot, page, filled_archive, desk):
    dialog = page.new_request()
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(desk.officer_id))
    _type(qtbot, dialog.ids_edit, str(desk.clip_id))
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "请填写查阅事由" in dialog.error.text()
    assert access.list_requests(filled_archive) == []


def test_an_outside_party_can_ask(qtbot, page, filled_archive, desk):
    dialog = page.new_request()
    _click(qtbot, dialog.outside_radio)
    assert not dialog.person_combo.isEnabled()
    _type(qtbot, dialog.outside_name, "某律师")
    _type(qtbot, dialog.outside_org, "某律师事务所")
    _type(qtbot, dialog.outside_id, "320102199001011234")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("provide"))
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("litigation"))
    _type(qtbot, dialog.reason_edit, "诉讼举证")
    _type(qtbot, dialog.cases_edit, "秦水罚〔2026〕31号")
    _click(qtbot, dialog.ok_button)
    info = dialog.request
    assert (info.requester_name, info.requester_organisation, info.kind) == ("某律师", "某律师事务所", "provide")
    assert len(info.items.case_ids) == 1 and info.items.recording_ids == ()


def test_supervisors_and_inspectors_only_see_the_list(qtbot, filled_archive, desk, password):
    for login, can_approve in (("director", True), ("inspector", False)):
        user = accounts.sign_in(filled_archive, login, password)
        p = RequestsPage(filled_archive, user)
        qtbot.addWidget(p)
        p.show()
        assert not p.new_button.isVisible() and not p.viewing_button.isVisible()
        assert p.approve_button.isVisible() == can_approve
        assert p.new_request() is None


def _unnamed_and_unbuddied(root: QWidget) -> tuple[list[str], list[str]]:
    controls = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    composite = (QComboBox, QAbstractSpinBox, QCalendarWidget, QAbstractItemView)
    unnamed = []
    for w in root.findChildren(QWidget):
        parents, parent = [], w.parentWidget()
        while parent is not None and parent is not root:
            parents.append(parent)
            parent = parent.parentWidget()
        inner = any(isinstance(p, composite) for p in parents)  # the parts Qt builds a control from
        if isinstance(w, controls) and not inner and w.window() is root.window() and not w.accessibleName():
            unnamed.append(f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}")
    unbuddied = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and field.widget() is not None and label.widget().buddy() is not field.widget():
                unbuddied.append(label.widget().text())
    return unnamed, unbuddied


def test_every_control_is_named_and_every_label_a_buddy(qtbot, page, filled_archive, clerk, desk):
    assert _unnamed_and_unbuddied(page) == ([], [])
    request_dialog = page.new_request((desk.clip_id,))
    assert desk.clip_name in request_dialog.items_list.item(0).text()
    assert _unnamed_and_unbuddied(request_dialog) == ([], [])
    request_dialog.reject()
    request_id = _direct_request(filled_archive, clerk, desk, desk.officer_id)
    page.refresh()
    assert page.select_request(request_id)
    approval_dialog = page.approve_selected()
    assert _unnamed_and_unbuddied(approval_dialog) == ([], [])
    assert approval_dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password


@pytest.fixture
def english(qapp):
    """The English translator for one test; Chinese again afterwards."""
    from evidenceroom.core import errors
    from evidenceroom.ui.application import install_translation

    before = errors.language()
    translator = install_translation(qapp, "en")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)
    translator.deleteLater()
    errors.set_language(before)


def test_the_page_and_its_dialogs_speak_english(qtbot, english, filled_archive, clerk, desk):
    import re

    from PySide6.QtWidgets import QGroupBox, QLabel

    cjk = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
    request_id = _direct_request(filled_archive, clerk, desk, desk.officer_id)
    page = RequestsPage(filled_archive, clerk, policy=policy.REGULATION_003)
    qtbot.addWidget(page)
    page.show()
    assert page.select_request(request_id)
    data = [REASON, "秦水罚〔2026〕31号", "张伟", "陈静", "水政监察支队一大队", "水政监察支队二大队", "李娜",
            "李主任", "赵局长", "赵主任", "周科长", "系统管理员", "办公室"]
    dialogs = [page, page.new_request()]
    dialogs[1].reject()
    dialogs.append(page.approve_selected())
    assert "the office director" in dialogs[2].step_labels[0].text()
    chinese = []
    for root in dialogs:
        texts = [root.windowTitle()]
        for w in root.findChildren(QWidget):
            texts += [w.accessibleName(), w.toolTip()]
            if isinstance(w, (QLabel, QAbstractButton)):
                texts.append(w.text())
            if isinstance(w, QGroupBox):
                texts.append(w.title())
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                texts.append(w.placeholderText())
        for text in texts:
            rest = text
            for value in data:
                rest = rest.replace(value, "")
            if cjk.search(rest):
                chinese.append(text)
    assert chinese == []
    assert page.table.item(0, 7).text() == "Pending"

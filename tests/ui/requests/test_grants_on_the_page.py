"""On the requests page: approving a narrower scope, revoking a grant, the grants that end today,
requests whose window has passed, and the unit's approval policy for new requests."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import select

from evidenceroom.core import access, accounts, grants, policy, unit_policy
from evidenceroom.core.access import Items
from evidenceroom.core.models import AuditEvent, Recording
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.ui.requests.approval_dialog import ApprovalDialog
from evidenceroom.ui.requests.requests_page import RequestsPage

REASON = "复核现场检查过程"


def _page(qtbot, archive, user, **kwargs) -> RequestsPage:
    page = RequestsPage(archive, user, **kwargs)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _clip_ids(archive) -> list[int]:
    with archive.session() as s:
        return list(s.scalars(select(Recording.id).order_by(Recording.id)))


def _request(archive, clerk, desk, recording_ids, end, start=None) -> int:
    return access.create_request(archive, clerk, kind="view", requester=desk.officer_id, reason=REASON,
                                 purpose="supervision", items=Items(tuple(recording_ids)),
                                 window_start=start or utcnow(), window_end=end, policy=policy.DEFAULT).id


def _approve(archive, clerk, request_id, password) -> int:
    access.decide(archive, clerk, request_id, "director", password, "approve")
    return access.request_info(archive, request_id).grant_id


def _status(page, request_id: int) -> str:
    assert page.select_request(request_id)
    return page.table.item(page.table.currentRow(), 7).text()


def _later_today(archive, hours: float = 1) -> datetime:
    """A time later today in the unit's zone, at most `hours` from now."""
    with archive.session() as s:
        tz = ZoneInfo(archive.unit(s).timezone)
    now = utcnow()
    midnight = (now.astimezone(tz) + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    end = min(now + timedelta(hours=hours), midnight - timedelta(seconds=30))
    if end <= now + timedelta(seconds=20):
        pytest.skip("too close to the unit's midnight")
    return end


def test_a_narrower_approval_grants_only_the_checked_items_and_ends_earlier(qtbot, filled_archive, clerk, desk,
                                                                           password):
    first, second, *_ = _clip_ids(filled_archive)
    end = utcnow() + timedelta(days=2)
    request_id = _request(filled_archive, clerk, desk, (first, second), end)
    page = _page(qtbot, filled_archive, clerk)
    assert page.select_request(request_id)
    dialog = page.approve_selected()
    qtbot.waitExposed(dialog)
    assert not dialog.kept_list.isEnabled() and not dialog.end_edit.isEnabled()
    qtbot.keyClicks(dialog.login_edit, "director")
    qtbot.keyClicks(dialog.password_edit, password)
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData("narrow"))
    assert dialog.kept_list.isEnabled() and dialog.end_edit.isEnabled()
    assert [dialog.kept_list.item(r).checkState() for r in range(2)] == [Qt.CheckState.Checked] * 2
    with filled_archive.session() as s:
        tz = filled_archive.unit(s).timezone
    assert dialog.end_edit.dateTime().toPython() == to_local(end, tz).replace(tzinfo=None, microsecond=0)
    dialog.kept_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.kept_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ok_button.isEnabled()  # nothing left to approve
    dialog.kept_list.item(0).setCheckState(Qt.CheckState.Checked)
    shorter = utcnow() + timedelta(hours=5)
    dialog.end_edit.setDateTime(QDateTime(to_local(shorter, tz).replace(tzinfo=None, microsecond=0)))
    _click(qtbot, dialog.ok_button)
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted
    assert dialog.decision.decision == "narrow" and dialog.decision.status == "approved"
    grant = grants.grant_info(filled_archive, dialog.decision.grant_id)
    assert grant.items == Items((first,))
    assert grant.window_end == shorter.replace(microsecond=0) and grant.window_end < end
    assert _status(page, request_id) == "已批准"


def test_the_narrowing_fields_are_named_and_labelled(qtbot, filled_archive, clerk, desk):
    from tests.ui.requests.test_requests_flow import _unnamed_and_unbuddied

    request_id = _request(filled_archive, clerk, desk, _clip_ids(filled_archive)[:1], utcnow() + timedelta(hours=8))
    page = _page(qtbot, filled_archive, clerk)
    assert page.select_request(request_id)
    assert _unnamed_and_unbuddied(page.approve_selected()) == ([], [])
    assert page.select_request(request_id)
    revoking = page.revoke_selected()
    assert revoking is None  # not approved: nothing to revoke


def test_revoking_asks_for_a_reason_and_the_status_reads_revoked(qtbot, filled_archive, clerk, desk, password):
    from tests.ui.requests.test_requests_flow import _unnamed_and_unbuddied

    request_id = _request(filled_archive, clerk, desk, _clip_ids(filled_archive)[:1], utcnow() + timedelta(days=1))
    grant_id = _approve(filled_archive, clerk, request_id, password)
    page = _page(qtbot, filled_archive, clerk)
    assert _status(page, request_id) == "已批准"
    _click(qtbot, page.revoke_button)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert _unnamed_and_unbuddied(dialog) == ([], [])
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.insertPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.insertPlainText("案件已移送，无需再查阅")
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert _status(page, request_id) == "已撤销"
    assert not page.revoke_button.isEnabled() and not page.viewing_button.isEnabled()
    assert "已撤销" in page.message.text()
    info = grants.grant_info(filled_archive, grant_id)
    assert info.revoked_why == "案件已移送，无需再查阅" and info.revoked_by_name == "陈静 (clerk)"


def test_supervisors_cannot_revoke(qtbot, filled_archive, clerk, desk, password):
    request_id = _request(filled_archive, clerk, desk, _clip_ids(filled_archive)[:1], utcnow() + timedelta(days=1))
    _approve(filled_archive, clerk, request_id, password)
    page = _page(qtbot, filled_archive, accounts.sign_in(filled_archive, "director", password))
    assert page.select_request(request_id)
    assert not page.revoke_button.isVisible() and page.revoke_selected() is None


def test_grants_ending_today_are_listed_and_counted(qtbot, filled_archive, clerk, desk, password):
    rec_id = _clip_ids(filled_archive)[0]
    today = _request(filled_archive, clerk, desk, (rec_id,), _later_today(filled_archive))
    _approve(filled_archive, clerk, today, password)
    _approve(filled_archive, clerk, _request(filled_archive, clerk, desk, (rec_id,), utcnow() + timedelta(days=3)),
             password)
    page = _page(qtbot, filled_archive, clerk)
    assert page.expiring_label.isVisible()
    assert page.expiring_label.text() == f"今日到期的授权：1 项（申请编号 {today}）"
    counts = []
    page.expiringTodayChanged.connect(counts.append)
    page.refresh()
    assert counts == [1]
    grants.revoke_grant(filled_archive, clerk, access.request_info(filled_archive, today).grant_id, "不再需要")
    page.refresh()
    assert counts == [1, 0] and not page.expiring_label.isVisible()


def test_requests_whose_window_passed_read_expired(qtbot, filled_archive, clerk, desk, password):
    rec_id = _clip_ids(filled_archive)[0]
    end = utcnow() + timedelta(seconds=3)
    undecided = _request(filled_archive, clerk, desk, (rec_id,), end)
    approved = _request(filled_archive, clerk, desk, (rec_id,), end)
    _approve(filled_archive, clerk, approved, password)
    page = _page(qtbot, filled_archive, clerk)
    assert (_status(page, undecided), _status(page, approved)) == ("待审批", "已批准")
    qtbot.waitUntil(lambda: utcnow() > end + timedelta(seconds=0.2), timeout=8000)
    page.refresh()
    assert (_status(page, undecided), _status(page, approved)) == ("已过期", "已过期")
    with filled_archive.session() as s:
        expired = s.scalars(select(AuditEvent).where(AuditEvent.action == "access.expired")).all()
    assert sorted(e.target_id for e in expired) == [undecided, approved]


def test_an_inspector_opening_the_page_writes_nothing(qtbot, filled_archive, clerk, desk, password):
    end = utcnow() + timedelta(seconds=2)
    request_id = _request(filled_archive, clerk, desk, _clip_ids(filled_archive)[:1], end)
    qtbot.waitUntil(lambda: utcnow() > end + timedelta(seconds=0.2), timeout=8000)
    _page(qtbot, filled_archive, accounts.sign_in(filled_archive, "inspector", password))
    assert access.request_info(filled_archive, request_id).status == "pending"


def test_new_requests_follow_the_unit_policy(qtbot, filled_archive, clerk, desk, password):
    admin = accounts.sign_in(filled_archive, "admin", password)
    unit_policy.set_approval_policy(filled_archive, admin, "003")
    page = _page(qtbot, filled_archive, clerk)
    dialog = page.new_request((desk.clip_id,))
    assert dialog.policy is policy.REGULATION_003
    dialog.reject()
    pinned = _page(qtbot, filled_archive, clerk, policy=policy.DEFAULT)
    dialog = pinned.new_request((desk.clip_id,))
    assert dialog.policy is policy.DEFAULT
    dialog.reject()


def test_the_approval_form_of_a_pending_request_prints_with_empty_signature_boxes(qtbot, filled_archive, clerk,
                                                                                   desk, tmp_path):
    import subprocess

    request_id = _request(filled_archive, clerk, desk, _clip_ids(filled_archive)[:1], utcnow() + timedelta(hours=2))
    page = _page(qtbot, filled_archive, clerk)
    assert page.select_request(request_id)
    assert page.print_button.isEnabled()
    job = page.print_selected(tmp_path / "审批表.pdf", open_after=False)
    page.refresh()  # the list refreshed meanwhile: the button stays off until the form is written
    assert page.select_request(request_id) and not page.print_button.isEnabled()
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)  # written on a worker
    pdf = job.saved
    assert pdf == tmp_path / "审批表.pdf" and "审批表已保存" in page.message.text()
    assert page.print_button.isEnabled()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "音像资料调阅审批表" in text and REASON[:8] in text and "签字" in text
    with filled_archive.session() as s:
        printed = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).all()
    assert [(e.target_id, json.loads(e.details)["status"]) for e in printed] == [(request_id, "pending")]

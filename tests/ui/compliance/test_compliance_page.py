"""The Compliance page with real widgets on a real archive: dashboard first, spot checks drawn
and scored, a gap statement approved in person, the yearly review saved as a PDF."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

from evidenceroom.core import accounts, gaps, spot_checks
from evidenceroom.core.models import Activity, AuditEvent, Person
from evidenceroom.core.timeutil import utcnow
from evidenceroom.ui import workers
from evidenceroom.ui.compliance.common import Loader
from evidenceroom.ui.compliance.compliance_page import CompliancePage
from evidenceroom.ui.compliance.dashboard_tab import DashboardTab
from evidenceroom.ui.compliance.gap_dialogs import GapApprovalDialog


def _page(qtbot, archive, user) -> CompliancePage:
    page = CompliancePage(archive, user)
    qtbot.addWidget(page)
    page.show()
    _settle(qtbot, page)
    return page


def _settle(qtbot, page) -> None:
    """Tabs read their figures on worker threads: wait until every one has been read and shown."""
    qtbot.waitUntil(lambda: not any(loader.loading for loader in page.findChildren(Loader))
                    and not workers.running_jobs(), timeout=30000)


def _printed(archive) -> list[tuple[str, str | None, int | None]]:
    """(document, target kind, target id) of every document.printed event, oldest first."""
    with archive.session() as s:
        return [(json.loads(e.details)["document"], e.target_kind, e.target_id) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.printed").order_by(AuditEvent.seq))]


def _written(qtbot, job):
    """The PDF is written on a worker: wait for it; its saved path."""
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    return job.saved


def _overdue_activity(archive) -> int:
    with archive.transaction() as s:
        officer = s.query(Person).filter_by(badge_no="13002").one()
        end = utcnow() - timedelta(hours=30)
        a = Activity(kind="封存的现场执行", place="北闸", started_at=end - timedelta(hours=1), ended_at=end,
                     created_at=utcnow(), officers=[officer])
        s.add(a)
        s.flush()
        return a.id


def test_the_page_opens_on_the_dashboard_with_figures_and_text_alternatives(qtbot, filled_archive, password,
                                                                            tmp_path):
    _overdue_activity(filled_archive)
    supervisor = accounts.sign_in(filled_archive, "director", password)
    page = _page(qtbot, filled_archive, supervisor)
    assert page.tabs.currentIndex() == 0 and isinstance(page.tabs.currentWidget(), DashboardTab)
    board = page.dashboard
    assert board.tiles["overdue"].text() == "1"
    assert board.figures.months[-1].recordings == 4  # the card's four clips, handed in this month
    assert board.uploads_chart.accessibleDescription().endswith(f"{board.figures.months[-1].label} 4")
    assert board.month_table.item(0, 1).text() == "4"
    assert any("逾期未移交" in board.alerts.item(i).text() for i in range(board.alerts.count()))
    qtbot.mouseClick(board.refresh_button, Qt.MouseButton.LeftButton)
    assert board.loader.loading  # read on a worker, not on the UI thread
    _settle(qtbot, page)
    assert board.tiles["overdue"].text() == "1"
    board.openTab.emit("deadlines")
    assert page.tabs.currentWidget() is page.deadlines
    _settle(qtbot, page)
    page.deadlines.view.setCurrentIndex(page.deadlines.view.findData("overdue"))
    assert page.deadlines.table.rowCount() == 1
    assert page.deadlines.table.item(0, 7).text().startswith("逾期未移交")
    saved = _written(qtbot, page.deadlines.save_pdf(tmp_path / "移交.pdf", open_after=False))
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    assert "已保存" in page.deadlines.message.text() and page.deadlines.pdf_button.isEnabled()
    assert _printed(filled_archive) == [("deadline_report", None, None)]


def test_spot_check_tab_draws_and_scores(qtbot, filled_archive, password, tmp_path):
    inspector = accounts.sign_in(filled_archive, "inspector", password)
    page = _page(qtbot, filled_archive, inspector)
    tab = page.spot_checks
    page.show_tab("spot_checks")
    tab.period.set_dates(QDate(2026, 11, 1), QDate(2026, 11, 30))  # the card's clips are of 2026-11-28
    tab.proportion.setValue(50.0)
    qtbot.mouseClick(tab.draw_button, Qt.MouseButton.LeftButton)
    assert tab.current is not None and tab.current.population_size == 4
    assert tab.items.rowCount() == 2 and "按种子复核一致" in tab.info.text()

    tab.items.setCurrentCell(1, 0)
    for spin, v in zip(tab.scores, (10, 7, 9)):
        spin.setValue(v)
    tab.notes.setText("第二段前有 3 分钟中断。")
    qtbot.mouseClick(tab.score_button, Qt.MouseButton.LeftButton)
    stored = spot_checks.spot_check_info(filled_archive, tab.current.id).items[1]
    assert stored.scores == (10, 7, 9) and stored.notes == "第二段前有 3 分钟中断。"
    assert tab.items.item(1, 9).text() == "26"
    saved = _written(qtbot, tab.save_pdf(tmp_path / "抽查 评分表.pdf", open_after=False))
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    assert _printed(filled_archive) == [("spot_check_sheet", "spot_check", tab.current.id)]


def test_an_empty_period_is_refused_on_the_spot_check_tab(qtbot, filled_archive, password):
    page = _page(qtbot, filled_archive, accounts.sign_in(filled_archive, "inspector", password))
    tab = page.spot_checks
    tab.period.set_dates(QDate(2020, 1, 1), QDate(2020, 1, 31))
    qtbot.mouseClick(tab.draw_button, Qt.MouseButton.LeftButton)
    assert "没有音像资料" in tab.message.text() and tab.checks.count() == 0


def test_a_gap_statement_is_approved_in_person_in_its_dialog(qtbot, filled_archive, clerk, password):
    activity_id = _overdue_activity(filled_archive)
    gap = gaps.register_gap(filled_archive, clerk, activity_id, "no_recording", "003-7-2", "情况紧急。")
    dialog = GapApprovalDialog(filled_archive, clerk, gap)
    qtbot.addWidget(dialog)
    dialog.login.setText("director")
    dialog.password.setText("not-the-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and "不正确" in dialog.error.text()
    assert dialog.password.text() == ""
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert gaps.list_gaps(filled_archive)[0].status == "approved"


def test_the_duty_tab_lists_a_checklist_activity_without_footage(qtbot, filled_archive, clerk, password):
    from evidenceroom.core.profiles import ChecklistItem, Profile

    profile = Profile(key="t", name_zh="清单", name_en="list", issuer="", regulation="",
                      checklist=(ChecklistItem("行政强制环节", "封存的现场执行"),))
    with filled_archive.session() as s:
        officer_id = s.query(Person).filter_by(badge_no="13001").one().id
    end = datetime.now() - timedelta(hours=2)
    gaps.register_activity(filled_archive, clerk, kind="封存的现场执行", place="北闸", started_at=end - timedelta(hours=1),
                           ended_at=end, officer_ids=[officer_id], matter="封存的现场执行", profile=profile)
    page = _page(qtbot, filled_archive, clerk)
    page.show_tab("duty")
    tab = page.duty
    tab.flagged_only.setChecked(True)
    _settle(qtbot, page)
    assert tab.duty_table.rowCount() == 1 and tab.duty_table.item(0, 8).text() == "应录未录"
    assert tab.gap_button.isEnabled()


def test_the_yearly_review_pdf_is_written_off_the_ui_thread(qtbot, filled_archive, password, tmp_path):
    page = _page(qtbot, filled_archive, accounts.sign_in(filled_archive, "director", password))
    tab = page.yearly_review
    tab.year.setValue(2026)
    tab.refresh()
    _settle(qtbot, page)
    assert tab.table.rowCount() >= 2 and tab.table.item(tab.table.rowCount() - 1, 0).text() == "合计"
    target = tmp_path / "评查 报告" / "2026.pdf"
    job = tab.save_pdf(target, open_after=False)
    assert not tab.pdf_button.isEnabled() and not tab.progress.isHidden()
    qtbot.waitUntil(lambda: tab.pdf_button.isEnabled() and target.is_file(), timeout=30000)
    assert job.saved == target and tab.progress.isHidden()
    assert target.read_bytes().startswith(b"%PDF") and "已保存" in tab.message.text()
    assert _printed(filled_archive) == [("yearly_review", None, None)]
    _settle(qtbot, page)


def test_a_review_held_is_recorded_from_the_yearly_review_tab(qtbot, filled_archive, password):
    from evidenceroom.ui.compliance.review_dialog import ReviewDialog

    inspector = accounts.sign_in(filled_archive, "inspector", password)
    page = _page(qtbot, filled_archive, inspector)
    dialog = ReviewDialog(filled_archive, inspector, page)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "评查范围" in dialog.error.text()
    dialog.scope.setText("本年度现场检查音像资料")
    dialog.reviewers.setText("周科长、赵主任")
    dialog.recordings.setValue(12)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.yearly_review.year.setValue(dialog.result_value.year)
    page.yearly_review.refresh()
    _settle(qtbot, page)
    assert page.yearly_review.reviews.rowCount() == 1
    assert page.yearly_review.reviews.item(0, 1).text() == "本年度现场检查音像资料"


def test_every_control_of_the_oversight_tabs_has_an_accessible_name_and_takes_focus(qtbot, filled_archive, password):
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                                   QPlainTextEdit)

    from evidenceroom.ui.compliance.finding_dialog import FindingDialog
    from evidenceroom.ui.compliance.gap_dialogs import ActivityDialog, GapDialog
    from evidenceroom.ui.compliance.inspection_dialog import InspectionDialog
    from evidenceroom.ui.compliance.review_dialog import ReviewDialog

    user = accounts.sign_in(filled_archive, "admin", password)
    page = _page(qtbot, filled_archive, user)
    item = spot_checks.ItemInfo(1, 1, 1, "a.mp4", utcnow(), "张伟", "一大队", (None, None, None), "", None, None)
    dialogs = [ActivityDialog(filled_archive, user), GapDialog(filled_archive, user, 1),
               ReviewDialog(filled_archive, user), FindingDialog(filled_archive, user, item),
               InspectionDialog(filled_archive, user)]
    for d in dialogs:
        qtbot.addWidget(d)
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
    roots = [page.dashboard, page.deadlines, page.duty, page.spot_checks, page.yearly_review, *dialogs]
    def part_of_another_control(w) -> bool:  # a table's header, a combo's list, a date edit's calendar
        p = w.parent()
        while p is not None:
            if isinstance(p, (QAbstractItemView, QAbstractSpinBox, QComboBox)):
                return True
            p = p.parent()
        return False

    unnamed, checked = [], 0
    for root in roots:
        for w in root.findChildren(QWidget):
            if isinstance(w, kinds) and not part_of_another_control(w) and w.isVisibleTo(root):
                checked += 1
                if not w.accessibleName():
                    unnamed.append(f"{type(root).__name__}: {type(w).__name__} {getattr(w, 'text', lambda: '')()}")
                assert w.focusPolicy() != Qt.FocusPolicy.NoFocus or not w.isEnabled(), type(w).__name__
    assert unnamed == [] and checked > 40
    assert page.dashboard.uploads_chart.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_finding_is_recorded_for_a_sampled_recording(qtbot, filled_archive, password):
    from evidenceroom.core import findings
    from evidenceroom.ui.compliance.finding_dialog import FindingDialog

    inspector = accounts.sign_in(filled_archive, "inspector", password)
    page = _page(qtbot, filled_archive, inspector)
    tab = page.spot_checks
    tab.period.set_dates(QDate(2026, 11, 1), QDate(2026, 11, 30))
    tab.proportion.setValue(25.0)
    qtbot.mouseClick(tab.draw_button, Qt.MouseButton.LeftButton)
    dialog = FindingDialog(filled_archive, inspector, tab.current.items[0], tab)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("not_recorded"))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("written_self_criticism"))
    dialog.notes.setPlainText("到达现场后未开机。")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [found] = findings.list_findings(filled_archive)
    assert (found.kind, found.outcome, found.officer) == ("not_recorded", "written_self_criticism", "张伟")


def test_an_inspection_with_a_finding_is_recorded_from_its_dialog(qtbot, filled_archive, password):
    from evidenceroom.core import findings, inspections
    from evidenceroom.ui.compliance.inspection_dialog import InspectionDialog

    inspector = accounts.sign_in(filled_archive, "inspector", password)
    dialog = InspectionDialog(filled_archive, inspector)
    qtbot.addWidget(dialog)
    dialog.inspectors.setText("周科长")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "被检查" in dialog.error.text()
    for i in range(dialog.officers.count()):
        dialog.officers.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.finding_officer.setCurrentIndex(1)
    dialog.kind.setCurrentIndex(dialog.kind.findData("device_lent"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [held] = inspections.list_inspections(filled_archive)
    assert len(held.officers) == 2 and held.findings == 1
    assert findings.list_findings(filled_archive)[0].kind == "device_lent"

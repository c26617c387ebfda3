"""问题清单 (DUT-13): the period's findings with where each came from; a supervisor decides the outcome of
one still 待处理 on the tab, an inspector sees the list but cannot decide."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from evidenceroom.core import accounts, findings, lookups
from evidenceroom.ui import workers
from evidenceroom.ui.compliance.common import Loader
from evidenceroom.ui.compliance.findings_tab import FindingsTab


def _tab(qtbot, archive, user) -> FindingsTab:
    tab = FindingsTab(archive, user)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    _settle(qtbot, tab)
    return tab


def _settle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not any(loader.loading for loader in tab.findChildren(Loader))
                    and not workers.running_jobs(), timeout=30000)


def _texts(tab, column: int) -> list[str]:
    return [tab.table.item(r, column).text() for r in range(tab.table.rowCount())]


def test_a_supervisor_decides_a_pending_finding_from_the_list(qtbot, staffed_archive, password):
    inspector = accounts.sign_in(staffed_archive, "inspector", password)
    officers = {o.name: o.id for o in lookups.officers(staffed_archive)}
    findings.add_finding(staffed_archive, inspector, "non_work_use", "pending", "拍摄私人聊天", officer_id=officers["张伟"])
    findings.add_finding(staffed_archive, inspector, "device_lent", "criticism", officer_id=officers["李娜"])
    director = accounts.sign_in(staffed_archive, "director", password)
    tab = _tab(qtbot, staffed_archive, director)
    assert _texts(tab, 2) == ["张伟", "李娜"] and _texts(tab, 6) == ["待处理", "批评教育"]
    assert _texts(tab, 4) == ["直接登记", "直接登记"]
    assert "共 2 个问题，其中待处理 1 个" in tab.summary.text()

    tab.pending_only.setCurrentIndex(1)
    _settle(qtbot, tab)
    assert _texts(tab, 2) == ["张伟"]
    tab.officer.setCurrentIndex(tab.officer.findData(officers["李娜"]))
    _settle(qtbot, tab)
    assert tab.table.rowCount() == 0
    tab.officer.setCurrentIndex(0)
    _settle(qtbot, tab)

    assert not tab.decide_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.decide_button.isEnabled()
    dialog = tab.open_outcome_dialog()
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("written_self_criticism"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    _settle(qtbot, tab)
    assert tab.table.rowCount() == 0  # none left 待处理
    assert [f.outcome for f in findings.list_findings(staffed_archive)] == ["written_self_criticism", "criticism"]


def test_a_decided_outcome_is_not_changed_without_a_reason(qtbot, staffed_archive, password):
    inspector = accounts.sign_in(staffed_archive, "inspector", password)
    officer = lookups.officers(staffed_archive)[0].id
    findings.add_finding(staffed_archive, inspector, "leaked", "criticism", officer_id=officer)
    tab = _tab(qtbot, staffed_archive, accounts.sign_in(staffed_archive, "director", password))
    tab.table.selectRow(0)
    dialog = tab.open_outcome_dialog()
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("sanction"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "须说明理由" in dialog.error.text()
    assert findings.list_findings(staffed_archive)[0].outcome == "criticism"


def test_an_inspector_sees_the_list_but_is_offered_no_decision(qtbot, staffed_archive, password):
    inspector = accounts.sign_in(staffed_archive, "inspector", password)
    findings.add_finding(staffed_archive, inspector, "other", "pending",
                         officer_id=lookups.officers(staffed_archive)[0].id)
    tab = _tab(qtbot, staffed_archive, inspector)
    assert tab.table.rowCount() == 1 and not tab.decide_button.isVisible()
    for w in (tab.officer, tab.pending_only, tab.query_button, tab.table, tab.period.date_from):
        assert w.accessibleName()

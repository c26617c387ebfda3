"""DUT-08 on the 记录义务 tab: under the 003 profile (双人携带，一人全程记录) the activity dialog
warns while fewer than two officers are ticked, saves all the same, and the tab flags the activity
未双人携带; under a profile without the rule there is no warning and no flag."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from evidenceroom.core import accounts, gaps, profiles
from evidenceroom.core.models import AuditEvent
from evidenceroom.ui import workers
from evidenceroom.ui.compliance.common import Loader
from evidenceroom.ui.compliance.duty_tab import DutyTab
from evidenceroom.ui.compliance.gap_dialogs import ActivityDialog

MATTER = "日常执法检查"
CARRY_COLUMN = 11


@pytest.fixture
def under(staffed_archive, password):
    """Choose a shipped profile for the unit."""

    def _choose(key: str):
        return profiles.choose(staffed_archive, accounts.sign_in(staffed_archive, "admin", password), key)

    return _choose


def _settle(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: not any(loader.loading for loader in widget.findChildren(Loader))
                    and not workers.running_jobs(), timeout=30000)


def _tick(dialog: ActivityDialog, *names: str) -> None:
    for i in range(dialog.officers.count()):
        item = dialog.officers.item(i)
        if item.text().split("（")[0] in names:
            item.setCheckState(Qt.CheckState.Checked)


def _fill(dialog: ActivityDialog, matter: str, *names: str) -> None:
    dialog.matter.setCurrentIndex(dialog.matter.findData(matter))
    dialog.place.setText("戴河下游左岸")
    end = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    dialog.started.setDateTime(end - timedelta(hours=1))
    dialog.ended.setDateTime(end)
    _tick(dialog, *names)


def test_the_dialog_warns_with_one_officer_and_goes_quiet_with_two(qtbot, staffed_archive, clerk, under):
    under("qinhuangdao-shuiwu")
    dialog = ActivityDialog(staffed_archive, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.carry_label.isVisible() and "双人携带" in dialog.carry_label.text()
    _tick(dialog, "张伟")
    assert dialog.carry_label.isVisible() and "未双人携带" in dialog.carry_label.text()
    assert dialog.carry_label.accessibleName() == "双人携带提示"
    _tick(dialog, "李娜")
    assert not dialog.carry_label.isVisible()


def test_saved_with_one_officer_it_is_flagged_on_the_duty_tab(qtbot, staffed_archive, clerk, under):
    under("qinhuangdao-shuiwu")
    tab = DutyTab(staffed_archive, clerk)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    _settle(qtbot, tab)
    seen = []

    def fill_and_save():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        _fill(dialog, MATTER, "张伟")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_save)
    qtbot.mouseClick(tab.activity_button, Qt.MouseButton.LeftButton)  # the dialog runs until saved
    assert isinstance(seen[0], ActivityDialog) and seen[0].carry_warning
    _settle(qtbot, tab)
    assert tab.duty_table.rowCount() == 1
    assert tab.duty_table.item(0, CARRY_COLUMN).text() == "未双人携带"
    assert tab.duty_table.horizontalHeaderItem(CARRY_COLUMN).text() == "双人携带"
    assert "已登记" in tab.message.text() and "未双人携带" in tab.message.text()
    assert "未双人携带或未指明记录人 1 次" in tab.message.text()
    with staffed_archive.session() as s:
        created = s.scalars(select(AuditEvent).where(AuditEvent.action == "activity.created")).one()
    assert json.loads(created.details)["carry"] == gaps.SINGLE_CARRIER
    # Among the activities to act on.
    tab.flagged_only.setChecked(True)
    _settle(qtbot, tab)
    assert tab.duty_table.rowCount() == 1


def test_two_officers_without_footage_name_no_recorder(qtbot, staffed_archive, clerk, under):
    under("qinhuangdao-shuiwu")
    end = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    with staffed_archive.session() as s:
        from evidenceroom.core.models import Person

        ids = list(s.scalars(select(Person.id).order_by(Person.id)))
    gaps.register_activity(staffed_archive, clerk, kind=MATTER, place="北闸", started_at=end - timedelta(hours=1),
                           ended_at=end, officer_ids=ids, matter=MATTER)
    tab = DutyTab(staffed_archive, clerk)
    qtbot.addWidget(tab)
    tab.refresh()
    _settle(qtbot, tab)
    assert tab.duty_table.item(0, CARRY_COLUMN).text() == "未指明记录人"


def test_a_profile_without_the_rule_neither_warns_nor_flags(qtbot, staffed_archive, clerk, under):
    profile = under("zhongwei-2021")
    matter = profile.checklist[0].matter
    dialog = ActivityDialog(staffed_archive, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, matter, "张伟")
    assert not dialog.carry_label.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value is not None and dialog.carry_warning == ""
    tab = DutyTab(staffed_archive, clerk)
    qtbot.addWidget(tab)
    tab.refresh()
    _settle(qtbot, tab)
    assert tab.duty_table.rowCount() == 1 and tab.duty_table.item(0, CARRY_COLUMN).text() == ""
    assert "未双人携带" not in tab.message.text()


def test_a_refused_save_keeps_the_dialog_open_and_leaves_no_warning_behind(qtbot, staffed_archive, clerk, under):
    under("qinhuangdao-shuiwu")
    dialog = ActivityDialog(staffed_archive, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, MATTER, "张伟")
    dialog.kind.setEditText("")
    dialog.matter.setCurrentIndex(0)  # not in the checklist, and no kind: refused
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_value is None and dialog.carry_warning == ""
    assert "请填写执法活动的类型" in dialog.error.text() and dialog.carry_label.isVisible()

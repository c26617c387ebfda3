"""DUT-02, DUT-03, DUT-07 on screen: the activity dialog offers the profile's activity types and
shows 须全程记录 / 视情况记录 beside the chosen one; the 记录义务 tab shows each activity's duty and
where its capture times leave it unrecorded."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from evidenceroom.core import accounts, gaps, profiles
from evidenceroom.core.models import Recording
from evidenceroom.core.timeutil import as_utc, to_local, utcnow
from evidenceroom.ui import workers
from evidenceroom.ui.compliance.common import Loader
from evidenceroom.ui.compliance.duty_tab import DutyTab
from evidenceroom.ui.compliance.gap_dialogs import ActivityDialog
from tests.core.oversight_support import hand_in

STATUS, DUTY, DETAILS = 8, 12, 13


@pytest.fixture
def under(staffed_archive, password):
    def _choose(key: str):
        return profiles.choose(staffed_archive, accounts.sign_in(staffed_archive, "admin", password), key)

    return _choose


def _settle(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: not any(loader.loading for loader in widget.findChildren(Loader))
                    and not workers.running_jobs(), timeout=30000)


def _dialog(qtbot, archive, clerk) -> ActivityDialog:
    dialog = ActivityDialog(archive, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_offers_003s_types_and_shows_whole_process(qtbot, staffed_archive, clerk, under):
    under("qinhuangdao-shuiwu")
    dialog = _dialog(qtbot, staffed_archive, clerk)
    offered = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert offered == list(profiles.by_key("qinhuangdao-shuiwu").activity_types)
    assert dialog.kind.isEditable() and dialog.kind.currentText() == "" and dialog.duty_label.text() == ""
    dialog.kind.setCurrentIndex(offered.index("处置投诉举报"))
    assert dialog.duty_label.text() == "须全程记录（003§6(2)）"
    assert dialog.duty_label.accessibleName() == "记录义务"
    dialog.kind.setEditText("入户走访")  # typed, not one of the profile's
    assert dialog.duty_label.text() == "不在记录清单内"


def test_under_000_the_label_follows_the_type_and_the_matter(qtbot, staffed_archive, clerk, under):
    under("zhongwei-2021")
    dialog = _dialog(qtbot, staffed_archive, clerk)
    dialog.kind.setEditText("留置送达")
    assert dialog.duty_label.text() == "视情况记录（000§7）"
    dialog.kind.setEditText("")
    dialog.matter.setCurrentIndex(dialog.matter.findData("查封扣押财产"))
    assert dialog.kind.currentText() == "查封扣押财产" and dialog.duty_label.text() == "须全程记录（000§8）"


def test_a_type_saved_without_a_matter_shows_unrecorded_with_its_duty(qtbot, staffed_archive, clerk, under):
    under("qinhuangdao-shuiwu")
    dialog = _dialog(qtbot, staffed_archive, clerk)
    dialog.kind.setEditText("处置投诉举报")
    dialog.place.setText("戴河下游左岸")
    end = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    dialog.started.setDateTime(end - timedelta(hours=1))
    dialog.ended.setDateTime(end)
    for i in range(dialog.officers.count()):
        dialog.officers.item(i).setCheckState(Qt.CheckState.Checked)
    assert dialog.matter.currentData() is None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value is not None
    tab = DutyTab(staffed_archive, clerk)
    qtbot.addWidget(tab)
    tab.refresh()
    _settle(qtbot, tab)
    assert tab.duty_table.rowCount() == 1
    assert [tab.duty_table.item(0, c).text() for c in (2, STATUS, DUTY)] == ["处置投诉举报", "应录未录", "须全程记录"]
    assert tab.duty_table.horizontalHeaderItem(DUTY).text() == "记录义务"


def test_the_tab_shows_the_dut07_example_in_minutes(qtbot, staffed_archive, clerk, under, tmp_path):
    under("qinhuangdao-shuiwu")
    with staffed_archive.session() as s:
        tz = staffed_archive.unit(s).timezone
    day = to_local(utcnow(), tz).date() - timedelta(days=1)
    at = lambda h, m: datetime(day.year, day.month, day.day, h, m)  # noqa: E731
    with staffed_archive.session() as s:
        from evidenceroom.core.models import Person
        officer = s.query(Person).filter_by(badge_no="13001").one().id
    act = gaps.register_activity(staffed_archive, clerk, kind="日常执法检查", place="北闸", started_at=at(9, 0),
                                 ended_at=at(10, 0), officer_ids=[officer])
    for freq, start, minutes in ((300, at(9, 10), 30), (400, at(10, 20), 5)):
        [rec] = hand_in(staffed_archive, tmp_path / str(freq), act, freq)
        when = as_utc(start, tz)
        with staffed_archive.transaction() as s:
            r = s.get(Recording, rec)
            r.recorded_at, r.duration_ms = when, minutes * 60_000
    tab = DutyTab(staffed_archive, clerk)
    qtbot.addWidget(tab)
    tab.refresh()
    _settle(qtbot, tab)
    assert tab.duty_table.item(0, DETAILS).text() == "开头未录 10 分钟；结尾未录 20 分钟；活动结束后录制 1 段"
    assert tab.duty_table.item(0, 9).text() == "30 分钟" and tab.duty_table.item(0, STATUS).text() == "有中断（未说明）"
    assert tab.duty_table.horizontalHeaderItem(10).text() == "活动结束后录制"

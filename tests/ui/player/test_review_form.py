"""The review form dialog through its real widgets: fill, save, reopen, link a marker, flag a problem."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QLineEdit, QPlainTextEdit

from evidenceroom.core import accounts, findings, gaps, profiles, review, review_form
from evidenceroom.core.audit import Actor
from evidenceroom.core.demo import write_tone
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Activity, AuditEvent, Person
from evidenceroom.core.timeutil import utcnow
from evidenceroom.ui.player.review_form import FlagDialog, ReviewFormDialog, parse_time_point
from tests.ui.conftest import PASSWORD

SETUP = Actor("测试准备")


def seizure_clip(archive, tmp_path) -> int:
    """A 先行登记保存 activity under the Yuxian profile (004清单) and a 200 s recording of it."""
    profiles.choose(archive, accounts.sign_in(archive, "admin", PASSWORD), "yuxian-yingji-2024")
    end = utcnow() - timedelta(hours=1)
    with archive.transaction() as s:
        officer = s.query(Person).filter_by(badge_no="13001").one()
        a = Activity(kind="先行登记保存", place="东河闸", started_at=end - timedelta(hours=1), ended_at=end,
                     created_at=utcnow(), officers=[officer])
        s.add(a)
        s.flush()
        activity_id = a.id
    gaps.mark_matter(archive, accounts.sign_in(archive, "clerk", PASSWORD), activity_id, "先行登记保存")
    path = tmp_path / "执法 录音.WAV"
    write_tone(path, 300, seconds=200, rate=1000)
    return import_paths(archive, SETUP, ImportRequest(paths=[path], officer_badge="13001", device_serial="DSJ-07",
                                                      activity_id=activity_id)).imported[0].recording_id


def open_form(qtbot, archive, rec, position_ms: int = 0) -> ReviewFormDialog:
    inspector = accounts.sign_in(archive, "inspector", PASSWORD)
    dialog = ReviewFormDialog(archive, inspector, rec, lambda: position_ms)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_form_is_filled_saved_and_shows_its_answers_when_reopened(qtbot, staffed_archive, tmp_path):
    rec = seizure_clip(staffed_archive, tmp_path)
    marker = review.add_marker(staffed_archive, accounts.sign_in(staffed_archive, "inspector", PASSWORD), rec, 8000,
                               "告知录音录像")
    dialog = open_form(qtbot, staffed_archive, rec)
    assert "执行情况" in [r.item.text for r in dialog.rows.values()]
    assert dialog.rows["checklist.1"].label.text().startswith("现行登记保存的证据物品编号")

    # Not every item answered: refused with the item named, nothing kept.
    dialog.rows["opening.notice"].radios["yes"].click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "请回答评查项目" in dialog.error.text()
    assert review_form.reviews_of(staffed_archive, rec) == []

    for row in dialog.rows.values():
        if not row.radios["yes"].isChecked():
            row.radios["yes"].click()
    notice = dialog.rows["opening.notice"]
    notice.marker.setCurrentIndex(notice.marker.findData(marker.id))
    dialog.rows["checklist.5"].radios["comment"].click()
    dialog.rows["checklist.5"].comment.setText("数量未拍清楚")
    dialog.note.setPlainText("基本符合要求")
    with qtbot.waitSignal(dialog.seekRequested) as seek:
        qtbot.mouseClick(notice.go, Qt.MouseButton.LeftButton)
    assert seek.args == [8000]
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "已保存" in dialog.error.text()
    dialog.close()

    again = open_form(qtbot, staffed_archive, rec)
    assert again.rows["opening.notice"].radios["yes"].isChecked()
    assert again.rows["opening.notice"].marker.currentData() == marker.id
    assert again.rows["checklist.5"].radios["comment"].isChecked()
    assert again.rows["checklist.5"].comment.text() == "数量未拍清楚"
    assert again.note.toPlainText() == "基本符合要求"


def test_flagging_at_the_player_position_creates_a_finding(qtbot, staffed_archive, tmp_path):
    rec = seizure_clip(staffed_archive, tmp_path)
    dialog = open_form(qtbot, staffed_archive, rec, position_ms=190_400)
    flag = FlagDialog(dialog.position(), dialog)
    qtbot.addWidget(flag)
    assert flag.time_point.text() == "00:03:10"
    flag.kind.setCurrentIndex(flag.kind.findData("unrelated_content"))
    flag.note.setPlainText("拍摄私人聊天")
    flag._accept()
    with qtbot.waitSignal(dialog.flagged):
        finding_id = dialog.flag(flag)
    found = next(f for f in findings.list_findings(staffed_archive) if f.id == finding_id)
    assert (found.officer, found.recording_id) == ("张伟", rec) and found.recorded_by_name.startswith("周科长")
    assert "00:03:10 与工作无关内容" in found.notes
    assert dialog.flags.topLevelItemCount() == 1
    row = dialog.flags.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == ["00:03:10", "与工作无关内容", "张伟", "周科长 (inspector)"]
    with qtbot.waitSignal(dialog.seekRequested) as seek:
        dialog.flags.setCurrentItem(row)
        dialog.flags.setFocus()
        qtbot.keyClick(dialog.flags, Qt.Key.Key_Return)
    assert seek.args == [190_000]


def test_a_time_point_that_is_not_one_keeps_the_flag_dialog_open(qtbot, staffed_archive, tmp_path):
    flag = FlagDialog(5000)
    qtbot.addWidget(flag)
    flag.time_point.setText("三分十秒")
    flag._accept()
    assert flag.result() != QDialog.DialogCode.Accepted and "00:03:10" in flag.error.text()
    assert (parse_time_point("00:03:10"), parse_time_point("3:10"), parse_time_point("x")) == (190_000, 190_000, None)


def test_the_report_is_written_on_a_worker_and_printing_is_audited(qtbot, staffed_archive, tmp_path):
    rec = seizure_clip(staffed_archive, tmp_path)
    dialog = open_form(qtbot, staffed_archive, rec)
    job = dialog.print_report(tmp_path / "评查 表.pdf", open_after=False)
    qtbot.waitUntil(lambda: job.saved is not None, timeout=20000)
    assert job.saved.read_bytes().startswith(b"%PDF")
    assert "评查表已保存" in dialog.error.text()
    with staffed_archive.session() as s:
        event = s.query(AuditEvent).order_by(AuditEvent.seq.desc()).first()
    assert (event.action, event.target_id) == ("document.printed", rec) and "review_report" in event.details


def test_every_control_is_named_and_reachable_with_tab(qtbot, staffed_archive, tmp_path):
    rec = seizure_clip(staffed_archive, tmp_path)
    dialog = open_form(qtbot, staffed_archive, rec)
    controls = [w for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
                + dialog.findChildren(QComboBox) + dialog.findChildren(QPlainTextEdit)
                if w.isVisibleTo(dialog) and not isinstance(w.parent(), (QComboBox, QLineEdit))]
    assert [w for w in controls if not w.accessibleName()] == []
    first = dialog.rows["opening.statement"].radios["yes"]
    first.setFocus()
    reached = set()
    for _ in range(len(controls) * 2):
        reached.add(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    # Each item's radios are one Tab stop (the arrow keys move within them); every other control is its own.
    radios = {r for row in dialog.rows.values() for r in row.radios.values()}
    expected = {w for w in controls if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus} - radios
    assert expected - reached == set()
    assert all(reached & set(row.radios.values()) for row in dialog.rows.values())


def test_the_markers_panel_opens_the_form_of_the_recording_shown_and_its_seeks_reach_the_player(
        qtbot, pane, recording_id):
    assert not pane.panel.review_button.isEnabled()
    rec = recording_id("longer clip")
    pane.open_recording(rec)
    qtbot.waitUntil(lambda: pane.panel.review_button.isEnabled())
    with qtbot.waitSignal(pane.panel.reviewFormOpened) as opened:
        qtbot.mouseClick(pane.panel.review_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert dialog is pane.panel.review_form and dialog.recording_id == rec and dialog.isVisible()
    # The clerk sees and prints the form; reviewing is for an inspector, a supervisor or an administrator.
    assert not dialog.save_button.isEnabled() and not dialog.flag_button.isEnabled()
    assert dialog.print_button.isEnabled()
    assert "20261128_094530_0002.MP4" in dialog.about.text()
    dialog.seekRequested.emit(1500)
    assert pane.position_ms() == 1500

    # A marker added beside the player can be linked at once; "转到" takes the player back to it.
    pane.panel.text.setText("告知录音录像")
    qtbot.mouseClick(pane.panel.add_button, Qt.MouseButton.LeftButton)
    picker = dialog.rows["opening.notice"].marker
    assert picker.count() == 2 and picker.itemText(1).startswith("00:00:01 告知录音录像")
    picker.setCurrentIndex(1)
    pane.seek(0)
    qtbot.mouseClick(dialog.rows["opening.notice"].go, Qt.MouseButton.LeftButton)
    assert pane.position_ms() == 1500

    # Once the player shows something else, the form keeps its answers but no longer seeks.
    pane.close_recording()
    assert not dialog.rows["opening.notice"].go.isEnabled() and "不再显示" in dialog.error.text()
    dialog.close()
    qtbot.waitUntil(lambda: pane.panel.review_form is None)

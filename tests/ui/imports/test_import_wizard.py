"""The import page, step by step, on a real archive with real files."""
from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QDialogButtonBox,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from evidenceroom.core.audit import Actor
from evidenceroom.core.models import AuditEvent, ImportBatch, Person, Recording
from evidenceroom.core.verify import verify
from evidenceroom.ui.imports.import_wizard import DETAILS, FILES, RESULT, RUN, SOURCE
from evidenceroom.ui.imports.volumes import Volume

from import_steps import choose, click, fill_details, run_to_result, table_column


def test_a_card_goes_through_all_steps_and_is_filed_with_officer_device_and_case(qtbot, page, card,
                                                                              staffed_archive):
    finished = []
    page.importFinished.connect(finished.append)
    choose(qtbot, page, card)
    fill_details(page)
    page.details.select_handed_in_by("13002")
    page.details.case_combo.setEditText("秦水罚〔2026〕40号")
    qtbot.waitUntil(lambda: "将新建此案件" in page.details.case_hint.text())
    page.details.ended_check.setChecked(True)
    page.details.ended_edit.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    page.details.kind_combo.setEditText("现场检查")
    page.details.place_edit.setText("戴河下游左岸 K3+200")

    click(qtbot, page.next_button)
    assert page.step() == FILES
    files = page.files.table
    assert files.rowCount() == 6
    kinds = dict(zip(table_column(files, 0), table_column(files, 3)))
    assert kinds == {"20261128_093012_0001.MP4": "视频", "20261128_094530_0002.MP4": "视频",
                     "IMG_20261128_093500.JPG": "照片", "现场 录音 20261128_100200.WAV": "音频",
                     "Thumbs.db": "将跳过", ".DS_Store": "将跳过"}
    assert "视频 2，音频 1，照片 1，将跳过 2，无法识别 0" in page.files.status_label.text()
    assert page.next_button.text().startswith("开始导入")

    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: page.step() == RESULT, timeout=60_000)
    result = page.result
    assert result.imported_table.rowCount() == 4
    assert result.skipped_table.rowCount() == 2
    assert result.rejected_table.rowCount() == 0
    assert set(table_column(result.skipped_table, 0)) == {"Thumbs.db", ".DS_Store"}
    assert set(table_column(result.imported_table, 4)) == {"按时"}
    assert set(table_column(result.imported_table, 5)) == {"正常"}
    assert result.summary_label.text().startswith("导入完成：存入 4 个，重复 0 个，拒收 0 个，跳过 2 个")
    assert result.tabs.tabText(0) == "已存入 (4)"
    assert not result.attention_label.isVisible()
    assert result.record["officer"].text() == "张伟（13001）"
    assert result.record["handed"].text() == "李娜（13002）"
    assert result.record["case"].text() == "秦水罚〔2026〕40号"
    assert result.record["receiver"].text().startswith("陈静")

    assert len(finished) == 1
    with staffed_archive.session() as s:
        batch = s.get(ImportBatch, finished[0])
        assert batch.status == "finished"
        assert s.get(Person, batch.handed_in_by_id).badge_no == "13002"
        recs = s.scalars(select(Recording).where(Recording.batch_id == batch.id)).all()
        assert len(recs) == 4
        for rec in recs:
            assert rec.officer.badge_no == "13001"
            assert rec.device.serial == "DSJ-07" and rec.device.asset_no == "QS-ZF-007"
            assert rec.case.case_no == "秦水罚〔2026〕40号"
            assert rec.activity.kind == "现场检查" and rec.activity.place == "戴河下游左岸 K3+200"
            assert rec.deadline_status == "on_time"


def test_an_empty_file_and_a_text_file_are_rejected_with_their_reasons(qtbot, page, tmp_path):
    folder = tmp_path / "移交 材料"
    folder.mkdir()
    (folder / "VID_0001.MP4").write_bytes(b"")
    (folder / "现场情况说明.txt").write_text("当事人拒绝签字。", encoding="utf-8")
    choose(qtbot, page, folder)
    fill_details(page)
    click(qtbot, page.next_button)
    assert table_column(page.files.table, 3) == ["无法识别", "无法识别"]
    notes = table_column(page.files.table, 4)
    assert "空文件" in notes[0] and "将被拒收" in notes[1]

    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: page.step() == RESULT, timeout=30_000)
    result = page.result
    assert result.imported_table.rowCount() == 0
    assert result.tabs.currentWidget() is result.rejected_table
    reasons = dict(zip(table_column(result.rejected_table, 0), table_column(result.rejected_table, 1)))
    assert reasons["VID_0001.MP4"].startswith("空文件（0 字节）")
    assert reasons["现场情况说明.txt"].startswith("不是音像资料")
    assert "2 个文件被拒收" in result.attention_label.text()


def test_cancel_stops_after_the_current_chunk_and_leaves_the_archive_consistent(qtbot, page, big_card,
                                                                               staffed_archive):
    choose(qtbot, page, big_card)
    fill_details(page)
    clicked = []

    def cancel_once(progress) -> None:
        if progress.bytes_done > 0 and not clicked:
            clicked.append(progress.bytes_done)
            qtbot.mouseClick(page.run.cancel_button, Qt.MouseButton.LeftButton)

    page.run.progressed.connect(cancel_once)
    run_to_result(qtbot, page)

    assert clicked
    summary = page.result.summary
    assert summary.status == "cancelled"
    assert page.result.summary_label.text().startswith("导入已取消")
    assert page.result.record["status"].text() == "已取消"
    assert "重新导入同一来源即可补齐" in page.result.attention_label.text()
    assert len(summary.imported) < 6
    with staffed_archive.session() as s:
        assert s.get(ImportBatch, summary.batch_id).status == "cancelled"
        recs = s.scalars(select(Recording)).all()
    assert len(recs) == len(summary.imported)
    for rec in recs:
        assert staffed_archive.vault.path_for(rec.sha256).is_file()
    assert list(staffed_archive.vault.tmp.iterdir()) == []
    assert verify(staffed_archive, Actor("测试")).ok


def test_the_window_keeps_responding_while_files_are_copied(qtbot, page, big_card):
    choose(qtbot, page, big_card)
    fill_details(page)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()) if page.run.running() else None)
    timer.start()
    seen = []
    page.run.progressed.connect(lambda p: seen.append(p))
    run_to_result(qtbot, page, timeout=120_000)
    timer.stop()

    assert len(page.result.summary.imported) == 6
    assert len(ticks) >= 5
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < 0.5, f"the event loop stalled for {max(gaps):.2f} s"
    assert seen[-1].bytes_done == seen[-1].bytes_total > 6 * (29 << 20)
    assert page.run.files_label.text() == "6 / 6"
    assert page.run.speed_label.text().endswith("MB/s")


def test_a_damaged_file_is_flagged_on_the_result_page(qtbot, page, big_card):
    choose(qtbot, page, big_card / "DCIM" / "100MEDIA" / "20261128_100000_0000.MP4")
    fill_details(page)
    run_to_result(qtbot, page)
    damage = page.result.imported_table.item(0, 5)
    assert damage.text() == "⚠ 有损坏"
    assert "索引" in damage.toolTip()
    assert "1 个文件有损坏标记" in page.result.attention_label.text()


def test_an_activity_that_ended_30_hours_ago_is_marked_6_hours_late(qtbot, page, clips):
    choose(qtbot, page, clips["wav"])
    fill_details(page)
    page.details.ended_check.setChecked(True)
    page.details.ended_edit.setDateTime(QDateTime.currentDateTime().addSecs(-30 * 3600))
    assert "逾期 6 小时" in page.details.deadline_hint.text()
    run_to_result(qtbot, page)
    assert table_column(page.result.imported_table, 4) == ["逾期 6 小时"]
    assert "1 个文件逾期移交" in page.result.attention_label.text()


def test_footage_can_be_added_to_an_activity_already_registered(qtbot, page, clips, staffed_archive):
    from evidenceroom.core.ingest import ImportRequest, import_paths

    import_paths(staffed_archive, Actor("测试准备"), ImportRequest(
        paths=[clips["mp4"]], case_no="秦水罚〔2026〕31号", officer_badge="13001", device_serial="DSJ-07",
        activity_ended_at=datetime.now().astimezone() - timedelta(hours=2), activity_kind="现场检查",
        activity_place="戴河下游"))
    choose(qtbot, page, clips["jpg"])
    combo = page.details.activity_combo
    assert combo.count() == 2 and "现场检查" in combo.itemText(1) and "秦水罚〔2026〕31号" in combo.itemText(1)
    combo.setCurrentIndex(1)
    assert not page.details.ended_check.isEnabled()
    assert page.details.case_combo.currentText() == "秦水罚〔2026〕31号"
    fill_details(page)
    run_to_result(qtbot, page)
    with staffed_archive.session() as s:
        first, second = s.scalars(select(Recording).order_by(Recording.id)).all()
        assert second.activity_id == first.activity_id
        assert second.deadline_status == "on_time"


def test_details_must_name_the_officer_and_the_device(qtbot, page, card):
    choose(qtbot, page, card)
    click(qtbot, page.next_button)
    assert page.step() == DETAILS
    error = page.details.error
    assert error.isVisible()
    assert "取证人员" in error.text() and "来源设备" in error.text()
    page.details.officer_combo.setEditText("没有这个人")
    page.details.select_device("DSJ-07")
    click(qtbot, page.next_button)
    assert page.step() == DETAILS
    assert "取证人员" in error.text() and "来源设备" not in error.text()
    page.details.select_officer("13002")
    click(qtbot, page.next_button)
    assert page.step() == FILES


def test_the_new_person_dialog_registers_the_officer_and_selects_them(qtbot, page, card, staffed_archive):
    choose(qtbot, page, card)
    click(qtbot, page.details.add_person_button)
    dialog = page.details.person_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.name_edit.setText("王强")
    dialog.badge_edit.setText("13003")
    dialog.department_combo.setEditText("水政监察支队二大队")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()
    assert page.details.officer_combo.currentText() == "王强　13003　水政监察支队二大队"
    assert page.details.request([card]).officer_badge == "13003"
    with staffed_archive.session() as s:
        person = s.scalars(select(Person).where(Person.badge_no == "13003")).one()
        assert person.department.name == "水政监察支队二大队"
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "person.created")
                          .order_by(AuditEvent.seq.desc())).first()
        assert event.actor_name == "陈静 (clerk)"


def test_the_new_person_dialog_shows_why_a_badge_is_refused(qtbot, page, card, staffed_archive):
    choose(qtbot, page, card)
    dialog = page.details.open_person_dialog()
    dialog.name_edit.setText("张伟")
    dialog.badge_edit.setText("13001")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "执法证号 13001 已登记给另一人" in dialog.error.text()
    dialog.badge_edit.clear()
    dialog.buttons.accepted.emit()
    assert "请填写执法证号" in dialog.error.text()
    dialog.reject()
    with staffed_archive.session() as s:
        assert len(s.scalars(select(Person)).all()) == 2


def test_the_new_device_dialog_registers_the_device_and_selects_it(qtbot, page, card, staffed_archive):
    choose(qtbot, page, card)
    dialog = page.details.open_device_dialog()
    dialog.serial_edit.setText("PEN-A8-05")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("录音机/录音笔"))
    dialog.model_edit.setText("录音笔 A8")
    dialog.asset_edit.setText("QS-LY-2022-005")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert page.details.request([card]).device_serial == "PEN-A8-05"
    assert "录音机/录音笔 · PEN-A8-05" in page.details.device_combo.currentText()


def test_a_newly_plugged_in_drive_is_highlighted_and_offered(qtbot, page, drives, card):
    source = page.source
    assert source.volume_table.rowCount() == 0 and source.empty_volumes.isVisible()
    drives.mounted = [Volume(str(card), "DSJ_07", 32 << 30, 31 << 30)]
    source.watcher.poll()  # what the 2-second timer does
    assert source.volume_table.rowCount() == 1
    assert source.volume_table.item(0, 4).text() == "新插入"
    assert source.volume_table.item(0, 0).font().bold()
    assert source.banner.isVisible() and "DSJ_07" in source.banner_label.text()
    assert source.watcher.timer.isActive() and source.watcher.timer.interval() == 2000
    click(qtbot, source.use_new_button)
    assert source.sources() == [card]
    assert page.step() == DETAILS
    qtbot.waitUntil(lambda: page.files.files() is not None)
    assert len(page.files.files()) == 6

    drives.mounted = []
    source.watcher.poll()
    assert source.volume_table.rowCount() == 0


def test_drives_present_at_start_are_listed_but_not_offered(qtbot, staffed_archive, clerk, card, tmp_path):
    from evidenceroom.ui.imports.import_wizard import ImportPage

    present = [Volume(str(tmp_path), "BACKUP", 1 << 40, 1 << 39)]
    p = ImportPage(staffed_archive, clerk, list_volumes=lambda: present)
    qtbot.addWidget(p)
    assert p.source.volume_table.rowCount() == 1
    assert p.source.volume_table.item(0, 4).text() == ""
    assert not p.source.banner.isVisibleTo(p)
    p.source.volume_table.selectRow(0)
    click(qtbot, p.source.use_volume_button)
    assert p.source.sources() == [tmp_path]
    p.shutdown()


def _drag_event(kind, pos: QPointF, mime: QMimeData):
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return kind(pos, *args)
    except TypeError:  # before PySide6 6.12 the drag-enter event takes a QPoint
        return kind(pos.toPoint(), *args)


def test_a_folder_dropped_on_the_page_becomes_the_source(qtbot, page, card):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(card))])
    target = page.source
    pos = QPointF(target.width() / 2, target.height() / 2)
    enter = _drag_event(QDragEnterEvent, pos, mime)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, _drag_event(QDropEvent, pos, mime))
    assert target.sources() == [card]
    assert page.step() == DETAILS


def test_import_again_returns_to_the_first_step_with_a_clean_form(qtbot, page, clips):
    choose(qtbot, page, clips["jpg"])
    fill_details(page)
    page.details.case_combo.setEditText("秦水罚〔2026〕41号")
    run_to_result(qtbot, page)
    click(qtbot, page.result.again_button)
    assert page.step() == SOURCE
    assert page.source.sources() == []
    assert page.details.officer_combo.currentText() == ""
    assert page.details.case_combo.currentText() == ""
    assert page.details.case_combo.findText("秦水罚〔2026〕41号") >= 0  # the new case is offered next time
    assert page.next_button.isVisible() and not page.next_button.isEnabled()


def test_importing_the_same_card_twice_lists_duplicates(qtbot, page, clips):
    choose(qtbot, page, clips["mp4"])
    fill_details(page)
    run_to_result(qtbot, page)
    click(qtbot, page.result.again_button)
    choose(qtbot, page, clips["mp4"])
    fill_details(page)
    run_to_result(qtbot, page)
    dups = page.result.duplicates_table
    assert dups.rowCount() == 1
    assert dups.item(0, 1).text() == "1"
    assert "内容相同" in dups.item(0, 2).text()


def test_back_from_files_keeps_the_details(qtbot, page, card):
    choose(qtbot, page, card)
    fill_details(page)
    click(qtbot, page.next_button)
    assert page.step() == FILES
    click(qtbot, page.back_button)
    assert page.step() == DETAILS
    assert page.details.request([card]).officer_badge == "13001"
    click(qtbot, page.back_button)
    assert page.step() == SOURCE and page.source.sources() == [card]


def test_every_control_has_a_name_and_is_reachable_with_tab(qtbot, page, card):
    choose(qtbot, page, card)
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTabWidget)
    for w in page.findChildren(QWidget):
        if not isinstance(w, interactive) or w.window() is not page:
            continue  # popups of combos and completers are windows of their own
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the edit inside a combo or date field: the outer control carries the name
        if w.objectName().startswith("qt_") or type(w).__name__ in ("QTabBar", "QHeaderView"):
            continue
        if isinstance(w, QAbstractButton) and w.parent() is not None and type(w.parent()).__name__ == "QTabBar":
            continue
        assert w.accessibleName(), f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} has no accessible name"
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{w.accessibleName()} cannot be reached with Tab"
    for label in page.findChildren(QLabel):
        if "&" in label.text().replace("&&", ""):
            assert label.buddy() is not None, f"label {label.text()!r} has a shortcut but no buddy"


def test_the_navigation_is_hidden_while_the_import_runs(qtbot, page, big_card):
    choose(qtbot, page, big_card)
    fill_details(page)
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    assert page.step() == RUN and page.is_running()
    assert not page.next_button.isVisible() and not page.back_button.isVisible()
    qtbot.waitUntil(lambda: page.step() == RESULT, timeout=120_000)
    assert not page.is_running()


def test_shutdown_mid_import_cancels_it_and_waits_for_the_thread(qtbot, page, big_card, staffed_archive):
    choose(qtbot, page, big_card)
    fill_details(page)
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: page.run.bytes_done > 0, timeout=60_000)
    page.shutdown()  # what happens when the application quits: returns once the import has stopped
    with staffed_archive.session() as s:
        assert s.scalars(select(ImportBatch)).one().status == "cancelled"
    assert list(staffed_archive.vault.tmp.iterdir()) == []
    assert verify(staffed_archive, Actor("测试")).ok


def test_choosing_another_source_while_reading_shows_only_the_new_one(qtbot, page, big_card, clips):
    page.set_sources([big_card])
    page.set_sources([clips["wav"]])
    qtbot.waitUntil(lambda: page.files.files() is not None and not page.files.scanning(), timeout=30_000)
    qtbot.wait(200)  # anything the first read still reports must be ignored
    assert [f.path for f in page.files.files()] == [clips["wav"]]
    assert page.files.table.rowCount() == 1


def test_an_error_from_the_archive_is_shown_and_the_details_can_be_corrected(qtbot, page, clips, staffed_archive):
    choose(qtbot, page, clips["jpg"])
    fill_details(page)
    click(qtbot, page.next_button)
    # Meanwhile, at another desk, the officer's badge number is corrected.
    with staffed_archive.transaction() as s:
        s.scalars(select(Person).where(Person.badge_no == "13001")).one().badge_no = "13001-A"
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: not page.run.running() and page.run.error.isVisible(), timeout=30_000)
    assert "没有执法证号为 13001 的人员" in page.run.error.text()
    assert page.step() == RUN
    assert page.back_button.isVisible() and page.back_button.isEnabled()
    click(qtbot, page.back_button)
    assert page.step() == DETAILS
    assert page.details.officer_combo.findData("13001-A") >= 0
    page.details.select_officer("13001-A")
    run_to_result(qtbot, page)
    assert page.result.imported_table.rowCount() == 1


def test_closing_the_page_mid_import_cancels_it_cleanly(qtbot, staffed_archive, clerk, big_card):
    from evidenceroom.ui import workers
    from evidenceroom.ui.imports.import_wizard import ImportPage

    p = ImportPage(staffed_archive, clerk, list_volumes=list)
    p.show()
    choose(qtbot, p, big_card)
    fill_details(p)
    click(qtbot, p.next_button)
    click(qtbot, p.next_button)
    assert p.is_running()
    p.deleteLater()  # the window went away: its worker thread must not be destroyed with it
    qtbot.waitUntil(lambda: not workers.running_jobs(), timeout=120_000)
    with staffed_archive.session() as s:
        assert s.scalars(select(ImportBatch)).one().status == "cancelled"
    assert list(staffed_archive.vault.tmp.iterdir()) == []
    assert verify(staffed_archive, Actor("测试")).ok

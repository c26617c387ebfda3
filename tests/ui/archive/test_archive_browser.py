"""The archive browser, through its real widgets, on real archives."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from evidenceroom.core.demo import write_tone
from evidenceroom.core import catalog, deadlines
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.audit import Actor
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.ui.archive.browser import ArchivePage
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.archive.recording_model import COLUMNS, FETCH

CASE = "秦水罚〔2026〕31号"


@pytest.fixture
def page(qtbot, filled_archive, clerk) -> ArchivePage:
    p = ArchivePage(filled_archive, clerk)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    return p


@pytest.fixture
def mixed_archive(filled_archive, tmp_path):
    """Besides the card: a voice recording handed in 6 hours late under case 32号, and one unfiled."""
    late, loose = tmp_path / "late", tmp_path / "loose"
    late.mkdir()
    loose.mkdir()
    write_tone(late / "REC20261127_081500.WAV", 330)
    write_tone(loose / "REC20261129_090000.WAV", 520)
    import_paths(filled_archive, Actor("测试准备"), ImportRequest(
        paths=[late], case_no="秦水罚〔2026〕32号", officer_badge="13002",
        activity_ended_at=datetime.now().astimezone() - timedelta(hours=30), activity_kind="询问笔录"))
    import_paths(filled_archive, Actor("测试准备"), ImportRequest(paths=[loose], officer_badge="13002"))
    return filled_archive


def cell(p: ArchivePage, row: int, column: str) -> str:
    return p.recordings.index(row, COLUMNS.index(column)).data()


def file_names(p: ArchivePage) -> set[str]:
    return {cell(p, r, "file_name") for r in range(p.recordings.rowCount())}


def select_row(qtbot, table: QAbstractItemView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- what the page shows ---------------------------------------------------------------------

def test_page_shows_the_case_and_its_four_recordings(page):
    assert page.cases.rowCount() == 2
    assert page.cases.index(0, 0).data() == "全部案件"
    assert page.cases.index(1, 0).data() == CASE and page.cases.index(1, 4).data() == "4"
    assert page.recordings.rowCount() == 4
    assert file_names(page) == {"20261128_093012_0001.MP4", "20261128_094530_0002.MP4", "IMG_20261128_093500.JPG",
                                "现场 录音 20261128_100200.WAV"}
    headers = [page.recordings.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["拍摄时间", "时长", "取证人员", "设备", "执法活动", "文件名", "大小", "SHA-256", "移交状态", "案号"]
    for row in range(4):
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", cell(page, row, "recorded_at"))
        assert re.fullmatch(r"[0-9a-f]{12}", cell(page, row, "sha256"))
        assert cell(page, row, "officer") == "张伟（13001）" and cell(page, row, "device") == "DSJ-07"
        assert cell(page, row, "case_no") == CASE
        assert cell(page, row, "deadline") == "未知"  # imported without an activity
    clip = next(r for r in range(4) if cell(page, r, "file_name") == "20261128_093012_0001.MP4")
    assert cell(page, clip, "recorded_at") == "2026-11-28 09:30:12"  # 01:30:12 UTC in Asia/Shanghai
    assert page.recording_summary.text() == "共 4 条" and page.case_summary.text() == "共 1 件"


def test_typing_a_search_narrows_the_view_after_a_pause(qtbot, page):
    qtbot.keyClicks(page.search, "093012")
    assert page.recordings.rowCount() == 4  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: page.recordings.rowCount() == 1, timeout=2000)
    assert file_names(page) == {"20261128_093012_0001.MP4"}
    page.search.setText("李娜")  # an officer with no recordings
    qtbot.waitUntil(lambda: page.recordings.rowCount() == 0, timeout=2000)
    assert page.recording_summary.text() == "共 0 条"
    page.search.setText("13001")  # 张伟's badge number
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter searches at once
    assert page.recordings.rowCount() == 4
    page.search.setText("采砂")  # matches no case: the case list keeps only 全部案件
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.cases.rowCount() == 1 and page.recordings.rowCount() == 0
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.cases.rowCount() == 2 and page.recordings.rowCount() == 4


def test_late_only_and_unfiled_filters(qtbot, mixed_archive, clerk):
    page = ArchivePage(mixed_archive, clerk)
    qtbot.addWidget(page)
    assert page.recordings.rowCount() == 6
    page.late_only.click()
    assert file_names(page) == {"REC20261127_081500.WAV"}
    assert re.fullmatch(r"逾期 [56] 小时", cell(page, 0, "deadline"))
    assert page.recordings.index(0, COLUMNS.index("deadline")).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.late_only.click()
    page.unfiled.click()
    assert file_names(page) == {"REC20261129_090000.WAV"}
    assert cell(page, 0, "case_no") == "未归案"
    page.clear_button.click()
    assert page.recordings.rowCount() == 6 and not page.unfiled.isChecked()


def test_officer_device_and_date_filters(qtbot, mixed_archive, clerk):
    page = ArchivePage(mixed_archive, clerk)
    qtbot.addWidget(page)
    page.officer.setCurrentIndex(page.officer.findText("李娜（13002）"))
    assert page.recordings.rowCount() == 2
    page.officer.setCurrentIndex(0)
    page.device.setCurrentIndex(page.device.findText("DSJ-07", Qt.MatchFlag.MatchStartsWith))
    assert page.recordings.rowCount() == 4
    page.device.setCurrentIndex(0)
    page.use_dates.click()  # the last month up to today: the card's clips are dated 2026-11-28
    page.date_from.setDate(page.date_from.date().fromString("2026-11-28", "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString("2026-11-28", "yyyy-MM-dd"))
    assert file_names(page) == {"20261128_093012_0001.MP4", "20261128_094530_0002.MP4", "IMG_20261128_093500.JPG",
                                "现场 录音 20261128_100200.WAV"}


def test_selecting_a_case_lists_its_recordings_and_all_cases_lists_all(qtbot, mixed_archive, clerk):
    page = ArchivePage(mixed_archive, clerk)
    qtbot.addWidget(page)
    page.show()
    assert page.cases.rowCount() == 3
    row = next(r for r in range(1, 3) if page.cases.index(r, 0).data() == CASE)
    select_row(qtbot, page.case_table, row)
    assert page.recordings.rowCount() == 4 and {cell(page, r, "case_no") for r in range(4)} == {CASE}
    select_row(qtbot, page.case_table, 0)
    assert page.recordings.rowCount() == 6


# --- one recording ---------------------------------------------------------------------------

def test_selecting_a_recording_shows_its_detail_with_the_full_hash(qtbot, page):
    row = next(r for r in range(4) if cell(page, r, "file_name") == "20261128_093012_0001.MP4")
    with qtbot.waitSignal(page.selectionChanged) as changed:
        select_row(qtbot, page.recording_table, row)
    rec = page.recordings.recording_at(row)
    assert changed.args == [rec.id]
    detail = page.detail
    assert detail.stack.currentIndex() == 1
    assert detail.title.text() == "20261128_093012_0001.MP4"
    assert detail.sha256.toPlainText() == rec.sha256 and len(rec.sha256) == 64
    assert detail.sha256.isReadOnly()
    assert detail._values["officer"].text().startswith("张伟（13001）")
    assert detail._values["case"].text().startswith(CASE)
    assert detail._values["deadline"].text() == "未知"
    assert detail._values["received_by"].text() == "测试准备"
    assert not detail.damage.isVisibleTo(detail)
    history = detail.history_model
    assert history.rowCount() == 1
    assert history.index(0, 2).data() == "测试准备" and history.index(0, 3).data() == "导入入库"


def test_double_click_or_enter_opens_the_recording(qtbot, page):
    rect = page.recording_table.visualRect(page.recordings.index(2, 0))
    expected = page.recordings.recording_at(2).id
    qtbot.mouseClick(page.recording_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.recordingActivated) as opened:
        qtbot.mouseDClick(page.recording_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [expected]
    page.recording_table.setFocus()
    page.recording_table.selectRow(1)
    with qtbot.waitSignal(page.recordingActivated) as opened:
        qtbot.keyClick(page.recording_table, Qt.Key.Key_Return)
    assert opened.args == [page.recordings.recording_at(1).id]


def test_refresh_shows_new_imports_and_keeps_the_selection(qtbot, page, tmp_path):
    page.recording_table.selectRow(0)
    kept = page.selected_recording_id()
    loose = tmp_path / "new"
    loose.mkdir()
    write_tone(loose / "REC20261130_090000.WAV", 600)
    import_paths(page.archive, Actor("测试准备"), ImportRequest(paths=[loose]))
    page.refresh()
    assert page.recordings.rowCount() == 5
    assert page.selected_recording_id() == kept
    assert page.cases.index(0, 4).data() == "5"


# --- no way out for originals (ARC-03, SEC-05) -----------------------------------------------

def test_tables_offer_no_drag_edit_or_context_menu(page):
    for table in (page.case_table, page.recording_table, page.detail.history):
        assert not table.dragEnabled()
        assert table.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
        assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
        assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        assert table.actions() == []
        model = table.model()
        flags = model.flags(model.index(0, 0))
        assert not flags & (Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable)
    assert page.recordings.mimeTypes() == [] and page.cases.mimeTypes() == []
    assert page.recordings.mimeData([page.recordings.index(0, 0)]) is None
    assert page.actions() == []


# --- keyboard and screen readers -------------------------------------------------------------

def test_every_control_has_a_name_a_label_and_a_place_in_the_tab_order(qtbot, page):
    page.use_dates.setChecked(True)  # the date fields take part once enabled
    page.recording_table.selectRow(0)  # and the detail panel once a recording is shown
    controls = [w for w in page.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
                                  QPlainTextEdit))
                and w.isVisibleTo(page) and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(controls) >= 14
    for w in controls:
        assert w.accessibleName(), w
    chain, w = [], page.search
    for _ in range(200):
        chain.append(w)
        w = w.nextInFocusChain()
        if w is page.search:
            break
    missing = [c.accessibleName() for c in controls if c not in chain]
    assert missing == []
    for label in page.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


# --- paging a larger archive -----------------------------------------------------------------

def test_rows_are_read_a_page_at_a_time_as_the_table_scrolls(qtbot, bulk_archive):
    page = ArchivePage(bulk_archive, SignedIn(1, "clerk", "陈静", "clerk"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    model = page.recordings
    assert model.rowCount() == FETCH and model.canFetchMore()
    assert page.recording_summary.text() == "共 1,000 条"
    page.recording_table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * FETCH, timeout=2000)
    while model.canFetchMore():
        page.recording_table.scrollToBottom()
        qtbot.wait(1)
    assert model.rowCount() == 1000
    ids = [model.recording_at(r).id for r in range(1000)]
    assert ids == list(range(1000, 0, -1))  # newest first, none missing or twice
    page.recording_table.sortByColumn(COLUMNS.index("size"), Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == FETCH and model.recording_at(0).id == 1
    page.recording_table.sortByColumn(COLUMNS.index("deadline"), Qt.SortOrder.DescendingOrder)
    assert cell(page, 0, "deadline") == "逾期 7 小时"
    page.case_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.cases.index(1, 0).data() == "秦水罚〔2026〕10号"


def test_a_damaged_recording_is_flagged_in_red(qtbot, bulk_archive):
    page = ArchivePage(bulk_archive, SignedIn(1, "clerk", "陈静", "clerk"))
    qtbot.addWidget(page)
    page.show()
    assert page.recordings.recording_at(0).damaged
    assert cell(page, 0, "file_name") == "20260301_1000.MP4（已损坏）"
    name = page.recordings.index(0, COLUMNS.index("file_name"))
    assert name.data(Qt.ItemDataRole.ForegroundRole).color().red() > 150
    page.recording_table.selectRow(0)
    assert page.detail.damage.isVisible()
    assert page.detail.damage.text() == "文件损坏：文件末尾不完整（写入中断），已按原样保存"
    assert "#b3261e" in page.detail.damage.styleSheet()
    page.recording_table.selectRow(1)
    assert not page.detail.damage.isVisible()


@pytest.mark.parametrize("sort_column", range(len(COLUMNS)))
def test_every_recording_column_sorts(qtbot, bulk_archive, sort_column):
    page = ArchivePage(bulk_archive, SignedIn(1, "clerk", "陈静", "clerk"))
    qtbot.addWidget(page)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.recording_table.sortByColumn(sort_column, order)
        assert page.recordings.rowCount() == FETCH
        assert page.recordings._sort_key == COLUMNS[sort_column]
        assert page.recordings._descending == (order == Qt.SortOrder.DescendingOrder)


# --- the models ------------------------------------------------------------------------------

def test_models_pass_the_model_tester(qtmodeltester, mixed_archive, clerk):
    page = ArchivePage(mixed_archive, clerk)
    page.recording_table.selectRow(0)
    qtmodeltester.check(page.recordings)
    qtmodeltester.check(page.cases)
    qtmodeltester.check(page.detail.history_model)
    page.deleteLater()


def test_paging_models_pass_the_model_tester(qtmodeltester, bulk_archive):
    page = ArchivePage(bulk_archive, SignedIn(1, "clerk", "陈静", "clerk"))
    qtmodeltester.check(page.recordings)
    qtmodeltester.check(page.cases)
    page.deleteLater()


def test_hand_in_status_reads_as_the_core_words_it():
    display = DisplayFormat()
    for status, late in (("on_time", None), ("unknown", None), ("late", 6 * 3600), ("late", 30 * 60),
                         ("late", 20), ("late", 90 * 3600 + 1000)):
        assert display.deadline(status, late) == deadlines.describe(status, late)


def test_the_page_reads_through_the_catalog_only(page):
    source = Path(catalog.__file__).parent.parent / "ui" / "archive"
    for path in source.glob("*.py"):
        code = path.read_text(encoding="utf-8")
        assert "sqlalchemy" not in code and "select(" not in code and ".session(" not in code, path.name

"""The main window: what each role sees, state kept between sessions, reachable by keyboard."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from evidenceroom.core import accounts
from evidenceroom.ui.main_window import MainWindow


def _window(qtbot, archive, login, password) -> MainWindow:
    window = MainWindow(archive, accounts.sign_in(archive, login, password))
    qtbot.addWidget(window)
    window.show()
    return window


def _nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_clerk_sees_archive_import_and_the_later_pages(qtbot, staffed_archive, password):
    window = _window(qtbot, staffed_archive, "clerk", password)
    assert _nav_titles(window) == ["档案", "审看", "导入", "调阅申请", "登记簿", "光盘", "设备", "合规", "审计日志", "设置"]
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "陈静" in status and "保管员" in status


def test_inspector_has_no_import_anywhere(qtbot, staffed_archive, password):
    window = _window(qtbot, staffed_archive, "inspector", password)
    assert "导入" not in _nav_titles(window)
    assert window.import_page is None
    menu_texts = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert not any("导入" in t for t in menu_texts)


def _shortcut(window: MainWindow, keys: str):
    from PySide6.QtGui import QAction, QKeySequence

    found = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence(keys)]
    assert len(found) == 1, f"{keys} must name exactly one action"
    return found[0]


def test_each_page_has_its_own_keyboard_shortcut(qtbot, staffed_archive, password):
    window = _window(qtbot, staffed_archive, "clerk", password)
    _shortcut(window, "Ctrl+3").trigger()
    assert window.pages.currentWidget() is window.import_page
    _shortcut(window, "Ctrl+1").trigger()
    assert window.pages.currentWidget() is window.archive_page
    for n in range(1, window.nav.count() + 1):
        _shortcut(window, f"Ctrl+{n}")


def test_geometry_and_splitter_are_kept_for_the_next_session(qtbot, staffed_archive, password):
    window = _window(qtbot, staffed_archive, "clerk", password)
    window.resize(1100, 700)  # the offscreen screen is 800 wide; the height is what shows
    split = window.archive_page.detail_split
    total = sum(split.sizes())
    split.setSizes([total * 3 // 4, total // 4])
    share = split.sizes()[0] / total
    window.close()
    assert QSettings().value("main/geometry") is not None
    again = _window(qtbot, staffed_archive, "clerk", password)
    assert again.size().height() == 700
    sizes = again.archive_page.detail_split.sizes()
    assert abs(sizes[0] / sum(sizes) - share) < 0.05


def test_opening_a_recording_from_the_archive_shows_it_for_review(qtbot, filled_archive, password):
    window = _window(qtbot, filled_archive, "clerk", password)
    browser = window.archive_page
    qtbot.waitUntil(lambda: browser.recordings.rowCount() == 4)
    browser.recording_table.setFocus()
    browser.recording_table.selectRow(0)
    qtbot.keyClick(browser.recording_table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.review_pane
    assert window.review_pane.recording_id() == browser.recordings.recording_at(0).id
    window.review_pane.close_recording()


def test_closing_the_window_records_the_logout(qtbot, staffed_archive, password):
    from sqlalchemy import select

    from evidenceroom.core.models import AuditEvent

    window = _window(qtbot, staffed_archive, "clerk", password)
    window.close()
    with staffed_archive.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert last.action == "logout"


def test_every_control_has_a_name_for_assistive_technology(qtbot, staffed_archive, password):
    window = _window(qtbot, staffed_archive, "clerk", password)
    unnamed = []
    for cls in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSlider):
        for w in window.findChildren(cls):
            # Parts Qt builds inside a named control: a table's header, a combo box's pop-up
            # list, a line edit's clear button. Assistive technology reaches them through it.
            if type(w).__name__ in ("QHeaderView", "QScrollBar") or w.objectName().startswith("qt_"):
                continue
            if isinstance(w.parent(), (QLineEdit, QComboBox)) or isinstance(w.parent().parent(), QComboBox):
                continue
            name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
            if not name.strip():
                unnamed.append(f"{type(w).__name__} {w.objectName()} in {type(w.parent()).__name__} "
                               f"{w.parent().accessibleName()} / {type(w.parent().parent()).__name__}")
    assert unnamed == [], "\n".join(unnamed)


def test_only_an_administrator_changes_who_plays_for_the_import_check(qtbot, staffed_archive, password):
    from evidenceroom.core import playback_rules
    from evidenceroom.ui.settings_page import SettingsPage

    clerk_window = _window(qtbot, staffed_archive, "clerk", password)
    assert not clerk_window.findChild(SettingsPage).import_check.isEnabled()
    admin_window = _window(qtbot, staffed_archive, "admin", password)
    settings = admin_window.findChild(SettingsPage)
    assert settings.import_check.isEnabled() and settings.import_check.isChecked()
    settings.import_check.setChecked(False)
    assert "clerk" not in playback_rules.import_check_roles(staffed_archive)


def test_a_request_can_be_started_from_the_recording_selected_in_the_archive(qtbot, filled_archive, password):
    window = _window(qtbot, filled_archive, "clerk", password)
    browser = window.archive_page
    qtbot.waitUntil(lambda: browser.recordings.rowCount() == 4)
    browser.recording_table.selectRow(1)
    chosen = browser.selected_recording_id()
    window.request_for_selection()
    assert window.pages.currentWidget() is window.requests_page
    dialog = window.requests_page.dialog
    assert dialog is not None and str(chosen) in dialog.ids_edit.text().split(", ")
    dialog.reject()


def test_the_window_stays_open_while_a_disc_job_runs_and_says_why(qtbot, staffed_archive, password, monkeypatch):
    """Closing cancels running work: for a disc being burnt that spoils it, so the window refuses."""
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append((title, text)))
    window = _window(qtbot, staffed_archive, "clerk", password)

    def until_cancelled(progress, cancel):
        while not cancel.wait(0.02):
            pass

    window.discs_page._run(until_cancelled, lambda _result: None)
    assert not window.close()
    assert window.isVisible()
    assert told and "光盘" in told[0][1]

    window.discs_page.cancel_job()
    qtbot.waitUntil(lambda: window.discs_page.job is None, timeout=10_000)
    assert window.close()
    assert not window.isVisible()

"""Copying to a USB drive or folder from the discs page (ACC-06): only the custodian sees it; the
copy is made in a worker, read back, and listed in the copy log."""
from __future__ import annotations

import functools
import json
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from sqlalchemy import select

from evidenceroom.core import accounts, registry, usb_copy
from evidenceroom.core.audit import Actor
from evidenceroom.core.disc_verify import verify_disc
from evidenceroom.core.models import AuditEvent, Role
from evidenceroom.core.vault import Cancelled
from evidenceroom.ui.discs.discs_page import DiscsPage

from core.disc_support import PASSWORD, copy_grant, make_desk


@pytest.fixture
def desk(archive, card):
    return make_desk(archive, card)


def _page(qtbot, archive, user) -> DiscsPage:
    p = DiscsPage(archive, user, open_documents=False)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    return p


def _export_buttons(page) -> list[QPushButton]:
    return [b for b in page.findChildren(QPushButton) if "复制到" in b.text() or "导出" in b.text()]


@pytest.mark.parametrize("role", [Role.INSPECTOR, Role.SUPERVISOR])
def test_an_inspector_or_supervisor_is_shown_no_copy_function(qtbot, archive, desk, role):
    copy_grant(archive, desk)
    with archive.transaction() as s:
        registry.add_user(s, Actor("测试准备"), "qianqi", PASSWORD, role, "钱七")
    page = _page(qtbot, archive, accounts.sign_in(archive, "qianqi", PASSWORD))
    page.show()
    assert [b for b in _export_buttons(page) if b.isVisible()] == []
    assert page.copy_out(exec_dialog=False) is None


def test_the_custodian_copies_to_a_folder_through_the_page(qtbot, archive, desk, tmp_path):
    grant_id = copy_grant(archive, desk)
    usb = tmp_path / "U盘 (F)"
    usb.mkdir()
    page = _page(qtbot, archive, desk.clerk)
    page.show()
    assert page.copy_button.isVisible() and page.copy_button.isEnabled()
    assert page.copy_button.accessibleName() == "复制到U盘或文件夹"
    assert page.copy_log.table.rowCount() == 0

    dialog = page.copy_out(exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.select_grant(grant_id)
    assert dialog.recordings.count() == len(desk.recording_ids)
    assert dialog.recipient.text() == "张三"  # the requester, until another recipient is typed
    dialog.submit()  # no folder yet
    assert dialog.result() != QDialog.DialogCode.Accepted and "U盘或文件夹" in dialog.message.text()
    dialog.recordings.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.recipient.setText("李四 区人民法院")
    dialog.target.setText(str(usb))
    dialog.medium.setCurrentIndex(dialog.medium.findData("usb"))
    for w in (dialog.grant, dialog.recordings, dialog.recipient, dialog.target, dialog.medium):
        assert w.accessibleName() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    choice = dialog.choice()
    assert len(choice.recording_ids) == len(desk.recording_ids) - 1

    with qtbot.waitSignal(page.jobFinished, timeout=60_000) as blocker:
        page.start_copy(choice)
    report = blocker.args[0]
    assert not isinstance(report, Exception), report
    assert report.folder.parent == usb and verify_disc(report.folder).intact
    assert "SHA-256 与档案库一致" in page.message.text() and str(report.folder) in page.message.text()

    table = page.copy_log.table
    assert table.rowCount() == 1 and table.accessibleName() == "复制记录"
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert "李四 区人民法院" in row and "U盘" in row and str(report.folder) in row
    assert all(f.sha256 in table.item(0, 5).toolTip() for f in report.files)
    with archive.session() as s:
        [ev] = s.scalars(select(AuditEvent).where(AuditEvent.action == "copy.made")).all()
    assert json.loads(ev.details)["medium"] == "usb"


def test_a_copy_cancelled_mid_way_leaves_nothing(qtbot, archive, desk, tmp_path, monkeypatch):
    grant_id = copy_grant(archive, desk)
    usb = tmp_path / "U盘"
    usb.mkdir()
    page = _page(qtbot, archive, desk.clerk)
    def press_cancel(_path) -> None:  # on the worker: only the job's thread-safe cancel, no widget
        while page.job is None:
            time.sleep(0.01)
        page.job.cancel()

    # Cancel pressed while the first file is being read back.
    monkeypatch.setattr(usb_copy, "copy_to_folder", functools.partial(usb_copy.copy_to_folder, after_write=press_cancel))
    dialog = page.copy_out(exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.select_grant(grant_id)
    dialog.target.setText(str(usb))
    dialog.submit()
    with qtbot.waitSignal(page.jobFinished, timeout=60_000) as blocker:
        page.start_copy(dialog.choice())
    assert isinstance(blocker.args[0], Cancelled)
    assert list(usb.iterdir()) == [] and page.copy_log.table.rowCount() == 0
    assert "已取消" in page.message.text() and usb_copy.copy_log(archive) == []


def _copy_functions(window) -> list[str]:
    """Every visible button or menu entry anywhere in the window that would copy footage out."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton

    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [a.text() for a in window.findChildren(QAction) if a.isVisible()]
    return [t for t in texts if "复制到" in t or "U盘" in t]


@pytest.mark.parametrize("login", ["inspector", "director"])
def test_no_copy_function_anywhere_in_the_window_for_an_inspector_or_supervisor(qtbot, staffed_archive, password,
                                                                                login):
    from evidenceroom.ui.main_window import MainWindow

    window = MainWindow(staffed_archive, accounts.sign_in(staffed_archive, login, password))
    qtbot.addWidget(window)
    window.show()
    if window.discs_page is not None:
        window.show_page("discs")
    assert _copy_functions(window) == []
    clerk_window = MainWindow(staffed_archive, accounts.sign_in(staffed_archive, "clerk", password))
    qtbot.addWidget(clerk_window)
    clerk_window.show()
    clerk_window.show_page("discs")
    assert _copy_functions(clerk_window) == ["复制到U盘或文件夹(&U)…"]  # the check can see one

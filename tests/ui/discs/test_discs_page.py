"""The discs page on a real archive: make a set under a copy grant in a worker, see it listed,
verify copies from the image (a good one and a corrupted one), file a copy, print its papers."""
from __future__ import annotations

import json
import re
import subprocess
from datetime import timedelta

import pycdlib
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from evidenceroom.core import access, disc_register, policy
from evidenceroom.core.access import Items
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.timeutil import utcnow
from evidenceroom.ui.discs import discs_page
from evidenceroom.ui.discs.discs_page import DiscsPage

from core.disc_support import copy_grant, make_desk

STATUS = 10  # the status column of the sets table


@pytest.fixture
def desk(archive, card):
    return make_desk(archive, card)


@pytest.fixture
def page(qtbot, archive, desk, tmp_path):
    p = DiscsPage(archive, desk.clerk, open_documents=False)
    p.papers.folder = tmp_path / "打印"
    qtbot.addWidget(p)
    p.resize(1200, 800)
    return p


def _wait(qtbot, page, started) -> object:
    assert started is not None
    with qtbot.waitSignal(page.jobFinished, timeout=60_000) as blocker:
        pass
    return blocker.args[0]


def _make(qtbot, page, tmp_path, grant_id, **changes):
    dialog = page.make_set(exec_dialog=False)
    dialog.select_grant(grant_id)
    for name, value in changes.items():
        combo = getattr(dialog, name)
        combo.setCurrentIndex(combo.findData(value))
    dialog.extractor.setText("王五")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with qtbot.waitSignal(page.jobFinished, timeout=60_000) as blocker:
        page.start_making(dialog.choice(), folder=tmp_path / "刻录 输出")
    return blocker.args[0]


def _written(qtbot, job):
    """The file a paper's job wrote, once it has finished (papers are written on a worker)."""
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    return job.saved


def _texts(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_the_dialog_names_the_missing_extractor_and_lists_the_grants_recordings(qtbot, page, archive, desk):
    grant_id = copy_grant(archive, desk)
    dialog = page.make_set(exec_dialog=False)
    qtbot.addWidget(dialog)
    assert dialog.grant.currentData() == grant_id
    assert dialog.recordings.count() == len(desk.recording_ids)  # the grant's items by default
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "提取人" in dialog.message.text() and dialog.message.isVisibleTo(dialog)
    dialog.extractor.setText("王五")
    preview = _written(qtbot, dialog.start_preview())
    assert preview is not None and preview.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(preview), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    for field in ("取证人员", "取证时间", "取证地点", "制作人", "提取人", "提取时间", "王五"):  # DSC-02's six fields
        assert field in flat, field
    for i in range(dialog.recordings.count()):  # and the file list
        assert dialog.recordings.item(i).text().split()[0] in flat


def test_without_a_usable_copy_grant_the_dialog_says_what_to_do(qtbot, page, archive, desk):
    now = utcnow()
    req = access.create_request(archive, desk.clerk, kind="view", requester=desk.officer_id, reason="查看",
                                purpose="litigation", items=Items(case_ids=(desk.case_id,)), window_start=now,
                                window_end=now.replace(hour=23, minute=59), policy=policy.DEFAULT)
    access.decide(archive, desk.clerk, req.id, "zhaojuzhang", "正确的密码-2026", "approve", "同意")
    dialog = page.make_set(exec_dialog=False)
    qtbot.addWidget(dialog)
    assert dialog.grant.count() == 0 and not dialog.ok_button.isEnabled()
    assert "没有可用的复制批准" in dialog.message.text()


def test_make_a_set_verify_both_copies_file_one_and_print_its_papers(qtbot, page, archive, desk, tmp_path):
    grant_id = copy_grant(archive, desk)
    info = _make(qtbot, page, tmp_path, grant_id, medium="cd", kind="long_term")
    assert isinstance(info, disc_register.DiscSetInfo), info
    assert _texts(page.set_table, 0) == [info.set_no]
    assert _texts(page.set_table, STATUS) == ["未完成 (0/2)"]
    assert f"{len(desk.recording_ids)} 条资料尚无校验通过并附卷的光盘" in page.attached_note.text()
    # The extraction time the dialog proposed is now, read in the unit's zone (not this PC's).
    assert abs(info.extracted_at - utcnow()) < timedelta(minutes=2)
    assert _texts(page.copy_table, 1) == ["A", "B"]
    [disc] = info.discs
    assert disc.image_path.is_file()

    # Copy A from its image: every file passes.
    assert page.select_copy(1, "A")
    result = _wait(qtbot, page, page.verify_selected(disc.image_path))
    assert result.copy.verified
    n = len(disc.files)
    assert f"校验 {n}/{n} 通过" in page.message.text()
    assert _texts(page.set_table, STATUS) == ["未完成 (1/2)"]

    # Copy B from a corrupted image: the wrong file is named, the set stays incomplete.
    target = max(disc.files, key=lambda f: f.size)
    iso = pycdlib.PyCdlib()
    iso.open(str(disc.image_path))
    offset = iso.get_record(joliet_path="/" + target.path).extent_location() * 2048 + 1000
    iso.close()
    data = bytearray(disc.image_path.read_bytes())
    data[offset] ^= 0xFF
    bad = tmp_path / "坏的 映像.iso"
    bad.write_bytes(bytes(data))
    assert page.select_copy(1, "B")
    result = _wait(qtbot, page, page.verify_selected(bad))
    assert not result.copy.verified
    assert target.path in page.message.text() and "校验未通过" in page.message.text()
    assert _texts(page.set_table, STATUS) == ["未完成 (1/2)"]
    assert any(target.path in t for t in _texts(page.copy_table, 6))

    # Copy B again, from the good image: the set is complete.
    assert page.select_copy(1, "B")
    _wait(qtbot, page, page.verify_selected(disc.image_path))
    assert _texts(page.set_table, STATUS) == ["完成"]
    assert "共校验 2 次" in page.copy_table.item(1, 6).toolTip()  # the failed reading stays recorded

    # File copy A with the case file (附卷).
    assert page.select_copy(1, "A")
    dialog = page.file_selected(exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.place.setCurrentIndex(dialog.place.findData("case_file"))
    dialog.submit()
    assert "存放位置" in dialog.message.text()  # no location given: refused, nothing changed
    dialog.location.setText("秦水罚〔2026〕31号 第 2 卷")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _texts(page.copy_table, 2)[0] == "附卷" and _texts(page.copy_table, 3)[0] == "秦水罚〔2026〕31号 第 2 卷"
    assert "全部资料都有校验通过并附卷的光盘" in page.attached_note.text()  # DSC-06: the warning clears

    # The papers: labels for both copies, the sleeve of copy A, the description as on the disc.
    labels = _written(qtbot, page.print_labels("a4"))
    text = subprocess.run(["pdftotext", str(labels), "-"], capture_output=True, text=True, check=True).stdout
    assert info.set_no in text and "副本 A" in text and "副本 B" in text
    sleeve = _written(qtbot, page.print_sleeve())
    assert sleeve is not None and "光盘内容" in subprocess.run(["pdftotext", str(sleeve), "-"], capture_output=True,
                                                             text=True, check=True).stdout
    description = _written(qtbot, page.print_description())
    assert description.read_bytes() == info.description_path.read_bytes()
    with archive.session() as s:
        printed = [json.loads(e.details) for e in s.scalars(select(AuditEvent)
                                                             .where(AuditEvent.action == "document.printed"))]
    assert [p["document"] for p in printed] == ["disc_label_a4", "disc_sleeve", "disc_description"]
    assert printed[2]["same_as_disc"] is True


def test_the_register_is_searched_by_case_number(qtbot, page, archive, desk, tmp_path):
    _make(qtbot, page, tmp_path, copy_grant(archive, desk), medium="cd")
    page.search.setText("31号")
    qtbot.waitUntil(lambda: page.set_table.rowCount() == 1, timeout=5000)
    page.search.setText("不存在的案号")
    qtbot.waitUntil(lambda: page.set_table.rowCount() == 0, timeout=5000)
    assert not page.sleeve_button.isEnabled() and not page.label_a4_button.isEnabled()


@pytest.fixture
def searches(monkeypatch):
    """The case numbers the register was searched for, the real search still answering."""
    asked, real = [], disc_register.list_disc_sets

    def counted(archive, case_no=None, **kwargs):
        asked.append(case_no)
        return real(archive, case_no=case_no, **kwargs)

    monkeypatch.setattr(disc_register, "list_disc_sets", counted)
    return asked


def test_typing_a_case_number_searches_once_when_the_typing_pauses(qtbot, page, archive, desk, tmp_path, searches):
    _make(qtbot, page, tmp_path, copy_grant(archive, desk), medium="cd")
    searches.clear()
    for ch in "秦水罚〔2":  # five characters, one edit each, as typed
        page.search.setText(page.search.text() + ch)
    assert searches == []  # nothing read while typing
    qtbot.waitUntil(lambda: bool(searches), timeout=5000)
    qtbot.wait(2 * discs_page.SEARCH_DELAY_MS)
    assert searches == ["秦水罚〔2"]
    assert page.set_table.rowCount() == 1


def test_enter_in_the_search_field_searches_at_once(qtbot, page, archive, desk, tmp_path, searches):
    _make(qtbot, page, tmp_path, copy_grant(archive, desk), medium="cd")
    searches.clear()
    page.search.setText("不存在的案号")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert searches == ["不存在的案号"] and page.set_table.rowCount() == 0
    qtbot.wait(2 * discs_page.SEARCH_DELAY_MS)
    assert searches == ["不存在的案号"]  # the pending search was answered by Enter


def test_burning_without_a_burner_says_where_the_image_is(qtbot, page, archive, desk, tmp_path):
    from evidenceroom.core import burning

    if burning.detect_burners():
        pytest.skip("this machine has a disc burner")
    info = _make(qtbot, page, tmp_path, copy_grant(archive, desk), medium="cd")
    assert page.burn_selected() is None
    assert str(info.discs[0].image_path) in page.message.text()
    assert re.search("刻录", page.message.text())


def test_a_vault_file_altered_stops_the_set_and_the_page_names_the_recording(qtbot, page, archive, desk, tmp_path):
    from evidenceroom.core.models import Recording
    from evidenceroom.core.platform import make_writable

    grant_id = copy_grant(archive, desk)
    victim = desk.recording_ids[-1]
    with archive.session() as s:
        path = archive.vault.path_for(s.get(Recording, victim).sha256)
    make_writable(path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    failure = _make(qtbot, page, tmp_path, grant_id, medium="cd")
    assert isinstance(failure, Exception)
    assert f"第 {victim} 号资料" in page.message.text() and page.message.isVisibleTo(page)
    assert page.set_table.rowCount() == 0
    assert page.make_button.isEnabled() and not page.progress.isVisibleTo(page)


def test_an_inspector_sees_the_register_but_cannot_make_file_verify_or_burn(qtbot, archive, desk, tmp_path):
    from evidenceroom.core import accounts, registry
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.models import Role

    maker = DiscsPage(archive, desk.clerk, open_documents=False)
    qtbot.addWidget(maker)
    _make(qtbot, maker, tmp_path, copy_grant(archive, desk), medium="cd")
    with archive.transaction() as s:
        registry.add_user(s, Actor("测试准备"), "zhou", "正确的密码-2026", Role.INSPECTOR, "周科长")
    inspector = accounts.sign_in(archive, "zhou", "正确的密码-2026")
    p = DiscsPage(archive, inspector, open_documents=False)
    qtbot.addWidget(p)
    assert p.set_table.rowCount() == 1 and p.copy_table.rowCount() == 2
    for button in (p.make_button, p.file_button, p.verify_image_button, p.verify_drive_button, p.burn_button):
        assert not button.isEnabled(), button.text()
    assert p.label_a4_button.isEnabled() and p.description_button.isEnabled()
    for widget in (p.search, p.set_table, p.copy_table, p.make_button, p.label_a4_button, p.progress):
        assert widget.accessibleName()


def test_a_page_closed_while_a_set_is_made_cancels_the_job_and_its_thread_ends(qtbot, archive, desk, tmp_path):
    from evidenceroom.ui import workers

    p = DiscsPage(archive, desk.clerk, open_documents=False)
    grant_id = copy_grant(archive, desk)
    dialog = p.make_set(exec_dialog=False)
    dialog.select_grant(grant_id)
    dialog.extractor.setText("王五")
    dialog.submit()
    job = p.start_making(dialog.choice(), folder=tmp_path / "刻录 输出")
    assert not p.make_button.isEnabled()
    p.deleteLater()
    qtbot.waitUntil(lambda: job.abandoned and job.cancel_event.is_set(), timeout=5000)
    qtbot.waitUntil(lambda: not workers.running_jobs(), timeout=60_000)
    # Cancelled (nothing recorded) or finished whole before it noticed: a set is complete or absent.
    sets = disc_register.list_disc_sets(archive)
    assert len(sets) <= 1 and all(s.discs for s in sets)

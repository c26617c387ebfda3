"""The retention tab: an expired clip is listed, stays playable, and the custodian's only ways on are
a keep judgement or a disposal proposal; a supervisor approves in person and the file leaves the vault."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from evidenceroom.core import accounts, disposal, profiles, registry, retention
from evidenceroom.core.audit import Actor
from evidenceroom.core.models import Case, Recording, Role
from evidenceroom.ui.compliance.retention_dialogs import DisposalDecisionDialog, ReasonDialog
from evidenceroom.ui.compliance.retention_tab import EXPIRED, HOLDS, PENDING, SOON, RetentionTab


@pytest.fixture
def aged(filled_archive, password):
    """The filled archive under profile 003, its clips captured in March 2024 (expired by 2025-03-01)."""
    with filled_archive.transaction() as s:
        for r in s.scalars(select(Recording)):
            r.recorded_at = r.imported_at = datetime(2024, 3, 1, 2, tzinfo=timezone.utc)
        # Under 003 the bureau leader in charge approves a disposal (003§22).
        leader = registry.add_user(s, Actor("准备"), "leader", password, Role.SUPERVISOR, "钱局长")
        leader.person_id = registry.add_person(s, Actor("准备"), "钱局长", None, title="局主管领导").id
    profiles.choose(filled_archive, accounts.sign_in(filled_archive, "admin", password), "qinhuangdao-shuiwu")
    return filled_archive


def open_tab(qtbot, archive, user, today=None) -> RetentionTab:
    tab = RetentionTab(archive, user, today=today)
    qtbot.addWidget(tab)
    assert tab.data is None  # nothing is read until the tab is shown
    tab.show()
    qtbot.waitUntil(lambda: tab.data is not None and not tab.loader.loading, timeout=10000)
    return tab


def _select(tab: RetentionTab, which: int, row: int = 0) -> None:
    tab.tabs.setCurrentIndex(which)
    tab.tables[which].selectRow(row)


def _ids(archive):
    with archive.session() as s:
        return list(s.scalars(select(Recording.id).order_by(Recording.id)))


def test_expired_clip_listed_and_only_judgement_offered(qtbot, aged, clerk):
    tab = open_tab(qtbot, aged, clerk, today=date(2026, 6, 1))
    expired = tab.tables[EXPIRED]
    assert expired.rowCount() == len(_ids(aged))
    assert expired.item(0, 4).text() == "2025-03-01（已到期）" and "003§20" in expired.item(0, 5).text()
    assert tab.tabs.tabText(EXPIRED).endswith(f"（{len(_ids(aged))}）")
    _select(tab, EXPIRED)
    assert tab.buttons["propose"].isEnabled() and tab.buttons["keep"].isEnabled()
    assert not tab.buttons["decide"].isEnabled() and not tab.buttons["release"].isEnabled()
    assert all(b.accessibleName() for b in tab.buttons.values())
    # The file is untouched: expiry removes nothing.
    with aged.session() as s:
        rec = s.scalars(select(Recording).order_by(Recording.id)).first()
    assert aged.vault.path_for(rec.sha256).is_file()


def test_propose_then_approve_in_person(qtbot, aged, clerk, password, monkeypatch):
    tab = open_tab(qtbot, aged, clerk)  # the real today: March 2024 footage under 003 has expired
    _select(tab, EXPIRED)
    rid = tab.recording.value()

    def fill_reason(dialog):
        dialog.reason.setPlainText("日常巡查，无争议，已无保存意义")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", fill_reason)
    tab.buttons["propose"].click()
    qtbot.waitUntil(lambda: not tab.loader.loading and tab.tables[PENDING].rowCount() == 1, timeout=10000)
    assert tab.tables[PENDING].item(0, 1).text() == str(rid)

    seen = {}

    def approve(dialog):
        dialog.login.setText("leader")
        dialog.password.setText("wrong-password")
        dialog.submit()
        seen["error"] = dialog.error.text()
        assert dialog.password.text() == ""
        dialog.password.setText(password)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(DisposalDecisionDialog, "exec", approve)
    _select(tab, PENDING)
    assert tab.buttons["decide"].isEnabled()
    tab.buttons["decide"].click()
    assert "密码" in seen["error"]
    qtbot.waitUntil(lambda: not tab.loader.loading and tab.tables[PENDING].rowCount() == 0, timeout=10000)
    with aged.session() as s:
        tomb = disposal.tombstone(s, rid)
        assert tomb is not None and "钱局长" in tomb.approved_by_name
    assert not aged.vault.path_for(tomb.sha256).exists()
    assert "已清除" in tab.message.text()


def test_permanent_clip_is_off_the_list_fifty_years_on_and_holds_are_listed(qtbot, aged, clerk, password):
    first = _ids(aged)[0]
    grounds = retention.choices(profiles.by_key("qinhuangdao-shuiwu"), "permanent")[1]
    retention.mark(aged, clerk, first, "permanent", grounds[1])
    with aged.session() as s:
        case_id = s.scalar(select(Case.id))
    retention.place_hold(aged, clerk, "当事人投诉", case_id=case_id)
    tab = open_tab(qtbot, aged, accounts.sign_in(aged, "director", password), today=date(2076, 3, 1))
    assert tab.tables[EXPIRED].rowCount() == 0  # all held, the permanent one never expires
    assert tab.tables[HOLDS].rowCount() == 1 and tab.tables[HOLDS].item(0, 1).text() == "当事人投诉"
    _select(tab, HOLDS)
    assert tab.buttons["release"].isEnabled()
    assert tab.tables[SOON].rowCount() == 0


def test_several_expired_clips_are_proposed_with_one_reason(qtbot, aged, clerk, monkeypatch):
    tab = open_tab(qtbot, aged, clerk)
    tab.tabs.setCurrentIndex(EXPIRED)
    tab.tables[EXPIRED].selectRow(0)
    tab.tables[EXPIRED].selectionModel().select(
        tab.tables[EXPIRED].model().index(1, 0),
        tab.tables[EXPIRED].selectionModel().SelectionFlag.Select | tab.tables[EXPIRED].selectionModel().SelectionFlag.Rows)
    chosen = tab._expired_selection()
    assert len(chosen) == 2

    def fill_reason(dialog):
        dialog.reason.setPlainText("同一次日常巡查，无争议")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", fill_reason)
    tab.buttons["propose"].click()
    qtbot.waitUntil(lambda: not tab.loader.loading and tab.tables[PENDING].rowCount() == 2, timeout=10000)
    with aged.session() as s:
        assert sorted(p.recording_id for p in disposal.pending(s)) == sorted(chosen)


def test_the_archive_detail_shows_the_retention_end_and_its_rule(qtbot, aged, clerk):
    from evidenceroom.ui.archive.browser import ArchivePage

    first = _ids(aged)[0]
    retention.mark(aged, clerk, first, "permanent",
                   retention.choices(profiles.by_key("qinhuangdao-shuiwu"), "permanent")[1][1])
    page = ArchivePage(aged, clerk)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.recordings.rowCount() >= 2, timeout=10000)
    lines = {}
    for row in range(page.recordings.rowCount()):
        page.recording_table.selectRow(row)
        rec = page.recordings.recording_at(row)
        qtbot.waitUntil(lambda: page.detail.recording_id == rec.id, timeout=5000)
        lines[rec.id] = page.detail._values["retention"].text()
    assert lines[first].startswith("永久（永久保存：") and "000§15(二)" in lines[first]
    other = next(v for k, v in lines.items() if k != first)
    assert other.startswith("2025-03-01（已到期）") and "003§20" in other


def test_the_case_dialog_records_the_file_and_the_flags(qtbot, aged, clerk, monkeypatch):
    from PySide6.QtCore import QDate

    from evidenceroom.ui.compliance.retention_dialogs import CaseFileDialog

    tab = open_tab(qtbot, aged, clerk)
    tab.recording.setValue(_ids(aged)[0])

    def fill(dialog):
        assert not dialog.filed_on.isEnabled()  # not filed yet
        dialog.filed.setChecked(True)
        dialog.filed_on.setDate(QDate(2025, 1, 10))
        dialog.years.setValue(30)
        dialog.flags["obstruction"].setChecked(True)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(CaseFileDialog, "exec", fill)
    tab.buttons["case_file"].click()
    with aged.session() as s:
        case = s.scalars(select(Case)).first()
        assert (case.filed_on, case.file_retention_years, case.obstruction, case.major_case) == (
            date(2025, 1, 10), 30, True, False)
    first = _ids(aged)[0]
    retention.mark(aged, clerk, first, "evidence")
    with aged.session() as s:
        assert retention.expiry(s, first).expires_on == date(2055, 1, 10)


def test_a_hold_is_placed_on_the_recordings_case_from_the_tab(qtbot, aged, clerk, monkeypatch):
    tab = open_tab(qtbot, aged, clerk)
    first = _ids(aged)[0]
    with aged.session() as s:
        case_no = s.scalar(select(Case.case_no).join(Recording, Recording.case_id == Case.id)
                           .where(Recording.id == first))
    tab.recording.setValue(first)
    intros = []

    def fill_reason(dialog):
        intros.append(dialog.windowTitle())
        dialog.reason.setPlainText("当事人投诉")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", fill_reason)
    tab.buttons["hold"].click()
    qtbot.waitUntil(lambda: not tab.loader.loading and tab.tables[HOLDS].rowCount() == 1, timeout=10000)
    assert tab.tables[HOLDS].item(0, 0).text() == f"案件 {case_no}"
    assert case_no in tab.message.text()
    # A number with no recording behind it is refused on the spot, and nothing is held.
    tab.recording.setValue(999_999)
    tab.buttons["hold"].click()
    assert "无法保全" in tab.message.text() and intros == ["保全"]

"""Settings: the administrator chooses a profile or saves an edited copy; a bad copy is refused
with the rule named and nothing changes; other roles only read."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from evidenceroom.core import accounts, profiles, unit_policy
from evidenceroom.core.models import AuditEvent
from evidenceroom.ui.policy_section import PolicyEditor, PolicySection


def test_an_administrator_chooses_a_profile(qtbot, staffed_archive, password):
    admin = accounts.sign_in(staffed_archive, "admin", password)
    section = PolicySection(staffed_archive, admin)
    qtbot.addWidget(section)
    assert "尚未选择" in section.current.text()
    section.combo.setCurrentIndex(section.combo.findData("qinhuangdao-shuiwu"))
    section.apply_button.click()
    with staffed_archive.session() as s:
        assert profiles.active(s).key == "qinhuangdao-shuiwu"
    assert unit_policy.approval_policy(staffed_archive).name == "003"
    assert "秦皇岛" in section.current.text() and "12 个月" in section.details.text()
    assert "003§22" in section.details.text()


def test_the_editor_refuses_a_contradiction_and_saves_a_good_copy(qtbot, staffed_archive, password):
    admin = accounts.sign_in(staffed_archive, "admin", password)
    editor = PolicyEditor(staffed_archive, admin, profiles.by_key("zhanhe-sifa-2019"))
    qtbot.addWidget(editor)
    good = editor.text.toPlainText()
    editor.text.setPlainText(good.replace("body_camera = { min_years = 3, max_years = 5 }",
                                          "body_camera = { min_years = 6, max_years = 5 }"))
    assert not editor.check()
    assert "service_life.body_camera" in editor.message.text()
    assert editor.text.textCursor().selectedText().startswith("body_camera = { min_years = 6")
    editor.text.setPlainText(good.replace("base_months = 120", "base_months = 0"))
    assert not editor.check() and editor.text.textCursor().selectedText().startswith("base_months = 0")
    editor.text.setPlainText("# 注释\nname_zh = = 1\n")
    assert not editor.check() and editor.text.textCursor().selectedText() == "name_zh = = 1"
    editor.save()
    assert editor.result() != QDialog.DialogCode.Accepted
    with staffed_archive.session() as s:
        assert not profiles.is_chosen(s)
    editor.text.setPlainText(good.replace('code = "省定"\n', 'code = "省定"\nofficers_per_device = 4\n'))
    assert editor.check()
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    with staffed_archive.session() as s:
        mine = profiles.active(s)
    assert mine.key == "zhanhe-sifa-2019-本单位" and mine.staffing[0].officers_per_device == 4


def test_a_clerk_only_reads(qtbot, staffed_archive, clerk):
    section = PolicySection(staffed_archive, clerk)
    qtbot.addWidget(section)
    assert not section.apply_button.isEnabled() and not section.edit_button.isEnabled()
    assert section.combo.accessibleName() and section.apply_button.accessibleName()


def test_the_settings_page_shows_the_approval_chain_the_profile_set(qtbot, staffed_archive, password):
    from evidenceroom.ui.settings_page import SettingsPage

    admin = accounts.sign_in(staffed_archive, "admin", password)
    page = SettingsPage(staffed_archive, admin)
    qtbot.addWidget(page)
    section = page.findChild(PolicySection)
    assert page.approval_policy.currentData() == "default"
    section.combo.setCurrentIndex(section.combo.findData("qinhuangdao-shuiwu"))
    section.apply_button.click()
    assert page.approval_policy.currentData() == "003"


def test_anyone_prints_the_policy_sheet(qtbot, staffed_archive, clerk, tmp_path):
    section = PolicySection(staffed_archive, clerk)
    qtbot.addWidget(section)
    assert section.print_button.isEnabled()
    job = section._print(str(tmp_path / "规定 一览.pdf"), open_after=False)
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    assert (tmp_path / "规定 一览.pdf").stat().st_size > 1000 and "已保存" in section.message.text()
    with staffed_archive.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).one()
    assert json.loads(event.details)["document"] == "policy_sheet" and event.actor_user_id == clerk.user_id

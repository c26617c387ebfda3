"""The unit's approval policy on the settings page: an administrator chooses it, others see it."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from evidenceroom.core import accounts, policy, unit_policy
from evidenceroom.ui.settings_page import SettingsPage


def _settings(qtbot, archive, user) -> SettingsPage:
    page = SettingsPage(archive, user)
    qtbot.addWidget(page)
    page.show()
    return page


def test_an_administrator_switches_to_the_two_steps_of_003(qtbot, staffed_archive, password):
    admin = accounts.sign_in(staffed_archive, "admin", password)
    page = _settings(qtbot, staffed_archive, admin)
    combo = page.approval_policy
    assert combo.isEnabled() and combo.accessibleName() == "审批流程"
    assert combo.currentData() == "default" and combo.currentText() == "一级审批"
    label = next(f.itemAt(0, QFormLayout.ItemRole.LabelRole).widget() for f in page.findChildren(QFormLayout)
                 if f.itemAt(0, QFormLayout.ItemRole.FieldRole).widget() is combo)
    assert label.buddy() is combo
    combo.setCurrentIndex(combo.findData("003"))
    assert unit_policy.approval_policy(staffed_archive) is policy.REGULATION_003
    assert page.setting_message.text() == "已保存。"
    again = _settings(qtbot, staffed_archive, admin)
    assert again.approval_policy.currentData() == "003"


def test_a_clerk_sees_the_policy_but_cannot_change_it(qtbot, staffed_archive, password):
    admin = accounts.sign_in(staffed_archive, "admin", password)
    unit_policy.set_approval_policy(staffed_archive, admin, "003")
    page = _settings(qtbot, staffed_archive, accounts.sign_in(staffed_archive, "clerk", password))
    assert not page.approval_policy.isEnabled()
    assert page.approval_policy.currentText().startswith("两级审批")

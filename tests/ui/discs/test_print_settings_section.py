"""The print settings section: the clerk enters the printer's shift; others see it read-only."""
from __future__ import annotations

from evidenceroom.core import accounts, print_settings
from evidenceroom.core.print_settings import PrintSettings
from evidenceroom.ui.discs.print_settings_section import PrintSettingsSection


def test_the_clerk_saves_page_size_and_offsets_and_they_are_read_back(qtbot, staffed_archive, clerk):
    section = PrintSettingsSection(staffed_archive, clerk)
    qtbot.addWidget(section)
    assert section.page_size.currentData() == "A4" and section.offset_x.value() == 0
    section.page_size.setCurrentIndex(section.page_size.findData("Letter"))
    section.offset_x.setValue(1.5)
    section.offset_y.setValue(-2.0)
    section.save_button.click()
    assert section.message.text() == "已保存。"
    assert print_settings.print_settings(staffed_archive) == PrintSettings("Letter", 1.5, -2.0)
    again = PrintSettingsSection(staffed_archive, clerk)
    qtbot.addWidget(again)
    assert (again.page_size.currentData(), again.offset_x.value(), again.offset_y.value()) == ("Letter", 1.5, -2.0)


def test_an_inspector_sees_the_settings_but_cannot_change_them(qtbot, staffed_archive, password):
    inspector = accounts.sign_in(staffed_archive, "inspector", password)
    section = PrintSettingsSection(staffed_archive, inspector)
    qtbot.addWidget(section)
    assert not section.save_button.isEnabled() and not section.offset_x.isEnabled()
    assert section.offset_x.accessibleName() and section.save_button.accessibleName()


def test_the_section_is_on_the_settings_page(qtbot, staffed_archive, clerk):
    from evidenceroom.ui.settings_page import SettingsPage

    page = SettingsPage(staffed_archive, clerk)
    qtbot.addWidget(page)
    [section] = page.findChildren(PrintSettingsSection)
    assert section.save_button.isEnabled()

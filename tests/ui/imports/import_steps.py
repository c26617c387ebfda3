"""Steps the import tests share: choose a source, fill in the details, run to the result."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from evidenceroom.ui.imports.import_wizard import DETAILS, FILES, RESULT, ImportPage


def choose(qtbot, page: ImportPage, *paths: Path) -> None:
    """Pick the source and wait until it has been read."""
    page.set_sources(list(paths))
    qtbot.waitUntil(lambda: page.files.files() is not None, timeout=30_000)
    assert page.step() == DETAILS


def fill_details(page: ImportPage, badge: str = "13001", serial: str = "DSJ-07") -> None:
    page.details.select_officer(badge)
    page.details.select_device(serial)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run_to_result(qtbot, page: ImportPage, timeout: int = 60_000) -> None:
    click(qtbot, page.next_button)  # details → files
    assert page.step() == FILES
    click(qtbot, page.next_button)  # 开始导入
    qtbot.waitUntil(lambda: page.step() == RESULT, timeout=timeout)


def table_column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]

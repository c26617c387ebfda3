"""The first-run wizard restores an archive from a backup folder into an empty folder and opens it;
a backup folder that is not one, or a target that is not empty, is refused on the page."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from evidenceroom.core.audit import Actor
from evidenceroom.core.backup import backup
from evidenceroom.core.models import AuditEvent, Recording
from evidenceroom.ui.setup_wizard import SetupWizard
from sqlalchemy import func, select


@pytest.fixture
def backup_dir(filled_archive, tmp_path: Path) -> Path:
    dest = tmp_path / "移动硬盘" / "证据室备份"
    assert backup(filled_archive, Actor("保管员", role="clerk"), dest).ok
    return dest


def _finish(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_the_wizard_restores_a_backup_into_an_empty_folder_and_opens_it(qtbot, backup_dir, tmp_path):
    target = tmp_path / "新电脑" / "档案库"
    wizard = SetupWizard(target)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.location_page
    qtbot.keyClick(page.restore_choice.from_backup, Qt.Key.Key_Space)  # as from the keyboard (Alt+R)
    assert page.isFinalPage()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert "恢复" in wizard.button(QWizard.WizardButton.FinishButton).text()
    page.restore_choice.backup.setText(str(backup_dir))
    _finish(qtbot, wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert page.restore_choice.report.ok and page.restore_choice.report.restored == 4
    with wizard.archive as archive, archive.session() as s:
        assert s.scalar(select(func.count()).select_from(Recording)) == 4
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        assert last.action == "backup.restored"


def test_a_folder_that_is_no_backup_or_a_busy_target_is_refused_on_the_page(qtbot, backup_dir, tmp_path):
    busy = tmp_path / "已有"
    busy.mkdir()
    (busy / "a.txt").write_text("x")
    wizard = SetupWizard(busy)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.location_page
    page.restore_choice.from_backup.setChecked(True)
    page.restore_choice.backup.setText(str(backup_dir))
    _finish(qtbot, wizard)
    assert wizard.isVisible() and wizard.archive is None
    assert "不是空文件夹" in wizard.error.text()
    page.path.setText(str(tmp_path / "新"))
    page.restore_choice.backup.setText(str(tmp_path))
    _finish(qtbot, wizard)
    assert wizard.archive is None and "备份文件夹" in wizard.error.text()
    assert not (tmp_path / "新").exists()

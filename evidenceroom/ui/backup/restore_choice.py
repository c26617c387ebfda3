"""The first-run wizard's other way in: restore the archive from a backup folder into the chosen
(empty) folder, on a worker thread with progress and cancel, then open it (SEC-06)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.restore import RestoreReport, check_target, read_backup, restore
from evidenceroom.core.vault import Cancelled
from evidenceroom.ui.workers import Job

ACTOR = Actor("首次设置（从备份恢复）")


class RestoreChoice(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.new_archive = QRadioButton(self.tr("建立新的档案库(&E)"))
        self.new_archive.setAccessibleName(self.tr("建立新的档案库"))
        self.from_backup = QRadioButton(self.tr("从备份恢复档案库(&R)"))
        self.from_backup.setAccessibleName(self.tr("从备份恢复档案库"))
        self.new_archive.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_archive)
        group.addButton(self.from_backup)
        self.backup = QLineEdit()
        self.backup.setAccessibleName(self.tr("备份文件夹"))
        self.backup.setPlaceholderText(self.tr("例如 F:\\证据室备份"))
        self.browse = QPushButton(self.tr("选择备份(&U)…"))
        self.browse.setAccessibleName(self.tr("选择备份文件夹"))
        self.browse.clicked.connect(self._browse)
        label = QLabel(self.tr("备份文件夹(&K)："))
        label.setBuddy(self.backup)
        self.note = QLabel(self.tr("恢复时逐个核对每个文件的 SHA-256；缺失或被改动的文件会逐一列出。"
                                   "恢复后用备份中的账户登录。"))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.backup, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.new_archive)
        layout.addWidget(self.from_backup)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.report: RestoreReport | None = None
        self._dialog: QProgressDialog | None = None
        self._outcome: dict = {}
        self.from_backup.toggled.connect(self._toggled)
        self._toggled(False)

    def restoring(self) -> bool:
        return self.from_backup.isChecked()

    def _toggled(self, on: bool) -> None:
        for w in (self.backup, self.browse, self.note):
            w.setEnabled(on)
        wizard = self.window()
        if isinstance(wizard, QWizard):
            wizard.setButtonText(QWizard.WizardButton.FinishButton,
                                 self.tr("恢复档案库(&F)") if on else self.tr("建立档案库(&F)"))
        self.changed.emit()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.backup.text())
        if chosen:
            self.backup.setText(chosen)

    def _progress(self, value) -> None:
        done, total = value
        if self._dialog is not None:
            self._dialog.setValue(int(1000 * done / total) if total else 0)

    def _succeeded(self, report) -> None:
        self._outcome["report"] = report

    def _failed(self, exc) -> None:
        self._outcome["error"] = exc

    def restore_into(self, wizard, target: Path) -> bool:
        """Restore into `target`; on success the wizard's `archive` is the restored one, open."""
        source = Path(self.backup.text().strip()) if self.backup.text().strip() else None
        if source is None:
            wizard.show_error(self.tr("请选择备份文件夹。"))
            return False
        try:
            read_backup(source)
            check_target(target)
        except ArchiveError as exc:
            wizard.show_error(str(exc))
            return False
        dialog = QProgressDialog(self.tr("正在从备份恢复并逐个核对文件…"), self.tr("取消"), 0, 1000, self)
        dialog.setWindowTitle(self.tr("从备份恢复"))
        dialog.setAccessibleName(self.tr("恢复进度"))
        dialog.setMinimumDuration(0)
        self._dialog = dialog
        self._outcome = outcome = {}
        loop = QEventLoop(self)
        job = Job(lambda progress, cancel: restore(source, target, ACTOR, lambda d, t: progress((d, t)), cancel),
                  owner=self)
        job.progress.connect(self._progress)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.finished.connect(loop.quit)  # after the result, once the thread has ended
        dialog.canceled.connect(job.cancel)
        loop.exec()  # the wizard keeps painting and the cancel button works meanwhile
        self._dialog = None
        dialog.reset()
        dialog.deleteLater()
        error = outcome.get("error")
        if error is not None:
            wizard.show_error(self.tr("恢复已取消，未建立档案库。") if isinstance(error, Cancelled) else str(error))
            return False
        self.report = outcome["report"]
        try:
            wizard.archive = Archive.open(target)
        except ArchiveError as exc:
            wizard.show_error(str(exc))
            return False
        if not self.report.ok:
            from PySide6.QtWidgets import QMessageBox

            details = "\n".join(str(p.detail) for p in self.report.problems[:30])
            QMessageBox.warning(self, self.tr("恢复完成，但有问题"), self.tr(
                "已恢复 {0} 个文件；以下 {1} 个文件未能恢复，已记入审计日志：\n{2}").format(
                self.report.restored, len(self.report.problems), details))
        return True

"""Settings → Backup: back the archive up to a folder on another drive, with progress and cancel.

The backup runs on a worker thread; the window stays responsive and the run can be cancelled at
any point without harming the previous backup (see core.backup)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import backup as backups
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.vault import Cancelled
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import cell, make_table
from evidenceroom.ui.workers import Job

DESTINATION_KEY = "backup/destination"


class BackupSection(QGroupBox):
    backupFinished = Signal(object)  # the BackupReport; None after a repair, a failure or a cancel

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("备份"), parent)
        self.archive = archive
        self.user = user
        self.job: Job | None = None
        self._outcome: backups.BackupReport | None = None
        self.last_report: backups.BackupReport | None = None
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)

        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setAccessibleName(self.tr("备份提醒"))
        self.destination = QLineEdit(self._remembered_destination())
        self.destination.setPlaceholderText(self.tr("例如 F:\\证据室备份（另一块硬盘或网络共享）"))
        self.browse = QPushButton(self.tr("浏览(&W)…"))
        self.browse.setAccessibleName(self.tr("选择备份文件夹"))
        self.browse.clicked.connect(self._browse)
        self.run_button = QPushButton(self.tr("立即备份(&B)"))
        self.run_button.setAccessibleName(self.tr("立即备份"))
        self.run_button.clicked.connect(self.start_backup)
        self.cancel_button = QPushButton(self.tr("取消备份"))
        self.cancel_button.setAccessibleName(self.tr("取消备份"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.repair_button = QPushButton(self.tr("从备份找回文件(&G)"))
        self.repair_button.setAccessibleName(self.tr("从备份找回缺失或被改动的原件"))
        self.repair_button.setToolTip(self.tr("重新核对档案库中的每个原件，把缺失或被改动的从这个备份找回；"
                                              "被改动的文件移入 quarantine 文件夹保留。"))
        self.repair_button.clicked.connect(self.start_repair)
        self.check_button = QPushButton(self.tr("检查备份(&H)"))
        self.check_button.setAccessibleName(self.tr("重新读取并核对整个备份"))
        self.check_button.setToolTip(self.tr("把备份盘上的每个文件重新读一遍，与备份清单中的 SHA-256 核对；不改动任何文件。"))
        self.check_button.clicked.connect(self.start_check)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("备份进度"))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # a percentage only while a backup runs
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("备份结果"))
        self.runs = make_table([self.tr("开始时间"), self.tr("备份位置"), self.tr("结果"), self.tr("新复制"),
                                self.tr("已有"), self.tr("问题"), self.tr("执行人")], self.tr("备份记录"))
        self.runs.setMinimumHeight(140)

        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(self.browse)
        label = QLabel(self.tr("备份文件夹(&K)："))
        label.setBuddy(self.destination)
        self.destination.setAccessibleName(self.tr("备份文件夹"))
        form = QFormLayout()
        form.addRow(label, where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.repair_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.runs)

        allowed = user.role in backups.BACKING_UP_ROLES  # an inspector or approver only sees the runs
        for w in (self.destination, self.browse, self.run_button, self.repair_button, self.check_button):
            w.setEnabled(allowed)
            if not allowed:
                w.setToolTip(self.tr("只有管理员和保管员可以备份。"))
        self.refresh()

    # --- state ----------------------------------------------------------------------------

    def _remembered_destination(self) -> str:
        saved = str(QSettings().value(DESTINATION_KEY, "") or "")
        if saved:
            return saved
        runs = backups.recent_runs(self.archive, 1)
        return runs[0].destination if runs else ""

    def refresh(self) -> None:
        due = backups.reminder(self.archive)
        if due.due:
            self.reminder.setText(str(due.text))
            self.reminder.setStyleSheet("color: #b00020;")
        else:
            self.reminder.setText(self.tr("上次完整备份：{0}，备份到 {1}。").format(
                self.display.local_time(due.last_good_at), due.last_destination))
            self.reminder.setStyleSheet("")
        runs = backups.recent_runs(self.archive)
        self.runs.setRowCount(len(runs))
        for i, r in enumerate(runs):
            texts = [self.display.local_time(r.started_at), r.destination, self._status(r.status),
                     str(r.objects_copied), str(max(r.objects_total - r.objects_copied - r.problems, 0)),
                     str(r.problems), r.actor_name]
            for j, text in enumerate(texts):
                self.runs.setItem(i, j, cell(text, r.message or None, align_right=j in (3, 4, 5)))

    def _status(self, status: str) -> str:
        return {"ok": self.tr("完成"), "problems": self.tr("完成，有问题"), "failed": self.tr("失败"),
                "cancelled": self.tr("已取消"), "running": self.tr("进行中"),
                "interrupted": self.tr("中断")}.get(status, status)

    def is_running(self) -> bool:
        return self.job is not None

    # --- running --------------------------------------------------------------------------

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.destination.text())
        if chosen:
            self.destination.setText(chosen)

    def start_backup(self) -> None:
        if self.job is not None:
            return
        text = self.destination.text().strip()
        if not text:
            self.result.setText(self.tr("请先选择备份文件夹（另一块硬盘或网络共享上的文件夹）。"))
            return
        dest = Path(text)
        try:
            backups.check_destination(self.archive, dest)
        except ArchiveError as exc:
            self.result.setText(str(exc))
            return
        QSettings().setValue(DESTINATION_KEY, text)
        self.result.setText(self.tr("正在备份到 {0}…").format(dest))
        self._launch(self._finished, self._job, dest)

    def _backup_folder(self) -> str | None:
        """The folder of an existing backup to work from; None while work runs or when none is chosen."""
        if self.job is not None:
            return None
        text = self.destination.text().strip()
        if not text:
            self.result.setText(self.tr("请先选择备份文件夹。"))
            return None
        return text

    def start_repair(self) -> None:
        """Bring back, from the backup in the chosen folder, originals missing or altered here (SEC-06)."""
        if (text := self._backup_folder()) is None:
            return
        self.result.setText(self.tr("正在核对档案库中的每个原件，并从 {0} 找回缺失或被改动的…").format(text))
        self._launch(self._repaired, self._repair_job, Path(text))

    def start_check(self) -> None:
        """Re-read the whole backup against its manifest: the backup drive may have aged."""
        if (text := self._backup_folder()) is None:
            return
        self.result.setText(self.tr("正在重新读取并核对 {0} 中的每个文件…").format(text))
        self._launch(self._checked, self._check_job, Path(text))

    def _check_job(self, dest: Path, progress, cancel):
        from evidenceroom.core.restore import check_backup

        return check_backup(dest, lambda done, total: progress((done, total)), cancel)

    def _checked(self, problems) -> None:
        self._done()
        self.progress.setValue(1000)
        if not problems:
            self.result.setText(self.tr("备份完好：每个文件都与备份清单中的 SHA-256 一致。"))
        else:
            self.result.setText(self.tr("备份中有 {0} 个文件缺失或被改动：\n{1}").format(
                len(problems), "\n".join(str(p.detail) for p in problems[:20])))

    def _launch(self, on_success, fn, dest: Path) -> None:
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(True)
        for button in (self.run_button, self.repair_button, self.check_button):
            button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._outcome = None
        self.job = Job(fn, dest, owner=self)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(on_success)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._job_done)

    def _repair_job(self, dest: Path, progress, cancel):
        from evidenceroom.core.restore import repair_from_backup

        return repair_from_backup(self.archive, self.user.actor, dest, lambda done, total: progress((done, total)),
                                  cancel)

    def _repaired(self, report) -> None:
        self._done()
        self.progress.setValue(1000)
        lines = [str(p.detail) for p in (report.restored + report.unrepaired)[:20]]
        if not report.restored and not report.unrepaired:
            self.result.setText(self.tr("档案库中的原件全部完好，无需找回。"))
        else:
            self.result.setText(self.tr("已从备份找回 {0} 个文件，{1} 个未能找回：\n{2}").format(
                len(report.restored), len(report.unrepaired), "\n".join(lines)))

    def _job(self, dest: Path, progress, cancel) -> backups.BackupReport:
        return backups.backup(self.archive, self.user.actor, dest, lambda done, total: progress((done, total)), cancel)

    def _progress(self, value) -> None:
        done, total = value
        # Bytes can exceed an int's range in Qt: show per mille.
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / total) if total else 1000)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _job_done(self) -> None:
        """Only once the thread has ended is the section idle again (and may be closed)."""
        self.job = None
        for button in (self.run_button, self.repair_button, self.check_button):
            button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.backupFinished.emit(self._outcome)

    def _done(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1000)
        self.refresh()

    def _finished(self, report: backups.BackupReport) -> None:
        self.last_report = report
        self._outcome = report
        self._done()
        self.progress.setValue(1000)
        size = self.display.size(report.bytes_copied)
        if report.ok:
            self.result.setText(self.tr("备份完成：新复制 {0} 个文件（{1}），{2} 个文件已在备份中，均已在备份盘上重新校验。").format(
                report.objects_copied, size, report.objects_present))
        else:
            details = "\n".join(str(p.detail) for p in report.problems[:20])
            self.result.setText(self.tr("备份完成，但有 {0} 个文件未能备份：\n{1}").format(len(report.problems), details))

    def _failed(self, exc: Exception) -> None:
        self._done()
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.result.setText(self.tr("已取消。上一次完整的备份不受影响；下次备份会接着复制。"))
        else:
            self.result.setText(str(exc))

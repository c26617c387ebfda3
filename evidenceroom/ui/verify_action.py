"""Verify the archive from the menu or the Compliance page: off the UI thread, with progress and
cancel, then a report. Several files are hashed at once (see core.verify)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.vault import Cancelled
from evidenceroom.core.verify import VerifyReport, verify
from evidenceroom.ui.workers import Job


class VerifyRunner(QObject):
    finished = Signal(object)  # the VerifyReport; not sent when cancelled or failed

    def __init__(self, archive: Archive, user: SignedIn, window: QWidget):
        super().__init__(window)
        self.archive = archive
        self.user = user
        self.window = window
        self.dialog: QProgressDialog | None = None
        self.job: Job | None = None
        self.last_report: VerifyReport | None = None

    def start(self) -> None:
        if self.job is not None:
            return
        self.dialog = QProgressDialog(self.tr("正在重新读取并核对每个存档文件…"), self.tr("取消"), 0, 0, self.window)
        self.dialog.setWindowTitle(self.tr("校验档案库"))
        self.dialog.setMinimumDuration(0)
        self.dialog.setAccessibleName(self.tr("校验进度"))
        self.job = Job(self._job, owner=self)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.dialog.canceled.connect(self.job.cancel)

    def _job(self, progress, cancel) -> VerifyReport:
        return verify(self.archive, self.user.actor, lambda i, n: progress((i, n)), cancel)

    def _progress(self, value) -> None:
        done, total = value
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(done)

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
        self.dialog = None
        self.job = None

    def _finished(self, report: VerifyReport) -> None:
        self._close()
        self.last_report = report
        self.finished.emit(report)
        if report.ok:
            QMessageBox.information(self.window, self.tr("校验完成"), self.tr(
                "全部 {0} 个存档文件与登记的 SHA-256 一致，{1} 条审计记录链接完整。").format(
                report.checked, report.audit_events))
        else:
            details = "\n".join(str(p.detail) for p in report.problems[:50])
            QMessageBox.warning(self.window, self.tr("校验发现问题"), self.tr(
                "发现 {0} 个问题：\n{1}").format(len(report.problems), details))

    def _failed(self, exc: Exception) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            return
        QMessageBox.critical(self.window, self.tr("校验未完成"), str(exc))

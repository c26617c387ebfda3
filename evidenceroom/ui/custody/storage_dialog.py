"""记录存储已清除 from a device's card: the clearing of its last import's footage (ARC-10, 003§19).

The same rule as on the import's result page: the import must be finished and verified. A batch
not yet verified is re-read here first (off the UI thread); OK stays disabled until it passes.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from evidenceroom.core import lookups
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.storage_clearing import (
    ClearingStatus,
    clearing_status,
    latest_batch_for_device,
    record_storage_cleared,
    verify_batch,
)
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui import workers
from evidenceroom.ui.custody.dialog_base import MoveDialog, text_box, time_edit, unit_time
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import hint_label, show_error


class StorageClearedDialog(MoveDialog):
    def build(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("记录存储已清除"))
        self.status: ClearingStatus | None = None
        self.job: workers.Job | None = None
        self.batch_id = latest_batch_for_device(self.archive, self.card.device_id)
        self.batch_label = QLabel()
        self.batch_label.setWordWrap(True)
        self.batch_label.setAccessibleName(self.tr("最近一次导入"))
        form.addRow(self.tr("最近一次导入："), self.batch_label)
        self.status_label = hint_label()
        self.status_label.setAccessibleName(self.tr("核验情况"))
        form.addRow(self.tr("核验情况："), self.status_label)
        self.initial_time = self.now()
        self.at_edit = time_edit(self.initial_time)
        labelled_row(form, self.tr("清除时间(&W)："), self.at_edit, self.tr("清除时间"))
        self.note_edit = text_box(2, self.tr("例如：存储卡已在设备上格式化"))
        labelled_row(form, self.tr("说明(&N)："), self.note_edit, self.tr("说明"))
        if self.batch_id is None:
            self.batch_label.setText(self.tr("该设备没有导入记录。"))
            self.status_label.setText(self.tr("没有已核验的导入，不能登记清除设备存储。"))
            return
        summary = lookups.batch_summary(self.archive, self.batch_id)
        self.batch_label.setText(self.tr("第 %1 批，%2 接收，取证人员 %3，存入 %4 个、重复 %5 个")
                                 .replace("%1", str(summary.batch_id))
                                 .replace("%2", to_local(summary.started_at, self.timezone).strftime("%Y-%m-%d %H:%M"))
                                 .replace("%3", summary.officer or "–").replace("%4", str(len(summary.imported)))
                                 .replace("%5", str(len(summary.duplicates))))
        status = self.refresh_status()
        if (status is not None and summary.status == "finished" and status.recordings
                and status.verified_at is None and status.cleared is None):
            self.status_label.setText(self.tr("正在核验已存入的文件（重新读取并核对 SHA-256）…"))
            self.job = workers.Job(verify_batch, self.archive, self.user, self.batch_id, owner=self)
            self.job.succeeded.connect(lambda _r: self.refresh_status())
            self.job.failed.connect(self._verify_failed)
            self.job.finished.connect(self._verify_done)

    def _verify_done(self) -> None:
        self.job = None
        self.update_ok()

    def _verify_failed(self, exc: Exception) -> None:
        self.refresh_status()
        show_error(self.error, self.tr("核验未完成：") + str(exc))

    def refresh_status(self) -> ClearingStatus | None:
        try:
            self.status = clearing_status(self.archive, self.batch_id)
        except ArchiveError as exc:
            show_error(self.error, str(exc))
            self.status = None
            return None
        s = self.status
        if s.cleared is not None:
            text = self.tr("设备存储已于 %1 由 %2 清除。").replace(
                "%1", to_local(s.cleared.cleared_at, self.timezone).strftime("%Y-%m-%d %H:%M")).replace(
                "%2", s.cleared.actor_name)
        elif s.allowed:
            text = self.tr("核验通过：%1 个文件与导入时的 SHA-256 一致，可以登记。").replace("%1", str(s.recordings))
        else:
            text = self.tr("暂不能登记：") + str(s.refusal)
        self.status_label.setText(text)
        self.update_ok()
        return s

    def ok_label(self) -> str:
        return self.tr("登记已清除")

    def ready(self) -> bool:
        return getattr(self, "job", None) is None and getattr(self, "status", None) is not None \
            and self.status.allowed

    def perform(self):
        at = unit_time(self.at_edit)
        # Left as shown when the dialog opened: the moment of recording, not the minute before it.
        cleared_at = None if at == self.initial_time else at
        return record_storage_cleared(self.archive, self.user, self.batch_id, cleared_at=cleared_at,
                                      note=self.note_edit.toPlainText().strip())

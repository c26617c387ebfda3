"""Step 4 of an import: the copy into the vault, running off the UI thread, with a Cancel button."""
from __future__ import annotations

import time
from collections import deque
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.ingest import ImportReport, ImportRequest, Progress, import_paths
from evidenceroom.ui.imports.common import (
    hint_label,
    human_duration,
    human_size,
    message_label,
    show_error,
    title_label,
)
from evidenceroom.ui.workers import Job

_SCALE = 10_000  # the bar's steps: QProgressBar holds an int, byte counts do not fit
_WINDOW_S = 5.0  # speed is averaged over the last few seconds


class RunPage(QWidget):
    """Shows bytes, files, speed, time left and the current file while the import runs."""

    succeeded = Signal(object)  # ImportReport
    failed = Signal(object)  # the exception
    progressed = Signal(object)  # Progress, after the labels were updated

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self._job: Job | None = None
        self._samples: deque[tuple[float, int]] = deque()
        self.last_progress: Progress | None = None

        self.title = title_label(self.tr("第 4 步：导入"))
        intro = hint_label(self.tr("每个文件在复制的同时计算 SHA-256，写入磁盘并设为只读后才登记入库。"
                                   "取消后，已完成的文件保留在档案库中，正在复制的文件不会入库。"))
        self.bar = QProgressBar()
        self.bar.setRange(0, _SCALE)
        self.bar.setValue(0)
        self.bar.setAccessibleName(self.tr("导入进度"))
        self.bar.setFormat("%p%")
        self.bar.setMinimumHeight(self.bar.fontMetrics().height() + 12)

        self.files_label = QLabel("–")
        self.bytes_label = QLabel("–")
        self.speed_label = QLabel("–")
        self.left_label = QLabel("–")
        self.current_label = QLabel("–")
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current_label.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        for caption, label, name in ((self.tr("文件："), self.files_label, self.tr("已完成文件数")),
                                     (self.tr("数据量："), self.bytes_label, self.tr("已复制数据量")),
                                     (self.tr("速度："), self.speed_label, self.tr("复制速度")),
                                     (self.tr("剩余时间："), self.left_label, self.tr("预计剩余时间")),
                                     (self.tr("当前文件："), self.current_label, self.tr("当前文件"))):
            label.setAccessibleName(name)
            caption_label = QLabel(caption)
            caption_label.setBuddy(label)
            form.addRow(caption_label, label)

        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("导入状态"))
        self.error = message_label(self.tr("错误信息"))
        self.cancel_button = QPushButton(self.tr("取消导入(&C)"))
        self.cancel_button.setAccessibleName(self.tr("取消导入"))
        self.cancel_button.clicked.connect(self.cancel)

        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.bar)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # --- running ----------------------------------------------------------------------------

    def running(self) -> bool:
        return self._job is not None

    @property
    def bytes_done(self) -> int:
        return self.last_progress.bytes_done if self.last_progress else 0

    def start(self, request: ImportRequest) -> None:
        self._samples.clear()
        self.last_progress = None
        self.bar.setValue(0)
        for label in (self.files_label, self.bytes_label, self.speed_label, self.left_label, self.current_label):
            label.setText("–")
        show_error(self.error, "")
        self.state_label.setText(self.tr("正在导入…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("取消导入(&C)"))
        self._roots = [Path(p) for p in request.paths]
        self._job = Job(import_paths, self.archive, self.user.actor, request, owner=self)
        self._job.progress.connect(self._progress)
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)
        self._job.finished.connect(self._finished)
        self.cancel_button.setFocus()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.state_label.setText(self.tr("正在取消：当前数据块写完后停止…"))

    def _progress(self, p: Progress) -> None:
        self.last_progress = p
        now = time.monotonic()
        self._samples.append((now, p.bytes_done))
        while len(self._samples) > 2 and now - self._samples[0][0] > _WINDOW_S:
            self._samples.popleft()
        if p.bytes_total > 0:
            self.bar.setValue(int(p.bytes_done * _SCALE / p.bytes_total))
        shown = min(p.files_done + (1 if p.current else 0), p.files_total)
        self.files_label.setText(f"{shown} / {p.files_total}")
        self.bytes_label.setText(f"{human_size(p.bytes_done)} / {human_size(p.bytes_total)}")
        t0, b0 = self._samples[0]
        if now - t0 >= 0.5 and p.bytes_done > b0:
            speed = (p.bytes_done - b0) / (now - t0)
            self.speed_label.setText(f"{speed / 1e6:.1f} MB/s")
            self.left_label.setText(human_duration((p.bytes_total - p.bytes_done) / speed))
        self.current_label.setText(self._short(p.current) if p.current else "–")
        self.progressed.emit(p)

    def _short(self, current: str) -> str:
        path = Path(current)
        for root in self._roots:
            try:
                return str(Path(root.name) / path.relative_to(root))
            except ValueError:
                continue
        return current

    def _succeeded(self, report: ImportReport) -> None:
        self._job = None
        self.cancel_button.setEnabled(False)
        self.state_label.setText(self.tr("导入已取消。") if report.cancelled else self.tr("导入完成。"))
        self.succeeded.emit(report)

    def _failed(self, exc: Exception) -> None:
        self._job = None
        self.cancel_button.setEnabled(False)
        self.state_label.setText(self.tr("导入未能开始或中途出错。"))
        show_error(self.error, str(exc))
        self.failed.emit(exc)

    def _finished(self) -> None:
        self._job = None
        self.cancel_button.setEnabled(False)

"""Step 3 of an import: the files the source holds and what the import will do with each.

The source is read (names, sizes, the first 512 bytes of each file) off the UI thread as soon as it
is chosen, so a large card is listed while the clerk fills in the details.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QProgressBar, QVBoxLayout, QWidget

from evidenceroom.core import lookups
from evidenceroom.ui.imports.common import (
    cell,
    file_kind_name,
    hint_label,
    human_size,
    make_table,
    message_label,
    show_error,
    title_label,
)
from evidenceroom.ui.workers import Job

_DIM = QColor("#6b6b6b")
_BAD = QColor("#8a1c1c")


def _folder_of(path: Path, roots: list[Path]) -> str:
    for root in roots:
        try:
            rel = path.parent.relative_to(root)
        except ValueError:
            continue
        return str(Path(root.name) / rel) if str(rel) != "." else root.name or str(root)
    return str(path.parent)


class FilesPage(QWidget):
    scanFinished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._roots: list[Path] = []
        self._files: list[lookups.FilePreview] | None = None
        self._job: Job | None = None

        self.title = title_label(self.tr("第 3 步：核对文件"))
        intro = hint_label(self.tr("以下是来源中找到的全部文件。视频、音频和照片将存入档案库；系统附属文件将跳过；"
                                   "无法识别的文件将被拒收并说明原因。"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("扫描状态"))
        self.status_label.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setAccessibleName(self.tr("扫描进度"))
        self.busy.setMaximumWidth(220)
        self.busy.setTextVisible(False)
        self.busy.hide()

        table_label = QLabel(self.tr("文件清单(&L)"))
        self.table = make_table([self.tr("名称"), self.tr("所在文件夹"), self.tr("大小"), self.tr("类型"),
                                 self.tr("说明")], self.tr("文件清单"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        table_label.setBuddy(self.table)
        self.error = message_label(self.tr("错误信息"))

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addLayout(status_row)
        layout.addWidget(self.error)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)

    # --- state ------------------------------------------------------------------------------

    def files(self) -> list[lookups.FilePreview] | None:
        """The files found, or None while scanning (or before a source was chosen)."""
        return None if self._files is None else list(self._files)

    def scanning(self) -> bool:
        return self._job is not None

    def importable(self) -> list[lookups.FilePreview]:
        return [f for f in self._files or [] if f.will_import]

    def summary(self) -> str:
        if self._files is None:
            return self.tr("正在读取来源…") if self._job is not None else ""
        counts = {k: 0 for k in ("video", "audio", "photo", "skip", "other")}
        for f in self._files:
            counts[f.kind if f.kind in counts else "other"] += 1
        size = sum(f.size for f in self.importable())
        return (self.tr("共 %1 个文件：视频 %2，音频 %3，照片 %4，将跳过 %5，无法识别 %6；待导入 %7。")
                .replace("%1", str(len(self._files))).replace("%2", str(counts["video"]))
                .replace("%3", str(counts["audio"])).replace("%4", str(counts["photo"]))
                .replace("%5", str(counts["skip"])).replace("%6", str(counts["other"]))
                .replace("%7", human_size(size)))

    # --- scanning ---------------------------------------------------------------------------

    def scan(self, roots: list[Path]) -> None:
        """Read the source again off the UI thread; an earlier scan still running is abandoned."""
        self.stop()
        self._roots = list(roots)
        self._files = None
        self.table.setRowCount(0)
        show_error(self.error, "")
        if not roots:
            self.status_label.setText("")
            return
        self.status_label.setText(self.tr("正在读取来源…"))
        self.busy.setRange(0, 0)
        self.busy.show()
        self._job = Job(lookups.preview, list(roots), owner=self)
        self._job.progress.connect(self._progress)
        self._job.succeeded.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.finished.connect(self._finished)

    def stop(self, wait: bool = False) -> None:
        """Abandon a scan still running; with `wait`, until its thread has ended."""
        if self._job is not None:
            self._job.abandon()
            if wait:
                self._job.wait()
            self._job = None
            self.busy.hide()

    def _progress(self, p: lookups.ScanProgress) -> None:
        if p.files_total:
            self.busy.setRange(0, p.files_total)
            self.busy.setValue(p.files_done)
        self.status_label.setText(self.tr("正在读取来源… 已检查 %1 / %2 个文件")
                                  .replace("%1", str(p.files_done)).replace("%2", str(p.files_total)))

    def _done(self, files: list[lookups.FilePreview]) -> None:
        self._files = files
        self._fill(files)
        self.status_label.setText(self.summary())

    def _failed(self, exc: Exception) -> None:
        self._files = []
        self.status_label.setText("")
        show_error(self.error, self.tr("无法读取来源：%1").replace("%1", str(exc)))

    def _finished(self) -> None:
        self._job = None
        self.busy.hide()
        self.scanFinished.emit()

    def _fill(self, files: list[lookups.FilePreview]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(files))
        for row, f in enumerate(files):
            note = str(f.note) if f.note else ""
            items = [cell(f.path.name, str(f.path)), cell(_folder_of(f.path, self._roots)),
                     cell(human_size(f.size), align_right=True), cell(file_kind_name(f.kind), note or None),
                     cell(note)]
            colour = None if f.will_import else (_DIM if f.kind == "skip" else _BAD)
            for col, item in enumerate(items):
                if colour is not None:
                    item.setForeground(QBrush(colour))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col, most in ((0, 320), (1, 300)):
            if header.sectionSize(col) > most:
                header.resizeSection(col, most)

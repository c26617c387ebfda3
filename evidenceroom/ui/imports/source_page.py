"""Step 1 of an import: where the footage comes from (a plugged-in device, a folder, a drop)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.ui.imports.common import cell, hint_label, human_size, make_table, title_label
from evidenceroom.ui.imports.volumes import Volume, VolumeWatcher

_NEW_BACKGROUND = QColor("#fff4d6")


def _local_paths(mime) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class SourcePage(QWidget):
    """Shows the removable drives (new ones highlighted) and takes a folder, files or a drop."""

    sourcesChanged = Signal(list)  # list[Path]

    def __init__(self, list_volumes: Callable[[], list[Volume]], parent: QWidget | None = None):
        super().__init__(parent)
        self._sources: list[Path] = []
        self._offered: Volume | None = None
        self.setAcceptDrops(True)

        self.title = title_label(self.tr("第 1 步：选择来源"))
        intro = hint_label(self.tr(
            "把执法记录仪或存储卡接到电脑上，它会出现在下面的列表中；也可以选择一个文件夹，"
            "或把文件夹直接拖到本页。所有文件只读取、不改动。"))

        # A device that was just plugged in is offered at once.
        self.banner = QFrame()
        self.banner.setObjectName("newVolumeBanner")
        self.banner.setStyleSheet("#newVolumeBanner { background: #fff4d6; border: 1px solid #e6c36a;"
                                  " border-radius: 4px; }")
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_label.setAccessibleName(self.tr("新插入的设备"))
        self.use_new_button = QPushButton(self.tr("从此设备导入"))
        self.use_new_button.setAccessibleName(self.tr("从新插入的设备导入"))
        self.use_new_button.clicked.connect(self._use_offered)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 8, 10, 8)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.use_new_button)
        self.banner.hide()

        volumes_label = QLabel(self.tr("可移动磁盘与存储卡(&D)"))
        self.volume_table = make_table(
            [self.tr("名称"), self.tr("位置"), self.tr("容量"), self.tr("可用"), self.tr("状态")],
            self.tr("可移动磁盘与存储卡"))
        header = self.volume_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col, width in ((0, 220), (2, 110), (3, 110), (4, 120)):
            header.resizeSection(col, width)
        self.volume_table.setMinimumHeight(150)
        self.volume_table.activated.connect(lambda index: self._use_volume_row(index.row()))
        self.volume_table.itemSelectionChanged.connect(self._update_buttons)
        volumes_label.setBuddy(self.volume_table)
        self.empty_volumes = hint_label(self.tr("未发现可移动磁盘。插入设备后，列表每 2 秒自动刷新。"))

        self.use_volume_button = QPushButton(self.tr("从所选磁盘导入(&U)"))
        self.use_volume_button.setAccessibleName(self.tr("从所选磁盘导入"))
        self.use_volume_button.clicked.connect(lambda: self._use_volume_row(self.volume_table.currentRow()))
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.setAccessibleName(self.tr("刷新磁盘列表"))

        # Folders and files, chosen or dropped.
        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setStyleSheet("#dropZone { border: 2px dashed palette(mid); border-radius: 6px; }")
        drop_text = QLabel(self.tr("把文件夹或文件拖到这里，或者"))
        drop_text.setAccessibleName(self.tr("拖放区"))
        self.folder_button = QPushButton(self.tr("选择文件夹(&F)…"))
        self.folder_button.setAccessibleName(self.tr("选择文件夹"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.files_button = QPushButton(self.tr("选择文件(&I)…"))
        self.files_button.setAccessibleName(self.tr("选择文件"))
        self.files_button.clicked.connect(self._choose_files)
        drop_row = QHBoxLayout(self.drop_zone)
        drop_row.setContentsMargins(16, 14, 16, 14)
        drop_row.addStretch(1)
        drop_row.addWidget(drop_text)
        drop_row.addWidget(self.folder_button)
        drop_row.addWidget(self.files_button)
        drop_row.addStretch(1)

        chosen_caption = QLabel(self.tr("已选来源："))
        self.chosen_label = QLabel(self.tr("（尚未选择）"))
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setAccessibleName(self.tr("已选来源"))
        self.chosen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.chosen_label.font())
        bold.setBold(True)
        self.chosen_label.setFont(bold)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(volumes_label)
        layout.addWidget(self.volume_table, 1)
        layout.addWidget(self.empty_volumes)
        volume_buttons = QHBoxLayout()
        volume_buttons.addWidget(self.use_volume_button)
        volume_buttons.addWidget(self.refresh_button)
        volume_buttons.addStretch(1)
        layout.addLayout(volume_buttons)
        layout.addSpacing(6)
        layout.addWidget(self.drop_zone)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(chosen_caption, 0, Qt.AlignmentFlag.AlignTop)
        chosen_row.addWidget(self.chosen_label, 1)
        layout.addLayout(chosen_row)

        self.watcher = VolumeWatcher(list_volumes, self)
        self.watcher.changed.connect(self._show_volumes)
        self.watcher.appeared.connect(self._offer)
        self.refresh_button.clicked.connect(self.watcher.poll)
        self._update_buttons()

    # --- public -----------------------------------------------------------------------------

    def sources(self) -> list[Path]:
        return list(self._sources)

    def set_sources(self, paths: list[Path]) -> None:
        self._sources = [Path(p) for p in paths]
        if not self._sources:
            self.chosen_label.setText(self.tr("（尚未选择）"))
        else:
            self.chosen_label.setText("\n".join(str(p) for p in self._sources))
        self.sourcesChanged.emit(self.sources())

    def start_watching(self) -> None:
        self.watcher.start()

    def stop_watching(self) -> None:
        self.watcher.stop()

    # --- volumes ----------------------------------------------------------------------------

    def _show_volumes(self, volumes: list[Volume]) -> None:
        selected = self.volume_table.currentRow()
        selected_root = self.volume_table.item(selected, 1).text() if selected >= 0 else None
        self.volume_table.setRowCount(len(volumes))
        for row, v in enumerate(volumes):
            new = self.watcher.is_new(v)
            status = self.tr("新插入") if new else ""
            if v.read_only:
                status = (status + " " + self.tr("只读")).strip()
            items = [cell(v.label), cell(v.root), cell(human_size(v.bytes_total), align_right=True),
                     cell(human_size(v.bytes_free), align_right=True), cell(status)]
            for col, item in enumerate(items):
                item.setData(Qt.ItemDataRole.UserRole, v)
                if new:
                    item.setBackground(QBrush(_NEW_BACKGROUND))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.volume_table.setItem(row, col, item)
            if v.root == selected_root:
                self.volume_table.selectRow(row)
        self.empty_volumes.setVisible(not volumes)
        if self._offered is not None and self._offered.root not in {v.root for v in volumes}:
            self._offered = None
            self.banner.hide()
        self._update_buttons()

    def _offer(self, volume: Volume) -> None:
        self._offered = volume
        self.banner_label.setText(self.tr("检测到新插入的设备“%1”（%2，%3）。是否从此设备导入？")
                                  .replace("%1", volume.label).replace("%2", volume.root)
                                  .replace("%3", human_size(volume.bytes_total)))
        self.banner.show()
        for row in range(self.volume_table.rowCount()):
            if self.volume_table.item(row, 1).text() == volume.root:
                self.volume_table.selectRow(row)
                break

    def _use_offered(self) -> None:
        if self._offered is not None:
            self.banner.hide()
            self.set_sources([Path(self._offered.root)])

    def _use_volume_row(self, row: int) -> None:
        if row < 0 or self.volume_table.item(row, 0) is None:
            return
        volume = self.volume_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.set_sources([Path(volume.root)])

    def _update_buttons(self) -> None:
        self.use_volume_button.setEnabled(bool(self.volume_table.selectedItems()))

    # --- folders, files, drops --------------------------------------------------------------

    def _choose_folder(self) -> None:
        start = str(self._sources[0]) if self._sources else ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择要导入的文件夹"), start)
        if folder:
            self.set_sources([Path(folder)])

    def _choose_files(self) -> None:
        start = str(self._sources[0]) if self._sources else ""
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择要导入的文件"), start)
        if files:
            self.set_sources([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.set_sources(paths)
        else:
            event.ignore()

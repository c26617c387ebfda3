"""The lines above the player: which recording is open, its case and capture time, and what
the import found wrong with the file, if anything."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidenceroom.core.models import MediaKind
from evidenceroom.core.review import ReviewItem
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui.clock_offset import ClockText
from evidenceroom.ui.player.timecode import format_datetime, format_position, needs_hours


class RecordingHeader(QWidget):
    activityChooserRequested = Signal()  # 执法活动时间线…: choose an activity to see on one timeline (ARC-08)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = ClockText(self)  # the corrected capture time beside the device's (ARC-09)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setAccessibleName(self.tr("资料名称"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("资料信息"))
        self.damage = QLabel(self)
        self.damage.setWordWrap(True)
        self.damage.setStyleSheet("QLabel { background: #fff4e5; color: #8a4b00; padding: 4px 6px;"
                                  " border: 1px solid #f0c36d; border-radius: 3px; }")
        self.damage.setAccessibleName(self.tr("导入时发现的问题"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.activity_button = QPushButton(self.tr("执法活动时间线(&E)…"), self)
        self.activity_button.setAccessibleName(self.tr("选择执法活动，查看其时间线"))
        self.activity_button.setToolTip(self.tr("选择一个执法活动，按拍摄时间查看它的全部文件并连续播放"))
        self.activity_button.clicked.connect(self.activityChooserRequested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.activity_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.damage)
        self.show_empty()

    def show_item(self, item: ReviewItem, clock_offset_s: float | None = None) -> None:
        kinds = {MediaKind.VIDEO.value: self.tr("视频"), MediaKind.AUDIO.value: self.tr("音频"),
                 MediaKind.PHOTO.value: self.tr("照片")}
        self.title.setText(item.original_name)
        self.title.setToolTip(item.original_name)
        parts = [self.tr("第 {0} 号资料").format(item.recording_id), kinds.get(item.media_kind, item.media_kind),
                 self.tr("案号 {0}").format(item.case_no) if item.case_no else self.tr("未归案"),
                 self.tr("拍摄于 {0}").format(self._clock.with_corrected(
                     format_datetime(to_local(item.recorded_at, item.timezone)), item.recorded_at, clock_offset_s,
                     item.timezone))]
        if item.duration_ms:
            parts.append(self.tr("时长 {0}").format(format_position(item.duration_ms, needs_hours(item.duration_ms))))
        self.details.setText(self.tr("　·　").join(parts))
        self.details.setToolTip(self.tr("SHA-256：{0}").format(item.sha256))
        self.damage.setText(self.tr("导入时发现：{0}").format(item.damage) if item.damage else "")
        self.damage.setVisible(bool(item.damage))

    def show_empty(self) -> None:
        self.title.setText(self.tr("未打开资料"))
        self.title.setToolTip("")
        self.details.setText(self.tr("在档案中选择一条资料即可在此查看。播放不会改动原始资料。"))
        self.details.setToolTip("")
        self.damage.clear()
        self.damage.hide()

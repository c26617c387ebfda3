"""The player's controls: seek slider with position and frame time, transport buttons, speed,
volume and full screen. It only reports what the user asked for; the pane decides."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSlider,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.ui.player.timecode import format_position

SPEEDS = [0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 4.0]
SEEK_STEP_MS = 5000


def _speed_text(rate: float) -> str:
    return f"{rate:g}×"


class TransportBar(QWidget):
    playClicked = Signal()
    stopClicked = Signal()
    stepBackClicked = Signal()
    stepForwardClicked = Signal()
    seekRequested = Signal(int)  # milliseconds
    speedChosen = Signal(float)
    volumeChosen = Signal(int)
    muteToggled = Signal(bool)
    snapshotClicked = Signal()
    fullScreenClicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        style = self.style()
        icon = style.standardIcon
        sp = QStyle.StandardPixmap
        self._hours = False
        self._dragging = False

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(SEEK_STEP_MS)
        self.slider.setPageStep(SEEK_STEP_MS * 6)
        self.slider.setAccessibleName(self.tr("播放位置"))
        self.slider.setToolTip(self.tr("拖动以定位；← / → 后退或前进 5 秒"))

        self.position = QLabel("00:00 / 00:00", self)
        self.position.setAccessibleName(self.tr("当前位置和总时长"))
        mono = QFont(self.position.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.position.setFont(mono)
        self.frame_time = QLabel(self)
        self.frame_time.setAccessibleName(self.tr("当前画面的拍摄时间"))
        self.frame_time.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.play_button = self._button(icon(sp.SP_MediaPlay), self.tr("播放"), self.tr("播放 / 暂停（空格；K 暂停）"))
        self.stop_button = self._button(icon(sp.SP_MediaStop), self.tr("停止"), self.tr("停止播放并结束本次调阅记录"))
        self.back_button = self._button(icon(sp.SP_MediaSeekBackward), self.tr("上一帧"), self.tr("后退一帧（,）"))
        self.forward_button = self._button(icon(sp.SP_MediaSeekForward), self.tr("下一帧"), self.tr("前进一帧（.）"))
        self.snapshot_button = self._button(icon(sp.SP_DialogSaveButton), self.tr("截图"),
                                            self.tr("把当前画面另存为截图（不改动原始资料）"))
        self.full_screen_button = self._button(icon(sp.SP_TitleBarMaxButton), self.tr("全屏"),
                                               self.tr("全屏显示画面（F；Esc 退出）"))
        self.mute_button = self._button(icon(sp.SP_MediaVolume), self.tr("静音"), self.tr("静音 / 恢复声音（M）"))
        self.mute_button.setCheckable(True)

        self.speed_label = QLabel(self.tr("速度(&S)"), self)
        self.speed = QComboBox(self)
        for rate in SPEEDS:
            self.speed.addItem(_speed_text(rate), rate)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setAccessibleName(self.tr("播放速度"))
        self.speed.setToolTip(self.tr("播放速度（J 减慢，L 加快）"))
        self.speed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.speed_label.setBuddy(self.speed)

        self.volume_label = QLabel(self.tr("音量(&V)"), self)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(20)
        self.volume.setFixedWidth(96)
        self.volume.setAccessibleName(self.tr("音量"))
        self.volume.setToolTip(self.tr("音量"))
        self.volume_label.setBuddy(self.volume)

        info = QHBoxLayout()
        info.addWidget(self.position)
        info.addSpacing(16)
        info.addWidget(self.frame_time)
        info.addStretch(1)
        info.addWidget(self.speed_label)
        info.addWidget(self.speed)
        info.addSpacing(12)
        info.addWidget(self.volume_label)
        info.addWidget(self.volume)
        info.addWidget(self.mute_button)

        buttons = QHBoxLayout()
        for b in (self.play_button, self.stop_button, self.back_button, self.forward_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.snapshot_button)
        buttons.addWidget(self.full_screen_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.slider)
        layout.addLayout(info)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        # Tab follows the visual order: slider, the info row, then the buttons.
        order = [self.slider, self.speed, self.volume, self.mute_button, self.play_button, self.stop_button,
                 self.back_button, self.forward_button, self.snapshot_button, self.full_screen_button]
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

        self.play_button.clicked.connect(self.playClicked)
        self.stop_button.clicked.connect(self.stopClicked)
        self.back_button.clicked.connect(self.stepBackClicked)
        self.forward_button.clicked.connect(self.stepForwardClicked)
        self.snapshot_button.clicked.connect(self.snapshotClicked)
        self.full_screen_button.clicked.connect(self.fullScreenClicked)
        self.mute_button.toggled.connect(self._mute_toggled)
        self.speed.activated.connect(lambda i: self.speedChosen.emit(float(self.speed.itemData(i))))
        self.volume.valueChanged.connect(self.volumeChosen)
        self.slider.sliderPressed.connect(self._drag_started)
        self.slider.sliderMoved.connect(self._dragged)
        self.slider.sliderReleased.connect(self._drag_ended)
        self.slider.actionTriggered.connect(self._slider_action)

    def _button(self, icon, text: str, tip: str) -> QPushButton:
        b = QPushButton(icon, text, self)
        b.setAccessibleName(text)
        b.setToolTip(tip)
        b.setIconSize(QSize(16, 16))
        return b

    # --- shown values ----------------------------------------------------------------------

    def set_length(self, length_ms: int, hours: bool) -> None:
        self._hours = hours
        self.slider.setRange(0, max(0, int(length_ms)))

    def set_position(self, position_ms: int, length_ms: int) -> None:
        if not self._dragging:
            self.slider.setValue(int(position_ms))
        self._show_position(position_ms, length_ms)

    def _show_position(self, position_ms: int, length_ms: int) -> None:
        hours = self._hours
        self.position.setText(f"{format_position(position_ms, hours)} / {format_position(length_ms, hours)}")

    def set_frame_time(self, text: str, tip: str = "") -> None:
        self.frame_time.setText(text)
        self.frame_time.setToolTip(tip)

    def set_playing(self, playing: bool) -> None:
        sp = QStyle.StandardPixmap
        self.play_button.setIcon(self.style().standardIcon(sp.SP_MediaPause if playing else sp.SP_MediaPlay))
        text = self.tr("暂停") if playing else self.tr("播放")
        self.play_button.setText(text)
        self.play_button.setAccessibleName(text)

    def set_speed(self, rate: float) -> None:
        self.speed.setCurrentIndex(SPEEDS.index(rate))

    def set_muted(self, muted: bool) -> None:
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(muted)
        self.mute_button.blockSignals(False)
        self._show_mute(muted)

    def set_full_screen(self, full: bool) -> None:
        sp = QStyle.StandardPixmap
        self.full_screen_button.setIcon(self.style().standardIcon(sp.SP_TitleBarNormalButton if full
                                                                  else sp.SP_TitleBarMaxButton))
        text = self.tr("退出全屏") if full else self.tr("全屏")
        self.full_screen_button.setText(text)
        self.full_screen_button.setAccessibleName(text)

    def set_enabled_controls(self, *, play: bool, stop: bool, seek: bool, step: bool, snapshot: bool,
                             audio: bool, full_screen: bool) -> None:
        self.play_button.setEnabled(play)
        self.stop_button.setEnabled(stop)
        self.slider.setEnabled(seek)
        self.speed.setEnabled(seek)
        self.speed_label.setEnabled(seek)
        self.back_button.setEnabled(step)
        self.forward_button.setEnabled(step)
        self.snapshot_button.setEnabled(snapshot)
        self.volume.setEnabled(audio)
        self.volume_label.setEnabled(audio)
        self.mute_button.setEnabled(audio)
        self.full_screen_button.setEnabled(full_screen)

    # --- user input ------------------------------------------------------------------------

    def _mute_toggled(self, muted: bool) -> None:
        self._show_mute(muted)
        self.muteToggled.emit(muted)

    def _show_mute(self, muted: bool) -> None:
        sp = QStyle.StandardPixmap
        self.mute_button.setIcon(self.style().standardIcon(sp.SP_MediaVolumeMuted if muted else sp.SP_MediaVolume))

    def _drag_started(self) -> None:
        self._dragging = True

    def _dragged(self, value: int) -> None:
        self._show_position(value, self.slider.maximum())

    def _drag_ended(self) -> None:
        self._dragging = False
        self.seekRequested.emit(self.slider.sliderPosition())

    def _slider_action(self, action: int) -> None:
        # Keyboard steps and clicks on the groove; drags are reported once, on release.
        if int(action) in (QAbstractSlider.SliderAction.SliderMove.value,
                           QAbstractSlider.SliderAction.SliderNoAction.value):
            return
        self.seekRequested.emit(self.slider.sliderPosition())

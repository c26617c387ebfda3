"""The device clock offset (ARC-09) as the windows enter and show it.

The offset is the device clock minus the real time, in seconds, positive when the device runs fast,
as in the pre-use check of a check-out. Times shown with a stored offset carry the corrected time
beside the device's own.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import device_clock
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui.forms import labelled_row

WARNING_STYLE = ("QLabel { color: #5c3d00; background: #fff4d6; border: 1px solid #e6c36a;"
                 " border-radius: 3px; padding: 4px 6px; }")


class ClockText(QObject):
    """Wording of offsets and corrected times, the same in every window."""

    def amount(self, offset_s: float) -> str:
        """An offset's size: "42 秒", "12 分 0 秒", "1 小时 5 分 0 秒"."""
        seconds = int(round(abs(offset_s)))
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        if hours:
            return self.tr("{0} 小时 {1} 分 {2} 秒").format(hours, minutes, secs)
        if minutes:
            return self.tr("{0} 分 {1} 秒").format(minutes, secs)
        return self.tr("{0} 秒").format(secs)

    def tolerance(self, seconds: int) -> str:
        if seconds and seconds % 60 == 0:
            return self.tr("{0} 分钟").format(seconds // 60)
        return self.tr("{0} 秒").format(seconds)

    def direction(self, offset_s: float) -> str:
        if offset_s > 0:
            return self.tr("比本机快")
        return self.tr("比本机慢") if offset_s < 0 else self.tr("与本机一致")

    def warning(self, serial: str | None, offset_s: float, tolerance_s: int) -> str:
        device = serial or self.tr("（未选择）")
        return self.tr("设备 {0} 时钟偏差 {1}（{2}），超过允许的 {3}。仍可导入，拍摄时间将同时显示校正后的时间。").format(
            device, self.amount(offset_s), self.direction(offset_s), self.tolerance(tolerance_s))

    def with_corrected(self, raw_text: str, recorded_at: datetime, offset_s: float | None, timezone: str) -> str:
        """`raw_text` (the device's time as shown) with the corrected time beside it when an offset
        is stored: "2026-03-01 09:12:00（设备时间；校正后 09:00:00）"."""
        if offset_s is None:
            return raw_text
        return self.tr("{0}（设备时间；校正后 {1}）").format(raw_text, self.corrected(recorded_at, offset_s, timezone))

    def corrected(self, recorded_at: datetime, offset_s: float, timezone: str) -> str:
        """The corrected local time; the date only when it differs from the device's."""
        raw = to_local(recorded_at, timezone)
        fixed = to_local(device_clock.corrected(recorded_at, offset_s), timezone)
        return fixed.strftime("%H:%M:%S" if fixed.date() == raw.date() else "%Y-%m-%d %H:%M:%S")

    def stored(self, offset_s: float) -> str:
        """The offset as a detail line: "设备时钟比本机快 12 分 0 秒（导入时测得）"."""
        if offset_s == 0:
            return self.tr("设备时钟与本机一致（导入时测得）")
        return self.tr("设备时钟{0} {1}（导入时测得）").format(self.direction(offset_s), self.amount(offset_s))


class ClockOffsetSpin(QSpinBox):
    """Seconds, with the lowest value standing for "未测量" so a measured 0 s stays a measurement."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        limit = device_clock.MAX_OFFSET_S
        self.setRange(-limit - 1, limit)
        self.setSpecialValueText(self.tr("未测量"))
        self.setSuffix(self.tr(" 秒"))
        self.setAccessibleName(self.tr("设备时钟偏差（秒）"))
        self.setToolTip(self.tr("设备时钟比本机快为正，慢为负；不知道时保留“未测量”"))
        self.clear_offset()

    def offset(self) -> float | None:
        value = self.value()
        return None if value == self.minimum() else float(value)

    def set_offset(self, offset_s: float | None) -> None:
        self.setValue(self.minimum() if offset_s is None else int(round(offset_s)))

    def clear_offset(self) -> None:
        self.setValue(self.minimum())


class ClockOffsetField(QWidget):
    """The import form's field: the offset, where a proposed figure came from, and the warning
    when it is beyond the profile's tolerance (the import still proceeds)."""

    changed = Signal()

    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.words = ClockText(self)
        self.serial: str | None = None
        self._proposed = False  # the figure shown came from the check-out, not from the custodian
        self._setting = False
        self.spin = ClockOffsetSpin()
        self.spin.setToolTip(self.tr("设备时钟比本机快为正"))
        self.measure_button = QPushButton(self.tr("测量(&M)…"))
        self.measure_button.setAccessibleName(self.tr("测量设备时钟偏差"))
        self.measure_button.setToolTip(self.tr("填入设备上显示的时间，由本机算出偏差"))
        self.measure_button.clicked.connect(self.open_measure_dialog)
        self.measure_dialog: ClockMeasureDialog | None = None
        self.source = QLabel()
        self.source.setStyleSheet("color: #555555;")
        self.source.setWordWrap(True)
        self.source.setAccessibleName(self.tr("时钟偏差来源"))
        self.source.hide()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setAccessibleName(self.tr("设备时钟偏差警告"))
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.spin, 1)
        row.addWidget(self.measure_button)
        layout.addLayout(row)
        layout.addWidget(self.source)
        layout.addWidget(self.warning)
        self.tolerance_s = device_clock.tolerance_s(archive)
        self.spin.valueChanged.connect(self._edited)

    def offset(self) -> float | None:
        return self.spin.offset()

    def reload(self) -> None:
        """The profile may have changed since the form was built."""
        self.tolerance_s = device_clock.tolerance_s(self.archive)
        self._update_warning()

    def reset(self) -> None:
        self.serial = None
        self._set(None, proposed=False)

    def set_device(self, serial: str | None) -> None:
        """Another device: propose the offset its latest pre-use check measured, unless the
        custodian has entered a figure for this hand-in."""
        if serial == self.serial:
            return
        self.serial = serial
        if self.offset() is None or self._proposed:
            measured = device_clock.measured_at_check_out(self.archive, serial)
            self._set(measured, proposed=measured is not None)
        self._update_warning()

    def open_measure_dialog(self) -> "ClockMeasureDialog":
        self.measure_dialog = ClockMeasureDialog(self.archive, self)
        self.measure_dialog.accepted.connect(lambda: self.spin.set_offset(self.measure_dialog.offset_s))
        self.measure_dialog.open()
        return self.measure_dialog

    def _set(self, offset_s: float | None, proposed: bool) -> None:
        self._setting = True
        try:
            self.spin.set_offset(offset_s)
        finally:
            self._setting = False
        self._proposed = proposed
        self.source.setText(self.tr("取自该设备最近一次领用时的使用前检查，请按当前时钟核对") if proposed else "")
        self.source.setVisible(proposed)
        self._update_warning()

    def _edited(self) -> None:
        if not self._setting:
            self._proposed = False
            self.source.hide()
        self._update_warning()
        self.changed.emit()

    def _update_warning(self) -> None:
        offset = self.offset()
        exceeded = device_clock.offset_warning(offset, self.tolerance_s)
        self.warning.setText(self.words.warning(self.serial, offset, self.tolerance_s) if exceeded else "")
        self.warning.setVisible(exceeded)


class ClockMeasureDialog(QDialog):
    """测量: the custodian copies the time the device shows and confirms while it shows it; the
    offset is that time minus this computer's clock at that moment."""

    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.offset_s: float | None = None
        self.setWindowTitle(self.tr("测量设备时钟偏差"))
        hint = QLabel(self.tr("把设备屏幕上显示的日期和时间原样填入，在设备显示这一时刻时按“确定”。"))
        hint.setWordWrap(True)
        self.device_time = QDateTimeEdit(QDateTime(device_clock.wall_clock_now(archive).replace(microsecond=0)))
        self.device_time.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.device_time.setCalendarPopup(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1c1c;")
        self.error.setAccessibleName(self.tr("错误信息"))
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定"))
        self.ok_button.setAccessibleName(self.tr("确定"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        form = QFormLayout()
        labelled_row(form, self.tr("设备显示的时间(&D)："), self.device_time, self.tr("设备显示的时间"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.offset_s = device_clock.measured_offset(self.archive, self.device_time.dateTime().toPython())
        except ArchiveError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

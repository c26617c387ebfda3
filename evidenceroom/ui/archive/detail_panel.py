"""Everything known about the selected recording, and its history from the audit chain."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core.catalog import RecordingDetail
from evidenceroom.core.models import DeadlineStatus
from evidenceroom.ui.clock_offset import ClockText
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.archive.history_model import HistoryModel

LATE_STYLE = "color: #b3261e;"
DAMAGE_STYLE = ("color: #b3261e; background: #fdecea; border: 1px solid #f3b8b3; border-radius: 3px;"
                "padding: 4px 6px;")
ZWSP = "\u200b"  # lets a long path wrap after its separators


class RecordingDetailPanel(QWidget):
    chain_report_requested = Signal(int)  # the recording whose chain of custody is to be printed (RPT-09)
    activity_timeline_requested = Signal(int)  # the activity whose files are to be shown on one timeline (ARC-08)

    def __init__(self, display: DisplayFormat, parent=None):
        super().__init__(parent)
        self.display = display
        self.clock = ClockText(self)
        self.recording_id: int | None = None
        self.activity_id: int | None = None
        self.setAccessibleName(self.tr("资料详细信息"))

        self.placeholder = QLabel(self.tr("在左侧列表中选择一条录音录像资料，这里显示它的全部信息和历史记录。"))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #6b6b6b;")

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.damage = QLabel()
        self.damage.setWordWrap(True)
        self.damage.setStyleSheet(DAMAGE_STYLE)
        self.damage.setAccessibleName(self.tr("损坏提示"))

        self.sha256 = QPlainTextEdit()
        self.sha256.setReadOnly(True)
        self.sha256.setTabChangesFocus(True)
        self.sha256.setAccessibleName(self.tr("SHA-256 校验值（完整）"))
        self.sha256.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.sha256.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sha256.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sha256.setFrameShape(QFrame.Shape.NoFrame)
        self.sha256.setStyleSheet("QPlainTextEdit { background: transparent; }")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.sha256.setFont(mono)
        lines = 2
        self.sha256.setFixedHeight(self.sha256.fontMetrics().lineSpacing() * lines
                                   + int(self.sha256.document().documentMargin() * 2) + 4)
        self.sha256.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self._values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for key, label in (
            ("id", self.tr("资料编号")),
            ("recorded_at", self.tr("拍摄时间")),
            ("media", self.tr("类型与时长")),
            ("size", self.tr("大小")),
            ("sha256", self.tr("SHA-256(&H)")),
            ("deadline", self.tr("移交状态")),
            ("retention", self.tr("保存期限")),
            ("officer", self.tr("取证人员")),
            ("device", self.tr("设备")),
            ("activity", self.tr("执法活动")),
            ("case", self.tr("案件")),
            ("handed_in_by", self.tr("移交人")),
            ("received_by", self.tr("接收人")),
            ("imported_at", self.tr("入库时间")),
            ("batch", self.tr("导入批次")),
            ("source_path", self.tr("原始位置")),
            ("tracks", self.tr("音视频轨道")),
            ("playbacks", self.tr("播放记录")),
        ):
            caption = QLabel(label)
            caption.setStyleSheet("color: #555555;")
            if key == "sha256":  # on a row of its own: the whole width for 64 characters
                caption.setBuddy(self.sha256)
                form.addRow(caption)
                form.addRow(self.sha256)
                continue
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._values[key] = value
            form.addRow(caption, value)

        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 6, 0)
        fields_layout.addWidget(self.title)
        fields_layout.addWidget(self.damage)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.history_model = HistoryModel(display, self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("历史记录（审计链）"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setDragEnabled(False)
        self.history.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.history.setAlternatingRowColors(True)
        # The panel is narrow: time, event and who; the event number and the particulars are in
        # each row's tooltip (and in the model, for screen readers).
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnHidden(0, True)
        self.history.setColumnHidden(4, True)
        self.history.horizontalHeader().setStretchLastSection(False)
        history_label = QLabel(self.tr("历史记录(&Y)"))
        history_label.setBuddy(self.history)
        history_label.setStyleSheet("font-weight: 600;")

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(scroll, 5)
        content_layout.addWidget(history_label)
        content_layout.addWidget(self.history, 1)
        self.chain_button = QPushButton(self.tr("打印监管链报告…"))
        self.chain_button.setAccessibleName(self.tr("打印监管链报告"))
        self.chain_button.clicked.connect(
            lambda: self.recording_id is not None and self.chain_report_requested.emit(self.recording_id))
        self.report_message = QLabel()
        self.report_message.setWordWrap(True)
        self.report_message.setAccessibleName(self.tr("打印结果"))
        self.report_message.hide()
        self.timeline_button = QPushButton(self.tr("查看活动时间线(&M)"))
        self.timeline_button.setAccessibleName(self.tr("查看活动时间线"))
        self.timeline_button.setToolTip(self.tr("在审看页按拍摄时间列出本活动的全部文件和未记录的时段，并可连续播放"))
        self.timeline_button.clicked.connect(
            lambda: self.activity_id is not None and self.activity_timeline_requested.emit(self.activity_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.chain_button)
        buttons.addWidget(self.timeline_button)
        buttons.addStretch(1)
        content_layout.addLayout(buttons)
        content_layout.addWidget(self.report_message)
        self.history.setMinimumHeight(self.history.fontMetrics().height() * 7)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.stack)

    def sizeHint(self) -> QSize:
        # Wide enough for the full SHA-256 in two lines of 32 characters.
        mono = self.sha256.fontMetrics().horizontalAdvance("0" * 32)
        return QSize(max(mono + 40, self.fontMetrics().horizontalAdvance("中") * 23), 480)

    # --- filling in -----------------------------------------------------------------------

    def clear(self) -> None:
        self.recording_id = None
        self.activity_id = None
        self.history_model.set_entries([])
        self.stack.setCurrentIndex(0)

    def show_retention(self, until: str, basis: str) -> None:
        """The retention end and the rule and article that decide it (RET-01, RET-05)."""
        self._values["retention"].setText(self.tr("{0}（{1}）").format(until, basis))

    def show_recording(self, d: RecordingDetail | None) -> None:
        if d is None:
            self.clear()
            return
        f = self.display
        self.recording_id = d.id
        self.activity_id = d.activity_id
        self.timeline_button.setEnabled(d.activity_id is not None)
        self.timeline_button.setToolTip(self.tr("在审看页按拍摄时间列出本活动的全部文件和未记录的时段，并可连续播放")
                                        if d.activity_id is not None else self.tr("这条资料未登记执法活动"))
        self.report_message.hide()
        self.title.setText(d.original_name)
        self.damage.setVisible(bool(d.damage))
        self.damage.setText(self.tr("文件损坏：{0}").format(d.damage) if d.damage else "")
        self.sha256.setPlainText(d.sha256)

        v = self._values
        v["id"].setText(str(d.id))
        v["recorded_at"].setText(self._recorded_at(d))
        media = f.media_kind(d.media_kind)
        v["media"].setText(f"{media} · {f.duration(d.duration_ms)}" if d.duration_ms is not None else media)
        v["size"].setText(f.size_exact(d.size))
        status = f.deadline(d.deadline_status, d.late_by_seconds)
        if d.deadline_at is not None:
            status = self.tr("{0}（移交期限 {1}）").format(status, f.local_time(d.deadline_at))
        v["deadline"].setText(status)
        v["deadline"].setStyleSheet(LATE_STYLE if d.deadline_status == DeadlineStatus.LATE.value else "")
        officer = f.officer(d.officer_name, d.officer_badge)
        if officer and d.officer_department:
            officer = f"{officer} · {d.officer_department}"
        v["officer"].setText(officer or self.tr("未登记"))
        if d.device_serial:
            device = " · ".join(p for p in (d.device_serial, d.device_model, f.device_kind(d.device_kind)) if p)
            if d.device_asset_no:
                device += self.tr(" · 资产编号 {0}").format(d.device_asset_no)
        else:
            device = self.tr("未登记")
        v["device"].setText(device)
        v["activity"].setText(self._activity(d))
        if d.case_no:
            case = " ".join(p for p in (d.case_no, d.case_title) if p)
            if d.case_category:
                case += f" · {d.case_category}"
            v["case"].setText(case)
            v["case"].setStyleSheet("")
        else:
            v["case"].setText(self.tr("未归案（待归档）"))
            v["case"].setStyleSheet("color: #6b6b6b; font-style: italic;")
        v["handed_in_by"].setText(f.officer(d.handed_in_by_name, d.handed_in_by_badge) or self.tr("未登记"))
        v["received_by"].setText(d.imported_by)
        v["imported_at"].setText(f.local_time(d.imported_at))
        v["batch"].setText(self.tr("第 {0} 批 · {1} · 开始于 {2}").format(
            d.batch_id, f.batch_status(d.batch_status), f.local_time(d.batch_started_at)))
        v["source_path"].setText(_breakable(d.source_path))
        v["source_path"].setToolTip(d.source_path)
        v["tracks"].setText(d.tracks or "—")
        if d.playbacks:
            last = d.playbacks[-1]
            v["playbacks"].setText(self.tr("{0} 次，最近一次 {1}，{2}").format(
                len(d.playbacks), f.local_time(last.started_at), last.viewer_name))
        else:
            v["playbacks"].setText(self.tr("尚未播放"))
        self.history_model.set_entries(d.history)
        self.stack.setCurrentIndex(1)

    def _recorded_at(self, d: RecordingDetail) -> str:
        """The device's time and where it came from; with a stored clock offset (ARC-09) the
        corrected time beside it and the offset on a second line."""
        f = self.display
        raw, source = f.local_time(d.recorded_at), f.time_source(d.recorded_at_source)
        if d.clock_offset_s is None:
            return self.tr("{0}（{1}）").format(raw, source)
        corrected = self.clock.corrected(d.recorded_at, d.clock_offset_s, f.timezone)
        return self.tr("{0}（{1}；设备时间；校正后 {2}）\n{3}").format(raw, source, corrected,
                                                                self.clock.stored(d.clock_offset_s))

    def _activity(self, d: RecordingDetail) -> str:
        f = self.display
        if d.activity_id is None:
            return self.tr("未登记")
        text = f.activity(d.activity_kind, d.activity_place) or self.tr("执法活动 {0}").format(d.activity_id)
        if d.activity_started_at and d.activity_ended_at:
            text += self.tr("；{0} 至 {1}").format(f.local_time(d.activity_started_at),
                                                  f.local_time(d.activity_ended_at))
        elif d.activity_ended_at:
            text += self.tr("；结束于 {0}").format(f.local_time(d.activity_ended_at))
        if d.activity_remote:
            returned = f.local_time(d.activity_returned_at) if d.activity_returned_at else self.tr("未登记")
            text += self.tr("；异地执法，返回单位 {0}").format(returned)
        return text


def _breakable(path: str) -> str:
    return path.replace("\\", "\\" + ZWSP).replace("/", "/" + ZWSP)

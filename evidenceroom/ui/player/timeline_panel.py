"""The activity timeline in the review pane (ARC-08) and continuous playback (REV-02).

"按活动连续播放" plays the activity's video and audio segments one after another through the
review pane: when one ends the next is opened and played, each as its own audited viewing. Time
not recorded is skipped and said in words; photos are on the timeline and in the table (open one
from there) but are skipped in continuous playback. A segment the user may not play under the
current grant is shown locked and never opened.
"""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import playback_rules, timeline
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.timeline import SpanKind, Timeline, TimelineItem
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui.player import playback_controller as pc
from evidenceroom.ui.player.timeline_bar import TimelineBar
from evidenceroom.ui.player.timeline_table import TimelineTableModel, not_recorded_text

TABLE_ROWS = 5


class TimelinePanel(QWidget):
    """Below the player; hidden until a recording of an activity, or an activity, is opened.
    `pane` is the ReviewPane it plays through."""

    continuousChanged = Signal(bool)
    announced = Signal(str)

    def __init__(self, archive, user, pane, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.user, self.pane = archive, user, pane
        self._timeline: Timeline | None = None
        self._locked: frozenset[int] = frozenset()
        self._queue: list[TimelineItem] = []  # segments continuous playback will play, in order
        self._index = -1
        self._continuous = False
        self._switching = False  # the panel itself is opening the next segment
        self._followed: int | None = None  # the recording whose row was last selected for the user
        self.announcements: list[str] = []
        self._carried: list[str] = []  # what to say with the next segment: one that could not be played
        self._build()
        pane.stateChanged.connect(self._pane_state)
        pane.controller.positionChanged.connect(self._show_position)
        self.hide()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setAccessibleName(self.tr("执法活动"))
        self.title.setStyleSheet("font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("时间线摘要"))
        self.bar = TimelineBar(self)
        self.bar.itemClicked.connect(self._open_recording)
        self.model = TimelineTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("活动时间线：文件与未记录时段"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setFixedHeight(header.sizeHint().height() + self.table.verticalHeader().defaultSectionSize()
                                  * TABLE_ROWS + 4)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.table.setToolTip(self.tr("双击或按回车键打开该资料"))

        self.play_all_button = QPushButton(self.tr("按活动连续播放(&A)"), self)
        self.play_all_button.setAccessibleName(self.tr("按活动连续播放"))
        self.play_all_button.setToolTip(self.tr("依次播放本活动的全部视频和音频片段，跳过未记录的时段；照片不播放"))
        self.play_all_button.clicked.connect(self.start_continuous)
        self.stop_all_button = QPushButton(self.tr("停止连续播放"), self)
        self.stop_all_button.setAccessibleName(self.tr("停止连续播放"))
        self.stop_all_button.clicked.connect(self.stop_continuous)
        self.close_button = QPushButton(self.tr("关闭时间线"), self)
        self.close_button.setAccessibleName(self.tr("关闭时间线"))
        self.close_button.clicked.connect(self.close_timeline)
        self.announcement = QLabel(self)
        self.announcement.setWordWrap(True)
        self.announcement.setAccessibleName(self.tr("连续播放提示"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.play_all_button)
        buttons.addWidget(self.stop_all_button)
        buttons.addWidget(self.announcement, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        QWidget.setTabOrder(self.play_all_button, self.stop_all_button)
        QWidget.setTabOrder(self.stop_all_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.table)
        self._update_buttons()

    # --- public API ----------------------------------------------------------------------------

    def activity_id(self) -> int | None:
        return self._timeline.activity_id if self._timeline else None

    def timeline(self) -> Timeline | None:
        return self._timeline

    def locked(self) -> frozenset[int]:
        return self._locked

    def switching(self) -> bool:
        """Whether continuous playback is opening its next segment just now."""
        return self._switching

    def is_continuous(self) -> bool:
        return self._continuous

    def open_activity(self, activity_id: int) -> None:
        """Show an activity's timeline; an error is said in the announcement line."""
        self.stop_continuous()
        try:
            t = timeline.activity_timeline(self.archive, activity_id)
        except ArchiveError as exc:
            self._announce(str(exc), error=True)
            self.show()
            return
        self._timeline = t
        self._locked = frozenset(i.recording_id for i in t.items if not i.disposed and not self._may_play(i))
        self.bar.set_timeline(t, self._locked)
        self.model.set_timeline(t, self._locked)
        self._followed = None
        self._describe(t)
        self.announcement.clear()
        self._update_buttons()
        self.show()
        self._show_position()

    def close_timeline(self) -> None:
        self.stop_continuous()
        self._timeline = None
        self.bar.set_timeline(None)
        self.model.set_timeline(None)
        self.hide()

    def follow(self, recording_id: int) -> None:
        """The pane is opening a recording: show its activity, if it has one. Opened by the user
        rather than by continuous playback, it ends continuous playback."""
        if self._switching:
            return
        self.stop_continuous()
        activity_id = timeline.activity_of(self.archive, recording_id)
        if activity_id is None:
            self.close_timeline()
        elif activity_id != self.activity_id():
            self.open_activity(activity_id)

    def start_continuous(self) -> None:
        t = self._timeline
        if t is None:
            return
        self._queue = [s for s in t.segments if not s.disposed and s.recording_id not in self._locked]
        if not self._queue:
            self._announce(self.tr("没有可播放的片段：本活动的片段均未获准播放或已清除。"), error=True)
            return
        self._continuous = True
        self._update_buttons()
        self.continuousChanged.emit(True)
        first = self._queue[0]
        self._play(0, [*self._skipped(None, first), *self._locked_between(None, first)])

    def stop_continuous(self) -> None:
        self._carried = []
        if not self._continuous:
            return
        self._continuous = False
        self._queue, self._index = [], -1
        self._update_buttons()
        self.continuousChanged.emit(False)

    # --- continuous playback --------------------------------------------------------------------

    def _may_play(self, item: TimelineItem) -> bool:
        try:
            playback_rules.may_play(self.archive, self.user, item.recording_id)
        except ArchiveError:
            return False
        return True

    def _play(self, index: int, notes: list[str]) -> None:
        self._index = index
        item = self._queue[index]
        self._switching = True
        try:
            self.pane.open_recording(item.recording_id)
        finally:
            self._switching = False
        if self.pane.recording_id() != item.recording_id or self.pane.state() == pc.ERROR:
            self._carried += [*notes, self.tr("第 {0} 号资料无法播放，已跳过").format(item.recording_id)]
            QTimer.singleShot(0, self._advance)
            return
        where = self.tr("连续播放第 {0} 段，共 {1} 段：{2}").format(index + 1, len(self._queue), item.original_name)
        self._announce("；".join([*notes, where]))
        self.pane.play()

    def _advance(self) -> None:
        if not self._continuous:
            return
        current = self._queue[self._index]
        nxt = self._index + 1
        carried, self._carried = self._carried, []
        if nxt >= len(self._queue):
            notes = [*carried, *self._locked_between(current, None), *self._skipped(current, None)]
            self.stop_continuous()
            self._announce("；".join([self.tr("连续播放结束"), *notes]))
            return
        following = self._queue[nxt]
        self._play(nxt, [*carried, *self._skipped(current, following), *self._locked_between(current, following)])

    def _skipped(self, before: TimelineItem | None, after: TimelineItem | None) -> list[str]:
        """The time not recorded from one segment played to the next, in words."""
        spans = [s for s in self._timeline.spans
                 if (before is None or s.start >= before.start) and (after is None or s.end <= after.start)]
        if after is None:  # after the last segment: only what is left of the activity
            return [self.tr("最后一段至活动结束{0}").format(not_recorded_text(s.length)) for s in spans
                    if s.kind == SpanKind.AFTER_LAST]
        if before is None:  # before the first: from arrival
            return [self.tr("到达后 {0}，已跳过").format(not_recorded_text(s.length)) for s in spans
                    if s.kind == SpanKind.BEFORE_FIRST]
        skipped = sum((s.length for s in spans), timedelta(0))
        return [self.tr("跳过{0}").format(not_recorded_text(skipped))] if skipped else []

    def _locked_between(self, before: TimelineItem | None, after: TimelineItem | None) -> list[str]:
        segments = list(self._timeline.segments)
        lo = segments.index(before) + 1 if before else 0
        hi = segments.index(after) if after else len(segments)
        return [self.tr("第 {0} 号资料未获准播放，已跳过").format(s.recording_id) if not s.disposed
                else self.tr("第 {0} 号资料已清除，已跳过").format(s.recording_id) for s in segments[lo:hi]]

    def _pane_state(self, state: str) -> None:
        if not self._continuous or self._switching:
            return
        if state == pc.ENDED and self.pane.recording_id() == self._queue[self._index].recording_id:
            # Not from within the controller's own poll: the next file is opened once it returns.
            QTimer.singleShot(0, self._advance)
        elif state == pc.ERROR:  # the file failed while playing: said with the next one
            failed = self._queue[self._index].recording_id
            self._carried.append(self.tr("第 {0} 号资料无法播放，已跳过").format(failed))
            QTimer.singleShot(0, self._advance)
        elif state in (pc.STOPPED, "empty"):
            self.stop_continuous()
            self._announce(self.tr("连续播放已停止"))

    # --- showing ---------------------------------------------------------------------------------

    def _describe(self, t: Timeline) -> None:
        tz = t.timezone
        parts = [p for p in (t.kind, t.place, t.case_no) if p]
        if t.started_at and t.ended_at:
            parts.append(self.tr("{0} 至 {1}").format(to_local(t.started_at, tz).strftime("%Y-%m-%d %H:%M:%S"),
                                                     to_local(t.ended_at, tz).strftime("%H:%M:%S")))
        if t.officers:
            parts.append("、".join(t.officers))
        self.title.setText(self.tr("执法活动 {0}：{1}").format(t.activity_id, " · ".join(parts)))
        text = self.tr("{0} 个片段，{1} 张照片；合计{2}").format(len(t.segments), len(t.photos),
                                                           not_recorded_text(t.not_recorded))
        if self._locked:
            text += self.tr("；{0} 个文件未获准播放").format(len(self._locked))
        self.summary.setText(text)

    def _show_position(self) -> None:
        t = self._timeline
        rid = self.pane.recording_id()
        item = next((i for i in t.items if i.recording_id == rid), None) if t else None
        if item is None:
            self.bar.set_current(None, None)
            return
        self.bar.set_current(rid, item.start + timedelta(milliseconds=self.pane.position_ms()))
        if rid != self._followed:  # once per recording: the user may move about the table meanwhile
            self._followed = rid
            row = self.model.row_of(rid)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        has_segments = self._timeline is not None and bool(self._timeline.segments)
        self.play_all_button.setEnabled(has_segments and not self._continuous)
        self.stop_all_button.setEnabled(self._continuous)

    def _announce(self, text: str, error: bool = False) -> None:
        self.announcements.append(text)
        self.announcement.setStyleSheet("color: #b00020;" if error else "")
        self.announcement.setText(text)
        self.announcement.setToolTip(text)
        # A screen reader says it without the user moving there: the gap skipped, the segment reached.
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.announcement, text))
        self.announced.emit(text)

    def _open_row(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is not None and r.item is not None:
            self._open_recording(r.item.recording_id)

    def _open_recording(self, recording_id: int) -> None:
        self.pane.open_recording(recording_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)


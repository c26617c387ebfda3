"""The review form beside the player (REV-04, REV-05) and flagging problems seen in footage (REV-06).

Items come from `evidenceroom.core.review_form`, grouped by where they come from; each is answered
是, 否 or 说明. An item of how the recording opens may point at a marker: "转到" seeks the player
there. "标记问题…" records a problem at the player's current position, which becomes a finding.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import review, review_form
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.timeutil import to_local
from evidenceroom.ui import documents
from evidenceroom.ui.forms import labelled_row

POSITION_ROLE = Qt.ItemDataRole.UserRole


def parse_time_point(text: str) -> int | None:
    """"00:03:10", "3:10" or "190" as milliseconds; None when it is not a time point."""
    parts = (text or "").strip().split(":")
    if not 1 <= len(parts) <= 3 or not all(re.fullmatch(r"\d{1,3}", p) for p in parts):
        return None
    seconds = 0
    for p in parts:
        seconds = seconds * 60 + int(p)
    return seconds * 1000


class ItemRow(QObject):
    """One item's widgets: the radios, the comment, and for the opening items a marker picker."""

    def __init__(self, dialog: QDialog, grid: QGridLayout, row: int, item: review_form.FormItem, markers):
        super().__init__(dialog)
        self.item = item
        self.label = QLabel(f"{item.text}　〔{item.source}〕")
        self.label.setWordWrap(True)
        self.group = QButtonGroup(dialog)
        self.radios: dict[str, QRadioButton] = {}
        answers = QWidget()
        box = QHBoxLayout(answers)
        box.setContentsMargins(0, 0, 0, 0)
        for key, text in (("yes", self.tr("是")), ("no", self.tr("否")), ("comment", self.tr("说明"))):
            radio = QRadioButton(text, answers)
            radio.setAccessibleName(self.tr("{0}：{1}").format(item.text, text))
            self.group.addButton(radio)
            self.radios[key] = radio
            box.addWidget(radio)
        self.label.setBuddy(self.radios["yes"])
        self.comment = QLineEdit()
        self.comment.setMaxLength(review_form.MAX_COMMENT)
        self.comment.setPlaceholderText(self.tr("说明"))
        self.comment.setAccessibleName(self.tr("{0}：说明").format(item.text))
        grid.addWidget(self.label, row, 0)
        grid.addWidget(answers, row, 1)
        grid.addWidget(self.comment, row, 2)
        self.marker: QComboBox | None = None
        self.go: QPushButton | None = None
        if item.markable:
            self.marker = QComboBox()
            self.marker.setAccessibleName(self.tr("{0}：关联标记").format(item.text))
            self.none_text = self.tr("（无标记）")
            self.marker.addItem(self.none_text, None)
            for m in markers:
                self.marker.addItem(f"{review_form.hms(m.position_ms)} {m.text}", m.id)
            self.go = QPushButton(self.tr("转到"))
            self.go.setAccessibleName(self.tr("{0}：转到关联标记的时间点").format(item.text))
            self.go.setToolTip(self.tr("播放器跳转到所关联标记的时间点"))
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(self.marker, 1)
            line.addWidget(self.go)
            grid.addWidget(holder, row, 3)
            self.marker.currentIndexChanged.connect(self._update_go)
            self._update_go()

    def _update_go(self) -> None:
        if self.go is not None:
            self.go.setEnabled(self.can_go and self.marker.currentData() is not None)

    can_go = True

    def set_markers(self, markers) -> None:
        """New markers to choose from; the one chosen stays chosen."""
        if self.marker is None:
            return
        chosen = self.marker.currentData()
        self.marker.blockSignals(True)
        self.marker.clear()
        self.marker.addItem(self.none_text, None)
        for m in markers:
            self.marker.addItem(f"{review_form.hms(m.position_ms)} {m.text}", m.id)
        self.marker.setCurrentIndex(max(0, self.marker.findData(chosen)))
        self.marker.blockSignals(False)
        self._update_go()

    def widgets(self) -> list[QWidget]:
        out: list[QWidget] = [*self.radios.values(), self.comment]
        if self.marker is not None:
            out += [self.marker, self.go]
        return out

    def answer(self) -> review_form.Answer | None:
        chosen = next((k for k, r in self.radios.items() if r.isChecked()), None)
        if chosen is None:
            return None
        marker = self.marker.currentData() if self.marker is not None else None
        return review_form.Answer(chosen, self.comment.text(), marker)

    def show(self, a: review_form.AnswerInfo) -> None:
        if a.answer in self.radios:
            self.radios[a.answer].setChecked(True)
        self.comment.setText(a.comment)
        if self.marker is not None and a.marker_id is not None:
            index = self.marker.findData(a.marker_id)
            if index >= 0:
                self.marker.setCurrentIndex(index)


class FlagDialog(QDialog):
    """Kind, time point (the player's position, editable) and a note for one problem."""

    def __init__(self, position_ms: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("标记问题"))
        self.kind = QComboBox()
        labels = {"uncivil_conduct": self.tr("语言、行为不文明"), "unrelated_content": self.tr("与工作无关内容"),
                  "selective_or_edited": self.tr("选择性录制、事后补录或剪辑迹象")}
        for key, (_zh, _en, articles, _finding) in review_form.FLAG_KINDS.items():
            self.kind.addItem(self.tr("{0}（{1}）").format(labels[key], articles), key)
        self.time_point = QLineEdit(review_form.hms(position_ms))
        self.time_point.setToolTip(self.tr("时:分:秒，默认为播放器当前位置"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        labelled_row(form, self.tr("问题(&K)："), self.kind, self.tr("问题类型"))
        labelled_row(form, self.tr("时间点(&T)："), self.time_point, self.tr("时间点"))
        labelled_row(form, self.tr("说明(&N)："), self.note, self.tr("问题说明"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("提示"))
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("记为问题"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("记为问题"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def position_ms(self) -> int | None:
        return parse_time_point(self.time_point.text())

    def _accept(self) -> None:
        if self.position_ms() is None:
            self.error.setText(self.tr("时间点应写作“时:分:秒”，例如 00:03:10。"))
            self.error.show()
            self.time_point.setFocus()
            return
        self.accept()


class ReviewFormDialog(QDialog):
    """The review form of one recording; not modal, so the player can be used beside it."""

    seekRequested = Signal(int)  # a position in milliseconds
    saved = Signal(int)  # the new review's id
    flagged = Signal(int)  # the new finding's id

    def __init__(self, archive, user, recording_id: int, position: Callable[[], int] = lambda: 0,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.user, self.recording_id, self.position = archive, user, recording_id, position
        self.print_job = None
        self.setWindowTitle(self.tr("评查表"))
        self.resize(980, 720)
        facts = review_form.recording_facts(archive, recording_id)
        self.timezone = facts.timezone
        self.about = QLabel(self.tr("第 {0} 号资料 {1}；执法人员：{2}；执法活动：{3}；清单事项：{4}").format(
            facts.recording_id, facts.original_name, facts.officer or "—", facts.activity or "—", facts.matter or "—"))
        self.about.setWordWrap(True)
        self.about.setAccessibleName(self.tr("评查的资料"))

        markers = review.list_markers(archive, recording_id)
        self.rows: dict[str, ItemRow] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        titles = {"opening": self.tr("开场与告知（002§8、002§9、001§12）"), "content": self.tr("应当反映的内容（002§10、003§14）"),
                  "checklist": self.tr("清单记录内容（{0}）").format(facts.matter)}
        items = review_form.form_items(archive, recording_id)
        for section in review_form.SECTIONS:
            mine = [i for i in items if i.section == section]
            if not mine:
                continue
            box = QGroupBox(titles[section], body)
            grid = QGridLayout(box)
            # The same columns in every group, so the answers line up down the form.
            for col, (stretch, width) in enumerate(((5, 0), (0, 170), (3, 0), (3, 240))):
                grid.setColumnStretch(col, stretch)
                grid.setColumnMinimumWidth(col, width)
            for n, item in enumerate(mine):
                self.rows[item.key] = ItemRow(self, grid, n, item, markers)
            column.addWidget(box)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("评查项目"))

        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(60)
        note_form = QFormLayout()
        labelled_row(note_form, self.tr("评查意见(&O)："), self.note, self.tr("评查意见"))

        self.flags = QTreeWidget(self)
        self.flags.setHeaderLabels([self.tr("时间点"), self.tr("问题"), self.tr("执法人员"), self.tr("评查人"),
                                    self.tr("说明")])
        self.flags.setRootIsDecorated(False)
        self.flags.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flags.setAccessibleName(self.tr("标记的问题"))
        self.flags.setToolTip(self.tr("双击或按回车键跳转到该时间点"))
        self.flags.setMaximumHeight(120)
        self.flags_label = QLabel(self.tr("标记的问题(&P)"))
        self.flags_label.setBuddy(self.flags)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("提示"))
        self.flag_button = self._button(self.tr("标记问题(&F)…"), self.tr("在当前播放位置标记问题"), self.flag)
        self.print_button = self._button(self.tr("打印评查表(&P)…"), self.tr("保存并打印评查表"), self.print_report)
        self.save_button = self._button(self.tr("保存(&S)"), self.tr("保存评查表"), self.save)
        self.close_button = self._button(self.tr("关闭"), self.tr("关闭评查表"), self.close)
        self.print_button.setToolTip(self.tr("打印最近一次保存的评查表；尚未保存时打印空白评查表"))
        if getattr(user, "role", None) not in review_form.REVIEWING_ROLES:
            for button in (self.save_button, self.flag_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("评查表由执法监督人员、审批人或系统管理员填写"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.flag_button)
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(note_form)
        layout.addWidget(self.flags_label)
        layout.addWidget(self.flags)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        order = [w for r in self.rows.values() for w in r.widgets()]
        order += [self.note, self.flags, self.flag_button, self.print_button, self.save_button, self.close_button]
        for a, b in zip(order, order[1:]):
            self.setTabOrder(a, b)
        for r in self.rows.values():
            if r.go is not None:
                r.go.clicked.connect(lambda _=False, row=r: self._go(row))
        self.flags.itemActivated.connect(self._jump_to_flag)
        self._load()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        return button

    # --- reading -------------------------------------------------------------------------------

    def _load(self) -> None:
        reviews = review_form.reviews_of(self.archive, self.recording_id)
        if reviews:
            latest = reviews[-1]
            for a in latest.answers:
                if a.key in self.rows:
                    self.rows[a.key].show(a)
            self.note.setPlainText(latest.note)
            self._notice(self.tr("显示 {0} 于 {1} 保存的评查表。").format(
                latest.reviewer_name, to_local(latest.reviewed_at, self.timezone).strftime("%Y-%m-%d %H:%M")))
        self._load_flags()

    def _load_flags(self) -> None:
        self.flags.clear()
        for f in review_form.flags_of(self.archive, self.recording_id):
            item = QTreeWidgetItem([review_form.hms(f.position_ms), review_form.FLAG_KINDS[f.kind][0], f.officer,
                                    f.reviewer_name, f.note])
            item.setData(0, POSITION_ROLE, f.position_ms)
            self.flags.addTopLevelItem(item)

    def update_markers(self, markers) -> None:
        """The recording's markers changed (one was added beside the player)."""
        for row in self.rows.values():
            row.set_markers(markers)

    def detach(self) -> None:
        """The player no longer shows this recording: answers stay, but "转到" has nowhere to go."""
        for row in self.rows.values():
            row.can_go = False
            row._update_go()
        self.seek_enabled = False
        self._notice(self.tr("播放器已不再显示这件资料；评查表仍可填写和保存，但不能转到时间点。"))

    seek_enabled = True

    def _notice(self, text: str, error: bool = False) -> None:
        self.error.setStyleSheet("color: #b00020;" if error else "")
        self.error.setText(text)

    # --- actions -------------------------------------------------------------------------------

    def _go(self, row: ItemRow) -> None:
        if not self.seek_enabled:
            return
        marker_id = row.marker.currentData()
        for m in review.list_markers(self.archive, self.recording_id):
            if m.id == marker_id:
                self.seekRequested.emit(m.position_ms)
                return

    def _jump_to_flag(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self.seek_enabled:
            self.seekRequested.emit(int(item.data(0, POSITION_ROLE)))

    def answers(self) -> dict[str, review_form.Answer]:
        return {key: a for key, r in self.rows.items() if (a := r.answer()) is not None}

    def save(self) -> bool:
        try:
            saved = review_form.save_review(self.archive, self.user, self.recording_id, self.answers(),
                                            self.note.toPlainText())
        except ArchiveError as exc:
            self._notice(str(exc), error=True)
            return False
        self._notice(self.tr("评查表已保存（{0} 项）。").format(len(saved.answers)))
        self.saved.emit(saved.id)
        return True

    def flag(self, dialog: FlagDialog | None = None) -> int | None:
        """Ask for the problem (or take a filled `dialog`, as a test does) and record it."""
        dialog = dialog or FlagDialog(self.position(), self)
        if dialog.result() != QDialog.DialogCode.Accepted and dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            info = review_form.flag_problem(self.archive, self.user, self.recording_id, dialog.kind.currentData(),
                                            dialog.position_ms(), dialog.note.toPlainText())
        except ArchiveError as exc:
            self._notice(str(exc), error=True)
            return None
        self._load_flags()
        self._notice(self.tr("已在 {0} 处记为问题，并登记为第 {1} 号检查发现。").format(
            review_form.hms(info.position_ms), info.finding_id))
        self.flagged.emit(info.finding_id)
        return info.finding_id

    def print_report(self, target: Path | None = None, open_after: bool = True):
        """Save the report as a PDF on a worker and open it for printing; `target` skips the question."""
        from evidenceroom.printing.review_report import review_report_pdf

        target = target or documents.ask_target(self, self.tr("保存评查表"), f"评查表_{self.recording_id}.pdf")
        if target is None:
            return None
        archive, user, recording_id = self.archive, self.user, self.recording_id

        def produce() -> Path:
            review_report_pdf(archive, recording_id, target)
            review_form.report_printed(archive, user, recording_id, target.name)
            return target

        self.print_job = documents.write_in_background(
            self, produce, lambda path: self._notice(self.tr("评查表已保存：{0}").format(path)),
            lambda exc: self._notice(str(exc), error=True), self.print_button, open_after)
        return self.print_job

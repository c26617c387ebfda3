"""Step 2 of an import: who recorded it, who hands it in, from which device, for which case."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import lookups
from evidenceroom.core.accounts import ROLE_NAMES, SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, language
from evidenceroom.core.ingest import ImportRequest, check_activity_times
from evidenceroom.core.timeutil import DEFAULT_TIMEZONE, utcnow
from evidenceroom.ui.clock_offset import ClockOffsetField
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import (
    chosen_data,
    device_kind_name,
    hint_label,
    make_searchable,
    message_label,
    show_error,
    title_label,
)
from evidenceroom.ui.imports.dialogs import NewDeviceDialog, NewPersonDialog

_NEW_ACTIVITY = 0  # data of the activity combo's first item


def _local(value: datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


class DetailsPage(QWidget):
    """The hand-in record (ARC-06): officers, custodian, device, case and the activity."""

    changed = Signal()

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.person_dialog: NewPersonDialog | None = None
        self.device_dialog: NewDeviceDialog | None = None

        self.title = title_label(self.tr("第 2 步：登记移交信息"))
        intro = hint_label(self.tr("这些信息随每个文件存档，并打印在移交回执上。带 * 的项目必须填写。"))

        # --- people and device ----------------------------------------------------------------
        people = QGroupBox(self.tr("人员与设备"))
        people_form = QFormLayout(people)
        self._prepare_form(people_form)

        self.officer_combo = QComboBox()
        make_searchable(self.officer_combo)
        self.officer_combo.lineEdit().setPlaceholderText(self.tr("输入姓名或执法证号查找"))
        self.add_person_button = QPushButton(self.tr("新增人员(&P)…"))
        self.add_person_button.setAccessibleName(self.tr("新增人员"))
        self.add_person_button.clicked.connect(self.open_person_dialog)
        self._row(people_form, self.tr("取证人员 *(&O)："), self.officer_combo, self.tr("取证人员"),
                  self.add_person_button)

        self.handed_combo = QComboBox()
        make_searchable(self.handed_combo)
        self._row(people_form, self.tr("移交人(&H)："), self.handed_combo, self.tr("移交人"))

        self.receiver_label = QLabel(self._receiver_text())
        self.receiver_label.setAccessibleName(self.tr("接收人"))
        self.receiver_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        receiver_caption = QLabel(self.tr("接收人："))
        people_form.addRow(receiver_caption, self.receiver_label)

        self.device_combo = QComboBox()
        make_searchable(self.device_combo)
        self.device_combo.lineEdit().setPlaceholderText(self.tr("输入序列号或资产编号查找"))
        self.add_device_button = QPushButton(self.tr("新增设备(&V)…"))
        self.add_device_button.setAccessibleName(self.tr("新增设备"))
        self.add_device_button.clicked.connect(self.open_device_dialog)
        self._row(people_form, self.tr("来源设备 *(&E)："), self.device_combo, self.tr("来源设备"),
                  self.add_device_button)
        # How far the device clock is from this computer's (ARC-09): stored with every file.
        self.clock_field = ClockOffsetField(archive)
        clock_label = QLabel(self.tr("设备时钟偏差(&G)："))
        clock_label.setBuddy(self.clock_field.spin)
        people_form.addRow(clock_label, self.clock_field)
        self.device_combo.currentTextChanged.connect(
            lambda _t: self.clock_field.set_device(chosen_data(self.device_combo)))
        people_note = hint_label(self.tr(
            "取证人员是拍摄或录制的执法人员；移交人是把设备或存储卡交来的人，通常即取证人员；"
            "接收人是当前登录的保管员。每个文件都记录来源设备的类型和资产编号。"))
        people_form.addRow(people_note)

        # --- case and activity ----------------------------------------------------------------
        filing = QGroupBox(self.tr("案件与执法活动"))
        filing_form = QFormLayout(filing)
        self._prepare_form(filing_form)

        self.case_combo = QComboBox()
        self.case_combo.setEditable(True)
        self.case_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.case_combo.lineEdit().setPlaceholderText(self.tr("例如：秦水罚〔2026〕31号"))
        self.case_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.case_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._row(filing_form, self.tr("案号(&C)："), self.case_combo, self.tr("案号"))
        self.case_hint = self._one_line_hint()
        self.case_hint.setAccessibleName(self.tr("案号说明"))
        filing_form.addRow("", self.case_hint)
        self._case_timer = QTimer(self)
        self._case_timer.setSingleShot(True)
        self._case_timer.setInterval(200)
        self._case_timer.timeout.connect(self._update_case_hint)
        self.case_combo.editTextChanged.connect(lambda _text: self._case_timer.start())

        self.activity_combo = QComboBox()
        self._row(filing_form, self.tr("执法活动(&A)："), self.activity_combo, self.tr("执法活动"))
        self.activity_combo.currentIndexChanged.connect(self._activity_chosen)

        self.ended_check = QCheckBox(self.tr("活动结束时间(&T)："))
        self.ended_check.setAccessibleName(self.tr("填写活动结束时间"))
        self.ended_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.ended_edit.setCalendarPopup(True)
        self.ended_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ended_edit.setAccessibleName(self.tr("活动结束时间"))
        self.ended_edit.setToolTip(self.tr("本机时间"))
        self.ended_check.toggled.connect(self._activity_fields_enabled)
        self.ended_edit.dateTimeChanged.connect(lambda _value: self._update_deadline_hint())
        filing_form.addRow(self.ended_check, self.ended_edit)
        self.deadline_hint = self._one_line_hint()
        self.deadline_hint.setAccessibleName(self.tr("移交期限"))
        filing_form.addRow("", self.deadline_hint)
        # The start is optional; it is printed on the hand-in receipt and checked against the end.
        self.started_check = QCheckBox(self.tr("活动开始时间(&R)："))
        self.started_check.setAccessibleName(self.tr("填写活动开始时间"))
        self.started_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(-3600))
        self.started_edit.setCalendarPopup(True)
        self.started_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.started_edit.setAccessibleName(self.tr("活动开始时间"))
        self.started_edit.setToolTip(self.tr("本机时间；须早于结束时间"))
        self.started_check.toggled.connect(lambda _on: self._activity_fields_enabled(self.ended_check.isChecked()))
        filing_form.addRow(self.started_check, self.started_edit)

        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.kind_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind_combo.lineEdit().setPlaceholderText(self.tr("例如：现场检查"))
        self._row(filing_form, self.tr("活动类别(&K)："), self.kind_combo, self.tr("活动类别"))
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(300)
        self.place_edit.setPlaceholderText(self.tr("例如：戴河下游左岸 K3+200"))
        self._row(filing_form, self.tr("取证地点(&L)："), self.place_edit, self.tr("取证地点"))

        # --- around the form ------------------------------------------------------------------
        self.source_summary = QLabel()
        self.source_summary.setWordWrap(True)
        self.source_summary.setObjectName("sourceSummary")
        self.source_summary.setStyleSheet("#sourceSummary { background: palette(base); border: 1px solid palette(mid);"
                                          " border-radius: 4px; padding: 6px 10px; }")
        self.source_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_summary.setAccessibleName(self.tr("来源概况"))
        self.error = message_label(self.tr("错误信息"))

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(people, 1)
        columns.addWidget(filing, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addWidget(self.source_summary)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addStretch(1)

        for combo in (self.officer_combo, self.handed_combo, self.device_combo, self.case_combo,
                      self.kind_combo, self.activity_combo):
            combo.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.reload()
        self._activity_fields_enabled(False)

    # --- building ---------------------------------------------------------------------------

    @staticmethod
    def _one_line_hint() -> QLabel:
        """A hint under a field: one line that never widens the form (the full text is its tooltip)."""
        label = hint_label()
        label.setWordWrap(False)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    @staticmethod
    def _set_hint(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setToolTip(text)

    @staticmethod
    def _prepare_form(form: QFormLayout) -> None:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(10)

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str, extra: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(name)
        field.setSizePolicy(QSizePolicy.Policy.Expanding, field.sizePolicy().verticalPolicy())
        if isinstance(field, QComboBox):
            # Long entries (a device with its model and asset number) must not widen the form.
            field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            field.setMinimumContentsLength(12)
        if extra is None:
            form.addRow(label, field)
            return
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(field, 1)
        row.addWidget(extra)
        form.addRow(label, row)

    def _receiver_text(self) -> str:
        role = ROLE_NAMES.get(self.user.role)
        role_name = (role[1] if language() == "en" else role[0]) if role else self.user.role
        return self.tr("{0}（{1}）").format(self.user.display_name, role_name)

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the pickers from the archive, keeping what is already chosen."""
        officer, handed, device = (chosen_data(self.officer_combo), chosen_data(self.handed_combo),
                                   chosen_data(self.device_combo))
        case_text, kind_text = self.case_combo.currentText(), self.kind_combo.currentText()
        activity = self.activity_combo.currentData()

        people = [o for o in lookups.officers(self.archive, active_only=True) if o.badge]
        self.officer_combo.blockSignals(True)
        self.officer_combo.clear()
        for o in people:
            self.officer_combo.addItem(self._officer_text(o), o.badge)
        self._select(self.officer_combo, officer, empty_if_none=True)
        self.officer_combo.blockSignals(False)

        self.handed_combo.blockSignals(True)
        self.handed_combo.clear()
        self.handed_combo.addItem(self.tr("与取证人员相同"), "")
        for o in people:
            self.handed_combo.addItem(self._officer_text(o), o.badge)
        self._select(self.handed_combo, handed or "")
        self.handed_combo.blockSignals(False)

        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for d in lookups.devices(self.archive):
            self.device_combo.addItem(self._device_text(d), d.serial)
        self._select(self.device_combo, device, empty_if_none=True)
        self.device_combo.blockSignals(False)

        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for c in lookups.cases(self.archive, limit=200):
            self.case_combo.addItem(c.case_no, c.id)
            if c.title:
                self.case_combo.setItemData(self.case_combo.count() - 1, c.title, Qt.ItemDataRole.ToolTipRole)
        self.case_combo.setEditText(case_text)
        self.case_combo.blockSignals(False)

        recent = lookups.recent_activities(self.archive)
        self.activity_combo.blockSignals(True)
        self.activity_combo.clear()
        self.activity_combo.addItem(self.tr("登记新的执法活动"), _NEW_ACTIVITY)
        for a in recent:
            self.activity_combo.addItem(self._activity_text(a), a.id)
            self.activity_combo.setItemData(self.activity_combo.count() - 1, a, Qt.ItemDataRole.UserRole + 1)
        self._select(self.activity_combo, activity if activity is not None else _NEW_ACTIVITY)
        self.activity_combo.blockSignals(False)

        kinds = sorted({a.kind for a in recent if a.kind})
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItems(kinds)
        self.kind_combo.setEditText(kind_text)
        self.kind_combo.blockSignals(False)
        places = sorted({a.place for a in recent if a.place})
        completer = QCompleter(places, self.place_edit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place_edit.setCompleter(completer)

        self._activity_chosen()
        self._update_case_hint()
        self.clock_field.reload()
        self.clock_field.set_device(chosen_data(self.device_combo))

    def reset(self) -> None:
        """Clear the form for the next hand-in."""
        for combo in (self.officer_combo, self.device_combo):
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        self.handed_combo.setCurrentIndex(0)
        self.case_combo.setEditText("")
        self.activity_combo.setCurrentIndex(0)
        self.ended_check.setChecked(False)
        self.ended_edit.setDateTime(QDateTime.currentDateTime())
        self.started_check.setChecked(False)
        self.started_edit.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
        self.kind_combo.setEditText("")
        self.place_edit.clear()
        self.clock_field.reset()
        show_error(self.error, "")
        self.reload()

    def _officer_text(self, o: lookups.Officer) -> str:
        parts = [o.name, o.badge or ""]
        if o.department:
            parts.append(o.department)
        return "　".join(parts)

    def _device_text(self, d: lookups.DeviceInfo) -> str:
        parts = [device_kind_name(d.kind), d.serial]
        if d.model:
            parts.append(d.model)
        if d.asset_no:
            parts.append(self.tr("资产编号 %1").replace("%1", d.asset_no))
        return " · ".join(parts)

    def _activity_text(self, a: lookups.ActivityInfo) -> str:
        parts = [_local(a.ended_at) or self.tr("结束时间未填"), a.kind or self.tr("未分类"), a.place]
        if a.case_no:
            parts.append(a.case_no)
        return " · ".join(p for p in parts if p)

    @staticmethod
    def _select(combo: QComboBox, data, empty_if_none: bool = False) -> None:
        index = combo.findData(data) if data is not None else -1
        if index >= 0:
            combo.setCurrentIndex(index)
            if combo.lineEdit() is not None:
                combo.lineEdit().setCursorPosition(0)  # show the name, not the end of a long entry
        elif empty_if_none:
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        else:
            combo.setCurrentIndex(0)

    def select_officer(self, badge: str) -> None:
        self._select(self.officer_combo, badge, empty_if_none=True)

    def select_handed_in_by(self, badge: str | None) -> None:
        self._select(self.handed_combo, badge or "")

    def select_device(self, serial: str) -> None:
        self._select(self.device_combo, serial, empty_if_none=True)

    # --- reactions --------------------------------------------------------------------------

    def _update_case_hint(self) -> None:
        case_no = self.case_combo.currentText().strip()
        if not case_no:
            self._set_hint(self.case_hint, self.tr("未填案号：按“未归档”保存，稍后可归入案件。"))
            return
        try:
            found = lookups.case_by_number(self.archive, case_no)
        except ArchiveError as exc:
            self._set_hint(self.case_hint, str(exc))
            return
        if found is None:
            self._set_hint(self.case_hint, self.tr("案号“%1”尚未登记，导入时将新建此案件。").replace("%1", case_no))
        elif found.title:
            self._set_hint(self.case_hint, self.tr("已登记案件：%1").replace("%1", found.title))
        else:
            self._set_hint(self.case_hint, self.tr("已登记案件。"))

    def _activity_chosen(self) -> None:
        existing = self.activity_combo.currentData() not in (None, _NEW_ACTIVITY)
        self.ended_check.setEnabled(not existing)
        self._activity_fields_enabled(self.ended_check.isChecked() and not existing)
        if existing:
            a: lookups.ActivityInfo = self.activity_combo.currentData(Qt.ItemDataRole.UserRole + 1)
            if a.case_no and not self.case_combo.currentText().strip():
                self.case_combo.setEditText(a.case_no)
        self._update_deadline_hint()

    def _activity_fields_enabled(self, on: bool) -> None:
        existing = self.activity_combo.currentData() not in (None, _NEW_ACTIVITY)
        on = on and not existing
        for w in (self.ended_edit, self.kind_combo, self.place_edit, self.started_check):
            w.setEnabled(on)
        self.started_edit.setEnabled(on and self.started_check.isChecked())
        self._update_deadline_hint()

    def activity_ended_at(self) -> datetime | None:
        """The activity's end as an aware local time, or None when not given."""
        if not self.ended_check.isChecked() or not self.ended_check.isEnabled():
            return None
        return self.ended_edit.dateTime().toPython().astimezone()

    def activity_started_at(self) -> datetime | None:
        """The activity's start as an aware local time, or None when not given (or no end is)."""
        if self.activity_ended_at() is None or not self.started_check.isChecked():
            return None
        return self.started_edit.dateTime().toPython().astimezone()

    def _update_deadline_hint(self) -> None:
        self.deadline_hint.setStyleSheet("color: #555555;")
        if self.activity_combo.currentData() not in (None, _NEW_ACTIVITY):
            self._set_hint(self.deadline_hint, self.tr("移交期限按所选的执法活动计算。"))
            return
        ended = self.activity_ended_at()
        if ended is None:
            self._set_hint(self.deadline_hint, self.tr("不填结束时间则不登记活动，移交期限为“未知”。"))
            return
        now = utcnow()
        due = lookups.deadline_preview(ended, now)
        late_by = int((now - due.deadline_at).total_seconds()) if due.deadline_at is not None else None
        self.deadline_hint.setStyleSheet("color: #a61b1b;" if due.status == "late" else "color: #555555;")
        self._set_hint(self.deadline_hint, self.tr("移交期限 %1；现在导入：%2")
                                   .replace("%1", _local(due.deadline_at))
                                   .replace("%2", DisplayFormat().deadline(due.status, late_by)))

    # --- registering people and devices -----------------------------------------------------

    def open_person_dialog(self) -> NewPersonDialog:
        self.person_dialog = NewPersonDialog(self.archive, self.user, self)
        self.person_dialog.accepted.connect(self._person_added)
        self.person_dialog.open()
        return self.person_dialog

    def _person_added(self) -> None:
        badge = self.person_dialog.badge if self.person_dialog else None
        self.reload()
        if badge:
            self.select_officer(badge)
            self.officer_combo.setFocus()

    def open_device_dialog(self) -> NewDeviceDialog:
        self.device_dialog = NewDeviceDialog(self.archive, self.user, self)
        self.device_dialog.accepted.connect(self._device_added)
        self.device_dialog.open()
        return self.device_dialog

    def _device_added(self) -> None:
        serial = self.device_dialog.serial if self.device_dialog else None
        self.reload()
        if serial:
            self.select_device(serial)
            self.device_combo.setFocus()

    # --- the request ------------------------------------------------------------------------

    def validate(self) -> bool:
        """Shows what is missing next to the form; True when the details are complete."""
        problems = []
        if chosen_data(self.officer_combo) is None:
            problems.append(self.tr("请从列表中选择取证人员（不在列表中的人员请先“新增人员”）。"))
        if chosen_data(self.handed_combo) is None:
            problems.append(self.tr("请从列表中选择移交人，或选“与取证人员相同”。"))
        if chosen_data(self.device_combo) is None:
            problems.append(self.tr("请从列表中选择来源设备（未登记的设备请先“新增设备”）。"))
        bad_time = False
        if self.activity_combo.currentData() in (None, _NEW_ACTIVITY):
            try:
                check_activity_times(self.activity_started_at(), self.activity_ended_at(), DEFAULT_TIMEZONE)
            except ArchiveError as exc:
                problems.append(str(exc))
                bad_time = True
        show_error(self.error, "\n".join(problems))
        if problems:
            for combo in (self.officer_combo, self.handed_combo, self.device_combo):
                if chosen_data(combo) is None:
                    combo.setFocus()
                    break
            else:
                if bad_time:
                    self.started_edit.setFocus()
        return not problems

    def request(self, paths: list[Path]) -> ImportRequest:
        activity = self.activity_combo.currentData()
        existing = activity not in (None, _NEW_ACTIVITY)
        ended = None if existing else self.activity_ended_at()
        return ImportRequest(
            paths=list(paths),
            case_no=self.case_combo.currentText().strip() or None,
            officer_badge=chosen_data(self.officer_combo),
            device_serial=chosen_data(self.device_combo),
            handed_in_by_badge=chosen_data(self.handed_combo) or None,
            activity_id=activity if existing else None,
            activity_ended_at=ended,
            activity_started_at=self.activity_started_at() if ended else None,
            activity_kind=self.kind_combo.currentText().strip() if ended else "",
            activity_place=self.place_edit.text().strip() if ended else "",
            clock_offset_s=self.clock_field.offset(),
        )

"""Small shared pieces of the import pages: sizes, durations, tables, labels for core values."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

_CTX = "ImportLabels"


def _t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP(_CTX, ...) where it is listed."""
    return QCoreApplication.translate(_CTX, text)


def human_size(n: int | None) -> str:
    if n is None:
        return ""
    if n < 1024:
        return QCoreApplication.translate("ImportLabels", "%1 字节").replace("%1", str(n))
    value = float(n)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            digits = 0 if value >= 100 else 1 if value >= 10 else 2 if unit != "KB" else 1
            return f"{value:.{digits}f} {unit}"
    return f"{n} B"  # not reached


def human_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate("ImportLabels", "%1 秒").replace("%1", str(seconds))
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return (QCoreApplication.translate("ImportLabels", "%1 分 %2 秒")
                .replace("%1", str(minutes)).replace("%2", str(sec)))
    hours, minutes = divmod(minutes, 60)
    return (QCoreApplication.translate("ImportLabels", "%1 小时 %2 分")
            .replace("%1", str(hours)).replace("%2", str(minutes)))


def device_kind_name(kind: str) -> str:
    names = {
        "camera": QT_TRANSLATE_NOOP("ImportLabels", "照相机"),
        "audio_recorder": QT_TRANSLATE_NOOP("ImportLabels", "录音机/录音笔"),
        "camcorder": QT_TRANSLATE_NOOP("ImportLabels", "摄像机"),
        "body_camera": QT_TRANSLATE_NOOP("ImportLabels", "执法记录仪"),
        "handheld_terminal": QT_TRANSLATE_NOOP("ImportLabels", "手持执法终端"),
        "cctv": QT_TRANSLATE_NOOP("ImportLabels", "视频监控"),
        "storage": QT_TRANSLATE_NOOP("ImportLabels", "音像资料存储设备"),
    }
    return _t(names[kind]) if kind in names else kind


def file_kind_name(kind: str) -> str:
    names = {
        "video": QT_TRANSLATE_NOOP("ImportLabels", "视频"),
        "audio": QT_TRANSLATE_NOOP("ImportLabels", "音频"),
        "photo": QT_TRANSLATE_NOOP("ImportLabels", "照片"),
        "skip": QT_TRANSLATE_NOOP("ImportLabels", "将跳过"),
        "empty": QT_TRANSLATE_NOOP("ImportLabels", "无法识别"),
        "unknown": QT_TRANSLATE_NOOP("ImportLabels", "无法识别"),
        "missing": QT_TRANSLATE_NOOP("ImportLabels", "无法识别"),
        "unreadable": QT_TRANSLATE_NOOP("ImportLabels", "无法识别"),
    }
    return _t(names[kind]) if kind in names else kind


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    label.setStyleSheet("color: #555555;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def message_label(accessible_name: str) -> QLabel:
    """An inline message (error or notice) that stays hidden until it has something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setStyleSheet("QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #f1b0aa;"
                        " border-radius: 3px; padding: 6px 8px; }")
    label.setText(text)
    label.setVisible(bool(text))


def show_warning(label: QLabel, text: str) -> None:
    label.setStyleSheet("QLabel { color: #5c3d00; background: #fff4d6; border: 1px solid #e6c36a;"
                        " border-radius: 3px; padding: 6px 8px; }")
    label.setText(text)
    label.setVisible(bool(text))


def show_notice(label: QLabel, text: str) -> None:
    label.setStyleSheet("QLabel { color: #1f3b5a; background: #eaf2fb; border: 1px solid #b7cde6;"
                        " border-radius: 3px; padding: 6px 8px; }")
    label.setText(text)
    label.setVisible(bool(text))


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def make_table(headers: list[str], accessible_name: str, parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.setStyleSheet("QTableView::item { padding: 0px 8px; }")
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def cell(text: str, tooltip: str | None = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip if tooltip is not None else text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def make_searchable(combo: QComboBox) -> None:
    """An editable combo that finds items by any part of their text (name, badge, serial ...)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def chosen_data(combo: QComboBox):
    """The data of the item whose text is in the combo, or None when the text matches no item."""
    index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None

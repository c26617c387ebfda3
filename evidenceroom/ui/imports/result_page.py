"""Step 5 of an import: what became of every file, read back from the archive's own record."""
from __future__ import annotations

from pathlib import Path, PurePath

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import lookups
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.hand_in import record_receipt_printed
from evidenceroom.core.storage_clearing import (
    ClearingStatus,
    clearing_status,
    record_storage_cleared,
    verify_batch,
)
from evidenceroom.ui import documents, workers
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import (
    cell,
    file_kind_name,
    human_size,
    make_table,
    message_label,
    show_error,
    show_notice,
    show_warning,
    title_label,
)
from evidenceroom.ui.reports import ReportJob

_LATE = QColor("#a61b1b")
_OK = QColor("#1d6b35")
_DIM = QColor("#6b6b6b")


def _local(value) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


class ResultPage(QWidget):
    againRequested = Signal()

    def __init__(self, archive=None, user=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.summary: lookups.BatchSummary | None = None
        self.clearing: ClearingStatus | None = None
        self.confirm_box: QMessageBox | None = None
        self._verify_job: workers.Job | None = None

        self.title = title_label(self.tr("第 5 步：导入结果"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("结果摘要"))
        font = QFont(self.summary_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary_label.setFont(font)
        # The hand-in record (ARC-06), as stored with the batch.
        self.attention_label = message_label(self.tr("需要注意的事项"))
        self.record_box = QFrame()
        self.record_box.setObjectName("recordBox")
        self.record_box.setStyleSheet("#recordBox { background: palette(base); border: 1px solid palette(mid);"
                                      " border-radius: 4px; }")
        grid = QGridLayout(self.record_box)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.record: dict[str, QLabel] = {}
        fields = [("batch", self.tr("导入批次：")), ("case", self.tr("案号：")), ("officer", self.tr("取证人员：")),
                  ("handed", self.tr("移交人：")), ("receiver", self.tr("接收人：")), ("device", self.tr("来源设备：")),
                  ("time", self.tr("接收时间：")), ("status", self.tr("批次状态："))]
        for n, (key, caption) in enumerate(fields):
            row, col = divmod(n, 4)
            caption_label = QLabel(caption)
            caption_label.setStyleSheet("color: #555555;")
            value = QLabel()
            value.setAccessibleName(caption.rstrip("：:"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption_label.setBuddy(value)
            grid.addWidget(caption_label, row, col * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, col * 2 + 1)
            self.record[key] = value
        for col in range(4):
            grid.setColumnStretch(col * 2 + 1, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("结果分类"))
        self.imported_table = make_table(
            [self.tr("编号"), self.tr("文件名"), self.tr("类型"), self.tr("大小"), self.tr("移交期限"),
             self.tr("完整性"), self.tr("来源位置")], self.tr("已存入的文件"))
        self.duplicates_table = make_table(
            [self.tr("文件名"), self.tr("已存档编号"), self.tr("说明"), self.tr("来源位置")], self.tr("重复的文件"))
        self.rejected_table = make_table(
            [self.tr("文件名"), self.tr("拒收原因"), self.tr("来源位置")], self.tr("拒收的文件"))
        self.skipped_table = make_table(
            [self.tr("文件名"), self.tr("跳过原因"), self.tr("来源位置")], self.tr("跳过的文件"))
        for table in (self.imported_table, self.duplicates_table, self.rejected_table, self.skipped_table):
            self.tabs.addTab(table, "")

        # 003§19: once the batch is verified, the custodian clears the device and records it here.
        self.clear_status = QLabel()
        self.clear_status.setWordWrap(True)
        self.clear_status.setAccessibleName(self.tr("设备存储"))
        self.clear_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QPushButton(self.tr("已清除设备存储(&C)…"))
        self.clear_button.setAccessibleName(self.tr("已清除设备存储"))
        self.clear_button.setAccessibleDescription(self.tr("登记设备存储卡已在核验通过后清除"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.ask_clearing)
        self.clear_message = message_label(self.tr("清除设备存储的提示"))
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear_status, 1)
        clear_row.addWidget(self.clear_button)
        self.clear_box = QWidget()
        clear_layout = QVBoxLayout(self.clear_box)
        clear_layout.setContentsMargins(0, 0, 0, 0)
        clear_layout.addLayout(clear_row)
        clear_layout.addWidget(self.clear_message)
        self.clear_box.setVisible(archive is not None)

        self.again_button = QPushButton(self.tr("再导入一批(&N)"))
        self.again_button.setAccessibleName(self.tr("再导入一批"))
        self.again_button.clicked.connect(self.againRequested.emit)
        # The paper the officer takes away and both sign (ARC-06).
        self.receipt_button = QPushButton(self.tr("打印移交回执(&P)…"))
        self.receipt_button.setAccessibleName(self.tr("打印移交回执"))
        self.receipt_button.setAccessibleDescription(self.tr("保存本批次的移交回执 PDF 并打开以便打印"))
        self.receipt_button.setVisible(archive is not None)
        self.receipt_button.clicked.connect(lambda: self.print_receipt())
        self.receipt_message = message_label(self.tr("移交回执的提示"))
        self.receipt_report: ReportJob | None = None

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.attention_label)
        layout.addWidget(self.record_box)
        layout.addWidget(self.clear_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.receipt_message)
        layout.addLayout(buttons)

    def show_batch(self, summary: lookups.BatchSummary) -> None:
        self.summary = summary
        imported, dups, rejected, skipped = summary.imported, summary.duplicates, summary.rejected, summary.skipped
        counts = (self.tr("存入 %1 个，重复 %2 个，拒收 %3 个，跳过 %4 个")
                  .replace("%1", str(len(imported))).replace("%2", str(len(dups)))
                  .replace("%3", str(len(rejected))).replace("%4", str(len(skipped))))
        if summary.status == "cancelled":
            text = self.tr("导入已取消：%1。").replace("%1", counts)
        else:
            text = self.tr("导入完成：%1。").replace("%1", counts)
        self.summary_label.setText(text)
        attention = []
        if summary.status == "cancelled":
            attention.append(self.tr("未处理的文件没有入库，重新导入同一来源即可补齐，已存入的不会重复保存"))
        if rejected:
            attention.append(self.tr("%1 个文件被拒收，请查看“拒收”中的原因").replace("%1", str(len(rejected))))
        if summary.late:
            attention.append(self.tr("%1 个文件逾期移交").replace("%1", str(summary.late)))
        if summary.damaged:
            attention.append(self.tr("%1 个文件有损坏标记（已按原样保存）").replace("%1", str(summary.damaged)))
        show_warning(self.attention_label, self.tr("请注意：") + self.tr("；").join(attention) + self.tr("。")
                    if attention else "")

        statuses = {"finished": self.tr("已完成"), "cancelled": self.tr("已取消"), "running": self.tr("进行中"),
                    "interrupted": self.tr("被中断")}
        values = {"batch": str(summary.batch_id), "case": summary.case_no or self.tr("未归档"),
                  "officer": summary.officer or "–", "handed": summary.handed_in_by or "–",
                  "receiver": summary.received_by, "device": summary.device or "–",
                  "time": _local(summary.started_at), "status": statuses.get(summary.status, summary.status)}
        for key, value in values.items():
            self.record[key].setText(value)

        self._fill_imported(imported)
        self._fill(self.duplicates_table, [
            [cell(PurePath(i.path).name, i.path), cell(str(i.recording_id or ""), align_right=True),
             cell(i.reason or ""), cell(i.path)] for i in dups])
        self._fill(self.rejected_table, [
            [cell(PurePath(i.path).name, i.path), self._bad(cell(i.reason or "")), cell(i.path)] for i in rejected])
        self._fill(self.skipped_table, [
            [cell(PurePath(i.path).name, i.path), cell(i.reason or ""), cell(i.path)] for i in skipped])
        for index, (name, items) in enumerate(((self.tr("已存入"), imported), (self.tr("重复"), dups),
                                               (self.tr("拒收"), rejected), (self.tr("跳过"), skipped))):
            self.tabs.setTabText(index, f"{name} ({len(items)})")
        self.tabs.setCurrentWidget(self.rejected_table if rejected and not imported else self.imported_table)
        show_notice(self.receipt_message, "")
        self._start_clearing(summary)

    # --- the hand-in receipt (ARC-06) ---------------------------------------------------------

    def print_receipt(self, target: Path | None = None, open_after: bool = True) -> ReportJob | None:
        """Ask where to save the batch's hand-in receipt (unless `target` is given), then write it on
        a worker, audit the print and open it for printing. None if there is nothing to print."""
        if self.archive is None or self.summary is None:
            return None
        batch_id = self.summary.batch_id
        target = target or documents.ask_target(self, self.tr("保存移交回执"), f"移交回执-批次{batch_id}.pdf")
        if target is None:
            return None
        archive, user = self.archive, self.user

        def produce() -> Path:
            from evidenceroom.printing.hand_in_receipt import hand_in_receipt_pdf

            hand_in_receipt_pdf(archive, batch_id, target)
            record_receipt_printed(archive, user, batch_id, file=target.name)
            return target

        report = ReportJob(self, self.receipt_message)
        show_notice(self.receipt_message, self.tr("正在生成移交回执…"))
        report.job = documents.write_in_background(self, produce, report.succeeded, report.failed,
                                                   self.receipt_button, open_after)
        report.job.finished.connect(report.done)
        self.receipt_report = report
        return report

    @staticmethod
    def _bad(item):
        item.setForeground(QBrush(_LATE))
        return item

    def _fill_imported(self, items: list[lookups.BatchItem]) -> None:
        rows = []
        for i in items:
            due = cell(DisplayFormat().deadline(i.deadline_status or "", i.late_by_seconds))
            due.setForeground(QBrush(_LATE if i.deadline_status == "late" else
                                     _OK if i.deadline_status == "on_time" else _DIM))
            if i.damaged:
                damage = cell(self.tr("⚠ 有损坏"), i.damage)
                damage.setForeground(QBrush(_LATE))
            else:
                damage = cell(self.tr("正常"))
            rows.append([cell(str(i.recording_id), align_right=True), cell(PurePath(i.path).name, i.path),
                         cell(file_kind_name(i.media_kind or "")), cell(human_size(i.size), align_right=True),
                         due, damage, cell(i.path)])
        self._fill(self.imported_table, rows)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, item in enumerate(row):
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    # --- clearing the device's storage (ARC-10) ----------------------------------------------

    def _start_clearing(self, summary: lookups.BatchSummary) -> None:
        """Show whether the device may be cleared; a finished batch is first re-read and checked."""
        if self._verify_job is not None:
            self._verify_job.abandon()
            self._verify_job = None
        show_error(self.clear_message, "")
        if self.archive is None:
            return
        status = self.refresh_clearing()
        if (status is not None and summary.status == "finished" and status.device_serial and status.recordings
                and status.verified_at is None and status.cleared is None):
            self.clear_button.setEnabled(False)
            self.clear_button.setToolTip(self.tr("核验完成前不能登记清除设备存储"))
            self.clear_status.setText(self.tr("正在核验已存入的文件（重新读取并核对 SHA-256）…"))
            job = workers.Job(verify_batch, self.archive, self.user, summary.batch_id, owner=self)
            job.progress.connect(self._verify_progress)
            job.succeeded.connect(lambda _result: self.refresh_clearing())
            job.failed.connect(self._verify_failed)
            job.finished.connect(lambda: setattr(self, "_verify_job", None))
            self._verify_job = job

    def verifying(self) -> bool:
        return self._verify_job is not None

    def _verify_progress(self, value) -> None:
        done, total = value
        self.clear_status.setText(self.tr("正在核验已存入的文件（%1/%2）…").replace("%1", str(done))
                                  .replace("%2", str(total)))

    def _verify_failed(self, exc: Exception) -> None:
        self.refresh_clearing()
        show_error(self.clear_message, self.tr("核验未完成：") + str(exc))

    def refresh_clearing(self) -> ClearingStatus | None:
        """Read the batch's clearing state from the archive and set the button and its line."""
        if self.archive is None or self.summary is None:
            return None
        try:
            status = clearing_status(self.archive, self.summary.batch_id)
        except ArchiveError as exc:
            self.clear_button.setEnabled(False)
            show_error(self.clear_message, str(exc))
            return None
        self.clearing = status
        if status.cleared is not None:
            c = status.cleared
            self.clear_status.setText(self.tr("✔ 设备存储已于 %1 由 %2 清除，已记入设备台账。")
                                      .replace("%1", _local(c.cleared_at)).replace("%2", c.actor_name))
            self.clear_button.setEnabled(False)
            self.clear_button.setToolTip(self.clear_status.text())
        elif status.allowed:
            self.clear_status.setText(self.tr("核验通过：%1 个文件与导入时的 SHA-256 一致。清除设备 %2 的存储后请登记。")
                                      .replace("%1", str(status.recordings)).replace("%2", status.device_serial or ""))
            self.clear_button.setEnabled(True)
            self.clear_button.setToolTip(self.tr("登记设备存储已清除（经办人、时间记入设备台账）"))
        else:
            self.clear_status.setText(self.tr("设备存储暂不能清除：") + str(status.refusal))
            self.clear_button.setEnabled(False)
            self.clear_button.setToolTip(str(status.refusal))
        return status

    def ask_clearing(self) -> None:
        """Ask the custodian to confirm what was cleared; the answer arrives in `_confirmed`."""
        status = self.refresh_clearing()
        if status is None or not status.allowed:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("登记已清除设备存储"), self.tr(
            "确认已清除设备 %1 的存储？\n\n取证人员：%2\n已存档并核验的文件：%3 个\n\n"
            "登记后记入设备台账（经办人、时间），不能撤销。")
            .replace("%1", status.device_serial or "").replace("%2", status.officer or "–")
            .replace("%3", str(status.recordings)), QMessageBox.StandardButton.NoButton, self)
        box.yes_button = box.addButton(self.tr("已清除，登记(&Y)"), QMessageBox.ButtonRole.AcceptRole)
        box.yes_button.setAccessibleName(self.tr("已清除，登记"))
        no = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        no.setAccessibleName(self.tr("取消"))
        box.setDefaultButton(no)
        box.finished.connect(lambda _r, b=box: self._confirmed(b))
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox) -> None:
        self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is not box.yes_button or self.summary is None:
            return
        try:
            record_storage_cleared(self.archive, self.user, self.summary.batch_id)
        except ArchiveError as exc:
            show_error(self.clear_message, str(exc))
            self.refresh_clearing()
            return
        self.refresh_clearing()
        self.again_button.setFocus()

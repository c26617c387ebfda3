"""Every document the window writes to a file: the year-end reports (chain of custody RPT-09,
device status RPT-04, retention RPT-08) and the pages' own papers (ledger, equipment report,
hand-in report, spot-check sheet, yearly review, policy sheet, Excel exports) through
`print_document`. Each asks where to save, then writes the PDF on a worker thread (reading a
year's audit log takes a few seconds; the window stays usable), audits the print
(`document.printed`) and opens the file for printing. The outcome is shown in the page's message
label; the button that started it is disabled meanwhile.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from evidenceroom.ui import documents
from evidenceroom.ui.imports.common import show_error, show_notice
from evidenceroom.ui.workers import Job


def _tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


class ReportJob(QObject):
    """One report being written. A child of the page: if the page goes, so do its slots."""

    def __init__(self, parent: QWidget, message: QLabel, busy: QWidget | None = None):
        super().__init__(parent)
        self.message, self.busy = message, busy
        self.saved: Path | None = None
        self.finished = False
        self.job: Job | None = None

    @Slot(object)
    def succeeded(self, path) -> None:
        self.saved = path
        show_notice(self.message, _tr("已保存：{0}").format(path))

    @Slot(object)
    def failed(self, exc) -> None:
        show_error(self.message, str(exc))

    @Slot()
    def done(self) -> None:
        self.finished = True
        if self.busy is not None:
            self.busy.hide()


def print_document(parent: QWidget, archive, user, message: QLabel, button: QAbstractButton | None, title: str,
                   name: str, write: Callable[[Path], object], document: str, target_kind: str | None = None,
                   target_id: int | None = None, target: Path | None = None, open_after: bool = True,
                   pattern: str = documents.PDF_PATTERN, busy: QWidget | None = None) -> ReportJob | None:
    """Ask where (unless `target` is given), then on a worker: `write(path)`, audit the print as
    `document` (a key of `print_settings.DOCUMENT_KINDS`), and open the file. `busy` (a progress
    bar) is shown meanwhile. None if cancelled."""
    target = target or documents.ask_target(parent, title, name, pattern)
    if target is None:
        return None

    def produce() -> Path:
        from evidenceroom.core.print_settings import record_printed

        write(target)
        record_printed(archive, user, document, target_kind, target_id, file=target.name)
        return target

    report = ReportJob(parent, message, busy)
    if busy is not None:
        busy.show()
    show_notice(message, _tr("正在生成报告…"))
    # If the page goes meanwhile, the file is still written and audited; nobody is told.
    report.job = documents.write_in_background(parent, produce, report.succeeded, report.failed, button, open_after)
    report.job.finished.connect(report.done)
    return report


def print_chain_report(parent: QWidget, archive, user, recording_id: int, message: QLabel,
                       button: QAbstractButton | None = None, target: Path | None = None,
                       open_after: bool = True) -> ReportJob | None:
    from evidenceroom.printing.chain_report import chain_report_pdf

    return print_document(parent, archive, user, message, button, _tr("保存监管链报告"),
                          f"监管链报告-资料{recording_id}.pdf",
                          lambda path: chain_report_pdf(archive, path, recording_id=recording_id), "chain_of_custody",
                          "recording", recording_id, target, open_after)


def print_retention_report(parent: QWidget, archive, user, days: int, message: QLabel,
                           button: QAbstractButton | None = None, target: Path | None = None,
                           open_after: bool = True) -> ReportJob | None:
    from evidenceroom.printing.retention_report import retention_report_pdf

    return print_document(parent, archive, user, message, button, _tr("保存保存期限报告"), f"保存期限报告-{days}天.pdf",
                          lambda path: retention_report_pdf(archive, path, days=days), "retention_report", None,
                          None, target, open_after)


def print_device_status(parent: QWidget, archive, user, message: QLabel, button: QAbstractButton | None = None,
                        target: Path | None = None, open_after: bool = True) -> ReportJob | None:
    from evidenceroom.printing.device_status_report import device_status_pdf

    return print_document(parent, archive, user, message, button, _tr("保存设备状况报告"), "设备状况报告.pdf",
                          lambda path: device_status_pdf(archive, path), "device_status", None, None, target,
                          open_after)

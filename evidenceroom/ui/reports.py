"""The year-end reports printed from the window: chain of custody (RPT-09), device status (RPT-04),
retention (RPT-08). Each asks where to save, writes the PDF whole, opens it for printing and
audits the print (`document.printed`). The outcome is shown in the calling page's message label.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from evidenceroom.core.errors import ArchiveError
from evidenceroom.ui import documents
from evidenceroom.ui.imports.common import show_error, show_notice


def _tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


def _save(parent: QWidget, archive, user, message: QLabel, title: str, name: str, write: Callable[[Path], object],
          document: str, target_kind: str | None, target_id: int | None, target: Path | None,
          open_after: bool) -> Path | None:
    from evidenceroom.core.print_settings import record_printed

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        saved = documents.save_document(parent, title, name, write, target, open_after)
        if saved is not None:
            record_printed(archive, user, document, target_kind, target_id, file=saved.name)
    except (ArchiveError, OSError) as exc:
        show_error(message, str(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if saved is not None:
        show_notice(message, _tr("已保存：{0}").format(saved))
    return saved


def print_chain_report(parent: QWidget, archive, user, recording_id: int, message: QLabel,
                       target: Path | None = None, open_after: bool = True) -> Path | None:
    from evidenceroom.printing.chain_report import chain_report_pdf

    return _save(parent, archive, user, message, _tr("保存监管链报告"), f"监管链报告-资料{recording_id}.pdf",
                 lambda path: chain_report_pdf(archive, path, recording_id=recording_id), "chain_of_custody",
                 "recording", recording_id, target, open_after)


def print_retention_report(parent: QWidget, archive, user, days: int, message: QLabel,
                           target: Path | None = None, open_after: bool = True) -> Path | None:
    from evidenceroom.printing.retention_report import retention_report_pdf

    return _save(parent, archive, user, message, _tr("保存保存期限报告"), f"保存期限报告-{days}天.pdf",
                 lambda path: retention_report_pdf(archive, path, days=days), "retention_report", None, None,
                 target, open_after)


def print_device_status(parent: QWidget, archive, user, message: QLabel, target: Path | None = None,
                        open_after: bool = True) -> Path | None:
    from evidenceroom.printing.device_status_report import device_status_pdf

    return _save(parent, archive, user, message, _tr("保存设备状况报告"), "设备状况报告.pdf",
                 lambda path: device_status_pdf(archive, path), "device_status", None, None, target, open_after)

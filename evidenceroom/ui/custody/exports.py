"""Files the device page writes or reads: the register and the ledger as Excel, the ledger and
the equipment report as PDF. Each is the core's or the printing layer's; the PDFs are looked up
when asked for, so a build without them says so in words the clerk can read."""
from __future__ import annotations

import importlib
from pathlib import Path

from evidenceroom.core import custody  # noqa: F401  (loads the custody API in its order)
from evidenceroom.core import device_xlsx
from evidenceroom.core.errors import ArchiveError


def _function(module: str, name: str):
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        raise ArchiveError("此版本尚不能生成该文件。", "This version cannot produce that file yet.") from None


def import_register_xlsx(archive, user, path: Path) -> device_xlsx.DeviceImport:
    return device_xlsx.import_devices_xlsx(archive, user, path)


def export_register_xlsx(archive, user, path: Path) -> None:
    device_xlsx.export_devices_xlsx(archive, path)


def write_ledger(archive, user, filt, path: Path, kind: str) -> None:
    if kind == "pdf":
        _function("evidenceroom.printing.ledger", "write_ledger_pdf")(archive, filt, path)
    else:
        device_xlsx.export_ledger_xlsx(archive, filt, path)


def write_equipment_report(archive, user, path: Path) -> None:
    _function("evidenceroom.printing.equipment_report", "write_equipment_report")(archive, path)

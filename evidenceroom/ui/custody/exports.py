"""Files the device page writes or reads: the register and the ledger as Excel (core), the
ledger and the equipment report as PDF (printing, loaded when first asked for: reportlab and the
CJK font need not slow the page down)."""
from __future__ import annotations

from pathlib import Path

from evidenceroom.core import device_xlsx


def import_register_xlsx(archive, user, path: Path) -> device_xlsx.DeviceImport:
    return device_xlsx.import_devices_xlsx(archive, user, path)


def export_register_xlsx(archive, user, path: Path) -> None:
    device_xlsx.export_devices_xlsx(archive, path)


def write_ledger(archive, user, filt, path: Path, kind: str) -> None:
    if kind == "pdf":
        from evidenceroom.printing.ledger import ledger_pdf

        ledger_pdf(archive, filt, path)
    else:
        device_xlsx.export_ledger_xlsx(archive, filt, path)


def write_equipment_report(archive, user, path: Path) -> None:
    from evidenceroom.printing.equipment_report import equipment_report_pdf

    equipment_report_pdf(archive, path)

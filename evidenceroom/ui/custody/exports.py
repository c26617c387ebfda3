"""Files the device page writes or reads: the register and the ledger as Excel, the ledger and
the equipment report as PDF. Each is the core's or the printing layer's; this module only picks
the function and turns a missing one into a message the clerk can read."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from evidenceroom.core.errors import ArchiveError


@dataclass(frozen=True)
class ImportOutcome:
    count: int
    problems: list[str]  # "第 3 行：……" — empty when every row was imported


def _function(module: str, name: str):
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        raise ArchiveError("此版本尚不支持该文件格式。", "This version cannot write or read that file yet.") from None


def import_register_xlsx(archive, user, path: Path) -> ImportOutcome:
    result = _function("evidenceroom.core.device_xlsx", "import_xlsx")(archive, user, path)
    problems = [str(p) for p in getattr(result, "problems", ())]
    count = getattr(result, "imported", None)
    count = len(count) if isinstance(count, (list, tuple)) else int(count or 0)
    return ImportOutcome(count, problems)


def export_register_xlsx(archive, user, path: Path) -> None:
    _function("evidenceroom.core.device_xlsx", "export_xlsx")(archive, user, path)


def write_ledger(archive, user, filt, path: Path, kind: str) -> None:
    if kind == "pdf":
        _function("evidenceroom.printing.ledger", "write_ledger_pdf")(archive, user, filt, path)
    else:
        _function("evidenceroom.core.device_xlsx", "export_ledger_xlsx")(archive, user, filt, path)


def write_equipment_report(archive, user, path: Path) -> None:
    _function("evidenceroom.printing.equipment_report", "write_equipment_report")(archive, user, path)

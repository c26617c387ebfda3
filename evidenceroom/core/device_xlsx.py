"""The device register and the custody ledger as Excel workbooks (.xlsx).

Offices keep their device ledgers in Excel; the register's export imports back unchanged. An
import is all or nothing: a missing column, a bad date, kind, feature or price, an unknown
custodian or a serial already registered (or twice in the file) imports nothing and lists every
bad row by its row number and reason. The `状态` column is exported for reading only: states
come from custody events, so imported devices start in store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from evidenceroom.core import registry
from evidenceroom.core.access import actor_of
from evidenceroom.core.archive import Archive
from evidenceroom.core.custody import STATE_NAMES
from evidenceroom.core.device_ledger import LEDGER_COLUMNS, LEDGER_TITLE, LedgerFilter, ledger_sheet
from evidenceroom.core.device_register import (FEATURE_NAMES, KIND_NAMES, DeviceInput, _keeper, create_device,
                                               list_devices)
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Device, Person

REGISTER_SHEET = "设备台账"
COLUMNS = ("序列号", "设备类型", "品牌", "型号", "资产编号", "部门", "保管人", "保管人执法证号", "购置日期", "启用日期",
           "购置价格（元）", "功能", "替代设备序列号", "备注", "状态")
REQUIRED = ("序列号", "设备类型")
HEADER_SEARCH = 5  # rows looked at for the header
_WIDTHS = (16, 14, 12, 16, 14, 18, 10, 14, 12, 12, 14, 40, 16, 30, 10)
_KIND_BY_NAME = {zh: code for code, (zh, _en) in KIND_NAMES.items()}
_FEATURE_BY_NAME = {zh: code for code, (zh, _en) in FEATURE_NAMES.items()}


@dataclass(frozen=True)
class RowProblem:
    row: int  # the worksheet's row number, as Excel shows it
    zh: str
    en: str


@dataclass(frozen=True)
class DeviceImport:
    added: tuple[int, ...]  # device ids; empty when any row was bad
    problems: tuple[RowProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class _Rejected(Exception):
    """Rolls the import's transaction back."""


def _bold_header(ws, widths) -> None:
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"


def export_devices_xlsx(archive: Archive, out_path: Path | str) -> Path:
    """The whole register, one device a row, dates as real dates."""
    out = Path(out_path)
    wb = Workbook()
    ws = wb.active
    ws.title = REGISTER_SHEET
    ws.append(list(COLUMNS))
    with archive.session() as s:
        badges = {p.id: p.badge_no for p in s.scalars(select(Person))}
    for d in list_devices(archive):
        features = "、".join(FEATURE_NAMES[f][0] for f in d.features if f in FEATURE_NAMES)
        ws.append([d.serial, d.kind_zh, d.make, d.model, d.asset_no or "", d.department_name or "",
                   d.custodian_name or "", badges.get(d.custodian_id) or "" if d.custodian_id else "",
                   d.purchased_on, d.in_service_on, float(d.purchase_price) if d.purchase_price is not None else None,
                   features, d.replaces_serial or "", d.notes, STATE_NAMES[d.state][0]])
        row = ws.max_row
        for col in (9, 10):
            ws.cell(row=row, column=col).number_format = "yyyy-mm-dd"
        ws.cell(row=row, column=11).number_format = "0.00"
    _bold_header(ws, _WIDTHS)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a serial or badge typed as a number
    return str(value).strip()


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def _date(value, zh: str, en: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = _DATE.match(str(value).strip())
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise ArchiveError(f"{zh}“{value}”不是日期（应为 2024-01-15）。", f"The {en} '{value}' is not a date (use 2024-01-15).")


def _features(value) -> frozenset[str]:
    out = set()
    for part in re.split(r"[、，,;；/\s]+", _text(value)):
        if not part:
            continue
        code = _FEATURE_BY_NAME.get(part, part if part in FEATURE_NAMES else None)
        if code is None:
            raise ArchiveError(f"未知的设备功能“{part}”。", f"Unknown device feature '{part}'.")
        out.add(code)
    return frozenset(out)


def _custodian(s, name: str, badge: str) -> int | None:
    if badge:
        person = s.scalar(select(Person).where(Person.badge_no == badge))
        if person is None:
            raise ArchiveError(f"没有执法证号为 {badge} 的保管人。", f"No custodian with badge number {badge}.")
        return person.id
    if not name:
        return None
    found = s.scalars(select(Person).where(Person.name == name, Person.active.is_(True))).all()
    if len(found) != 1:
        raise ArchiveError(f"保管人“{name}”{'不在在职人员名单中' if not found else '有重名，请填写执法证号'}。",
                           f"Custodian '{name}' is {'not on the active staff list' if not found else 'ambiguous; add the badge number'}.")
    return found[0].id


def _replaced(s, serial: str, device: Device) -> int:
    found = s.scalar(select(Device.id).where(Device.serial == serial))
    if found is None or found == device.id:
        raise ArchiveError(f"被更新的设备 {serial} 不在台账中。", f"The replaced device {serial} is not in the register.")
    return found


def import_devices_xlsx(archive: Archive, who, path: Path | str) -> DeviceImport:
    """Add every device of the workbook's first sheet, or none; see the module's note."""
    _keeper(who)  # the same rule as adding one device by hand
    try:
        wb = load_workbook(Path(path), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ArchiveError(f"无法读取 Excel 文件：{exc}", f"Cannot read the Excel file: {exc}") from None
    try:
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    # Offices' own sheets often put a title above the header: take the first row naming a column.
    at = next((n for n, r in enumerate(rows[:HEADER_SEARCH]) if any(_text(c) in COLUMNS for c in r)), 0)
    header = [_text(c) for c in (rows[at] if rows else ())]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        m = "、".join(missing)
        return DeviceImport((), (RowProblem(at + 1, f"缺少列：{m}", f"Missing columns: {m}"),))
    col = {name: header.index(name) for name in COLUMNS if name in header}
    actor = actor_of(who)
    added: list[int] = []
    problems: list[RowProblem] = []
    replacing: list[tuple[int, Device, str]] = []
    try:
        with archive.transaction() as s:
            for number, row in enumerate(rows[at + 1:], start=at + 2):
                cell = lambda name: row[col[name]] if name in col and col[name] < len(row) else None  # noqa: E731
                if all(_text(v) == "" for v in row):
                    continue
                try:
                    kind = _text(cell("设备类型"))
                    dept = _text(cell("部门"))
                    data = DeviceInput(
                        serial=_text(cell("序列号")), kind=_KIND_BY_NAME.get(kind, kind), make=_text(cell("品牌")),
                        model=_text(cell("型号")), asset_no=_text(cell("资产编号")) or None,
                        department_id=registry.department(s, actor, dept).id if dept else None,
                        custodian_id=_custodian(s, _text(cell("保管人")), _text(cell("保管人执法证号"))),
                        purchased_on=_date(cell("购置日期"), "购置日期", "purchase date"),
                        in_service_on=_date(cell("启用日期"), "启用日期", "commissioning date"),
                        purchase_price=_text(cell("购置价格（元）")) or None, features=_features(cell("功能")),
                        notes=_text(cell("备注")))
                    device = create_device(s, actor, data)
                    added.append(device.id)
                    if _text(cell("替代设备序列号")):
                        replacing.append((number, device, _text(cell("替代设备序列号"))))
                except ArchiveError as exc:
                    problems.append(RowProblem(number, exc.text.zh, exc.text.en))
            # Replacements last: the replaced device may be further down the sheet.
            for number, device, serial in replacing:
                try:
                    device.replaces_id = _replaced(s, serial, device)
                except ArchiveError as exc:
                    problems.append(RowProblem(number, exc.text.zh, exc.text.en))
            problems.sort(key=lambda p: p.row)
            if problems:
                raise _Rejected
    except _Rejected:
        return DeviceImport((), tuple(problems))
    return DeviceImport(tuple(added), ())


def export_ledger_xlsx(archive: Archive, filt: LedgerFilter, out_path: Path | str) -> Path:
    """The custody ledger (台账) for the filter, one event a row, times as real datetimes."""
    sheet = ledger_sheet(archive, filt)
    out = Path(out_path)
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(list(LEDGER_COLUMNS))
    wrap = Alignment(vertical="top", wrap_text=True)
    for line in sheet.lines:
        ws.append([line.number, line.at_local, line.device, line.kind_zh, line.officer, line.actor, line.approver,
                   line.content, line.states])
        for c in range(1, len(LEDGER_COLUMNS) + 1):
            ws.cell(row=ws.max_row, column=c).alignment = wrap
        ws.cell(row=ws.max_row, column=2).number_format = "yyyy-mm-dd hh:mm"
    _bold_header(ws, (6, 17, 22, 10, 18, 16, 16, 60, 16))
    ws.oddHeader.center.text = f"{LEDGER_TITLE} {sheet.unit_name}"
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out

"""The viewing and copying register (查阅/复制登记簿, 003§22, ACC-04, RPT-01) as plain data and as a spreadsheet.

`viewing_register` gathers what a printed or exported register shows: every viewing and every copy
the filter selects (all of them, in the order they happened, whatever the filter's page size), with
its kind, each recording by its number, file name and case number, the recordings actually played,
each approver with their step, times in the unit's time zone, and the audit chain's head at the
moment of reading, so a copy on paper can be checked against the archive later.
The PDF is drawn in `evidenceroom.printing.registers`; the spreadsheet is written here.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import head_text, read_head
from evidenceroom.core.models import Case, Recording
from evidenceroom.core.register import RegisterFilter, RegisterRow, copy_rows, register_rows
from evidenceroom.core.timeutil import local_wall, utcnow

VIEWING_REGISTER_TITLE = "音像资料查阅/复制登记簿"
VIEWING_REGISTER_SHEET = "查阅复制登记簿"
VIEWING_REGISTER_COLUMNS = ("序号", "类别", "查阅人（单位）", "查阅事由", "查阅内容（资料编号/文件名/案号）", "实际播放",
                            "审批环节及审批人", "开始时间", "结束时间", "保管人")
COPY_SOURCES = {"disc_set": "光盘组", "usb_copy": "复制到"}
_PAGE = 500


@dataclass(frozen=True)
class RegisterItem:
    recording_id: int
    file_name: str
    case_no: str

    @property
    def text(self) -> str:
        case = f"（{self.case_no}）" if self.case_no else ""
        return f"#{self.recording_id} {self.file_name}{case}"


@dataclass(frozen=True)
class RegisterLine:
    number: int  # 序号, from 1 in the order the entries were written
    entry: RegisterRow
    viewer: str  # name, with the organisation in brackets when there is one
    items: tuple[RegisterItem, ...]
    started_local: datetime  # naive, the unit's local time
    ended_local: datetime | None
    played: tuple[RegisterItem, ...] = ()  # the recordings actually played, in the order first played

    @property
    def content_text(self) -> str:
        """The items, one a line; a copy's first line names the disc set or the folder written."""
        lines = [i.text for i in self.items]
        if self.entry.is_copy and self.entry.copy_ref:
            lines.insert(0, f"{COPY_SOURCES.get(self.entry.source, '')}：{self.entry.copy_ref}")
        return "\n".join(lines)

    @property
    def played_text(self) -> str:
        if self.entry.is_copy:
            return "—"  # nothing is played when a copy is made
        return "\n".join(f"#{i.recording_id} {i.file_name}".strip() for i in self.played) or "未播放"


@dataclass(frozen=True)
class ViewingRegister:
    unit_name: str
    timezone: str
    since: datetime | None  # naive local, as in the filter
    until: datetime | None
    lines: tuple[RegisterLine, ...]
    audit_head: tuple[int, str] | None  # (seq, sha256) of the newest audit event when read
    printed_at: datetime  # naive local

    @property
    def period_text(self) -> str:
        start = _minute(self.since) if self.since else "最早记录"
        end = f"{_minute(self.until)} 前" if self.until else "打印时"
        return f"{start} 至 {end}"

    @property
    def audit_head_text(self) -> str:
        return head_text(self.audit_head)


def approver_lines(row: RegisterRow) -> list[str]:
    """Each approver with their step, one a line in step order: 审核：李主任, 批准：赵局长."""
    if row.approver_steps:
        return [f"{a.step_name}：{a.name}" for a in row.approver_steps]
    return [a.strip() for a in row.approvers.split("、") if a.strip()]


def _minute(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _viewer(row: RegisterRow) -> str:
    org = row.viewer_organisation.strip()
    return f"{row.viewer_name}（{org}）" if org else row.viewer_name


def _all_rows(archive: Archive, filters: RegisterFilter) -> list[RegisterRow]:
    """Viewings and copies, newest first."""
    rows = _all_entries(archive, filters) + copy_rows(archive, replace(filters, limit=10 ** 9, offset=0))
    rows.sort(key=lambda r: (r.started_at, not r.is_copy, r.id), reverse=True)
    return rows


def _all_entries(archive: Archive, filters: RegisterFilter) -> list[RegisterRow]:
    rows: list[RegisterRow] = []
    seen: set[int] = set()  # a viewing started while paging shifts the pages by one
    offset = 0
    while True:
        page = register_rows(archive, replace(filters, limit=_PAGE, offset=offset))
        rows.extend(r for r in page if r.id not in seen)
        seen.update(r.id for r in page)
        if len(page) < _PAGE:
            return rows
        offset += _PAGE


def _items(s, ids) -> dict[int, RegisterItem]:
    wanted = sorted(ids)
    found: dict[int, RegisterItem] = {}
    for start in range(0, len(wanted), _PAGE):
        chunk = wanted[start:start + _PAGE]
        q = (select(Recording.id, Recording.original_name, Case.case_no)
             .outerjoin(Case, Case.id == Recording.case_id).where(Recording.id.in_(chunk)))
        for rec_id, name, case_no in s.execute(q):
            found[rec_id] = RegisterItem(rec_id, name, case_no or "")
    return found


def register_items(archive: Archive, rows: list[RegisterRow]) -> dict[int, RegisterItem]:
    """Each recording the rows name (registered, played or copied) by its number, file name and case."""
    with archive.session() as s:
        return _items(s, {i for r in rows for i in (*r.recording_ids, *r.played_ids)})


def viewing_register(archive: Archive, filters: RegisterFilter | None = None) -> ViewingRegister:
    """Every register entry the filter selects (its limit and offset are not applied), oldest first."""
    f = filters or RegisterFilter()
    rows = _all_rows(archive, f)
    rows.reverse()  # newest first above; a register reads in the order written
    with archive.session() as s:
        unit = archive.unit(s)
        tz = unit.timezone
        unit_name = unit.name
        found = _items(s, {i for r in rows for i in (*r.recording_ids, *r.played_ids)})

    # Read after the entries, so the head printed covers every entry on the paper.
    head = read_head(archive.head_path)

    lines = tuple(
        RegisterLine(n, r, _viewer(r), tuple(found.get(i, RegisterItem(i, "", "")) for i in r.recording_ids),
                     local_wall(r.started_at, tz), local_wall(r.ended_at, tz),
                     tuple(found.get(i, RegisterItem(i, "", "")) for i in r.played_ids))
        for n, r in enumerate(rows, start=1))
    return ViewingRegister(unit_name, tz, f.since, f.until, lines, head, local_wall(utcnow(), tz))


_XLSX_WIDTHS = (6, 9, 22, 36, 52, 30, 28, 17, 17, 14)
_DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def viewing_register_xlsx(archive: Archive, filters: RegisterFilter | None, out_path: Path | str) -> Path:
    """Write the register to an .xlsx workbook: header row frozen, one row per entry, real datetimes."""
    register = viewing_register(archive, filters)
    out = Path(out_path)
    wb = Workbook()
    ws = wb.active
    ws.title = VIEWING_REGISTER_SHEET
    ws.append(list(VIEWING_REGISTER_COLUMNS))
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="top", wrap_text=True)
    for line in register.lines:
        e = line.entry
        ws.append([line.number, e.kind_name, line.viewer, e.reason, line.content_text, line.played_text,
                   "\n".join(approver_lines(e)), line.started_local, line.ended_local, e.clerk_name])
        row = ws.max_row
        for col in range(1, len(VIEWING_REGISTER_COLUMNS) + 1):
            ws.cell(row=row, column=col).alignment = wrap
        for col in (8, 9):
            ws.cell(row=row, column=col).number_format = _DATETIME_FORMAT
    for col, width in enumerate(_XLSX_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out

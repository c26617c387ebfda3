"""The printed custody ledger (音像记录设备使用台账, 001§9, 002§4, 003§9, DEV-03).

A4 landscape, one row per custody event: time, device, what happened, the user (使用人员), who
issued or received it, the approver, the reason and what was recorded. Printed for one device it
carries the department's 第一责任人, its administrator and the device's custodian (DEV-02). Pages
carry "第 n 页 共 m 页", the print time and the audit chain's head, like the viewing register.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from evidenceroom.core.archive import Archive
from evidenceroom.core.device_ledger import LEDGER_COLUMNS, LEDGER_TITLE, LedgerFilter, LedgerLine, ledger_sheet
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import grid_style, note_if_empty, report_canvas
from evidenceroom.printing.registers import _p, _spaced, _styles

PAGE = landscape(A4)
MARGIN = 12 * mm
# 序号, 时间, 设备, 事项, 使用人员, 经办人, 批准人, 事由及记录内容, 状态: 273 mm in all
COLUMN_WIDTHS = tuple(w * mm for w in (10, 22, 30, 16, 28, 28, 24, 89, 26))


def _cells(line: LedgerLine, st) -> list:
    return [_p(str(line.number), st["center"]), _p(line.at_local.strftime("%Y-%m-%d\n%H:%M"), st["center"]),
            _p(line.device, st["cell"]), _p(line.kind_zh, st["center"]), _p(line.officer, st["cell"]),
            _p(line.actor, st["cell"]), _p(line.approver, st["cell"]), _p(line.content, st["cell"]),
            _p(line.states, st["center"])]


def ledger_pdf(archive: Archive, filt: LedgerFilter | None, out_path: Path | str) -> Path:
    """Print the ledger for the filter to an A4 landscape PDF (CJK font embedded); return its path."""
    font = cjk_font()
    st = _styles(font)
    sheet = ledger_sheet(archive, filt or LedgerFilter())
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    data: list[list] = [[_p(c, st["head"]) for c in LEDGER_COLUMNS]]
    data += [_cells(line, st) for line in sheet.lines]
    style = grid_style(font)
    note_if_empty(data, style, _p("本期间无台账记录。", st["center"]))
    table = Table(data, colWidths=COLUMN_WIDTHS, repeatRows=1, style=TableStyle(style))
    heading = [f"单位：{sheet.unit_name}", f"时间：{sheet.period_text}", f"共 {len(sheet.lines)} 条"]
    story = [_p(LEDGER_TITLE, st["title"]), Spacer(1, 2 * mm), _spaced(heading, st["sub"])]
    if sheet.responsible_text:
        story += [Spacer(1, 1 * mm), _p(sheet.responsible_text, st["sub"])]
    story += [Spacer(1, 4 * mm), table, Spacer(1, 8 * mm),
              _spaced(["设备管理员（签字）：____________________", "第一责任人（签字）：____________________"],
                      st["sign"], 12)]
    printed = sheet.printed_at.strftime("%Y-%m-%d %H:%M")
    doc = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font, title=f"{LEDGER_TITLE} {sheet.unit_name}",
                            author=sheet.unit_name, subject=sheet.period_text)
    doc.build(story, canvasmaker=report_canvas(font, LEDGER_TITLE, sheet.unit_name, printed, sheet.audit_head_text))
    return out

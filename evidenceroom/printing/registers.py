"""The printed viewing and copying register (音像资料查阅/复制登记簿, 003§22, ACC-04, RPT-01).

A4 landscape; one table row per viewing or copy — its kind, the items registered and those
actually played, each approver with their step — long text wrapped inside its cell; every page carries
"第 n 页 共 m 页", the print time and the audit chain's head at the time of printing, so a paper
copy can later be checked against the archive (the head names the newest audit event then).
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from evidenceroom.core.archive import Archive
from evidenceroom.core.exports import (VIEWING_REGISTER_COLUMNS, VIEWING_REGISTER_TITLE, RegisterLine, approver_lines,
                                       viewing_register)
from evidenceroom.core.register import RegisterFilter
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import grid_style, note_if_empty, report_canvas
from evidenceroom.printing.pages import para as _p  # the reports import it from here

PAGE = landscape(A4)
MARGIN = 12 * mm
# 序号, 类别, 查阅人（单位）, 查阅事由, 查阅内容, 实际播放, 审批人, 开始时间, 结束时间, 保管人: 273 mm in all
COLUMN_WIDTHS = tuple(w * mm for w in (10, 11, 29, 34, 50, 32, 42, 20, 20, 25))


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10.5, leading=15, alignment=TA_CENTER),
        "cell": base,
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=base, fontSize=9.5, leading=12.5, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", fontName=font, fontSize=10.5, leading=15),
    }


def _spaced(parts: list[str], style: ParagraphStyle, gap: int = 4) -> Paragraph:
    """Parts on one line with a visible gap between them (a Paragraph collapses plain spaces)."""
    return Paragraph(("&nbsp;" * gap).join(escape(t) for t in parts), style)


def _when(value) -> str:
    return "未结束" if value is None else value.strftime("%Y-%m-%d\n%H:%M")


def _cells(line: RegisterLine, st: dict[str, ParagraphStyle]) -> list[Paragraph]:
    e = line.entry
    org = e.viewer_organisation.strip()
    viewer = f"{e.viewer_name}\n（{org}）" if org else e.viewer_name
    approvers = "\n".join(approver_lines(e))  # one per line, in step order
    return [_p(str(line.number), st["center"]), _p(e.kind_name, st["center"]), _p(viewer, st["cell"]),
            _p(e.reason, st["cell"]), _p(line.content_text, st["cell"]), _p(line.played_text, st["cell"]),
            _p(approvers, st["cell"]), _p(_when(line.started_local), st["center"]),
            _p(_when(line.ended_local), st["center"]), _p(e.clerk_name, st["cell"])]


def viewing_register_pdf(archive: Archive, filters: RegisterFilter | None, out_path: Path | str) -> Path:
    """Print the viewing register for the filter's period to an A4 landscape PDF; return its path."""
    font = cjk_font()
    st = _styles(font)
    register = viewing_register(archive, filters)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)

    data: list[list] = [[_p(c, st["head"]) for c in VIEWING_REGISTER_COLUMNS]]
    data += [_cells(line, st) for line in register.lines]
    style = grid_style(font)
    note_if_empty(data, style, _p("本期间无查阅或复制记录。", st["center"]))
    table = Table(data, colWidths=COLUMN_WIDTHS, repeatRows=1, style=TableStyle(style))

    story = [
        _p(VIEWING_REGISTER_TITLE, st["title"]),
        Spacer(1, 2 * mm),
        _spaced([f"单位：{register.unit_name}", f"查阅时间：{register.period_text}", f"共 {len(register.lines)} 条"],
                st["sub"]),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 8 * mm),
        _spaced(["保管人（签字）：____________________", "审核人（签字）：____________________"], st["sign"], 12),
    ]
    printed = register.printed_at.strftime("%Y-%m-%d %H:%M")
    # The canvas starts in the CJK font too, so no unembedded base-14 font is listed in the file.
    doc = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font,
                            title=f"{VIEWING_REGISTER_TITLE} {register.unit_name}", author=register.unit_name,
                            subject=register.period_text)
    doc.build(story, canvasmaker=report_canvas(font, VIEWING_REGISTER_TITLE, register.unit_name, printed,
                                              register.audit_head_text))
    return out

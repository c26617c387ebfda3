"""What the printed sheets share: a canvas that numbers pages "第 n 页 共 m 页", the grid table style,
plain-text cells, and writing a report whole.

The page count is known only when the document is done, so the canvas holds every page back until `save`
and then draws each page's margins with the total.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

HEADER_SHADE = colors.Color(0.9, 0.9, 0.9)


def numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that calls `decorate(canvas, page_number, page_count)` on each page before writing it."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, self.getPageNumber(), total)
                super().showPage()
            super().save()

    return NumberedCanvas


def report_canvas(font: str, title: str, unit_name: str, printed: str, head: str, *, margin: float = 12 * mm,
                  footer_drop: float = 6 * mm, rule_color=colors.grey) -> type[Canvas]:
    """The registers' and reports' pages: "title（续） unit" above every page but the first; below each the
    print time, "第 n 页 共 m 页" and the audit chain's head."""

    def decorate(c: Canvas, n: int, total: int) -> None:
        width, height = c._pagesize
        c.saveState()
        if rule_color is not None:
            c.setStrokeColor(rule_color)
        c.setLineWidth(0.5)
        if n > 1:
            c.setFont(font, 9)
            c.drawString(margin, height - margin + 2 * mm, f"{title}（续）  {unit_name}")
            c.line(margin, height - margin + 0.5 * mm, width - margin, height - margin + 0.5 * mm)
        y = margin - footer_drop
        c.line(margin, y + 4 * mm, width - margin, y + 4 * mm)
        c.setFont(font, 8.5)
        c.drawString(margin, y, f"打印时间 {printed}")
        c.drawCentredString(width / 2, y, f"第 {n} 页 共 {total} 页")
        c.drawRightString(width - margin, y, head)
        c.restoreState()

    return numbered_canvas(decorate)


def grid_style(font: str, *, line: float = 0.5, pad: float = 3, side: float | None = 3,
               shaded_header: bool = True) -> list[tuple]:
    """Table style commands: the font in every cell (empty ones too, so no base-14 font is listed), a black
    grid, a shaded header row, cells centred vertically; `side` None keeps reportlab's side padding."""
    style: list[tuple] = [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), line, colors.black)]
    if shaded_header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE))
    style += [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if side is not None:
        style += [("LEFTPADDING", (0, 0), (-1, -1), side), ("RIGHTPADDING", (0, 0), (-1, -1), side)]
    return style


def note_if_empty(data: list[list], style: list[tuple], note) -> None:
    """A table that has only its header row gets one row across all its columns holding `note`."""
    if len(data) == 1:
        data.append([note] + [""] * (len(data[0]) - 1))
        style.append(("SPAN", (0, 1), (-1, 1)))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph: markup characters shown as typed, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def text_table(header, widths, rows, empty: str, st: dict[str, ParagraphStyle]) -> Table:
    """A grid of values shown as text under a shaded header; with no rows, one row across says `empty`."""
    data = [[para(c, st["head"]) for c in header]] + [[para(str(v), st["cell"]) for v in r] for r in rows]
    style = grid_style(st["cell"].fontName, pad=2)
    note_if_empty(data, style, para(empty, st["center"]))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style))


def write_whole(path: Path, data: bytes) -> Path:
    """Write `data` to `path` in full or not at all (a temporary name, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    try:
        part.write_bytes(data)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return path


def build_whole(out: Path, story: list, canvasmaker: type[Canvas], **template) -> Path:
    """Build the PDF beside `out`, then rename it into place: never half a report under its name."""
    part = out.with_name(f".{out.name}.part")
    doc = SimpleDocTemplate(str(part), **template)
    try:
        doc.build(story, canvasmaker=canvasmaker)
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)
    return out

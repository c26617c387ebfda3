"""The disc sleeve or case insert (光盘封套, 002§16, DSC-04): 120 × 120 mm pages.

The front carries what the label carries (unit, case, activity, maker, time made, set number,
copy and disc n of m, the manifest's SHA-256 and its QR code); the pages after it list every file
on the disc (name, size, time recorded, SHA-256 in short form), as many pages as the list needs.
The print settings' offsets shift every page.
"""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from evidenceroom.core.disc_facts import DiscFacts
from evidenceroom.core.print_settings import DEFAULT, PrintSettings
from evidenceroom.printing.descriptions import _p, minute, second
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.labels import LABEL_TITLE, copy_text, disc_text, draw_qr
from evidenceroom.printing.pages import grid_style, numbered_canvas

PAGE = (120 * mm, 120 * mm)
MARGIN = 7 * mm
WIDTH = PAGE[0] - 2 * MARGIN  # 106 mm
GREY = colors.Color(0.92, 0.92, 0.92)
# 序号, 文件名, 大小, 录制时间, SHA-256 (short): 106 mm
FILE_WIDTHS = tuple(w * mm for w in (7, 39, 14, 21, 25))


def short_hash(sha256: str) -> str:
    """The first and last 8 hex digits: enough to pick a file out by eye, the full value is in the
    written description and the manifest."""
    return f"{sha256[:8]}…{sha256[-8:]}" if len(sha256) > 16 else sha256


def short_size(size: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} B"


class _Qr(Flowable):
    """The manifest's QR code as a flowable, drawn with the label's own routine."""

    def __init__(self, sha256: str, size: float):
        super().__init__()
        self.sha256, self.size = sha256, size
        self.width = self.height = size

    def draw(self) -> None:
        draw_qr(self.canv, self.sha256, 0, 0, self.size)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=10, wordWrap="CJK")
    return {
        "unit": ParagraphStyle("unit", fontName=font, fontSize=9, leading=12, alignment=TA_CENTER),
        "title": ParagraphStyle("title", fontName=font, fontSize=13, leading=18, alignment=TA_CENTER),
        "cell": base,
        "label": ParagraphStyle("label", parent=base, alignment=TA_CENTER),
        "hash": ParagraphStyle("hash", parent=base, fontSize=6.5, leading=8.5),
        "small": ParagraphStyle("small", parent=base, fontSize=6.5, leading=8.5),
        "smallc": ParagraphStyle("smallc", parent=base, fontSize=6.5, leading=8.5, alignment=TA_CENTER),
        "section": ParagraphStyle("section", fontName=font, fontSize=9, leading=12),
    }


def _grid(font: str, extra: list | None = None) -> TableStyle:
    return TableStyle(grid_style(font, line=0.5, pad=2, side=2.5, shaded_header=False) + (extra or []))


def _front(disc: DiscFacts, font: str, st: dict[str, ParagraphStyle]) -> list:
    rows = [("案号", disc.case_no), ("案件名称", disc.case_name), ("执法活动", disc.activity),
            ("制作人", disc.maker), ("制作时间", minute(disc.made_at)), ("光盘编号", disc.set_no),
            ("副本", f"{copy_text(disc)}　{disc_text(disc)}"),
            ("内容", f"{len(disc.recordings)} 个文件，共 {short_size(sum(r.size for r in disc.recordings))}")]
    facts = Table([[_p(k, st["label"]), _p(v, st["cell"])] for k, v in rows], colWidths=(18 * mm, WIDTH - 18 * mm),
                  style=_grid(font, [("BACKGROUND", (0, 0), (0, -1), GREY)]))
    qr = 21 * mm
    digest = Table([[_Qr(disc.manifest_sha256, qr),
                     [_p("清单 SHA-256（manifest-sha256.txt）", st["small"]), Spacer(1, 1 * mm),
                      Paragraph(escape(disc.manifest_sha256), st["hash"])]]],
                   colWidths=(qr + 3 * mm, WIDTH - qr - 3 * mm),
                   style=TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [_p(disc.unit, st["unit"]), _p(LABEL_TITLE, st["title"]), Spacer(1, 2 * mm), facts,
            Spacer(1, 2.5 * mm), digest]


def _file_list(disc: DiscFacts, font: str, st: dict[str, ParagraphStyle]) -> list:
    head = [_p(h, st["smallc"]) for h in ("序号", "文件名", "大小", "录制时间", "SHA-256")]
    data = [head]
    for n, rec in enumerate(disc.recordings, start=1):
        data.append([_p(str(n), st["smallc"]), _p(rec.file_name, st["small"]), _p(short_size(rec.size), st["smallc"]),
                     _p(second(rec.recorded_at), st["smallc"]), _p(short_hash(rec.sha256), st["small"])])
    table = Table(data, colWidths=FILE_WIDTHS, repeatRows=1,
                  style=_grid(font, [("BACKGROUND", (0, 0), (-1, 0), GREY)]))
    return [_p(f"光盘内容（共 {len(disc.recordings)} 个文件）", st["section"]), Spacer(1, 1.5 * mm), table]


def _page_canvas(font: str, footer: str):
    """Each page's foot: the disc on the left, "n/m" on the right."""

    def decorate(c: Canvas, n: int, total: int) -> None:
        c.saveState()
        c.setFont(font, 6)
        c.drawString(MARGIN, MARGIN - 4 * mm, footer)
        c.drawRightString(PAGE[0] - MARGIN, MARGIN - 4 * mm, f"{n}/{total}")
        c.restoreState()

    return numbered_canvas(decorate)


def render_sleeve(disc: DiscFacts, settings: PrintSettings | None = None) -> bytes:
    """The sleeve of one disc as a PDF of 120 × 120 mm pages: the front, then the file list."""
    settings = settings or DEFAULT
    font = cjk_font()
    st = _styles(font)

    def shift(c: Canvas, _doc) -> None:
        # Called as each page begins, before anything is drawn on it; positive y means "down".
        c.translate(settings.offset_x_mm * mm, -settings.offset_y_mm * mm)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font,
                            title=f"光盘封套 {disc.set_no} {copy_text(disc)}", author=disc.unit,
                            subject=f"{disc.case_no} {disc.case_name}")
    story = _front(disc, font, st) + [PageBreak()] + _file_list(disc, font, st)
    footer = f"{disc.set_no}　{copy_text(disc)}　{disc_text(disc)}"
    doc.build(story, onFirstPage=shift, onLaterPages=shift, canvasmaker=_page_canvas(font, footer))
    return buffer.getvalue()




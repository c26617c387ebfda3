"""Disc labels (光盘标签, 002§16, DSC-04): a round 120 mm label per disc.

The label shows the producing unit, the case number and name, the activity, the maker and the
time made, the copy (A/B) and disc n of m, the set number, and the SHA-256 of the disc's manifest
in small type and as a QR code, so a disc found later can be matched to its set. Text stays in the
printable ring: nothing inside the clamping area (Ø 41 mm) nor past 57 mm from the centre.

Two layouts: "a4" puts two labels on an A4 (or Letter) label sheet; "disc" is a 120 × 120 mm page
with the label centred, for printers that print on printable discs. The print settings' offsets
shift everything on the page, because printers feed labels a little off.
"""
from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from evidenceroom.core.disc_facts import DiscFacts
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.print_settings import DEFAULT, PrintSettings
from evidenceroom.printing.fonts import cjk_font

LAYOUTS = ("a4", "disc")
LABEL_TITLE = "执法音像证据光盘"
RADIUS = 60 * mm  # a 120 mm disc
HOLE = 7.5 * mm  # the 15 mm centre hole
CLAMP = 20.5 * mm  # the clamping ring, Ø 41 mm: kept clear of text
TEXT_RADIUS = 57 * mm  # text stays 3 mm inside the edge
QR_SIZE = 22 * mm
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
# Label centres on 2-up CD label sheets, in mm from the left and from the top edge. A4: the common
# 2-per-sheet 117-118 mm label sheets have their centres at 105 mm across and 75.5 mm / 221.5 mm
# down (the values published for those sheets; an assumption for other brands, corrected by the
# offsets). Letter: by the same design, centred across and at a quarter / three quarters down.
SHEET_CENTRES_MM = {"A4": ((105.0, 75.5), (105.0, 221.5)),
                    "Letter": ((107.95, 69.85), (107.95, 209.55))}
DISC_PAGE = (120 * mm, 120 * mm)
PT = 0.3528  # mm per point


def _minute(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def copy_text(disc: DiscFacts) -> str:
    return f"副本 {disc.copy}"


def disc_text(disc: DiscFacts) -> str:
    return f"第 {disc.disc_no}/{disc.disc_count} 张"


def manifest_qr(sha256: str) -> QrCodeWidget:
    """The QR code printed on a label and a sleeve: it holds the manifest's SHA-256, nothing else."""
    return QrCodeWidget(sha256, barLevel="M")


def draw_qr(c: Canvas, sha256: str, x: float, y: float, size: float) -> QrCodeWidget:
    widget = manifest_qr(sha256)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.initialFontName = cjk_font()  # else the renderer selects Helvetica, which is not embedded
    renderPDF.draw(drawing, c, x, y)
    return widget


def fitted(text: str, font: str, size: float, width: float, smallest: float = 5.0) -> tuple[str, float]:
    """The text and a font size at which it fits `width`: shrunk down to `smallest`, then cut with
    "…" (the written description carries every fact in full)."""
    while size > smallest and stringWidth(text, font, size) > width:
        size = max(smallest, size - 0.25)
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


def _chord(h: float) -> float:
    """The width of the printable ring at `h` points above or below the centre."""
    return 2 * math.sqrt(max(TEXT_RADIUS ** 2 - h ** 2, 0.0))


def _line(c: Canvas, font: str, text: str, cx: float, cy: float, h_mm: float, size: float) -> None:
    """One centred line with its baseline `h_mm` above the centre, fitted to the ring where its
    edge farthest from the centre meets the circle."""
    if not text:
        return
    h = h_mm * mm
    far = h + 0.85 * size if h > 0 else h - 0.25 * size
    shown, fit_size = fitted(text, font, size, _chord(far) - 2 * mm)
    c.setFont(font, fit_size)
    c.drawCentredString(cx, cy + h, shown)


def draw_label(c: Canvas, disc: DiscFacts, cx: float, cy: float, guides: bool = True) -> None:
    """One label centred on (cx, cy) in points. `guides` draws faint outlines of the label, the
    clamping ring and the hole: on a sheet they show on a plain-paper test print how far the
    printer is off; on a printable disc there is nothing to guide and no ink may reach the hub."""
    font = cjk_font()
    c.saveState()
    if guides:
        c.setStrokeColor(colors.Color(0.75, 0.75, 0.75))
        c.setLineWidth(0.3)
        c.circle(cx, cy, RADIUS)
        c.setDash(1.5, 1.5)
        c.circle(cx, cy, CLAMP)
        c.setDash()
        c.circle(cx, cy, HOLE)
    c.setFillColor(colors.black)
    case = f"案号：{disc.case_no}" if disc.case_no else ""
    _line(c, font, disc.unit, cx, cy, 48.5, 9)
    _line(c, font, LABEL_TITLE, cx, cy, 41.5, 11)
    _line(c, font, case, cx, cy, 35, 8.5)
    _line(c, font, disc.case_name, cx, cy, 29.5, 8.5)
    _line(c, font, f"执法活动：{disc.activity}" if disc.activity else "", cx, cy, 24, 7.5)
    _line(c, font, f"制作人：{disc.maker}　制作时间：{_minute(disc.made_at)}", cx, cy, -27, 7.5)
    _line(c, font, f"编号：{disc.set_no}　{copy_text(disc)}　{disc_text(disc)}", cx, cy, -32.5, 7.5)
    _line(c, font, "清单 SHA-256", cx, cy, -38, 5.5)
    _line(c, font, disc.manifest_sha256[:32], cx, cy, -42, 6)
    _line(c, font, disc.manifest_sha256[32:], cx, cy, -46, 6)
    # Left of the hub: the copy letter, large, so copies A and B are told apart at a glance.
    c.setFont(font, 8)
    c.drawCentredString(cx - 36 * mm, cy + 6 * mm, "副本")
    c.setFont(font, 24)
    c.drawCentredString(cx - 36 * mm, cy - 4 * mm, disc.copy)
    c.setFont(font, 7)
    c.drawCentredString(cx - 36 * mm, cy - 10.5 * mm, disc_text(disc))
    # Right of the hub: the QR code of the manifest's hash.
    draw_qr(c, disc.manifest_sha256, cx + 24 * mm, cy - QR_SIZE / 2, QR_SIZE)
    c.restoreState()


def _shift(c: Canvas, settings: PrintSettings) -> None:
    # y grows upward in PDF; the setting's positive y means "down the page".
    c.translate(settings.offset_x_mm * mm, -settings.offset_y_mm * mm)


def render_labels(discs: Sequence[DiscFacts], layout: str = "a4", settings: PrintSettings | None = None) -> bytes:
    """The labels of `discs` as a PDF: two a sheet ("a4") or one per 120 mm page ("disc")."""
    if layout not in LAYOUTS:
        raise ArchiveError(f"未知的标签版式：{layout}（可选 a4 或 disc）",
                           f"Unknown label layout: {layout} (a4 or disc)")
    if not discs:
        raise ArchiveError("没有要打印标签的光盘。", "There is no disc to print a label for.")
    settings = settings or DEFAULT
    font = cjk_font()
    page = DISC_PAGE if layout == "disc" else PAGE_SIZES.get(settings.page_size, A4)
    buffer = io.BytesIO()
    first = discs[0]
    c = Canvas(buffer, pagesize=page, initialFontName=font, initialFontSize=9)
    c.setTitle(f"光盘标签 {first.set_no}")
    c.setAuthor(first.unit)
    c.setSubject(f"{first.case_no} {first.case_name}")
    per_page = 1 if layout == "disc" else 2
    for start in range(0, len(discs), per_page):
        _shift(c, settings)
        if layout == "disc":
            centres = [(page[0] / 2, page[1] / 2)]
        else:
            centres = [(x * mm, page[1] - y * mm) for x, y in SHEET_CENTRES_MM.get(settings.page_size,
                                                                                  SHEET_CENTRES_MM["A4"])]
        for disc, (cx, cy) in zip(discs[start:start + per_page], centres):
            draw_label(c, disc, cx, cy, guides=layout == "a4")
        c.showPage()
    c.save()
    return buffer.getvalue()

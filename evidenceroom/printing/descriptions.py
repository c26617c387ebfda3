"""The written description (文字说明材料) filed with an evidence disc set (000§14, 003§21, DSC-02).

A4 (or Letter) portrait. It names the unit, the set, the case and the activity, the purpose of the
copy and who approved it; then, for every recording on the disc, the collecting officer (取证人员),
the time and place of collection, the device, the duration, the file name and its full SHA-256;
then the maker, the extractor and the extraction time, and lines for their signatures. Every page
carries "第 n 页 共 m 页" and the set number. The same PDF is printed and written onto the disc.
"""
from __future__ import annotations

import hashlib
import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from evidenceroom.core.device_clock import corrected
from evidenceroom.core.disc_facts import DescriptionFacts, RecordingFacts
from evidenceroom.core.print_settings import DEFAULT, PrintSettings
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import grid_style, numbered_canvas, para

DESCRIPTION_TITLE = "文字说明材料"
SUBTITLE = "（执法音像证据光盘）"
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 18 * mm
GREY = colors.Color(0.92, 0.92, 0.92)
STATEMENT = ("本光盘所载音像资料系从本单位执法音像资料库中按原样复制，未经剪辑、删改。"
             "每个文件的 SHA-256 校验值列于上表，可用任何 SHA-256 工具对光盘上的文件逐一核对；"
             "光盘中的 manifest-sha256.txt 列有相同的校验值。")
EMPTY = "—"


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=20, leading=28, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=11, leading=16, alignment=TA_CENTER),
        "cell": base,
        "label": ParagraphStyle("label", parent=base, alignment=TA_CENTER),
        "hash": ParagraphStyle("hash", parent=base, fontSize=9, leading=12),
        "section": ParagraphStyle("section", fontName=font, fontSize=11.5, leading=16),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=13),
        "sign": ParagraphStyle("sign", fontName=font, fontSize=10.5, leading=15),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return para(text or EMPTY, style)


def minute(value: datetime | None) -> str:
    return EMPTY if value is None else value.strftime("%Y-%m-%d %H:%M")


def second(value: datetime | None) -> str:
    return EMPTY if value is None else value.strftime("%Y-%m-%d %H:%M:%S")


def offset_text(offset_s: float) -> str:
    """How far the device clock was off: "快 12 分 0 秒", "慢 42 秒"."""
    whole = int(round(abs(offset_s)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    amount = (f"{hours} 小时 {minutes} 分 {secs} 秒" if hours else f"{minutes} 分 {secs} 秒" if minutes
              else f"{secs} 秒")
    return ("快 " if offset_s > 0 else "慢 ") + amount if whole else "无偏差"


def clock_rows(rec: RecordingFacts) -> list[tuple[str, str]]:
    """The corrected time beside the device's own (ARC-09): one line, only when an offset was measured."""
    if rec.clock_offset_s is None or rec.recorded_at is None:
        return []
    return [("校正后时间", f"{second(corrected(rec.recorded_at, rec.clock_offset_s))}（取证时间为设备时间；"
                          f"导入时测得设备时钟{offset_text(rec.clock_offset_s)}）")]


def duration(seconds: float | None) -> str:
    if seconds is None:
        return EMPTY
    whole = int(round(seconds))
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def size_text(size: int) -> str:
    """Bytes, with a readable figure beside them (the exact count is what a check compares)."""
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}（{size:,} 字节）"
    return f"{size:,} 字节"


def _grid(font: str, extra: list | None = None) -> TableStyle:
    return TableStyle(grid_style(font, line=0.6, pad=3.5, side=4, shaded_header=False) + (extra or []))


def _pairs_table(rows: list[tuple[str, str, str, str] | tuple[str, str]], width: float, font: str,
                 st: dict[str, ParagraphStyle]) -> Table:
    """Label/value rows; a two-item row spans its value across the whole line."""
    label_w = 24 * mm
    value_w = (width - 2 * label_w) / 2
    data, extra = [], []
    for r, row in enumerate(rows):
        if len(row) == 2:
            data.append([_p(row[0], st["label"]), _p(row[1], st["cell"]), "", ""])
            extra.append(("SPAN", (1, r), (3, r)))
        else:
            data.append([_p(row[0], st["label"]), _p(row[1], st["cell"]), _p(row[2], st["label"]),
                         _p(row[3], st["cell"])])
            extra.append(("BACKGROUND", (2, r), (2, r), GREY))
        extra.append(("BACKGROUND", (0, r), (0, r), GREY))
    return Table(data, colWidths=(label_w, value_w, label_w, value_w), style=_grid(font, extra))


def _recording_block(n: int, count: int, rec: RecordingFacts, width: float, font: str,
                     st: dict[str, ParagraphStyle]) -> KeepTogether:
    case = rec.case_no + (f"《{rec.case_name}》" if rec.case_name else "")
    rows = [
        ("文件名", rec.file_name),
        ("取证人员", rec.collector, "取证时间", second(rec.recorded_at)),
        *clock_rows(rec),
        ("取证地点", rec.place),
        ("执法活动", rec.activity, "时长", duration(rec.duration_s)),
        ("录制设备", rec.device, "文件大小", size_text(rec.size)),
        ("所属案件", case),
    ]
    table = _pairs_table(rows, width, font, st)
    digest = Table([[_p("SHA-256", st["label"]), Paragraph(escape(rec.sha256), st["hash"])]],
                   colWidths=(24 * mm, width - 24 * mm),
                   style=_grid(font, [("BACKGROUND", (0, 0), (0, 0), GREY)]))
    # The digest table shares the block's outer border: no gap between the two.
    return KeepTogether([_p(f"资料 {n} / {count}", st["small"]), Spacer(1, 1 * mm), table, digest,
                         Spacer(1, 4 * mm)])


def _page_canvas(font: str, footer_left: str, footer_right: str):
    """Each page's footer: the set and disc on the left, "第 n 页 共 m 页", the case number on the right."""

    def decorate(c: Canvas, n: int, total: int) -> None:
        width, _height = c._pagesize
        y = MARGIN - 9 * mm
        c.saveState()
        c.setLineWidth(0.5)
        c.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
        c.setFont(font, 8.5)
        c.drawString(MARGIN, y, footer_left)
        c.drawCentredString(width / 2, y, f"第 {n} 页 共 {total} 页")
        c.drawRightString(width - MARGIN, y, footer_right)
        c.restoreState()

    return numbered_canvas(decorate)


def render_description(facts: DescriptionFacts, settings: PrintSettings | None = None) -> bytes:
    """The written description of a disc set as a PDF (A4 unless the print settings say Letter)."""
    settings = settings or DEFAULT
    font = cjk_font()
    st = _styles(font)
    page = PAGE_SIZES.get(settings.page_size, A4)
    width = page[0] - 2 * MARGIN
    case = facts.case_no + (f"《{facts.case_name}》" if facts.case_name else "")
    head = _pairs_table([
        ("制作单位", facts.unit, "光盘编号", facts.set_no),
        ("案件", case),
        ("执法活动", facts.activity, "光盘张数", f"{facts.disc_count} 张"),
        ("复制用途", facts.purpose),
        ("批准人", facts.approved_by, "资料数量", f"{len(facts.recordings)} 个文件"),
    ], width, font, st)
    making = _pairs_table([
        ("制作人", facts.maker, "制作时间", minute(facts.made_at)),
        ("提取人", facts.extractor, "提取时间", minute(facts.extracted_at)),
    ], width, font, st)
    signatures = Table(
        [[_p("制作人签名：", st["sign"]), "", _p("提取人签名：", st["sign"]), ""],
         [_p("日期：", st["sign"]), "", _p("日期：", st["sign"]), ""]],
        colWidths=(28 * mm, width / 2 - 28 * mm, 28 * mm, width / 2 - 28 * mm),
        rowHeights=(14 * mm, 12 * mm),
        style=TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                          ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                          ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (1, 0), (1, -1), 8 * mm)]))
    story: list = [_p(DESCRIPTION_TITLE, st["title"]), _p(SUBTITLE, st["subtitle"]), Spacer(1, 5 * mm),
                   head, Spacer(1, 6 * mm), _p("音像资料", st["section"]), Spacer(1, 2 * mm)]
    for n, rec in enumerate(facts.recordings, start=1):
        story.append(_recording_block(n, len(facts.recordings), rec, width, font, st))
    story += [
        KeepTogether([_p("制作与提取", st["section"]), Spacer(1, 2 * mm), making, Spacer(1, 3 * mm),
                      _p(STATEMENT, st["small"]), Spacer(1, 2 * mm), signatures]),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font,
                            title=f"{DESCRIPTION_TITLE} {facts.set_no}", author=facts.unit,
                            subject=f"{facts.case_no} {facts.case_name}")
    footer_left = f"{facts.unit}　光盘编号 {facts.set_no}"
    doc.build(story, canvasmaker=_page_canvas(font, footer_left, f"案号 {facts.case_no}"))
    return buffer.getvalue()


def set_description_pdf(archive, info, settings: PrintSettings | None = None) -> tuple[bytes, bool]:
    """The written description of a made set (`DiscSetInfo`): the copy filed beside its images
    when that still has the SHA-256 recorded with the set, so paper and disc carry the same PDF;
    otherwise rendered again from the recorded set. Also says which of the two it is."""
    from evidenceroom.core.disc_papers import set_description_facts

    saved = info.description_path
    data = saved.read_bytes() if saved.is_file() else b""
    if data and hashlib.sha256(data).hexdigest() == info.description_sha256:
        return data, True
    return render_description(set_description_facts(archive, info.id), settings), False

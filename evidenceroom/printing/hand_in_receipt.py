"""The printed hand-in receipt (音像资料移交回执, ARC-06; 000§14, 001§9, 002§4, 002§13, 003§19).

Portrait, on the paper of the unit's print settings (A4 or Letter). It names the unit and the batch,
the hand-in time, who handed the footage in (移交人) and who received it (接收人), the officer who
recorded it, the device, the case, the activity with its kind, place, start and end, the hand-in
deadline and whether it was met; then every file stored with its kind, size, capture time and full
SHA-256 (in small type), the totals and what was not stored; then signature lines with dates for
both people. Every page carries the print time, "第 n 页 共 m 页" and the audit chain's head.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from evidenceroom.core.archive import Archive
from evidenceroom.core.hand_in import ReceiptFacts, receipt_facts
from evidenceroom.core.print_settings import DEFAULT, PrintSettings, print_settings
from evidenceroom.core.timeutil import to_local
from evidenceroom.printing.descriptions import size_text
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import build_whole, grid_style, note_if_empty, para, report_canvas

TITLE = "音像资料移交回执"
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 15 * mm
GREY = colors.Color(0.92, 0.92, 0.92)
EMPTY = "—"
FILE_COLUMNS = ("序号", "文件名 / SHA-256", "类型", "大小", "拍摄时间")
STATUS_NAMES = {"finished": "已完成", "cancelled": "已取消（未处理的文件未入库）", "running": "进行中或被中断"}
STATEMENT = ("以上文件已由接收人按原样存入本单位执法音像资料库，未经剪辑、删改；每个文件的 SHA-256 "
             "校验值列于表中，可用于日后核对。移交人签字确认所交资料即上表所列。")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10, leading=15, alignment=TA_CENTER),
        "cell": base,
        "label": ParagraphStyle("label", parent=base, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=base, alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "hash": ParagraphStyle("hash", parent=base, fontSize=7, leading=9, textColor=colors.Color(0.25, 0.25, 0.25)),
        "section": ParagraphStyle("section", fontName=font, fontSize=11, leading=16),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=13),
        "sign": ParagraphStyle("sign", fontName=font, fontSize=10.5, leading=16),
    }


def _p(text: str, style: ParagraphStyle):
    return para(text or EMPTY, style)


def _when(value: datetime | None, tz: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return EMPTY if value is None else to_local(value, tz).strftime(fmt)


def _pairs(rows: list[tuple[str, ...]], width: float, font: str, st: dict[str, ParagraphStyle]) -> Table:
    """Label/value rows; a two-item row spans its value across the whole line."""
    label_w = 22 * mm
    value_w = (width - 2 * label_w) / 2
    data, style = [], grid_style(font, line=0.6, pad=3, side=4, shaded_header=False)
    for r, row in enumerate(rows):
        if len(row) == 2:
            data.append([_p(row[0], st["label"]), _p(row[1], st["cell"]), "", ""])
            style.append(("SPAN", (1, r), (3, r)))
        else:
            data.append([_p(row[0], st["label"]), _p(row[1], st["cell"]), _p(row[2], st["label"]),
                         _p(row[3], st["cell"])])
            style.append(("BACKGROUND", (2, r), (2, r), GREY))
        style.append(("BACKGROUND", (0, r), (0, r), GREY))
    return Table(data, colWidths=(label_w, value_w, label_w, value_w), style=TableStyle(style))


def _head_rows(f: ReceiptFacts) -> list[tuple[str, ...]]:
    tz = f.timezone
    officer = f.officer.label + (f"　{f.officer.department}" if f.officer and f.officer.department else "") \
        if f.officer else ""
    device = "　".join(x for x in (f.device_kind, f.device_serial, f.device_model) if x)
    case = f.case_no + (f"《{f.case_title}》" if f.case_title else "") if f.case_no else "未归档"
    since = "返回单位" if f.activity_returned_at else "活动结束"
    deadline = (f"{_when(f.deadline_at, tz)}（{since}后 {f.hand_in_hours} 小时内）" if f.deadline_at
                else "无法计算（未填活动结束时间）")
    return [
        ("移交时间", _when(f.handed_in_at, tz, "%Y-%m-%d %H:%M:%S"), "导入批次", f"第 {f.batch_id} 号"),
        ("移交人", f.handed_in_by.label if f.handed_in_by else "", "接收人", f"{f.received_by}（保管人）"),
        ("取证人员", officer),
        ("来源设备", device, "资产编号", f.device_asset_no),
        ("案件", case),
        ("执法活动", f.activity_kind or ("未登记" if f.activity_id is None else "未分类"), "取证地点",
         f.activity_place),
        ("活动开始", _when(f.activity_started_at, tz), "活动结束", _when(f.activity_ended_at, tz)),
        ("参加人员", "、".join(f.activity_officers)),
        ("移交期限", deadline, "是否按时", f.deadline_text),
    ]


def _file_table(f: ReceiptFacts, width: float, font: str, st: dict[str, ParagraphStyle]) -> Table:
    widths = (10 * mm, width - 10 * mm - 13 * mm - 36 * mm - 30 * mm, 13 * mm, 36 * mm, 30 * mm)
    data: list[list] = [[_p(c, st["head"]) for c in FILE_COLUMNS]]
    for n, item in enumerate(f.files, start=1):
        name = item.name + ("（有损坏标记，按原样保存）" if item.damaged else "")
        cell = [_p(name, st["cell"]), _p(item.sha256, st["hash"])]
        data.append([_p(str(n), st["center"]), cell, _p(item.kind_zh, st["center"]),
                     _p(size_text(item.size), st["small"]),
                     _p(_when(item.recorded_at, f.timezone, "%Y-%m-%d %H:%M:%S"), st["center"])])
    style = grid_style(font, pad=2.5)
    note_if_empty(data, style, _p("本批次没有存入的文件。", st["center"]))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style))


def _totals(f: ReceiptFacts) -> str:
    text = f"共存入 {len(f.files)} 个文件，合计 {size_text(f.total_bytes)}。"
    left = [f"{label} {n} 个" for label, n in (("重复", f.duplicates), ("拒收", f.rejected), ("跳过", f.skipped))
            if n]
    if left:
        text += "另有" + "，".join(left) + "，未列入上表（见导入结果）。"
    if f.status != "finished":
        text += f"批次状态：{STATUS_NAMES.get(f.status, f.status)}。"
    return text


def _signatures(st: dict[str, ParagraphStyle], width: float) -> Table:
    line = "____________________"
    date = "______年____月____日"
    rows = [[_p(f"移交人（签字）：{line}", st["sign"]), _p(f"接收人（签字）：{line}", st["sign"])],
            [_p(f"日期：{date}", st["sign"]), _p(f"日期：{date}", st["sign"])]]
    return Table(rows, colWidths=(width / 2, width / 2),
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), st["sign"].fontName),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))


def render_receipt(facts: ReceiptFacts, out_path: Path | str, settings: PrintSettings | None = None) -> Path:
    """Write the hand-in receipt of `facts` to a PDF, whole or not at all; return its path."""
    settings = settings or DEFAULT
    font = cjk_font()
    st = _styles(font)
    page = PAGE_SIZES.get(settings.page_size, A4)
    width = page[0] - 2 * MARGIN
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    printed = _when(facts.printed_at, facts.timezone)
    story = [
        _p(TITLE, st["title"]),
        _p(f"单位：{facts.unit_name}　　批次：第 {facts.batch_id} 号", st["sub"]),
        Spacer(1, 4 * mm),
        _pairs(_head_rows(facts), width, font, st),
        Spacer(1, 5 * mm),
        _p("移交的文件", st["section"]),
        Spacer(1, 1.5 * mm),
        _file_table(facts, width, font, st),
        Spacer(1, 3 * mm),
        _p(_totals(facts), st["small"]),
        Spacer(1, 2 * mm),
        _p(STATEMENT, st["small"]),
        Spacer(1, 8 * mm),
        KeepTogether([_signatures(st, width)]),
    ]
    return build_whole(out, story, report_canvas(font, TITLE, facts.unit_name, printed, facts.audit_head_text,
                                                 margin=MARGIN, footer_drop=7 * mm),
                       pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                       bottomMargin=MARGIN + 4 * mm, initialFontName=font,
                       title=f"{TITLE} 第 {facts.batch_id} 号", author=facts.unit_name,
                       subject=f"{TITLE} 第 {facts.batch_id} 号")


def hand_in_receipt_pdf(archive: Archive, batch_id: int, out_path: Path | str) -> Path:
    """Read the batch's facts and the unit's page size, and write its hand-in receipt."""
    return render_receipt(receipt_facts(archive, batch_id), out_path, print_settings(archive))

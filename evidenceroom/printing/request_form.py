"""The printed approval form for one viewing or copying request (音像资料调阅审批表, 003§22).

A4 portrait. The form names the unit, the request number, the requester, the kind, purpose and
reason, the window and every item asked for; then one row per step of the approval chain (审核 by
the office director, 批准 by the bureau leader): a decided step shows the approver, the decision,
the comment or the reason for refusal and the time; a step not yet decided leaves the opinion,
signature (签字) and date (日期) boxes empty, so the form can be printed before approval and signed
by hand. Every page carries the print time, "第 n 页 共 m 页" and the audit chain's head.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from evidenceroom.core.access import KIND_NAMES
from evidenceroom.core.archive import Archive
from evidenceroom.core.models import AccessPurpose, Decision
from evidenceroom.core.policy import REGULATION_003
from evidenceroom.core.request_details import RequestDetails, request_details
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import grid_style, report_canvas
from evidenceroom.printing.pages import para as _p

REQUEST_FORM_TITLE = "音像资料调阅审批表"
PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN  # 174 mm
PURPOSE_NAMES = {AccessPurpose.LITIGATION.value: "办理涉法涉诉案件", AccessPurpose.SUPERVISION.value: "执法监督",
                 AccessPurpose.CASE_ANALYSIS.value: "案情研判", AccessPurpose.OTHER.value: "其他"}
DECISION_NAMES = {Decision.APPROVE.value: "同意", Decision.REFUSE.value: "不同意",
                  Decision.NARROW.value: "缩小范围后同意"}
BASIS_003 = ("依据：《执法音像记录设备的配备、使用、管理和监督规定》第二十二条，查阅视听资料应当报经办公室主任审核、"
             "经案件的局主管领导批准，并由保管人对查阅人、查阅事由、查阅时间等情况进行登记后，方可查阅。")
GREY = colors.Color(0.92, 0.92, 0.92)
# label, value, label, value: 174 mm
INFO_WIDTHS = tuple(w * mm for w in (26, 61, 26, 61))
# 序号, 资料编号, 文件名, 录制时间, 案号
ITEM_WIDTHS = tuple(w * mm for w in (12, 20, 62, 32, 48))
# 审批环节, 审批意见, 审批人（签字）, 日期
STEP_WIDTHS = tuple(w * mm for w in (30, 74, 36, 34))


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=20, leading=28, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10.5, leading=15),
        "subright": ParagraphStyle("subright", fontName=font, fontSize=10.5, leading=15, alignment=TA_RIGHT),
        "cell": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12),
        "smallc": ParagraphStyle("smallc", parent=base, fontSize=9, leading=12, alignment=TA_CENTER),
        "label": ParagraphStyle("label", parent=base, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=base, fontSize=9.5, leading=12.5, alignment=TA_CENTER),
        "section": ParagraphStyle("section", fontName=font, fontSize=11.5, leading=16),
        "sign": ParagraphStyle("sign", fontName=font, fontSize=10.5, leading=15),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }


def _minute(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def _grid(font: str, extra: list | None = None) -> TableStyle:
    return TableStyle(grid_style(font, line=0.6, pad=4, side=4, shaded_header=False) + (extra or []))


def _info_table(d: RequestDetails, font: str, st: dict[str, ParagraphStyle]) -> Table:
    info = d.info
    L = lambda t: _p(t, st["label"])  # noqa: E731
    V = lambda t: _p(t, st["cell"])  # noqa: E731
    outside = info.requester_person_id is None
    rows: list[list] = []
    spans: list[tuple] = []
    if outside:
        rows.append([L("申请人"), V(info.requester_name), L("证件号码"), V(info.requester_id_number or "")])
        rows.append([L("所在单位"), V(info.requester_organisation), "", ""])
        spans.append(len(rows) - 1)
    else:
        rows.append([L("申请人"), V(info.requester_name), L("警号"), V(info.requester_id_number or "")])
    purpose = PURPOSE_NAMES.get(info.purpose, info.purpose)
    if info.purpose_detail:
        purpose = f"{purpose}：{info.purpose_detail}"
    rows.append([L("申请类型"), V(KIND_NAMES.get(info.kind, info.kind)), L("用途"), V(purpose)])
    rows.append([L("调阅事由"), V(info.reason), "", ""])
    spans.append(len(rows) - 1)
    window = f"{_minute(d.local(info.window_start))} 至 {_minute(d.local(info.window_end))}"
    rows.append([L("调阅时段"), V(window), "", ""])
    spans.append(len(rows) - 1)
    extra = [("BACKGROUND", (0, r), (0, r), GREY) for r in range(len(rows))]
    extra += [("BACKGROUND", (2, r), (2, r), GREY) for r in range(len(rows)) if r not in spans]
    extra += [("SPAN", (1, r), (3, r)) for r in spans]
    return Table(rows, colWidths=INFO_WIDTHS, style=_grid(font, extra))


def _items_table(d: RequestDetails, font: str, st: dict[str, ParagraphStyle]) -> Table:
    data: list[list] = [[_p(h, st["head"]) for h in ("序号", "资料编号", "文件名", "录制时间", "案号")]]
    extra: list = [("BACKGROUND", (0, 0), (-1, 0), GREY)]
    n = 0
    for n, rec in enumerate(d.recordings, start=1):
        data.append([_p(str(n), st["smallc"]), _p(f"#{rec.recording_id}", st["smallc"]),
                     _p(rec.file_name, st["small"]), _p(_minute(rec.recorded_local), st["smallc"]),
                     _p(rec.case_no, st["small"])])
    for case in d.cases:
        n += 1
        title = f"《{case.title}》" if case.title else ""
        text = f"整案调阅：{case.case_no}{title}，案内资料 {case.recording_count} 条"
        data.append([_p(str(n), st["smallc"]), _p(text, st["small"]), "", "", ""])
        extra.append(("SPAN", (1, len(data) - 1), (-1, len(data) - 1)))
    return Table(data, colWidths=ITEM_WIDTHS, repeatRows=1, style=_grid(font, extra))


def _steps_table(d: RequestDetails, font: str, st: dict[str, ParagraphStyle]) -> Table:
    data: list[list] = [[_p(h, st["head"]) for h in ("审批环节", "审批意见", "审批人（签字）", "日期")]]
    extra: list = [("BACKGROUND", (0, 0), (-1, 0), GREY)]
    heights: list[float | None] = [None]
    for step in d.info.steps:
        label = _p(f"{step.name_zh}\n（{step.who_zh}）", st["label"])
        if step.decision is None:
            data.append([label, "", _p("签字：", st["small"]), _p("年　　月　　日", st["right"])])
            extra += [("VALIGN", (2, len(data) - 1), (3, len(data) - 1), "BOTTOM")]
            heights.append(26 * mm)
        else:
            opinion = DECISION_NAMES.get(step.decision, step.decision)
            note = step.refusal_reason if step.decision == Decision.REFUSE.value else step.comment
            if note:
                opinion = f"{opinion}。{note}" if step.decision == Decision.REFUSE.value else f"{opinion}：{note}"
            data.append([label, _p(opinion, st["cell"]), _p(step.approver_name or "", st["cell"]),
                         _p(_minute(d.local(step.at)), st["label"])])
            heights.append(None)
    return Table(data, colWidths=STEP_WIDTHS, rowHeights=heights, style=_grid(font, extra))


def request_form_pdf(archive: Archive, request_id: int, out_path: Path | str) -> Path:
    """Print the approval form of one request to an A4 portrait PDF; return its path."""
    font = cjk_font()
    st = _styles(font)
    d = request_details(archive, request_id)
    info = d.info
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)

    head = Table([[_p(f"单位：{d.unit_name}", st["sub"]), _p(f"编号：第 {info.id} 号　状态：{info.status_zh}", st["subright"])]],
                 colWidths=(WIDTH * 0.65, WIDTH * 0.35),
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    registered = Table(
        [[_p(f"登记人（保管人）：{info.created_by_name}", st["sign"]),
          _p(f"登记时间：{_minute(d.local(info.created_at))}", st["sign"])],
         [_p("查阅人（签字）：________________", st["sign"]), _p("保管人（签字）：________________", st["sign"])]],
        colWidths=(WIDTH / 2, WIDTH / 2),
        style=TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story = [
        _p(REQUEST_FORM_TITLE, st["title"]),
        Spacer(1, 4 * mm),
        head,
        Spacer(1, 2 * mm),
        _info_table(d, font, st),
        Spacer(1, 5 * mm),
        _p("调阅资料", st["section"]),
        Spacer(1, 1.5 * mm),
        _items_table(d, font, st),
        Spacer(1, 5 * mm),
        KeepTogether([_p("审批意见", st["section"]), Spacer(1, 1.5 * mm), _steps_table(d, font, st)]),
        Spacer(1, 6 * mm),
        KeepTogether([registered]),
    ]
    if info.policy == REGULATION_003.name:
        story += [Spacer(1, 3 * mm), _p(BASIS_003, st["small"])]
    printed = _minute(d.read_at)
    # The canvas starts in the CJK font too, so no unembedded base-14 font is listed in the file.
    doc = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font,
                            title=f"{REQUEST_FORM_TITLE} 第 {info.id} 号", author=d.unit_name,
                            subject=f"{info.requester_name} {KIND_NAMES.get(info.kind, info.kind)}")
    doc.build(story, canvasmaker=report_canvas(font, REQUEST_FORM_TITLE, d.unit_name, printed, d.audit_head_text,
                                                  margin=MARGIN, footer_drop=8 * mm, rule_color=None))
    return out

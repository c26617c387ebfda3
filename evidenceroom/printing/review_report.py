"""The printed review report of one recording (音像资料评查表, REV-04–REV-06): the recording's facts,
each item of the review form with its answer, comment and linked marker time point, the overall
note, and the problems flagged with their time points. Without a saved review it prints the blank
form, to be filled in by hand."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from evidenceroom.core import audit, review_form
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import build_whole, para, report_canvas, text_table

TITLE = "音像资料评查表"
PAGE = A4
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN


def _styles(font: str) -> dict[str, ParagraphStyle]:
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=1),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10, leading=15, alignment=1),
        "h": ParagraphStyle("h", fontName=font, fontSize=12, leading=17, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "body": ParagraphStyle("body", fontName=font, fontSize=10, leading=15, wordWrap="CJK"),
        "cell": cell,
        "center": ParagraphStyle("center", parent=cell, alignment=1),
        "head": ParagraphStyle("head", parent=cell, alignment=1),
    }


def _widths(*parts: float) -> list[float]:
    total = sum(parts)
    return [p * WIDTH / total for p in parts]


def _marker(position_ms: int | None, text: str) -> str:
    if position_ms is None:
        return ""
    return f"{review_form.hms(position_ms)} {text}".strip()


def review_report_pdf(archive: Archive, recording_id: int, out_path: Path | str, review_id: int | None = None) -> Path:
    """Print the recording's review (the latest, or `review_id`) to an A4 PDF; return its path."""
    font = cjk_font()
    st = _styles(font)
    facts = review_form.recording_facts(archive, recording_id)
    reviews = review_form.reviews_of(archive, recording_id)
    if review_id is not None:
        reviews = [r for r in reviews if r.id == review_id]
        if not reviews:
            raise ArchiveError(f"第 {recording_id} 号资料没有第 {review_id} 号评查。",
                               f"Recording {recording_id} has no review {review_id}.")
    review = reviews[-1] if reviews else None
    flags = review_form.flags_of(archive, recording_id)
    with archive.session() as s:
        unit_name = archive.unit(s).name
    tz = facts.timezone

    def local(value) -> str:
        return to_local(value, tz).strftime("%Y-%m-%d %H:%M")

    sub = [f"单位：{unit_name}", f"第 {facts.recording_id} 号资料"]
    sub += [f"评查人：{review.reviewer_name}", f"评查时间：{local(review.reviewed_at)}"] if review else ["（空白评查表）"]
    story = [para(TITLE, st["title"]), Spacer(1, 2 * mm),
             Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(escape(x) for x in sub), st["sub"]), Spacer(1, 3 * mm)]
    duration = review_form.hms(facts.duration_ms) if facts.duration_ms is not None else "—"
    story.append(text_table(["项目", "内容", "项目", "内容"], _widths(1.2, 3.3, 1.2, 3.3), [
        ["原始文件", facts.original_name, "拍摄时间", local(facts.recorded_at)],
        ["时长", duration, "执法人员", facts.officer or "—"],
        ["设备", facts.device or "—", "案号", facts.case_no or "—"],
        ["执法活动", facts.activity or "—", "清单事项", facts.matter or "—"],
    ], "", st))
    story += [Spacer(1, 1 * mm), para(f"SHA-256：{facts.sha256}", st["cell"])]

    if review is not None:
        rows = [(a.section, a.text, a.source, review_form.ANSWERS[a.answer][0], a.comment,
                 _marker(a.marker_position_ms, a.marker_text)) for a in review.answers]
    else:
        rows = [(i.section, i.text, i.source, "", "", "") for i in review_form.form_items(archive, recording_id)]
    number = 0
    for section, (heading, _en) in review_form.SECTIONS.items():
        mine = [r for r in rows if r[0] == section]
        if not mine:
            continue
        if section == "checklist" and facts.matter:
            heading = f"{heading}（{facts.matter}）"
        story += [Spacer(1, 2 * mm), para(heading, st["h"])]
        table_rows = []
        for r in mine:
            number += 1
            table_rows.append([str(number), *r[1:]])
        story.append(text_table(["序号", "评查项目", "依据", "结论", "说明", "关联标记（时间点）"],
                                _widths(0.7, 4.0, 2.2, 0.8, 2.3, 2.2), table_rows, "", st))
    if review is not None:
        story += [Spacer(1, 3 * mm), para(f"评查意见：{review.note or '无'}", st["body"])]

    story += [Spacer(1, 2 * mm), para("标记的问题", st["h"])]
    story.append(text_table(["时间点", "问题", "说明", "执法人员", "评查人", "标记时间", "问题编号"],
                            _widths(1.2, 2.4, 2.6, 1.2, 1.6, 1.8, 1.0),
                            [[review_form.hms(f.position_ms), review_form.FLAG_KINDS[f.kind][0], f.note,
                              f.officer, f.reviewer_name, local(f.flagged_at), f"#{f.finding_id}"] for f in flags],
                            "未标记问题。", st))
    story += [Spacer(1, 10 * mm), para("评查人（签字）：____________________　　　审核人（签字）：____________________",
                                     st["body"])]
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    head_text = audit.head_text(audit.read_head(archive.head_path))
    return build_whole(out, story, report_canvas(font, TITLE, unit_name, local(utcnow()), head_text),
                       pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                       initialFontName=font, title=f"{TITLE} {facts.original_name}", author=unit_name)

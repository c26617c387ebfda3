"""The printed yearly review (音像记录资料评查报告, 002§17, RPT-07): figures by department with
bar charts, late and missing hand-ins, gap statements, spot-check scores and device ratios.

A4 portrait, CJK font embedded (charts included: every label is drawn in it), each page footed
with the print time, "第 n 页 共 m 页" and the audit chain's head.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from evidenceroom.core import audit, findings, oversight, spot_checks
from evidenceroom.core.archive import Archive
from evidenceroom.core.timeutil import to_local
from evidenceroom.core.yearly_review import YearlyReview, yearly_review
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import grid_style, note_if_empty, report_canvas
from evidenceroom.printing.pages import para as _p  # the oversight reports import it from here

PAGE = A4
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN
BLUE = colors.Color(0.22, 0.42, 0.69)
GREEN = colors.Color(0.30, 0.62, 0.36)
ORANGE = colors.Color(0.89, 0.55, 0.20)
MAX_LATE_LINES = 40


def title_of(year: int) -> str:
    return f"{year} 年度音像记录资料评查报告"


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10, leading=15, alignment=TA_CENTER),
        "h": ParagraphStyle("h", fontName=font, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4,
                            keepWithNext=1),  # a heading never ends a page
        "body": ParagraphStyle("body", fontName=font, fontSize=10, leading=15, wordWrap="CJK"),
        "cell": base,
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=base, alignment=TA_CENTER),
    }


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _table(header: list[str], rows: list[list[str]], widths: list[float], st, empty: str) -> Table:
    font = st["cell"].fontName
    data = [[_p(h, st["head"]) for h in header]]
    data += [[_p(c, st["cell"] if i == 0 else st["center"]) for i, c in enumerate(r)] for r in rows]
    style = grid_style(font, pad=2, side=None)
    note_if_empty(data, style, _p(empty, st["center"]))
    total = sum(widths)
    return Table(data, colWidths=[w * WIDTH / total for w in widths], repeatRows=1, style=TableStyle(style))


def _short(name: str, count: int) -> str:
    """A department's name cut to fit under its bar; the tail (一大队, 二大队) tells them apart."""
    limit = max(3, int((WIDTH - 150) / max(1, count) / 8.5))
    return name if len(name) <= limit else "…" + name[-(limit - 1):]


def bar_chart(font: str, title: str, labels: list[str], series: list[tuple[str, list[float], colors.Color]],
              value_max: float | None = None, percent: bool = False, height: float = 62 * mm) -> Drawing:
    """A vertical bar chart drawn entirely in the CJK font (so no other font enters the PDF)."""
    d = Drawing(WIDTH, height)
    d.initialFontName = font  # else the renderer selects Helvetica, which is not embedded
    d.add(String(0, height - 10, title, fontName=font, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = WIDTH - 150, height - 50
    chart.data = [vals or [0] for _, vals, _ in series]
    chart.categoryAxis.categoryNames = labels or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.angle = 30 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max([v for _, vals, _ in series for v in vals] + [1])
    chart.valueAxis.valueMax = value_max if value_max is not None else top * 1.15
    if percent:
        chart.valueAxis.labelTextFormat = "%d%%"
        chart.valueAxis.valueStep = 20
    else:
        chart.valueAxis.labelTextFormat = "%d"
        chart.valueAxis.valueStep = max(1, round(top / 5))
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = "%d%%" if percent else "%d"
    chart.barLabels.nudge = 6
    for i, (_, _, colour) in enumerate(series):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = WIDTH - 105, height - 24
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.colorNamePairs = [(colour, name) for name, _, colour in series]
    d.add(legend)
    return d


def _story(review: YearlyReview, font: str, st) -> list:
    made = review.made_at
    story = [_p(title_of(review.year), st["title"]), Spacer(1, 2 * mm),
             Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(escape(x) for x in (
                 f"单位：{review.unit_name}", f"执行规定：{review.profile_name}",
                 f"移交期限：活动结束后 {review.hand_in_hours} 小时")), st["sub"]), Spacer(1, 4 * mm)]
    t = review.total
    story.append(_p(
        f"本年度共有音像资料 {t.recordings} 件，执法活动 {t.activities} 次；按时移交 {t.on_time} 次，逾期移交 "
        f"{t.late} 次，逾期未移交 {t.missing} 次，按时移交率 {_pct(t.on_time_rate)}。登记中断说明 "
        f"{review.gaps.interruptions} 份、未记录说明 {review.gaps.no_recordings} 份；开展抽查 "
        f"{review.spot_checks.checks} 次，抽取资料 {review.spot_checks.sampled} 件。", st["body"]))

    story.append(_p("一、各部门音像记录及移交情况", st["h"]))
    rows = [[d.name, str(d.recordings), str(d.activities), str(d.on_time), str(d.late), str(d.missing),
             str(d.pending), _pct(d.on_time_rate)] for d in (*review.departments, t)]
    story.append(_table(["部门", "音像资料（件）", "执法活动（次）", "按时移交", "逾期移交", "逾期未移交", "未到期",
                         "按时移交率"], rows, [3, 1.6, 1.6, 1.3, 1.3, 1.4, 1.1, 1.4], st, "本年度无数据。"))
    story.append(_p("注：执法人员来自两个部门的活动在两个部门各计一次，合计中只计一次。", st["body"]))
    names = [_short(d.name, len(review.departments)) for d in review.departments]
    story += [Spacer(1, 4 * mm),  # each chart moves whole to the next page when it does not fit
        bar_chart(font, "图 1  各部门音像资料与执法活动", names,
                  [("音像资料", [d.recordings for d in review.departments], BLUE),
                   ("执法活动", [d.activities for d in review.departments], ORANGE)]),
        Spacer(1, 3 * mm),
        bar_chart(font, "图 2  各部门按时移交率", names,
                  [("按时移交率", [round((d.on_time_rate or 0) * 100) for d in review.departments], GREEN)],
                  value_max=110, percent=True),
        Spacer(1, 3 * mm),
        bar_chart(font, "图 3  各月音像资料数", [f"{m.month}月" for m in review.months],
                  [("音像资料", [m.recordings for m in review.months], BLUE)]),
    ]

    story.append(_p("二、逾期移交和逾期未移交", st["h"]))
    late_rows = [[f"{ln.activity_id}　{ln.kind or '执法活动'}", "、".join(ln.officers), "、".join(ln.departments),
                  to_local(ln.deadline_at, review.timezone).strftime("%Y-%m-%d %H:%M"), oversight.describe(ln)]
                 for ln in review.late_lines[:MAX_LATE_LINES]]
    story.append(_table(["执法活动", "执法人员", "部门", "移交期限", "情况"], late_rows, [3, 2, 2, 2.2, 2.2], st,
                        "本年度无逾期。"))
    if len(review.late_lines) > MAX_LATE_LINES:
        story.append(_p(f"另有 {len(review.late_lines) - MAX_LATE_LINES} 项未列出，见合规页面“移交期限”。", st["body"]))

    g = review.gaps
    story.append(_p("三、中断说明和未记录说明", st["h"]))
    story.append(_table(["中断说明", "未记录说明", "待审核", "已审核备案", "不予认可", "应录未录"],
                        [[str(g.interruptions), str(g.no_recordings), str(g.pending), str(g.approved), str(g.refused),
                          str(g.unrecorded)]], [1] * 6, st, ""))

    sc = review.spot_checks
    story.append(_p("四、抽查结果（003§26，每项满分 %d 分）" % spot_checks.MAX_SCORE, st["h"]))
    story.append(_p(f"抽查 {sc.checks} 次，抽取 {sc.sampled} 件，已评分 {sc.scored} 件。各项平均得分："
                    + "；".join(f"{zh} {_num(v)}" for (_, zh, _), v in zip(spot_checks.ITEMS, sc.item_averages))
                    + f"；平均总分 {_num(sc.average_total)}。", st["body"]))
    story.append(_table(["部门", "抽取（件）", "已评分（件）", "平均总分"],
                        [[n, str(a), str(b), _num(avg)] for n, a, b, avg in sc.by_department], [3, 1.5, 1.5, 1.5],
                        st, "本年度未开展抽查。"))

    story.append(_p("五、设备配备比例", st["h"]))
    if review.devices is None:
        story.append(_p("无设备配备数据（各部门尚未设定配备类别）。", st["body"]))
    else:
        story.append(_table(["部门", "类别", "依据", "执法人员", "应配", "在用", "缺/超"],
                            [[r.department, r.class_name, r.article, str(r.officers),
                              "按需" if r.required is None else str(r.required), str(r.in_service),
                              "—" if r.shortfall is None else (f"缺 {r.shortfall}" if r.shortfall > 0 else
                                                               f"超 {-r.shortfall}" if r.shortfall < 0 else "达标")]
                             for r in review.devices], [3, 1.2, 1.4, 1.3, 1, 1, 1.2], st, ""))
    story.append(_p("六、评查记录（002§17：每年至少组织一次）", st["h"]))
    story.append(_table(["日期", "范围", "评查人员", "资料（件）", "发现的问题", "整改措施"],
                        [[r.held_on.isoformat(), r.scope, r.reviewers, str(r.recordings_reviewed), r.findings,
                          r.measures] for r in review.reviews], [1.5, 2.5, 1.8, 1.1, 2.5, 2.5], st,
                        "本年度尚未登记评查。"))
    story.append(_p("七、发现的问题和处理", st["h"]))
    story.append(_table(["日期", "执法人员", "问题", "处理", "资料", "说明"],
                        [[to_local(f.recorded_at, review.timezone).strftime("%Y-%m-%d"), f.officer,
                          findings.KINDS.get(f.kind, (f.kind,))[0], findings.OUTCOMES.get(f.outcome, (f.outcome,))[0],
                          f"#{f.recording_id} {f.recording_name}" if f.recording_id else "", f.notes]
                         for f in review.findings], [1.4, 1.3, 2, 1.8, 2.6, 2.6], st, "本年度未登记问题。"))
    story.append(_p("八、不定期检查、督导（002§17）", st["h"]))
    story.append(_table(["日期", "检查人员", "被检查人员", "情况", "发现问题"],
                        [[i.held_on.isoformat(), i.inspectors, "、".join(i.officers), i.notes, str(i.findings)]
                         for i in review.inspections], [1.4, 1.8, 3, 3.4, 1.2], st, "本年度未登记督导检查。"))
    story.append(KeepTogether([  # the signatures and the date stay on one page
        Spacer(1, 10 * mm),
        _p("评查人（签字）：____________________　　　审核人（签字）：____________________", st["body"]),
        Spacer(1, 2 * mm), _p(f"制表时间：{to_local(made, review.timezone).strftime('%Y-%m-%d %H:%M')}", st["body"])]))
    return story


def yearly_review_pdf(archive: Archive, year: int, out_path: Path | str, review: YearlyReview | None = None) -> Path:
    """Print the yearly review of `year` to an A4 PDF; return its path."""
    font = cjk_font()
    st = _styles(font)
    review = review or yearly_review(archive, year)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    head = audit.read_head(archive.head_path)
    head_text = audit.head_text(head)
    title = title_of(review.year)
    doc = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font, title=f"{title} {review.unit_name}",
                            author=review.unit_name)
    printed = to_local(review.made_at, review.timezone).strftime("%Y-%m-%d %H:%M")
    doc.build(_story(review, font, st), canvasmaker=report_canvas(font, title, review.unit_name, printed, head_text))
    return out

"""The printed spot-check report (抽查评分表, 003§26, RPT-07): each sampled recording with its
three item scores and notes, then the total and average per department, with the draw's seed and
population so the sample can be shown to be the one drawn."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from xml.sax.saxutils import escape

from evidenceroom.core import audit, spot_checks
from evidenceroom.core.archive import Archive
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import report_canvas
from evidenceroom.printing.yearly_review import MARGIN, PAGE, _num, _p, _styles, _table

TITLE = "音像资料抽查评分表"


def totals_by(check: spot_checks.SpotCheckInfo, field: str) -> list[tuple[str, int, int, int | None, float | None]]:
    """Per department or officer (`field`): sampled, scored, total points and average total of the scored."""
    out = []
    for name in sorted({getattr(i, field) for i in check.items}):
        items = [i for i in check.items if getattr(i, field) == name]
        totals = [i.total for i in items if i.scored]
        out.append((name, len(items), len(totals), sum(totals) if totals else None,
                    sum(totals) / len(totals) if totals else None))
    return out


def spot_check_pdf(archive: Archive, check_id: int, out_path: Path | str) -> Path:
    font = cjk_font()
    st = _styles(font)
    check = spot_checks.spot_check_info(archive, check_id)
    with archive.session() as s:
        unit = archive.unit(s)
        tz, unit_name = unit.timezone, unit.name

    def local(value) -> str:
        return to_local(value, tz).strftime("%Y-%m-%d %H:%M")

    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    story = [_p(TITLE, st["title"]), Spacer(1, 2 * mm),
             Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(escape(x) for x in (
                 f"单位：{unit_name}", f"第 {check.id} 号抽查", f"抽取人：{check.drawn_by_name}",
                 f"抽取时间：{local(check.drawn_at)}")), st["sub"]), Spacer(1, 3 * mm),
             _p(f"时段 {local(check.period_start)} 至 {local(check.period_end)}；{check.department or '全部部门'}；"
                f"按 {check.proportion * 100:.1f}% 从 {check.population_size} 件中随机抽取 {len(check.items)} 件；"
                f"随机种子 {check.seed}（以种子和资料清单可重现本次抽取）。每项满分 {spot_checks.MAX_SCORE} 分："
                + "；".join(f"（{'一二三'[n]}）{zh}" for n, (_, zh, _) in enumerate(spot_checks.ITEMS)) + "。",
                st["body"]), Spacer(1, 3 * mm)]
    rows = [[f"{i.position}", f"#{i.recording_id} {i.original_name}", i.officer, i.department,
             *["—" if v is None else str(v) for v in i.scores], "—" if i.total is None else str(i.total), i.notes]
            for i in check.items]
    story.append(_table(["序号", "资料", "执法人员", "部门", "（一）", "（二）", "（三）", "合计", "备注"], rows,
                        [1.0, 3.6, 1.3, 2.2, 0.9, 0.9, 0.9, 0.9, 2.7], st, "未抽中资料。"))
    for field, heading, column in (("department", "各部门得分", "部门"), ("officer", "执法人员得分", "执法人员")):
        story += [Spacer(1, 4 * mm), _p(heading, st["h"])]
        story.append(_table([column, "抽取（件）", "已评分（件）", "总分", "平均分"],
                            [[n, str(a), str(b), "—" if tot is None else str(tot), _num(avg)]
                             for n, a, b, tot, avg in totals_by(check, field)], [3, 1.4, 1.4, 1.2, 1.2], st, ""))
    story += [Spacer(1, 10 * mm), _p("检查人（签字）：____________________　　　审核人（签字）：____________________",
                                     st["body"])]
    head = audit.read_head(archive.head_path)
    head_text = audit.head_text(head)
    doc = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font, title=f"{TITLE} {unit_name}", author=unit_name)
    doc.build(story, canvasmaker=report_canvas(font, TITLE, unit_name, local(utcnow()), head_text))
    return out

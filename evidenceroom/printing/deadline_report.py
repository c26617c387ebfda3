"""The printed hand-in timeliness report (移交情况统计表, RPT-05): for a period, each department and
officer with activities, on-time and late hand-ins and footage still missing, then every late or
missing activity with its hours."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from evidenceroom.core import audit, oversight
from evidenceroom.core.archive import Archive
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import report_canvas
from evidenceroom.printing.yearly_review import MARGIN, PAGE, _p, _pct, _styles, _table

TITLE = "音像资料移交情况统计表"


def _tally_rows(tallies) -> list[list[str]]:
    return [[t.name, str(t.activities), str(t.recordings), str(t.on_time), str(t.late), str(t.missing),
             str(t.pending), _pct(t.on_time_rate)] for t in tallies]


def deadline_report_pdf(archive: Archive, since: datetime, until: datetime, out_path: Path | str) -> Path:
    """`since`/`until` as for `oversight.deadline_report` (naive: the unit's local time, until exclusive)."""
    font = cjk_font()
    st = _styles(font)
    report = oversight.deadline_report(archive, since, until)
    with archive.session() as s:
        unit = archive.unit(s)
        tz, unit_name = unit.timezone, unit.name

    def local(value: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
        return to_local(value, tz).strftime(fmt)

    # The period's end is exclusive: its last day is the day before.
    period = f"{local(report.since, '%Y-%m-%d')} 至 {local(report.until - timedelta(seconds=1), '%Y-%m-%d')}"
    header = ["", "执法活动", "音像资料", "按时移交", "逾期移交", "逾期未移交", "未到期", "按时移交率"]
    widths = [2.6, 1.1, 1.1, 1.1, 1.1, 1.2, 1, 1.3]
    t = report.total
    story = [_p(TITLE, st["title"]), Spacer(1, 2 * mm),
             Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(escape(x) for x in (
                 f"单位：{unit_name}", f"期间：{period}", f"移交期限：活动结束后 {report.hand_in_hours} 小时")),
                 st["sub"]), Spacer(1, 3 * mm),
             _p(f"共 {t.activities} 次执法活动：按时移交 {t.on_time}，逾期移交 {t.late}，逾期未移交 {t.missing}，"
                f"未到期 {t.pending}；按时移交率 {_pct(t.on_time_rate)}。", st["body"]),
             _p("一、按部门", st["h"]), _table(["部门", *header[1:]], _tally_rows(report.by_department), widths, st,
                                             "本期间无执法活动。"),
             _p("二、按执法人员", st["h"]), _table(["执法人员", *header[1:]], _tally_rows(report.by_officer), widths,
                                               st, "本期间无执法活动。"),
             _p("三、逾期移交和逾期未移交", st["h"])]
    late = [ln for ln in report.lines if ln.status in (oversight.LATE, oversight.MISSING)]
    story.append(_table(["执法活动", "执法人员", "部门", "移交期限", "移交时间", "情况"],
                        [[f"{ln.activity_id} {ln.kind}", "、".join(ln.officers), "、".join(ln.departments),
                          local(ln.deadline_at), local(ln.handed_in_at) if ln.handed_in_at else "未移交",
                          oversight.describe(ln)] for ln in late], [2.2, 1.6, 2, 1.8, 1.8, 1.8], st,
                        "本期间无逾期。"))
    head = audit.read_head(archive.head_path)
    head_text = audit.head_text(head)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font, title=f"{TITLE} {unit_name}", author=unit_name)
    doc.build(story, canvasmaker=report_canvas(font, TITLE, unit_name, local(utcnow()), head_text))
    return out

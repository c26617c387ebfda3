"""The printed chain-of-custody report (音像资料监管链报告, RPT-09).

A4 landscape: the recordings with their SHA-256, then every audit event about them in the log's
order with who did it, and at the end and in each page's footer the result of verifying the audit
chain (审计链校验通过 or what broke). CJK font embedded.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from evidenceroom.core.archive import Archive
from evidenceroom.core.chain_of_custody import ChainOfCustody, chain_of_custody
from evidenceroom.core.timeutil import to_local
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import build_whole, grid_style, note_if_empty, report_canvas
from evidenceroom.printing.registers import MARGIN, PAGE, _p, _spaced, _styles

TITLE = "音像资料监管链报告"
EVENT_COLUMNS = ("序号", "审计号", "时间", "事项", "经办人", "内容")
EVENT_WIDTHS = tuple(w * mm for w in (10, 14, 30, 38, 36, 145))
RECORDING_COLUMNS = ("资料", "文件名", "案件", "拍摄时间", "入库时间", "SHA-256")
RECORDING_WIDTHS = tuple(w * mm for w in (14, 52, 40, 27, 27, 113))


def _local(value, tz: str) -> str:
    return to_local(value, tz).strftime("%Y-%m-%d %H:%M:%S")


def chain_report_pdf(report: ChainOfCustody | Archive, out_path: Path | str, *, recording_id: int | None = None,
                     case_id: int | None = None) -> Path:
    """Print a chain of custody (or read it from the archive first) to an A4 landscape PDF."""
    if isinstance(report, Archive):
        report = chain_of_custody(report, recording_id=recording_id, case_id=case_id)
    font = cjk_font()
    st = _styles(font)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tz = report.timezone

    recs = [[_p(c, st["head"]) for c in RECORDING_COLUMNS]]
    for r in report.recordings:
        name = r.original_name + ("（已清除）" if r.disposed else "")
        recs.append([_p(f"#{r.id}", st["center"]), _p(name, st["cell"]), _p(r.case_no or "—", st["cell"]),
                     _p(_local(r.recorded_at, tz), st["center"]), _p(_local(r.imported_at, tz), st["center"]),
                     _p(r.sha256, st["cell"])])
    rec_style = grid_style(font, pad=2)
    note_if_empty(recs, rec_style, _p("该案件下没有资料。", st["center"]))

    rows = [[_p(c, st["head"]) for c in EVENT_COLUMNS]]
    for n, e in enumerate(report.events, start=1):
        rows.append([_p(str(n), st["center"]), _p(str(e.seq), st["center"]), _p(_local(e.at, tz), st["center"]),
                     _p(e.name_zh, st["cell"]), _p(e.actor_name, st["cell"]), _p(e.summary, st["cell"])])
    ev_style = grid_style(font, pad=2)
    note_if_empty(rows, ev_style, _p("审计日志中没有相关事件。", st["center"]))

    verdict = report.verdict_zh
    story = [
        _p(TITLE, st["title"]), Spacer(1, 2 * mm),
        _spaced([f"单位：{report.unit_name}", f"对象：{report.subject_zh}", f"共 {len(report.events)} 条事件"], st["sub"]),
        Spacer(1, 4 * mm),
        Table(recs, colWidths=RECORDING_WIDTHS, repeatRows=1, style=TableStyle(rec_style)),
        Spacer(1, 4 * mm),
        Table(rows, colWidths=EVENT_WIDTHS, repeatRows=1, style=TableStyle(ev_style)),
        Spacer(1, 5 * mm),
        Paragraph(f'<font color="{"#1b5e20" if report.chain_ok else "#b71c1c"}">{escape(verdict)}</font>',
                  st["sign"]),
        Spacer(1, 8 * mm),
        _spaced(["保管人（签字）：____________________", "审核人（签字）：____________________"], st["sign"], 12),
    ]
    printed = to_local(report.printed_at, tz).strftime("%Y-%m-%d %H:%M")
    footer = "审计链校验通过" if report.chain_ok else "审计链校验未通过"
    return build_whole(out, story, report_canvas(font, TITLE, report.unit_name, printed, footer),
                       pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                       bottomMargin=MARGIN, initialFontName=font, title=f"{TITLE} {report.subject_zh}",
                       author=report.unit_name, subject=report.subject_zh)

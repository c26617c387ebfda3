"""The printed retention report (保存期限报告, RPT-08).

A4 landscape, CJK font embedded: recordings counted by retention basis, those expiring within the
chosen number of days (and those already expired awaiting a decision), long-term ones without a
verified two-copy disc set, and the period's disposals with their tombstone records.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from evidenceroom.core import audit
from evidenceroom.core.archive import Archive
from evidenceroom.core.retention_lists import Row
from evidenceroom.core.retention_report import RetentionReport, retention_report
from evidenceroom.core.timeutil import to_local
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import build_whole, grid_style, report_canvas, text_table
from evidenceroom.printing.registers import MARGIN, PAGE, _p, _spaced, _styles

TITLE = "音像记录资料保存期限报告"
ROW_COLUMNS = ("序号", "资料", "文件名", "案件", "拍摄时间", "到期", "保存依据")
ROW_WIDTHS = tuple(w * mm for w in (12, 16, 60, 42, 30, 35, 78))
DISPOSAL_COLUMNS = ("序号", "资料", "文件名", "案件", "到期", "清除依据", "提出人", "批准人", "清除时间")
DISPOSAL_WIDTHS = tuple(w * mm for w in (10, 14, 44, 32, 22, 70, 24, 24, 33))


def _rows(rows: tuple[Row, ...], report: RetentionReport) -> list[list]:
    tz = report.timezone
    return [[n, f"#{r.recording_id}", r.original_name, r.case_no or "—",
             to_local(r.recorded_at, tz).strftime("%Y-%m-%d %H:%M"), r.expiry.label(report.today)[0],
             r.expiry.basis()[0]] for n, r in enumerate(rows, start=1)]


def _disposals(report: RetentionReport, st) -> Table:
    """Each disposal on two rows: its facts, then its tombstone with the SHA-256 on one line of its own."""
    if not report.disposals:
        return text_table(DISPOSAL_COLUMNS, DISPOSAL_WIDTHS, [], "本期间没有清除资料。", st)
    data = [[_p(c, st["head"]) for c in DISPOSAL_COLUMNS]]
    style = grid_style(st["cell"].fontName, pad=2)
    for n, d in enumerate(report.disposals, start=1):
        first = len(data)
        data.append([_p(str(v), st["cell"]) for v in (
            n, f"#{d.recording_id}", d.original_name, d.case_no or "—", d.expired_on, d.grounds, d.proposed_by,
            d.approved_by, to_local(d.disposed_at, report.timezone).strftime("%Y-%m-%d %H:%M"))])
        data.append(["", _p(f"销毁记录 #{d.tombstone_id}    SHA-256 {d.sha256}", st["cell"])] + [""] * 7)
        style += [("SPAN", (0, first), (0, first + 1)), ("SPAN", (1, first + 1), (-1, first + 1))]
    return Table(data, colWidths=DISPOSAL_WIDTHS, repeatRows=1, style=TableStyle(style))


def retention_report_pdf(archive: Archive, out_path: Path | str, report: RetentionReport | None = None,
                         **kwargs) -> Path:
    """Print the retention report to an A4 landscape PDF; `kwargs` go to `retention_report`."""
    report = report or retention_report(archive, **kwargs)
    head = audit.read_head(archive.head_path)
    font = cjk_font()
    st = _styles(font)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    h2, tz = st["sign"], report.timezone
    total = sum(n for _, _, n in report.by_basis)
    story = [
        _p(TITLE, st["title"]), Spacer(1, 2 * mm),
        _spaced([f"单位：{report.unit_name}", f"截至 {report.today}", f"未来 {report.days} 天",
                 f"规定：{report.profile_name}"], st["sub"]),
        Spacer(1, 4 * mm),
        _p(f"一、按保存依据（现存资料 {total} 份）", h2), Spacer(1, 1 * mm),
        text_table(("保存依据", "份数"), (70 * mm, 30 * mm), [[name, n] for _, name, n in report.by_basis], "", st),
        Spacer(1, 3 * mm),
        _p(f"二、{report.days} 天内到期（{len(report.expiring)} 份）", h2), Spacer(1, 1 * mm),
        text_table(ROW_COLUMNS, ROW_WIDTHS, _rows(report.expiring, report), f"{report.days} 天内没有到期的资料。", st),
        Spacer(1, 3 * mm),
        _p(f"三、已到期待处理（{len(report.expired_awaiting)} 份）", h2), Spacer(1, 1 * mm),
        text_table(ROW_COLUMNS, ROW_WIDTHS, _rows(report.expired_awaiting, report), "无", st), Spacer(1, 3 * mm),
        _p(f"四、长期保存但无已校验的一式两份光盘（{len(report.long_term_without_discs)} 份）", h2), Spacer(1, 1 * mm),
        text_table(ROW_COLUMNS, ROW_WIDTHS, _rows(report.long_term_without_discs, report), "无", st), Spacer(1, 3 * mm),
        _p(f"五、已清除资料（{report.period_start} 至 {report.period_end}，{len(report.disposals)} 份，销毁记录）", h2),
        Spacer(1, 1 * mm),
    ]
    story += [_disposals(report, st), Spacer(1, 8 * mm),
              _spaced(["保管人（签字）：____________________", "审核人（签字）：____________________"], st["sign"], 12)]
    printed = to_local(report.printed_at, tz).strftime("%Y-%m-%d %H:%M")
    head_text = audit.head_text(head)
    return build_whole(out, story, report_canvas(font, TITLE, report.unit_name, printed, head_text),
                       pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                       bottomMargin=MARGIN, initialFontName=font, title=f"{TITLE} {report.unit_name}",
                       author=report.unit_name, subject=str(report.today))

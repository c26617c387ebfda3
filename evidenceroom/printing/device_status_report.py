"""The printed device-status report (设备状况报告, RPT-04).

A4 landscape, CJK font embedded: the devices by state (each device once), those past or near the end
of their service life with the profile's lead time, and the losses and damage of the period with
the liable user and the compensation. Each page is footed with the print time and the audit head.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from evidenceroom.core import audit
from evidenceroom.core.archive import Archive
from evidenceroom.core.device_status import NEAR_LIFE, PAST_LIFE, DeviceLine, DeviceStatus, device_status
from evidenceroom.core.timeutil import to_local
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import build_whole, report_canvas, text_table
from evidenceroom.printing.registers import MARGIN, PAGE, _p, _spaced, _styles

TITLE = "音像记录设备状况报告"
DEVICE_COLUMNS = ("序号", "设备编号", "类型", "型号", "所属部门", "使用人员", "启用日期", "使用年限至", "状态")
DEVICE_WIDTHS = tuple(w * mm for w in (12, 38, 30, 42, 38, 28, 27, 27, 31))
LOSS_COLUMNS = ("序号", "时间", "设备编号", "类型", "事项", "使用人员", "事情经过", "责任", "赔偿（元）")
LOSS_WIDTHS = tuple(w * mm for w in (12, 30, 36, 26, 14, 32, 55, 44, 24))


def _device_rows(devices: tuple[DeviceLine, ...]) -> list[list]:
    return [[n, d.serial, d.kind_zh, d.model, d.department or "—", d.holder or "—", d.in_service_on or "—",
             d.life_end or "—", d.state_zh] for n, d in enumerate(devices, start=1)]


def device_status_pdf(archive: Archive, out_path: Path | str, report: DeviceStatus | None = None, **kwargs) -> Path:
    """Print the device-status report to an A4 landscape PDF; `kwargs` go to `device_status`."""
    report = report or device_status(archive, **kwargs)
    head = audit.read_head(archive.head_path)
    font = cjk_font()
    st = _styles(font)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    h2 = st["sign"]
    story = [
        _p(TITLE, st["title"]), Spacer(1, 2 * mm),
        _spaced([f"单位：{report.unit_name}", f"截至 {report.today}", f"共 {report.device_count} 台",
                 f"规定：{report.profile_name}"], st["sub"]),
        Spacer(1, 4 * mm),
        _p("一、按状态", h2), Spacer(1, 1 * mm),
    ]
    summary = [[heading, len(devices)] for _, heading, devices in report.by_state]
    story += [text_table(("状态", "台数"), (60 * mm, 30 * mm), summary, "", st), Spacer(1, 3 * mm)]
    for _, heading, devices in report.by_state:
        # A heading never stays behind at the foot of a page without its table.
        story += [KeepTogether([_p(f"{heading}（{len(devices)} 台）", st["cell"]), Spacer(1, 1 * mm),
                                text_table(DEVICE_COLUMNS, DEVICE_WIDTHS, _device_rows(devices), "无", st)]),
                  Spacer(1, 3 * mm)]
    article = f"，{report.service_life_article}" if report.service_life_article else ""
    story += [
        _p(f"二、{PAST_LIFE}（{len(report.past_life)} 台{article}）", h2), Spacer(1, 1 * mm),
        text_table(DEVICE_COLUMNS, DEVICE_WIDTHS, _device_rows(report.past_life), "无", st), Spacer(1, 3 * mm),
        _p(f"三、{NEAR_LIFE}（{report.lead_months} 个月内到期，{len(report.near_life)} 台）", h2), Spacer(1, 1 * mm),
        text_table(DEVICE_COLUMNS, DEVICE_WIDTHS, _device_rows(report.near_life), "无", st), Spacer(1, 3 * mm),
        _p(f"四、遗失、损坏及赔偿（{report.period_text}，{len(report.losses)} 起）", h2), Spacer(1, 1 * mm),
    ]
    tz = report.timezone
    losses = [[n, to_local(x.at, tz).strftime("%Y-%m-%d %H:%M"), x.serial, x.kind_zh, x.what_zh, x.officer or "—",
               x.circumstances, "保管不善或使用不当" if x.liable else "无责任",
               (x.compensation or "原价未登记") if x.liable else "—"] for n, x in enumerate(report.losses, start=1)]
    story += [text_table(LOSS_COLUMNS, LOSS_WIDTHS, losses, "本期间无遗失或损坏。", st), Spacer(1, 8 * mm),
              _spaced(["保管人（签字）：____________________", "审核人（签字）：____________________"], st["sign"], 12)]
    printed = to_local(report.printed_at, tz).strftime("%Y-%m-%d %H:%M")
    head_text = audit.head_text(head)
    return build_whole(out, story, report_canvas(font, TITLE, report.unit_name, printed, head_text),
                       pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                       bottomMargin=MARGIN, initialFontName=font, title=f"{TITLE} {report.unit_name}",
                       author=report.unit_name, subject=str(report.today))

"""The equipment report (音像记录设备配备情况, RPT-03) for the budget request (000§4) and for
supervisory checks (000§17, 001§4).

For each department: class, ratio and the article it comes from, officers, body cameras and
handheld terminals required against those in service, 缺/超, and devices in service by kind and
feature (DEV-11). Then the devices past or near the end of their service life, which the budget
has to replace (000§11). Figures come from `core.staffing` and `core.device_alerts`.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from evidenceroom.core import profiles
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import head_text, read_head
from evidenceroom.core.device_alerts import unit_alerts
from evidenceroom.core.device_register import FEATURE_NAMES, KIND_NAMES, list_devices
from evidenceroom.core.staffing import DepartmentStaffing, staffing
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import grid_style, note_if_empty, report_canvas
from evidenceroom.printing.registers import _p, _spaced, _styles

TITLE = "音像记录设备配备情况"
PAGE = landscape(A4)
MARGIN = 12 * mm
COLUMNS = ("部门", "类别", "配备比例（依据）", "执法人员", "应配", "在用", "缺/超", "在用设备（按类型）", "功能")
COLUMN_WIDTHS = tuple(w * mm for w in (38, 30, 34, 16, 14, 14, 16, 62, 49))
LIFE_COLUMNS = ("序列号", "设备类型", "型号", "部门", "启用日期", "情况")
LIFE_WIDTHS = tuple(w * mm for w in (30, 30, 40, 45, 25, 103))


def gap_text(row: DepartmentStaffing) -> str:
    """缺 n, 超 n, 持平, or 按需 when the class sets no ratio."""
    if row.required is None:
        return "按需" if row.class_name else "未定类别"
    gap = row.shortfall
    return f"缺 {gap}" if gap > 0 else f"超 {-gap}" if gap < 0 else "持平"


def ratio_text(row: DepartmentStaffing) -> str:
    if not row.staffing_class:
        return "—"
    if row.class_name is None:
        return f"本规定无 {row.staffing_class} 类"
    if row.officers_per_device is None:
        return f"按需配备（{row.article}）" if row.article else "按需配备"
    return f"{row.officers_per_device} 人 1 台（{row.article}）"


def _row(row: DepartmentStaffing, st) -> list:
    kinds = "、".join(f"{KIND_NAMES.get(k, (k,))[0]} {n}" for k, n in sorted(row.by_kind.items())) or "无"
    feats = "、".join(f"{FEATURE_NAMES.get(f, (f,))[0]} {n}" for f, n in sorted(row.by_feature.items())) or "—"
    officers = str(row.officers) + ("（填报）" if row.officer_count_override is not None else "")
    return [_p(row.name, st["cell"]), _p(row.class_name or row.staffing_class or "—", st["cell"]),
            _p(ratio_text(row), st["cell"]), _p(officers, st["center"]),
            _p("—" if row.required is None else str(row.required), st["center"]), _p(str(row.in_service), st["center"]),
            _p(gap_text(row), st["center"]), _p(kinds, st["cell"]), _p(feats, st["cell"])]


def equipment_report_pdf(archive: Archive, out_path: Path | str, profile: profiles.Profile | None = None) -> Path:
    """Print the equipment report under `profile` (the unit's active one by default)."""
    font = cjk_font()
    st = _styles(font)
    with archive.session() as s:
        profile = profile or profiles.active(s)
        unit = archive.unit(s)
        unit_name, tz = unit.name, unit.timezone
    rows = staffing(archive, profile)
    life = [a for a in unit_alerts(archive, profile) if a.code in ("life_over", "life_near")]
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)

    data = [[_p(c, st["head"]) for c in COLUMNS]] + [_row(r, st) for r in rows]
    style = grid_style(font)
    note_if_empty(data, style, _p("尚未登记部门。", st["center"]))
    required = sum(r.required or 0 for r in rows)
    missing = sum(max(r.shortfall or 0, 0) for r in rows)
    printed = to_local(utcnow(), tz).strftime("%Y-%m-%d %H:%M")
    story = [_p(TITLE, st["title"]), Spacer(1, 2 * mm),
             _spaced([f"单位：{unit_name}", f"依据：{profile.name_zh}", f"统计时间：{printed}"], st["sub"]),
             Spacer(1, 4 * mm), Table(data, colWidths=COLUMN_WIDTHS, repeatRows=1, style=TableStyle(style)),
             Spacer(1, 3 * mm),
             _p(f"执法记录仪和手持执法终端合计：应配 {required} 台，在用 {sum(r.in_service for r in rows)} 台，"
                f"缺 {missing} 台。在用指未封存、未销毁、未遗失且无待修故障的设备。"
                "设备经费纳入本级预算管理（000§4）。", st["cell"]),
             Spacer(1, 6 * mm), _p(f"超出或临近使用年限的设备（需更新，共 {len(life)} 台）", st["sub"]),
             Spacer(1, 2 * mm)]
    lines = [[_p(c, st["head"]) for c in LIFE_COLUMNS]]
    devices = {d.id: d for d in list_devices(archive)} if life else {}  # one read, not one per alert
    for alert in life:
        d = devices[alert.device_id]
        lines.append([_p(d.serial, st["cell"]), _p(d.kind_zh, st["cell"]), _p(d.model, st["cell"]),
                      _p(d.department_name or "", st["cell"]), _p(str(d.in_service_on or ""), st["center"]),
                      _p(alert.zh, st["cell"])])
    life_style = grid_style(font)
    note_if_empty(lines, life_style, _p("无。", st["center"]))
    story += [Table(lines, colWidths=LIFE_WIDTHS, repeatRows=1, style=TableStyle(life_style)), Spacer(1, 8 * mm),
              _spaced(["制表人：____________________", "单位负责人：____________________"], st["sign"], 12)]
    head = head_text(read_head(archive.head_path))
    doc = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font, title=f"{TITLE} {unit_name}", author=unit_name,
                            subject=profile.name_zh)
    doc.build(story, canvasmaker=report_canvas(font, TITLE, unit_name, printed, head))
    return out

"""The custody ledger printed (PDF, CJK font embedded) and exported (xlsx) from real custody events."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from evidenceroom.core import custody, registry
from evidenceroom.core.audit import Actor, read_head
from evidenceroom.core.custody import LedgerFilter, PreUseCheck
from evidenceroom.core.device_ledger import LEDGER_COLUMNS
from evidenceroom.core.device_register import save_department
from evidenceroom.core.device_xlsx import export_ledger_xlsx
from evidenceroom.core.models import DeviceKind, Role
from evidenceroom.printing.ledger import ledger_pdf

CLERK = Actor("陈静 (clerk)", role=Role.CLERK.value)


def _run(*args) -> str:
    tool = shutil.which(str(args[0]))
    if tool is None:
        pytest.fail(f"{args[0]} is needed for this test: apt-get install poppler-utils")
    return subprocess.run([tool, *map(str, args[1:])], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def moves(archive) -> int:
    with archive.transaction() as s:
        zhang = registry.add_person(s, CLERK, "张伟", "13001", "水政监察支队").id
        li = registry.add_person(s, CLERK, "李娜", "13002", "水政监察支队").id
        wang = registry.add_person(s, CLERK, "王队长", "13000", "水政监察支队").id
        dept = registry.department(s, CLERK, "水政监察支队").id
        cam = registry.add_device(s, CLERK, "DSJ-07", DeviceKind.BODY_CAMERA, "DSJ-V9", "QS-ZF-007",
                                  purchased_on=date(2024, 1, 10), custodian_id=li, department_id=dept).id
    save_department(archive, CLERK, dept, first_responsible_id=wang, administrator_id=li, staffing_class="A")
    ok = PreUseCheck(True, True, False, True, clock_offset_s=-12, reasons={"clock": "慢 12 秒，已记录"})
    custody.check_out(archive, CLERK, cam, zhang, "河道采砂现场检查（秦水罚〔2026〕31号）",
                      datetime(2026, 11, 28, 18, 0), ok, at=datetime(2026, 11, 28, 8, 30))
    custody.handover(archive, CLERK, cam, li, reason="换班", at=datetime(2026, 11, 28, 12, 0))
    custody.return_device(archive, CLERK, cam, condition="完好", recorded="采砂船只检查、询问笔录全过程",
                          has_footage=True, activity_ended=datetime(2026, 11, 28, 16, 0),
                          at=datetime(2026, 11, 28, 17, 5))
    custody.report_fault(archive, CLERK, cam, "电池无法充电", "unit_head")
    return cam


def test_ledger_pdf_has_the_rows_names_and_an_embedded_cjk_font(archive, moves, tmp_path):
    pdf = ledger_pdf(archive, LedgerFilter(device_id=moves), tmp_path / "打印 输出" / "台账.pdf")
    text = _run("pdftotext", "-layout", pdf, "-")
    flat = re.sub(r"\s+", "", text)  # pdftotext keeps some gaps between CJK characters, not others
    for words in ("音像记录设备使用台账", "测试市水务局", "领用", "交接", "归还", "故障登记", "张伟（13001）",
                  "李娜（13002）", "2026-11-28", "08:30", "17:05", "慢 12 秒", "时钟偏差 -12 秒", "换班",
                  "第一责任人：王队长", "管理员：李娜", "保管人：李娜", "报告单位负责人", "第 1 页 共 1 页", "共 4 条"):
        assert words.replace(" ", "") in flat, words
    seq, digest = read_head(archive.head_path)
    assert f"审计链#{seq}sha256{digest[:16]}" in flat
    fonts = _run("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", f) for f in fonts), fonts
    assert not any(f.split()[0] in ("Helvetica", "Times-Roman") for f in fonts)
    _run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", pdf, tmp_path / "page")
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_ledger_for_one_officer_names_the_officer(archive, moves, tmp_path):
    with archive.session() as s:
        zhang = s.query(registry.Person).filter_by(badge_no="13001").one().id
    pdf = ledger_pdf(archive, LedgerFilter(officer_id=zhang), tmp_path / "张伟.pdf")
    flat = re.sub(r"\s+", "", _run("pdftotext", "-layout", pdf, "-"))
    assert "使用人员：张伟（13001）" in flat and "共1条" in flat


def test_ledger_filters_and_an_empty_period_print(archive, moves, tmp_path):
    pdf = ledger_pdf(archive, LedgerFilter(start=date(2026, 12, 1), end=date(2026, 12, 31)), tmp_path / "空.pdf")
    assert "本期间无台账记录" in _run("pdftotext", "-layout", pdf, "-")
    sheet_rows = custody.ledger(archive, LedgerFilter(start=datetime(2026, 11, 28, 12, 0),
                                                      end=datetime(2026, 11, 28, 17, 5)))
    assert [r.event.kind for r in sheet_rows] == ["handover", "return"]


def test_ledger_xlsx_has_one_row_per_event_with_real_times(archive, moves, tmp_path):
    path = export_ledger_xlsx(archive, LedgerFilter(device_id=moves), tmp_path / "台账.xlsx")
    ws = load_workbook(path).active
    assert tuple(c.value for c in ws[1]) == LEDGER_COLUMNS
    assert [ws.cell(row=r, column=4).value for r in range(2, 6)] == ["领用", "交接", "归还", "故障登记"]
    assert ws["B2"].value == datetime(2026, 11, 28, 8, 30)
    assert "采砂船只检查" in ws["H4"].value and ws["I4"].value == "领用中 → 在库"

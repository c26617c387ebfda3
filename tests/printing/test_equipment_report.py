"""The equipment report: per department required against in service, with the ratio's article,
matching the staffing figures, and the devices due for replacement."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from evidenceroom.core import registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.device_register import save_department
from evidenceroom.core.models import DeviceKind, Role
from evidenceroom.core.profiles import Profile, ServiceLife, StaffingClass
from evidenceroom.printing.equipment_report import equipment_report_pdf

SETUP = Actor("测试准备", role=Role.ADMINISTRATOR.value)
P003 = Profile("qinhuangdao", "秦皇岛市水务局规定", "Qinhuangdao", "", "003",
               service_life={"body_camera": ServiceLife(3, 5), "camera": ServiceLife(8, 10)},
               staffing=(StaffingClass("A", "A类（水政监察综合执法支队）", "A", 2, "003§5(1)"),
                         StaffingClass("B", "B类（其他科室、单位）", "B", 5, "003§5(2)")))
P000 = Profile("zhongwei", "中卫市规定", "Zhongwei", "", "000",
               service_life={"body_camera": ServiceLife(3, 5), "camera": ServiceLife(8, 10)},
               staffing=(StaffingClass("A", "A类", "A", 2, "000§5"), StaffingClass("B", "B类", "B", 3, "000§5"),
                         StaffingClass("C", "C类", "C", None, "000§5")))


def _text(pdf) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is needed: apt-get install poppler-utils")
    out = subprocess.run([tool, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    # One line per table row; pdftotext keeps some gaps between CJK characters, not others.
    return "\n".join(re.sub(r"\s+", "", line) for line in out.splitlines())


@pytest.fixture
def unit(archive):
    with archive.transaction() as s:
        for n in range(11):
            registry.add_person(s, SETUP, f"队员{n}", f"1300{n:02d}", "执法大队")
        registry.add_person(s, SETUP, "科员", "1400", "办公室")
        big = registry.department(s, SETUP, "执法大队").id
        office = registry.department(s, SETUP, "办公室").id
        for n, (serial, day) in enumerate((("ZF-01", date(2021, 6, 1)), ("ZF-02", date(2024, 1, 1)))):
            registry.add_device(s, SETUP, serial, DeviceKind.BODY_CAMERA, "DSJ-V9", department_id=big,
                                in_service_on=day, features=frozenset({"gps"}))
        registry.add_device(s, SETUP, "ZF-03", DeviceKind.BODY_CAMERA, department_id=big).state = "faulty"
        registry.add_device(s, SETUP, "CAM-1", DeviceKind.CAMERA, "EOS", department_id=office)
        head = s.query(registry.Person).filter_by(name="队员0").one().id
    save_department(archive, SETUP, big, first_responsible_id=head, administrator_id=head, staffing_class="B")
    save_department(archive, SETUP, office, first_responsible_id=head, administrator_id=head, staffing_class="C")
    return archive


def test_report_under_003_and_000(unit, tmp_path):
    text = _text(equipment_report_pdf(unit, tmp_path / "报告 003.pdf", P003))
    assert "音像记录设备配备情况" in text and "秦皇岛市水务局规定" in text
    row = next(line for line in text.splitlines() if "执法大队" in line)
    assert "5人1台（003§5(2)）" in row and "缺1" in row  # 11 officers: 3 required, 2 in service
    assert "执法记录仪2" in row and "GPS定位2" in row
    office = next(line for line in text.splitlines() if "办公室" in line and "照相机" in line)
    assert "未定类别" in office  # 003 has no class C
    assert "ZF-01" in text and "超出使用年限（3–5年）" in text  # 2021-06-01 + 5 years is past
    assert "应配3台，在用2台，缺1台" in text and "需更新，共1台" in text

    text = _text(equipment_report_pdf(unit, tmp_path / "报告 000.pdf", P000))
    row = next(line for line in text.splitlines() if "执法大队" in line)
    assert "3人1台（000§5）" in row and "缺2" in row  # 4 required
    assert "按需" in next(line for line in text.splitlines() if "办公室" in line and "照相机" in line)

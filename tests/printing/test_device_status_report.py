"""The device-status report on paper (RPT-04): each device once under its status, the camera
commissioned 5 years 1 month ago under 超出使用年限, losses with compensation; the font embedded."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from core.test_device_status import TODAY, fleet  # noqa: F401  (the fixture)
from evidenceroom.core import accounts, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.device_faults import report_loss
from evidenceroom.core.models import Device, Role
from evidenceroom.printing.device_status_report import device_status_pdf


def _run(*args) -> str:
    tool = shutil.which(str(args[0]))
    if tool is None:
        pytest.fail(f"{args[0]} is needed for this test: apt-get install poppler-utils")
    return subprocess.run([tool, *map(str, args[1:])], check=True, capture_output=True, text=True).stdout


def test_one_device_in_each_status_each_appears_once_and_the_old_camera_is_past_its_life(archive, fleet, tmp_path):
    with archive.transaction() as s:
        registry.add_user(s, Actor("准备"), "wangwu", "correct-horse-1", Role.CLERK, "王五")
        s.get(Device, fleet["checked_out"]).purchase_price_fen = 329900
    clerk = accounts.sign_in(archive, "wangwu", "correct-horse-1")
    report_loss(archive, clerk, fleet["checked_out"], "出警途中遗失", liable=True)
    pdf = device_status_pdf(archive, tmp_path / "报告 输出" / "设备状况.pdf", today=TODAY)
    text = " ".join(_run("pdftotext", "-layout", pdf, "-").split())
    by_state = text[text.index("一、按状态"):text.index("二、超出使用年限")]
    for serial in (f"DSJ-{n:02d}" for n in range(1, 8)):
        assert by_state.count(serial) == 1, serial
    for heading in ("在用（在库）", "故障", "送修（维修中）", "遗失", "封存", "销毁"):
        assert heading in by_state
    past = text[text.index("二、超出使用年限"):text.index("三、临近使用年限")]
    assert "DSJ-01" in past and "000§11" in past
    losses = text[text.index("四、遗失、损坏及赔偿"):]
    assert "DSJ-02" in losses and "出警途中遗失" in losses and "3299.00" in losses and "保管不善或使用不当" in losses
    fonts = _run("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts

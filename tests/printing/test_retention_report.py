"""The retention report on paper (RPT-08): for the next 90 days the clip expiring in that window is
listed, and the disposal appears with its proposer, approver and SHA-256; the font embedded."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from core.test_retention_report import desk  # noqa: F401  (the fixture)
from evidenceroom.core.models import Recording
from evidenceroom.printing.retention_report import retention_report_pdf


def _run(*args) -> str:
    tool = shutil.which(str(args[0]))
    if tool is None:
        pytest.fail(f"{args[0]} is needed for this test: apt-get install poppler-utils")
    return subprocess.run([tool, *map(str, args[1:])], check=True, capture_output=True, text=True).stdout


def test_the_next_90_days_and_the_disposal_are_printed(archive, desk, tmp_path):
    ids, today = desk
    with archive.session() as s:
        soon, later, gone = (s.get(Recording, ids[k]) for k in ("soon", "later", "gone"))
        names = soon.original_name, later.original_name, gone.original_name, gone.sha256
    pdf = retention_report_pdf(archive, tmp_path / "报告 输出" / "保存期限.pdf", days=90)
    text = " ".join(_run("pdftotext", "-layout", pdf, "-").split())
    window = text[text.index("二、90 天内到期"):text.index("三、已到期待处理")]
    assert names[0] in window and names[1] not in window
    disposals = text[text.index("五、已清除资料"):]
    assert f"#{ids['gone']}" in disposals and f"SHA-256 {names[3]}" in disposals
    assert "clerk" in disposals and "leader" in disposals
    assert "长期保存" in text[text.index("四、长期保存"):text.index("五、")]
    fonts = _run("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts

"""打印保存期限报告… on the 保存期限 tab (RPT-08): the report for the tab's window, saved and audited."""
from __future__ import annotations

import json
import subprocess

from sqlalchemy import select

from evidenceroom.core import retention
from evidenceroom.core.models import AuditEvent
from evidenceroom.ui.compliance.retention_tab import RetentionTab


def test_the_retention_report_is_saved_from_the_tab_and_audited(qtbot, filled_archive, clerk, tmp_path):
    tab = RetentionTab(filled_archive, clerk)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.data is not None and not tab.loader.loading, timeout=10000)
    button = tab.buttons["report"]
    assert button.isEnabled() and button.accessibleName() == "打印保存期限报告"
    out = tmp_path / "报告 输出" / "保存期限.pdf"
    job = tab.print_report(target=out, open_after=False)
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    assert job.saved == out and button.isEnabled()
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "音像记录资料保存期限报告" in text and f"未来 {retention.SOON_DAYS} 天" in text
    assert "已保存" in tab.message.text()
    with filled_archive.session() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).one()
    assert json.loads(ev.details)["document"] == "retention_report"

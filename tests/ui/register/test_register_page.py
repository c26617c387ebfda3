"""The register page lists viewings and writes the same register to PDF and Excel."""
from __future__ import annotations

import subprocess
from datetime import datetime, timedelta, timezone

from openpyxl import load_workbook

from evidenceroom.core import access, register
from evidenceroom.core.access import Items
from evidenceroom.core.models import AccessKind, AccessPurpose
from evidenceroom.ui.requests.register_page import RegisterPage


def _viewing(archive, clerk, password) -> register.RegisterRow:
    with archive.session() as s:
        from sqlalchemy import select

        from evidenceroom.core.models import Person, Recording

        officer = s.scalars(select(Person).where(Person.badge_no == "13002")).one()
        rec_id = s.scalars(select(Recording.id).order_by(Recording.id)).first()
    now = datetime.now(timezone.utc)
    request = access.create_request(
        archive, clerk, kind=AccessKind.VIEW, requester=officer.id, reason="复核现场检查过程",
        purpose=AccessPurpose.SUPERVISION, items=Items(recording_ids=(rec_id,)),
        window_start=now - timedelta(minutes=1), window_end=now + timedelta(hours=2))
    access.decide(archive, clerk, request.id, "director", password, "approve", "同意")
    grant = access.request_info(archive, request.id).grant_id
    entry = register.start_viewing(archive, clerk, grant, [rec_id])
    return register.end_viewing(archive, clerk, entry.id)


def test_a_viewing_is_listed_and_written_to_pdf_and_excel(qtbot, filled_archive, clerk, password, tmp_path):
    row = _viewing(filled_archive, clerk, password)
    page = RegisterPage(filled_archive, clerk)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "查阅"
    assert page.table.item(0, 1).text() == "李娜"
    assert page.table.item(0, 2).text() == "复核现场检查过程"

    job = page.save_pdf(tmp_path / "登记簿.pdf", open_after=False)
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)  # written on a worker
    pdf = job.saved
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "音像资料查阅/复制登记簿" in text and "李娜" in text

    xlsx = page.save_xlsx(tmp_path / "登记簿.xlsx")
    sheet = load_workbook(xlsx).active
    values = [c.value for c in sheet[2]]
    assert "李娜" in values and "复核现场检查过程" in values
    assert row.ended_at is not None


def test_filtering_by_viewer_narrows_the_list(qtbot, filled_archive, clerk, password):
    _viewing(filled_archive, clerk, password)
    page = RegisterPage(filled_archive, clerk)
    qtbot.addWidget(page)
    page.viewer.setText("王")
    page.refresh()
    assert page.table.rowCount() == 0
    page.viewer.setText("李")
    page.refresh()
    assert page.table.rowCount() == 1

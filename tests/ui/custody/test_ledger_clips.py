"""A return row of the ledger opens the clips recorded on the device while it was out (DEV-03)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from evidenceroom.core import custody, lookups
from evidenceroom.core.models import Recording
from evidenceroom.ui.custody.devices_page import DevicesPage

ALL_PASS = custody.PreUseCheck(battery_ok=True, storage_ok=True, clock_ok=True, no_fault=True)


def test_the_return_row_lists_the_clips_recorded_while_the_camera_was_out(qtbot, filled_archive, clerk):
    camera = next(d.id for d in lookups.devices(filled_archive) if d.serial == "DSJ-07")
    officer = next(o.id for o in lookups.officers(filled_archive) if o.badge == "13001")
    with filled_archive.session() as s:
        first, last, count = s.execute(select(func.min(Recording.recorded_at), func.max(Recording.recorded_at),
                                              func.count(Recording.id))
                                       .where(Recording.device_id == camera)).one()
    out_at = first - timedelta(hours=1)
    custody.check_out(filled_archive, clerk, camera, officer, "现场检查", last + timedelta(hours=8), ALL_PASS,
                      at=out_at)
    custody.return_device(filled_archive, clerk, camera, condition="完好", recorded="现场检查全过程",
                          has_footage=False, at=last + timedelta(hours=1))
    page = DevicesPage(filled_archive, clerk)
    qtbot.addWidget(page)
    page.show()
    tab = page.ledger_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.model.index(0, 2).data() == "归还"
    assert tab.model.index(0, 9).data() == str(count)
    assert tab.open_clips(1) is None  # the check-out row links to nothing
    dialog = tab.open_clips(0)
    assert dialog.isVisible() and dialog.model.rowCount() == count
    assert "张伟" in dialog.model.index(0, 3).data()
    dialog.reject()

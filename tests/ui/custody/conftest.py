"""The devices page on a real archive: the staffed archive's body camera DSJ-07 and officers."""
from __future__ import annotations

import pytest

from evidenceroom.core import lookups
from evidenceroom.ui.custody.devices_page import DevicesPage


@pytest.fixture
def page(qtbot, staffed_archive, clerk):
    p = DevicesPage(staffed_archive, clerk)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def camera_id(staffed_archive) -> int:
    return next(d.id for d in lookups.devices(staffed_archive) if d.serial == "DSJ-07")


@pytest.fixture
def officer_ids(staffed_archive) -> dict[str, int]:
    return {o.badge: o.id for o in lookups.officers(staffed_archive) if o.badge}

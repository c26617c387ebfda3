"""The device-status report's facts (RPT-04): each device once under its state, service life with the
profile's lead time, losses with compensation."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from evidenceroom.core import profiles, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.custody import DeviceState
from evidenceroom.core.device_status import device_status
from evidenceroom.core.models import Device, DeviceKind
from evidenceroom.core.timeutil import add_months

TODAY = date(2026, 11, 30)


@pytest.fixture
def fleet(archive):
    """One device in each state; one camera commissioned 5 years 1 month ago, one near its end."""
    setup = Actor("准备")
    with archive.transaction() as s:
        officer = registry.add_person(s, setup, "张三", "3201001", "执法大队", "执法人员")
        ids = {}
        for n, state in enumerate(DeviceState, start=1):
            d = registry.add_device(s, setup, f"DSJ-{n:02d}", DeviceKind.BODY_CAMERA, "执法记录仪")
            d.state = state.value
            d.in_service_on = TODAY - timedelta(days=200)
            if state == DeviceState.CHECKED_OUT:
                d.holder_id = officer.id
            ids[state.value] = d.id
        s.get(Device, ids["in_store"]).in_service_on = add_months(TODAY, -61)
        s.get(Device, ids["checked_out"]).in_service_on = add_months(TODAY, -12 * 5 + 3)
        s.get(Device, ids["sealed"]).in_service_on = add_months(TODAY, -100)  # retired: not listed as past life
    return ids


def test_each_device_appears_once_under_its_state(archive, fleet):
    report = device_status(archive, today=TODAY)
    seen = [d.id for _, _, devices in report.by_state for d in devices]
    assert sorted(seen) == sorted(fleet.values())
    for state, _, devices in report.by_state:
        assert all(d.state == state for d in devices)
    headings = [h for _, h, _ in report.by_state]
    for word in ("在用（在库）", "故障", "送修（维修中）", "遗失", "封存", "销毁"):
        assert word in headings
    assert report.device_count == 7


def test_the_camera_past_five_years_is_past_its_life_and_one_within_the_lead_time_is_near(archive, fleet):
    profile = profiles.DEFAULT
    report = device_status(archive, today=TODAY, profile=profile)
    assert [d.id for d in report.past_life] == [fleet["in_store"]]
    assert [d.id for d in report.near_life] == [fleet["checked_out"]]
    assert report.lead_months == profile.service_life_lead_months


def test_a_shorter_lead_time_leaves_the_near_one_out(archive, fleet):
    from dataclasses import replace

    report = device_status(archive, today=TODAY, profile=replace(profiles.DEFAULT, service_life_lead_months=2))
    assert report.near_life == ()


def test_a_liable_loss_shows_the_user_and_the_original_price_and_a_blameless_damage_none(archive, fleet):
    from evidenceroom.core import accounts
    from evidenceroom.core.device_faults import report_loss
    from evidenceroom.core.models import Person, Role

    with archive.transaction() as s:
        registry.add_user(s, Actor("准备"), "wangwu", "correct-horse-1", Role.CLERK, "王五")
        s.get(Device, fleet["checked_out"]).purchase_price_fen = 329900
        officer_id = s.query(Person.id).filter(Person.name == "张三").scalar()
    clerk = accounts.sign_in(archive, "wangwu", "correct-horse-1")
    report_loss(archive, clerk, fleet["checked_out"], "出警途中遗失", liable=True)
    report_loss(archive, clerk, fleet["in_store"], "跌落损坏", liable=False, kind="damage", officer_id=officer_id)
    report = device_status(archive, today=TODAY)
    lost, damaged = report.losses
    assert (lost.serial, lost.what_zh, lost.liable, lost.compensation) == ("DSJ-02", "遗失", True, "3299.00")
    assert lost.officer.startswith("张三")
    assert (damaged.what_zh, damaged.liable, damaged.compensation) == ("损坏", False, None)
    states = {d.id: s for s, _, devs in report.by_state for d in devs}
    assert states[fleet["checked_out"]] == "lost" and states[fleet["in_store"]] == "faulty"
    assert device_status(archive, today=TODAY, end=TODAY - timedelta(days=400)).losses == ()

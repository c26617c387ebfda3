"""Service-life alerts and staffing ratios against hand-computed figures, under two policies:
the numbers of 000 (Zhongwei: A 2, B 3, C as needed) and of 003 (Qinhuangdao: A 2, B 5)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from evidenceroom.core import custody, registry, staffing
from evidenceroom.core.audit import Actor
from evidenceroom.core.device_register import save_department
from evidenceroom.core.models import Department, Device, DeviceKind, Person, Role
from evidenceroom.core.profiles import Profile, ServiceLife, StaffingClass
from evidenceroom.core.timeutil import add_months

SETUP = Actor("测试准备", role=Role.ADMINISTRATOR.value)
LIVES = {"camera": ServiceLife(8, 10), "audio_recorder": ServiceLife(8, 10), "camcorder": ServiceLife(8, 10),
         "cctv": ServiceLife(8, 10), "body_camera": ServiceLife(3, 5), "handheld_terminal": ServiceLife(3, 5),
         "storage": ServiceLife(3, 5)}
P000 = Profile("zhongwei", "中卫市", "Zhongwei", "中卫市", "000", minimum_service_years=3, service_life=LIVES,
               device_check_stale_days=30,
               staffing=(StaffingClass("A", "A类", "Class A", 2, "000§5"), StaffingClass("B", "B类", "Class B", 3, "000§5"),
                         StaffingClass("C", "C类", "Class C", None, "000§5")))
P003 = Profile("qinhuangdao", "秦皇岛市水务局", "Qinhuangdao", "秦皇岛市水务局", "003", minimum_service_years=3,
               service_life=LIVES, device_check_stale_days=90,
               staffing=(StaffingClass("A", "A类（水政监察综合执法支队）", "Class A", 2, "003§5(1)"),
                         StaffingClass("B", "B类（其他科室、单位）", "Class B", 5, "003§5(2)")))
# Noon in Beijing on 2026-11-30.
NOW = datetime(2026, 11, 30, 4, 0, tzinfo=timezone.utc)


def test_devices_required_rounds_up_and_as_needed_has_none():
    assert [staffing.devices_required(n, 3) for n in (0, 1, 3, 4, 11, 12)] == [0, 1, 1, 2, 4, 4]
    assert [staffing.devices_required(n, 5) for n in (5, 6, 11)] == [1, 2, 3]
    assert staffing.devices_required(40, None) is None
    with pytest.raises(ValueError):
        staffing.devices_required(4, 0)


def test_add_months_keeps_the_day_or_the_months_last():
    assert add_months(date(2021, 10, 30), 60) == date(2026, 10, 30)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2027, 3, 1), -6) == date(2026, 9, 1)


def _device(s, serial: str, kind: DeviceKind, in_service: date, **kw) -> int:
    return registry.add_device(s, SETUP, serial, kind, purchased_on=in_service, in_service_on=in_service, **kw).id


@pytest.fixture
def lives(archive) -> dict[str, int]:
    with archive.transaction() as s:
        ids = {
            "over": _device(s, "BC-OVER", DeviceKind.BODY_CAMERA, date(2021, 10, 30)),  # 5 y 1 m
            "near": _device(s, "BC-NEAR", DeviceKind.BODY_CAMERA, date(2022, 3, 1)),  # ends 2027-03-01
            "old": _device(s, "BC-OLD", DeviceKind.BODY_CAMERA, date(2023, 6, 1)),  # 3 y 6 m: may be replaced
            "new": _device(s, "BC-NEW", DeviceKind.BODY_CAMERA, date(2025, 1, 1)),
            "cam": _device(s, "CAM-9Y", DeviceKind.CAMERA, date(2017, 6, 1)),  # 9 y 6 m, ends 2027-06-01
            "cam_near": _device(s, "CAM-END", DeviceKind.CAMERA, date(2016, 12, 31)),  # ends 2026-12-31
            "sealed": _device(s, "BC-SEALED", DeviceKind.BODY_CAMERA, date(2019, 1, 1)),
        }
        s.get(Device, ids["sealed"]).state = custody.DeviceState.SEALED.value
    return ids


@pytest.mark.parametrize("profile", [P000, P003], ids=["000", "003"])
def test_service_life_alerts_match_hand_computed_dates(archive, lives, profile):
    codes = {serial: {a.code for a in alerts} - {"check_stale"}
             for serial, alerts in _alerts_by_serial(archive, profile).items()}
    assert codes.get("BC-OVER") == {"life_over"}
    assert codes.get("BC-NEAR") == {"life_near"}
    assert codes.get("BC-OLD") == {"may_replace"}
    assert not codes.get("BC-NEW")
    assert codes.get("CAM-9Y") == {"may_replace"}  # past 8 years; its end is more than 6 months away
    assert codes.get("CAM-END") == {"life_near"}
    assert "BC-SEALED" not in codes  # out of use: no reminders
    over = next(a for a in custody.device_alerts(archive, lives["over"], profile, NOW) if a.code == "life_over")
    assert over.zh == "超出使用年限（3–5 年）" and "3–5 years" in over.en
    near = next(a for a in custody.device_alerts(archive, lives["near"], profile, NOW) if a.code == "life_near")
    assert "2027-03-01" in near.zh


def test_a_different_service_life_moves_the_figures(archive, lives):
    short = Profile("custom", "自定", "Custom", "", "", service_life={**LIVES, "camera": ServiceLife(6, 9)})
    codes = {serial: {a.code for a in alerts} for serial, alerts in _alerts_by_serial(archive, short).items()}
    assert "life_over" in codes["CAM-9Y"]  # 2017-06-01 + 9 years = 2026-06-01, past


def _alerts_by_serial(archive, profile, now=NOW) -> dict[str, list]:
    out: dict[str, list] = {}
    for a in custody.unit_alerts(archive, profile, now):
        out.setdefault(a.serial, []).append(a)
    return out


def test_a_device_not_checked_within_the_interval_is_listed(archive):
    now = datetime.now(timezone.utc)
    with archive.transaction() as s:
        cam = _device(s, "BC-STALE", DeviceKind.BODY_CAMERA, date(2025, 1, 1))
    custody.record_maintenance(archive, SETUP, cam, "清洁、充放电", on=now - timedelta(days=100))
    # Checked out and back yesterday: a pre-use check is not maintenance.
    with archive.transaction() as s:
        officer_id = registry.add_person(s, SETUP, "张伟", "13001", "一队").id
    custody.check_out(archive, SETUP, cam, officer_id, "巡查", now, custody.PreUseCheck(True, True, True, True),
                      at=now - timedelta(days=1, hours=2))
    custody.return_device(archive, SETUP, cam, condition="完好", recorded="", has_footage=False,
                          at=now - timedelta(days=1))
    stale = [a for a in custody.device_alerts(archive, cam, P003, now) if a.code == "check_stale"]
    assert stale and "保养逾期" in stale[0].zh and "100 天" in stale[0].zh and "90 天" in stale[0].zh
    custody.record_maintenance(archive, SETUP, cam, "清洁", on=now - timedelta(hours=1))
    assert not [a for a in custody.device_alerts(archive, cam, P003, now) if a.code == "check_stale"]


@pytest.fixture
def detachment(archive) -> int:
    """水政监察支队: 11 active badged officers (plus one retired, one without a badge); 2 body
    cameras in service, 1 in repair, 1 faulty, 1 sealed, 1 lost, and a camera outside the ratio."""
    with archive.transaction() as s:
        for n in range(11):
            registry.add_person(s, SETUP, f"队员{n}", f"1300{n:02d}", "水政监察支队")
        registry.add_person(s, SETUP, "退休者", "1399", "水政监察支队").active = False
        registry.add_person(s, SETUP, "文员", None, "水政监察支队")
        dept = s.query(Department).filter_by(name="水政监察支队").one()
        states = ["in_store", "checked_out", "in_repair", "faulty", "sealed", "lost"]
        for n, st in enumerate(states):
            d = s.get(Device, _device(s, f"ZF-{n}", DeviceKind.BODY_CAMERA, date(2024, 1, 1), department_id=dept.id,
                                      features=frozenset({"gps"} if n == 0 else set())))
            d.state = st
        _device(s, "ZF-CAM", DeviceKind.CAMERA, date(2024, 1, 1), department_id=dept.id)
        head = s.query(Person).filter_by(name="队员0").one().id
        dept_id = dept.id
    save_department(archive, SETUP, dept_id, first_responsible_id=head, administrator_id=head, staffing_class="B")
    return dept_id


def _row(archive, profile, dept_id) -> staffing.DepartmentStaffing:
    return next(r for r in staffing.staffing(archive, profile) if r.department_id == dept_id)


def test_ratio_under_003_then_000_class_b(archive, detachment):
    r = _row(archive, P003, detachment)
    # 11 officers, in service: in store, checked out, in repair = 3 body cameras.
    assert (r.officers, r.officers_counted, r.in_service) == (11, 11, 3)
    assert (r.officers_per_device, r.required, r.shortfall, r.article) == (5, 3, 0, "003§5(2)")
    r = _row(archive, P000, detachment)
    assert (r.officers_per_device, r.required, r.shortfall, r.article) == (3, 4, 1, "000§5")
    assert r.by_kind == {"body_camera": 3, "camera": 1} and r.by_feature == {"gps": 1}


def test_the_requirements_example_11_officers_2_cameras(archive, detachment):
    with archive.transaction() as s:
        s.query(Device).filter_by(serial="ZF-2").one().state = "faulty"  # the one in repair breaks again
    assert (_row(archive, P003, detachment).required, _row(archive, P003, detachment).shortfall) == (3, 1)  # 缺 1
    assert (_row(archive, P000, detachment).required, _row(archive, P000, detachment).shortfall) == (4, 2)  # 缺 2


def test_class_a_c_and_an_entered_count(archive, detachment):
    dept = detachment
    with archive.session() as s:
        head = s.query(Person).filter_by(name="队员0").one().id
    save_department(archive, SETUP, dept, first_responsible_id=head, administrator_id=head, staffing_class="A")
    assert (_row(archive, P000, dept).required, _row(archive, P003, dept).required) == (6, 6)
    save_department(archive, SETUP, dept, first_responsible_id=head, administrator_id=head, staffing_class="C")
    r = _row(archive, P000, dept)
    assert (r.required, r.shortfall, r.class_name) == (None, None, "C类")
    assert _row(archive, P003, dept).class_name is None  # 003 has no class C
    save_department(archive, SETUP, dept, first_responsible_id=head, administrator_id=head, staffing_class="B",
                    officer_count_override=20)
    r = _row(archive, P003, dept)
    assert (r.officers, r.officers_counted, r.required, r.shortfall) == (20, 11, 4, 1)
    r = _row(archive, P000, dept)
    assert (r.required, r.shortfall, r.in_service) == (7, 4, 3)

"""The demo's devices: register facts, departments' staffing and people, and devices in each state."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select

from evidenceroom.core import custody
from evidenceroom.core.archive import Archive
from evidenceroom.core.device_register import DeviceInput, save_department
from evidenceroom.core.models import Department, Device, Person
from evidenceroom.core.models.custody import CustodyEvent

OK = custody.PreUseCheck(battery_ok=True, storage_ok=True, clock_ok=True, no_fault=True)
# serial: (make, department, custodian badge, in service, price, features)
FACTS = {
    "DSJ-V9-0007": ("海康威视", "水政监察支队一大队", "13030001", date(2023, 3, 15), "2800",
                    {"high_definition", "infrared", "gps", "encryption"}),
    "DSJ-V9-0012": ("海康威视", "水政监察支队二大队", "13030003", date(2023, 3, 15), "2800",
                    {"high_definition", "infrared", "gps", "live_upload"}),
    "SONY-RX100-31": ("索尼", "法制办公室", "13030005", date(2021, 6, 1), "5200", {"high_definition"}),
    "PEN-A8-05": ("爱国者", "水政监察支队一大队", "13030002", date(2022, 9, 1), "680", {"encryption"}),
}
NEW = [  # serial, kind, model, asset no, department, in service, price, features
    ("DSJ-V9-0001", "body_camera", "执法记录仪 DSJ-V9", "QS-ZF-2021-001", "水政监察支队一大队", date(2021, 3, 1), "2600",
     {"infrared"}),
    ("DSJ-V9-0003", "body_camera", "执法记录仪 DSJ-V9", "QS-ZF-2021-003", "水政监察支队二大队", date(2021, 3, 1), "2600",
     set()),
    ("DSJ-V9-0020", "body_camera", "执法记录仪 DSJ-V9", "QS-ZF-2024-020", "水政监察支队二大队", date(2024, 5, 1), "2900",
     {"gps", "live_upload"}),
    ("DSJ-V9-0015", "body_camera", "执法记录仪 DSJ-V9", "QS-ZF-2021-015", "水政监察支队二大队", date(2021, 6, 1), "2600",
     {"infrared"}),
    ("HT-EX-05", "handheld_terminal", "防爆手持执法终端 EX5", "QS-ZD-2024-005", "水政监察支队一大队", date(2024, 5, 1),
     "6800", {"explosion_proof", "gps", "encryption"}),
]


def fill_devices(archive: Archive, actor, approver_login: str, approver_password: str) -> None:
    """Register facts for the demo's devices, a few moves, one device in each state. Runs once."""
    with archive.session() as s:
        if s.scalar(select(func.count(CustodyEvent.id))):
            return
        people = {p.badge_no: p.id for p in s.scalars(select(Person)) if p.badge_no}
        depts = {d.name: d.id for d in s.scalars(select(Department))}
        devices = {d.serial: d for d in s.scalars(select(Device))}
        base = {serial: DeviceInput(serial=d.serial, kind=d.kind, model=d.model, asset_no=d.asset_no)
                for serial, d in devices.items()}
    for serial, (make, dept, badge, since, price, features) in FACTS.items():
        if serial in base:
            custody.edit_device(archive, actor, devices[serial].id, replace(
                base[serial], make=make, department_id=depts.get(dept), custodian_id=people.get(badge),
                purchased_on=since - timedelta(days=20), in_service_on=since, purchase_price=price,
                features=frozenset(features)))
    ids = {serial: d.id for serial, d in devices.items()}
    for serial, kind, model, asset, dept, since, price, features in NEW:
        if serial not in ids:
            ids[serial] = custody.add_device(archive, actor, DeviceInput(
                serial=serial, kind=kind, make="海康威视", model=model, asset_no=asset, department_id=depts.get(dept),
                purchased_on=since - timedelta(days=20), in_service_on=since, purchase_price=price,
                features=frozenset(features))).id
    heads = {"水政监察支队一大队": ("13030001", "13030002"), "水政监察支队二大队": ("13030003", "13030004")}
    for name, (first, admin) in heads.items():
        if name in depts:
            save_department(archive, actor, depts[name], first_responsible_id=people[first],
                            administrator_id=people[admin], staffing_class="B")
    now = datetime.now(timezone.utc)
    zhang, wang, li = people["13030001"], people["13030003"], people["13030002"]
    custody.check_out(archive, actor, ids["DSJ-V9-0007"], zhang, "河道采砂现场检查", now - timedelta(hours=20), OK,
                      at=now - timedelta(hours=30))
    custody.return_device(archive, actor, ids["DSJ-V9-0007"], condition="完好", recorded="戴河下游采砂现场检查全过程",
                          has_footage=False, at=now - timedelta(hours=22))
    custody.record_maintenance(archive, actor, ids["DSJ-V9-0007"], "清洁镜头、充放电、校准时钟")
    custody.check_out(archive, actor, ids["DSJ-V9-0012"], wang, "取水工程调查取证", now + timedelta(hours=4),
                      replace(OK, not_networked=True),
                      at=now - timedelta(hours=3))
    custody.check_out(archive, actor, ids["HT-EX-05"], li, "汛期堤防巡查", now - timedelta(hours=2), OK,
                      at=now - timedelta(hours=10))
    custody.report_fault(archive, actor, ids["DSJ-V9-0020"], "电池无法充电，开机即关机", "administrator")
    custody.send_to_repair(archive, actor, ids["DSJ-V9-0020"], "海康威视秦皇岛售后服务中心")
    custody.report_loss(archive, actor, ids["DSJ-V9-0001"], "汛期巡查时落水遗失", liable=False, officer_id=zhang)
    custody.report_fault(archive, actor, ids["DSJ-V9-0003"], "屏幕碎裂，主板进水", "administrator")
    custody.seal(archive, actor, ids["DSJ-V9-0003"], "无法修复，封存待报废", approver_login, approver_password)
    custody.report_fault(archive, actor, ids["SONY-RX100-31"], "镜头无法自动对焦", "unit_head")

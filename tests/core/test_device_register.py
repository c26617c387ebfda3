"""The device register: add and edit (audited), features and filters, departments' responsible
people, and the Excel round trip with an all-or-nothing import."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from evidenceroom.core import accounts, custody, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.device_register import DeviceInput, list_departments, save_department
from evidenceroom.core.device_xlsx import COLUMNS, export_devices_xlsx, import_devices_xlsx
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Department, Device, DeviceKind, Role

CLERK = Actor("保管员 王五", role=Role.CLERK.value)


@pytest.fixture
def staff(archive) -> dict[str, int]:
    with archive.transaction() as s:
        zhang = registry.add_person(s, CLERK, "张伟", "13001", "水政监察支队").id
        li = registry.add_person(s, CLERK, "李娜", "13002", "水政监察支队").id
        dept = s.scalar(select(Department.id).where(Department.name == "水政监察支队"))
    return {"zhang": zhang, "li": li, "dept": dept}


def today() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


def body_camera(staff, **kw) -> DeviceInput:
    base = dict(serial="DSJ-07", kind="body_camera", make="海康威视", model="DS-MH2111", asset_no="QS-ZF-007",
                department_id=staff["dept"], custodian_id=staff["zhang"], purchased_on=date(2024, 3, 1),
                in_service_on=date(2024, 3, 15), purchase_price="2,800.00",
                features=frozenset({"gps", "live_upload"}), notes="一大队专用")
    base.update(kw)
    return DeviceInput(**base)


def counts(archive) -> tuple[int, int, int]:
    with archive.session() as s:
        return (s.scalar(select(func.count(Device.id))), s.scalar(select(func.count(Department.id))),
                s.scalar(select(func.max(AuditEvent.seq))))


def test_a_body_camera_with_gps_and_upload_shows_both_and_filters_by_feature(archive, staff):
    info = custody.add_device(archive, CLERK, body_camera(staff))
    assert (info.kind_zh, info.department_name, info.custodian_name) == ("执法记录仪", "水政监察支队", "张伟")
    assert info.purchase_price == Decimal("2800.00") and info.state == "in_store"
    assert info.has("gps") and info.has("live_upload") and not info.has("explosion_proof")
    custody.add_device(archive, CLERK, body_camera(staff, serial="FB-01", kind="handheld_terminal",
                                                   features=frozenset({"explosion_proof"})))
    assert [d.serial for d in custody.list_devices(archive, feature="explosion_proof")] == ["FB-01"]
    assert [d.serial for d in custody.list_devices(archive, feature="gps")] == ["DSJ-07"]
    assert [d.serial for d in custody.list_devices(archive, text="DS-MH")] == ["DSJ-07", "FB-01"]
    assert [d.serial for d in custody.list_devices(archive, kind="handheld_terminal")] == ["FB-01"]


@pytest.mark.parametrize("change, words", [
    (dict(serial="  "), "序列号"),
    (dict(kind="drone"), "drone"),
    (dict(features=frozenset({"x-ray"})), "x-ray"),
    (dict(purchased_on=date(2030, 1, 1)), "购置日期"),
    (dict(in_service_on=date(2024, 2, 1)), "早于购置日期"),
    (dict(purchase_price="两千八"), "不是金额"),
    (dict(purchase_price="-5"), "不合理"),
    (dict(department_id=999), "999"),
    (dict(custodian_id=999), "保管人"),
])
def test_bad_register_entries_are_refused_and_change_nothing(archive, staff, change, words):
    before = counts(archive)
    with pytest.raises(ArchiveError) as info:
        custody.add_device(archive, CLERK, body_camera(staff, **change))
    assert words in info.value.text.zh or words in info.value.text.en
    assert counts(archive) == before


def test_duplicate_serial_is_refused_on_add_and_on_edit(archive, staff):
    custody.add_device(archive, CLERK, body_camera(staff))
    other = custody.add_device(archive, CLERK, body_camera(staff, serial="DSJ-08"))
    before = counts(archive)
    with pytest.raises(ArchiveError, match="DSJ-07"):
        custody.add_device(archive, CLERK, body_camera(staff))
    with pytest.raises(ArchiveError, match="DSJ-07"):
        custody.add_device(archive, CLERK, body_camera(staff, serial=" dsj-07 "))
    with pytest.raises(ArchiveError, match="DSJ-07"):
        custody.edit_device(archive, CLERK, other.id, body_camera(staff))
    assert counts(archive) == before and custody.get_device(archive, other.id).serial == "DSJ-08"
    with pytest.raises(ArchiveError):  # the old entry point refuses it too
        with archive.transaction() as s:
            registry.add_device(s, CLERK, "DSJ-08", DeviceKind.BODY_CAMERA)


def test_an_edit_is_audited_with_before_and_after(archive, staff):
    info = custody.add_device(archive, CLERK, body_camera(staff))
    edited = custody.edit_device(archive, CLERK, info.id, body_camera(staff, custodian_id=staff["li"],
                                                                          features=frozenset({"gps"}), notes=""))
    assert (edited.custodian_name, edited.features, edited.notes) == ("李娜", ("gps",), "")
    with archive.session() as s:
        ev = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    details = json.loads(ev.details)
    assert ev.action == "device.updated" and ev.target_id == info.id
    assert details["before"] == {"custodian_id": staff["zhang"], "features": ",gps,live_upload,", "notes": "一大队专用"}
    assert details["after"] == {"custodian_id": staff["li"], "features": ",gps,", "notes": ""}
    seq = ev.seq
    custody.edit_device(archive, CLERK, info.id, body_camera(staff, custodian_id=staff["li"],
                                                             features=frozenset({"gps"}), notes=""))
    assert counts(archive)[2] == seq  # nothing changed, nothing recorded


def test_a_department_needs_its_first_responsible_person_and_administrator(archive, staff):
    with pytest.raises(ArchiveError, match="第一责任人"):
        save_department(archive, CLERK, staff["dept"], first_responsible_id=staff["zhang"], administrator_id=None,
                        staffing_class="B")
    with pytest.raises(ArchiveError, match="9999"):
        save_department(archive, CLERK, staff["dept"], first_responsible_id=9999, administrator_id=staff["li"],
                        staffing_class="B")
    with pytest.raises(ArchiveError, match="Z"):
        save_department(archive, CLERK, staff["dept"], first_responsible_id=staff["zhang"],
                        administrator_id=staff["li"], staffing_class="Z")
    assert list_departments(archive)[0].first_responsible_id is None
    info = save_department(archive, CLERK, staff["dept"], first_responsible_id=staff["zhang"],
                           administrator_id=staff["li"], staffing_class="B", officer_count_override=12)
    assert (info.first_responsible_name, info.administrator_name, info.staffing_class,
            info.officer_count_override) == ("张伟", "李娜", "B", 12)


# --- Excel ------------------------------------------------------------------------------------------

def register_of(archive) -> list[tuple]:
    return [(d.serial, d.kind, d.make, d.model, d.asset_no, d.department_name, d.custodian_name, d.purchased_on,
             d.in_service_on, d.purchase_price, d.features, d.notes, d.replaces_serial)
            for d in custody.list_devices(archive)]


def test_the_register_round_trips_through_excel(archive, staff, tmp_path, archive_dir):
    custody.add_device(archive, CLERK, body_camera(staff))
    old = custody.add_device(archive, CLERK, DeviceInput(serial="ZZ-OLD", kind="camera", make="佳能", model="EOS 5D"))
    custody.add_device(archive, CLERK, DeviceInput(serial="0012345", kind="camera", make="佳能", model="EOS R6",
                                                   replaces_id=old.id))
    custody.add_device(archive, CLERK, body_camera(staff, serial="FB-01", kind="handheld_terminal",
                                                   features=frozenset({"explosion_proof", "infrared"}),
                                                   purchase_price="3999.5", custodian_id=None, notes="第二行\n备注"))
    path = export_devices_xlsx(archive, tmp_path / "导出 台账" / "设备台账.xlsx")
    ws = load_workbook(path).active
    assert tuple(c.value for c in ws[1]) == COLUMNS
    assert ws["B2"].value == "照相机" and ws["A2"].value == "0012345"
    assert "防爆" in ws["L4"].value and ws["O4"].value == "在库" and ws["I3"].value.date() == date(2024, 3, 1)

    from evidenceroom.core.archive import Archive
    with Archive.create(tmp_path / "另一 档案库", "测试市水务局") as other:
        with other.transaction() as s:
            registry.add_person(s, CLERK, "张伟", "13001", "水政监察支队")
        result = import_devices_xlsx(other, CLERK, path)
        assert result.ok and len(result.added) == 4
        assert custody.list_devices(other, text="0012345")[0].replaces_serial == "ZZ-OLD"
        assert register_of(other) == register_of(archive)
        again = import_devices_xlsx(other, CLERK, path)  # every serial is registered now
        assert not again.ok and [p.row for p in again.problems] == [2, 3, 4, 5]
        assert "已登记" in again.problems[0].zh and again.problems[0].en


def _sheet(path, header, *rows):
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_a_bad_workbook_imports_nothing_and_lists_each_bad_row(archive, staff, tmp_path):
    custody.add_device(archive, CLERK, body_camera(staff))
    header = ["序列号", "设备类型", "部门", "购置日期", "启用日期", "功能", "保管人"]
    path = _sheet(tmp_path / "台账.xlsx", header,
                  ["A-1", "执法记录仪", "新部门", "2024-01-05", "2024年1月8日", "GPS定位、防爆", "张伟"],
                  ["A-2", "无人机", "", "", "", "", ""],
                  ["A-3", "照相机", "", "2024-13-01", "", "", ""],
                  ["A-1", "照相机", "", "", "", "", ""],
                  [None, None, None, None, None, None, None],
                  ["DSJ-07", "执法记录仪", "", "", "", "", ""],
                  ["A-4", "body_camera", "", "", "", "夜视", ""],
                  ["A-5", "摄像机", "", "2024/2/1", "", "", "王五"],
                  ["A-6", "摄像机", "", (today() + timedelta(days=3)).isoformat(), "", "", ""])
    before = counts(archive)
    result = import_devices_xlsx(archive, CLERK, path)
    assert [p.row for p in result.problems] == [3, 4, 5, 7, 8, 9, 10]
    reasons = {p.row: p.zh for p in result.problems}
    assert "无人机" in reasons[3] and "2024-13-01" in reasons[4] and "A-1" in reasons[5]
    assert "DSJ-07" in reasons[7] and "夜视" in reasons[8] and "王五" in reasons[9] and "晚于今天" in reasons[10]
    assert result.added == () and counts(archive) == before  # not even the new department


def test_a_workbook_without_the_required_columns_is_refused(archive, tmp_path):
    path = _sheet(tmp_path / "x.xlsx", ["编号", "型号"], ["1", "V9"])
    result = import_devices_xlsx(archive, CLERK, path)
    assert not result.ok and result.problems[0].row == 1 and "序列号" in result.problems[0].zh
    (tmp_path / "不是表格.xlsx").write_text("hello")
    with pytest.raises(ArchiveError, match="Excel"):
        import_devices_xlsx(archive, CLERK, tmp_path / "不是表格.xlsx")


def test_a_custodian_who_left_stays_on_record_but_cannot_be_newly_named(archive, staff):
    info = custody.add_device(archive, CLERK, body_camera(staff))
    with archive.transaction() as s:
        s.get(registry.Person, staff["zhang"]).active = False
    edited = custody.edit_device(archive, CLERK, info.id, body_camera(staff, notes="已退役保管人"))
    assert edited.custodian_name == "张伟"
    with pytest.raises(ArchiveError, match="保管人"):
        custody.add_device(archive, CLERK, body_camera(staff, serial="DSJ-99"))


def test_a_replacement_names_the_device_it_replaces(archive, staff):
    old = custody.add_device(archive, CLERK, body_camera(staff, serial="DSJ-01"))
    new = custody.add_device(archive, CLERK, body_camera(staff, replaces_id=old.id))
    assert (new.replaces_id, new.replaces_serial) == (old.id, "DSJ-01")
    with pytest.raises(ArchiveError, match="被更新的设备"):
        custody.edit_device(archive, CLERK, new.id, body_camera(staff, replaces_id=new.id))
    with pytest.raises(ArchiveError, match="被更新的设备"):
        custody.add_device(archive, CLERK, body_camera(staff, serial="DSJ-02", replaces_id=4242))


def test_a_title_above_the_header_is_skipped_and_row_numbers_stay_excels(archive, tmp_path):
    path = _sheet(tmp_path / "带标题.xlsx", ["秦皇岛市水务局执法音像记录设备台账"], [],
                  ["序号", "序列号", "设备类型", "购置价格（元）"], [1, "T-1", "摄像机", 12800], [2, "T-2", "摄像机", "很贵"])
    result = import_devices_xlsx(archive, CLERK, path)
    assert [(p.row, "很贵" in p.zh) for p in result.problems] == [(5, True)]
    path = _sheet(tmp_path / "带标题.xlsx", ["秦皇岛市水务局执法音像记录设备台账"], [],
                  ["序号", "序列号", "设备类型", "购置价格（元）"], [1, "T-1", "摄像机", 12800])
    assert import_devices_xlsx(archive, CLERK, path).ok
    assert custody.list_devices(archive)[0].purchase_price == Decimal("12800.00")


def test_the_register_is_kept_by_the_custodian_or_an_administrator(archive, staff):
    from evidenceroom.core import accounts
    from evidenceroom.core.models import Role

    with archive.transaction() as s:
        registry.add_user(s, CLERK, "inspector", "correct-horse-1", Role.INSPECTOR, "周科长")
    inspector = accounts.sign_in(archive, "inspector", "correct-horse-1")
    before = counts(archive)
    with pytest.raises(ArchiveError, match="保管员"):
        custody.add_device(archive, inspector, body_camera(staff))
    with pytest.raises(ArchiveError, match="保管员"):
        save_department(archive, inspector, staff["dept"], first_responsible_id=staff["zhang"],
                        administrator_id=staff["li"], staffing_class="B")
    assert counts(archive) == before


def test_only_the_custodian_or_an_administrator_imports_a_register(archive, tmp_path):
    with archive.transaction() as s:
        registry.add_user(s, Actor("准备"), "inspector", "correct-horse-1", Role.INSPECTOR, "周科长")
    inspector = accounts.sign_in(archive, "inspector", "correct-horse-1")
    path = _sheet(tmp_path / "x.xlsx", ["编号", "型号"], ["1", "V9"])
    with pytest.raises(ArchiveError, match="保管员或系统管理员"):
        import_devices_xlsx(archive, inspector, path)

"""Device custody: check-out with the pre-use check, handover, return, faults, repairs, losses,
seal and destroy on a supervisor's in-person approval, the ledger and the board."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from evidenceroom.core import accounts, audit, custody, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.custody import DeviceState, FaultReportNeeded, LedgerFilter, PreUseCheck
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Device, DeviceKind, Role, User
from evidenceroom.core.models.custody import CustodyEvent

PASSWORD = "correct-horse-1"
OK = PreUseCheck(battery_ok=True, storage_ok=True, clock_ok=True, no_fault=True)
SETUP = Actor("测试准备")


@dataclass
class Unit:
    clerk: accounts.SignedIn
    zhang: int  # officer 张伟, badge 13001
    li: int  # officer 李娜, badge 13002
    retired: int  # 王强, badge 13003, no longer active
    staff: int  # 陈静, office staff without a badge
    cam07: int  # body camera DSJ-07, bought 2021-12-10 for 2,800 yuan
    cam08: int  # body camera DSJ-08 with wireless upload


def build_unit(archive) -> Unit:
    with archive.transaction() as s:
        zhang = registry.add_person(s, SETUP, "张伟", "13001", "水政监察支队", "执法人员").id
        li = registry.add_person(s, SETUP, "李娜", "13002", "水政监察支队", "执法人员").id
        retired = registry.add_person(s, SETUP, "王强", "13003", "水政监察支队", "执法人员")
        retired.active = False
        staff = registry.add_person(s, SETUP, "陈静", None, "办公室", "保管员").id
        for login, name, role in (("clerk", "陈静", Role.CLERK), ("director", "赵主任", Role.SUPERVISOR),
                                  ("inspector", "周科长", Role.INSPECTOR), ("admin", "系统管理员", Role.ADMINISTRATOR)):
            registry.add_user(s, SETUP, login, PASSWORD, role, name)
        cam07 = registry.add_device(s, SETUP, "DSJ-07", DeviceKind.BODY_CAMERA, "DSJ-V9", "QS-ZF-007", make="海康",
                                    purchased_on=date(2021, 12, 10), in_service_on=date(2022, 1, 15),
                                    purchase_price="2,800").id
        cam08 = registry.add_device(s, SETUP, "DSJ-08", DeviceKind.BODY_CAMERA, "DSJ-V9", "QS-ZF-008",
                                    purchased_on=date(2021, 12, 10), in_service_on=date(2022, 1, 15),
                                    features=frozenset({"live_upload", "gps"})).id
        retired_id = retired.id
    clerk = accounts.sign_in(archive, "clerk", PASSWORD)
    return Unit(clerk, zhang, li, retired_id, staff, cam07, cam08)


@pytest.fixture
def unit(archive) -> Unit:
    return build_unit(archive)


def today() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


def later(hours: float) -> datetime:
    return datetime.now(timezone.utc) + timedelta(hours=hours)


def snapshot(archive) -> tuple:
    """Everything a refused call must leave as it was."""
    with archive.session() as s:
        devices = [(d.id, d.state, d.holder_id, d.held_since, d.expected_return_at, d.serial, d.features)
                   for d in s.scalars(select(Device).order_by(Device.id))]
        return (devices, s.scalar(select(func.count(CustodyEvent.id))), s.scalar(select(func.max(AuditEvent.seq))))


def refused(archive, call, *words: str) -> ArchiveError:
    before = snapshot(archive)
    with pytest.raises(ArchiveError) as info:
        call()
    for w in words:
        assert w in info.value.text.zh or w in info.value.text.en, info.value.text
    assert info.value.text.en and info.value.text.zh
    assert snapshot(archive) == before
    return info.value


def check_out(archive, u: Unit, device: int | None = None, officer: int | None = None, **kw):
    return custody.check_out(archive, u.clerk, device or u.cam07, officer or u.zhang, kw.pop("purpose", "河道巡查"),
                             kw.pop("expected", later(6)), kw.pop("check", OK), **kw)


def state(archive, device_id: int) -> str:
    return custody.get_device(archive, device_id).state


def chain_ok(archive) -> None:
    with archive.session() as s:
        checked, problems = audit.check_chain(s, archive.head_path)
    assert checked and not problems


# --- check-out, handover, return ----------------------------------------------------------------

def test_check_out_hand_over_and_return_make_three_ledger_rows_with_names_and_times(archive, unit, card):
    t0 = datetime(2026, 11, 28, 9, 0)  # local time; the clips were recorded at 09:30 and 09:45
    out = check_out(archive, unit, at=t0, expected=datetime(2026, 11, 28, 18, 0), case_no="秦水罚〔2026〕31号")
    assert (out.kind_zh, out.officer_name, out.officer_badge, out.actor_name) == ("领用", "张伟", "13001", "陈静 (clerk)")
    assert out.details["pre_use_check"]["battery_ok"] is True
    assert state(archive, unit.cam07) == DeviceState.CHECKED_OUT.value
    custody.handover(archive, unit.clerk, unit.cam07, unit.li, reason="换班", at=datetime(2026, 11, 28, 9, 20))
    assert custody.get_device(archive, unit.cam07).holder_name == "李娜"
    facts = custody.return_device(archive, unit.clerk, unit.cam07, condition="完好", recorded="河道巡查全过程",
                                  has_footage=True, activity_started=datetime(2026, 11, 28, 9, 25),
                                  activity_ended=datetime(2026, 11, 28, 11, 0), activity_description="河道巡查",
                                  activity_place="戴河下游左岸 K3+200", at=datetime(2026, 11, 28, 12, 0))
    assert (facts.officer_id, facts.device_id, facts.officer_badge, facts.has_footage) == (unit.li, unit.cam07, "13002", True)
    assert facts.activity_ended == datetime(2026, 11, 28, 3, 0, tzinfo=timezone.utc)
    assert facts.activity_description == "河道巡查" and facts.case_no == "秦水罚〔2026〕31号"
    assert facts.activity_place == "戴河下游左岸 K3+200"
    info = custody.get_device(archive, unit.cam07)
    assert (info.state, info.holder_id, info.expected_return_at) == (DeviceState.IN_STORE.value, None, None)

    # The import that follows files the clips against the device; the return row links them.
    import_paths(archive, SETUP, ImportRequest(paths=[card], officer_badge="13002", device_serial="DSJ-07",
                                               activity_ended_at=facts.activity_ended))
    rows = custody.ledger(archive, LedgerFilter(device_id=unit.cam07))
    assert [r.event.kind_zh for r in rows] == ["领用", "交接", "归还"]
    assert [r.event.officer_name for r in rows] == ["张伟", "李娜", "李娜"]
    assert [r.event.at.astimezone(timezone(timedelta(hours=8))).strftime("%H:%M") for r in rows] == \
        ["09:00", "09:20", "12:00"]
    assert rows[1].event.details["from_officer"] == "张伟"
    assert rows[2].event.details["recorded"] == "河道巡查全过程"

    # Per department (RPT-02): the ledger of the devices registered to it.
    with archive.transaction() as s:
        water, office = (registry.department(s, SETUP, name).id for name in ("水政监察支队", "办公室"))
        s.get(Device, unit.cam07).department_id = water
    assert len(custody.ledger(archive, LedgerFilter(department_id=water))) == 3
    assert custody.ledger(archive, LedgerFilter(department_id=office)) == []
    assert len(rows[2].recording_ids) >= 2 and rows[0].recording_ids == ()
    assert [r.event.kind for r in custody.ledger(archive, LedgerFilter(officer_id=unit.zhang))] == ["check_out"]
    assert custody.ledger(archive, LedgerFilter(start=date(2026, 11, 29))) == []
    assert len(custody.ledger(archive, LedgerFilter(start=date(2026, 11, 28), end=date(2026, 11, 28)))) == 3
    chain_ok(archive)


def test_pre_use_check_items_block_unless_they_carry_a_reason(archive, unit):
    refused(archive, lambda: check_out(archive, unit, check=PreUseCheck(True, True, False, True)), "日期、时间设定准确")
    refused(archive, lambda: check_out(archive, unit, check=PreUseCheck(False, True, True, True)), "battery")
    refused(archive, lambda: check_out(archive, unit, check=PreUseCheck(True, False, True, True, reasons={"storage": " "})))
    slow = PreUseCheck(True, True, False, True, clock_offset_s=42.0, reasons={"clock": "时钟快 42 秒，已记录"})
    out = check_out(archive, unit, check=slow)
    assert out.details["pre_use_check"]["clock_offset_s"] == 42.0
    assert out.details["pre_use_check"]["reasons"] == {"clock": "时钟快 42 秒，已记录"}


def test_a_fault_found_at_the_check_blocks_and_asks_for_a_fault_report_then_repair_reopens(archive, unit):
    err = refused(archive, lambda: check_out(archive, unit, check=PreUseCheck(True, True, True, False)), "故障")
    assert isinstance(err, FaultReportNeeded) and err.device_id == unit.cam07
    custody.report_fault(archive, unit.clerk, unit.cam07, "开机后黑屏", "administrator", reporter_id=unit.zhang)
    assert state(archive, unit.cam07) == DeviceState.FAULTY.value
    refused(archive, lambda: check_out(archive, unit), "故障待修")
    custody.send_to_repair(archive, unit.clerk, unit.cam07, "海康威视售后服务中心", sent_on=today())
    refused(archive, lambda: check_out(archive, unit), "维修中")
    done = custody.back_in_service(archive, unit.clerk, unit.cam07, today(), result="修复", cost="150")
    assert done.details["cost"] == "150.00" and done.details["repairer"] == "海康威视售后服务中心"
    assert [e.kind_zh for e in custody.device_history(archive, unit.cam07)] == ["故障登记", "送修", "修复"]
    assert check_out(archive, unit).to_state == DeviceState.CHECKED_OUT.value


def test_unrepairable_device_stays_faulty(archive, unit):
    custody.report_fault(archive, unit.clerk, unit.cam07, "镜头碎裂", "unit_head")
    custody.send_to_repair(archive, unit.clerk, unit.cam07, "统一维修", central=True)
    custody.back_in_service(archive, unit.clerk, unit.cam07, result="无法修复", repaired=False)
    assert state(archive, unit.cam07) == DeviceState.FAULTY.value


def test_bad_check_outs_are_refused_and_change_nothing(archive, unit):
    refused(archive, lambda: check_out(archive, unit, officer=unit.staff), "执法证号")
    refused(archive, lambda: check_out(archive, unit, officer=unit.retired), "不在职")
    refused(archive, lambda: check_out(archive, unit, officer=9999), "人员名单")
    refused(archive, lambda: check_out(archive, unit, purpose="  "), "领用事由")
    refused(archive, lambda: check_out(archive, unit, at=later(3)), "future")
    refused(archive, lambda: check_out(archive, unit, at=datetime(2021, 12, 1, 9, 0)), "购置日期")
    refused(archive, lambda: check_out(archive, unit, expected=later(-1)), "预计归还")
    refused(archive, lambda: check_out(archive, unit, activity_id=4242), "4242")
    refused(archive, lambda: custody.check_out(archive, unit.clerk, 777, unit.zhang, "巡查", later(2), OK), "777")
    check_out(archive, unit)
    refused(archive, lambda: check_out(archive, unit, officer=unit.li), "张伟", "not yet returned")


def test_only_the_custodian_or_an_administrator_moves_devices(archive, unit):
    inspector = accounts.sign_in(archive, "inspector", PASSWORD)
    refused(archive, lambda: custody.check_out(archive, inspector, unit.cam07, unit.zhang, "巡查", later(2), OK),
            "保管员")
    refused(archive, lambda: custody.report_fault(archive, inspector, unit.cam07, "坏了"), "custodian")
    admin = accounts.sign_in(archive, "admin", PASSWORD)
    assert custody.check_out(archive, admin, unit.cam07, unit.zhang, "巡查", later(2), OK).actor_name == "系统管理员 (admin)"


def test_returns_and_handovers_need_a_device_that_is_out(archive, unit):
    refused(archive, lambda: custody.return_device(archive, unit.clerk, unit.cam07, condition="完好", recorded="",
                                                   has_footage=False), "在库")
    refused(archive, lambda: custody.handover(archive, unit.clerk, unit.cam07, unit.li), "在库")
    check_out(archive, unit)
    refused(archive, lambda: custody.handover(archive, unit.clerk, unit.cam07, unit.li, at=later(-1)),
            "上一条台账记录", "领用")
    refused(archive, lambda: custody.handover(archive, unit.clerk, unit.cam07, unit.zhang), "张伟")
    refused(archive, lambda: custody.handover(archive, unit.clerk, unit.cam07, unit.retired), "不在职")
    ret = dict(condition="完好", recorded="巡查", has_footage=True)
    refused(archive, lambda: custody.return_device(archive, unit.clerk, unit.cam07, **ret), "24")
    refused(archive, lambda: custody.return_device(archive, unit.clerk, unit.cam07, **ret, activity_ended=later(2)),
            "归还时间")
    refused(archive, lambda: custody.return_device(archive, unit.clerk, unit.cam07, **ret, activity_ended=later(-0.01),
                                                   activity_started=later(-0.005)), "开始时间晚于结束")
    refused(archive, lambda: custody.return_device(archive, unit.clerk, unit.cam07, condition="", recorded="",
                                                   has_footage=False), "设备状况")
    facts = custody.return_device(archive, unit.clerk, unit.cam07, condition="外壳划痕", recorded="", has_footage=False,
                                  faulty=True, fault_description="按键失灵")
    assert facts.has_footage is False and state(archive, unit.cam07) == DeviceState.FAULTY.value


# --- losses ----------------------------------------------------------------------------------------

def test_a_loss_by_poor_care_shows_the_liable_user_and_the_original_price(archive, unit):
    check_out(archive, unit)
    incident = custody.report_loss(archive, unit.clerk, unit.cam07, "巡查途中遗失于河堤", liable=True)
    assert (incident.officer_name, incident.compensation, incident.liable) == ("张伟", Decimal("2800.00"), True)
    info = custody.get_device(archive, unit.cam07)
    assert (info.state, info.holder_id) == (DeviceState.LOST.value, None)
    refused(archive, lambda: check_out(archive, unit), "遗失")
    event = custody.device_history(archive, unit.cam07)[-1]
    assert event.details["compensation"] == "2800.00" and event.officer_name == "张伟"


def test_damage_without_fault_of_the_user_owes_nothing(archive, unit):
    incident = custody.report_loss(archive, unit.clerk, unit.cam08, "雷击损坏", liable=False, kind="damage",
                                   officer_id=unit.li)
    assert incident.compensation is None and state(archive, unit.cam08) == DeviceState.FAULTY.value
    refused(archive, lambda: custody.report_loss(archive, unit.clerk, unit.cam07, "丢失", liable=True), "liable")
    refused(archive, lambda: custody.report_loss(archive, unit.clerk, unit.cam07, "丢失", liable=False, kind="x"))


# --- maintenance ------------------------------------------------------------------------------------

def test_checking_out_a_networked_device_needs_the_001_15_item(archive, unit):
    refused(archive, lambda: check_out(archive, unit, device=unit.cam08), "001§15")
    online = PreUseCheck(True, True, True, True, not_networked=True)
    assert check_out(archive, unit, device=unit.cam08, check=online).details["pre_use_check"]["not_networked"]


def test_maintenance_of_a_networked_device_needs_the_001_15_item(archive, unit):
    refused(archive, lambda: custody.record_maintenance(archive, unit.clerk, unit.cam08, "清洁、充放电"), "001§15")
    done = custody.record_maintenance(archive, unit.clerk, unit.cam08, "清洁、充放电", not_networked=True)
    assert done.kind_zh == "维护保养" and done.to_state == DeviceState.IN_STORE.value
    assert custody.record_maintenance(archive, unit.clerk, unit.cam07, "清洁").details["not_networked"] is None


# --- seal and destroy ---------------------------------------------------------------------------------

def failed_logins(archive, login: str) -> int:
    with archive.session() as s:
        return s.scalar(select(User.failed_logins).where(User.login == login))


def test_sealing_needs_a_supervisors_valid_in_person_approval(archive, unit):
    seal = lambda login, pw: custody.seal(archive, unit.clerk, unit.cam07, "电池鼓包", login, pw)  # noqa: E731
    with pytest.raises(ArchiveError):
        seal("director", "wrong-password")
    assert failed_logins(archive, "director") == 1  # the wrong password counts, and is audited
    with archive.session() as s:
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "approval.failed"
    assert state(archive, unit.cam07) == DeviceState.IN_STORE.value
    refused(archive, lambda: seal("clerk", PASSWORD), "own")  # the clerk approving their own act
    refused(archive, lambda: seal("inspector", PASSWORD), "不是审批人")
    refused(archive, lambda: seal("admin", PASSWORD), "supervisor")
    refused(archive, lambda: custody.seal(archive, unit.clerk, unit.cam07, " ", "director", PASSWORD), "原因")
    event = seal("director", PASSWORD)
    assert (event.to_state, event.approver_name, event.actor_name) == ("sealed", "赵主任 (director)", "陈静 (clerk)")
    assert failed_logins(archive, "director") == 0
    refused(archive, lambda: check_out(archive, unit), "封存")
    chain_ok(archive)


def test_a_young_device_needs_a_reason_to_retire_early(archive, unit):
    with archive.transaction() as s:
        s.get(Device, unit.cam07).in_service_on = today() - timedelta(days=2 * 365)
    refused(archive, lambda: custody.seal(archive, unit.clerk, unit.cam07, "不再使用", "director", PASSWORD),
            "提前报废")
    event = custody.seal(archive, unit.clerk, unit.cam07, "不再使用", "director", PASSWORD,
                         early_reason="主板烧毁，厂家已停产配件")
    assert event.details["early_reason"] == "主板烧毁，厂家已停产配件"


def test_no_destroying_a_device_out_or_holding_footage_not_imported(archive, unit):
    check_out(archive, unit)
    refused(archive, lambda: custody.destroy(archive, unit.clerk, unit.cam07, "报废", "director", PASSWORD), "领用中")
    custody.return_device(archive, unit.clerk, unit.cam07, condition="损坏", recorded="现场检查", has_footage=True,
                          activity_ended=later(-0.01))
    refused(archive, lambda: custody.destroy(archive, unit.clerk, unit.cam07, "报废", "director", PASSWORD),
            "尚未导入")
    event = custody.destroy(archive, unit.clerk, unit.cam08, "报废", "director", PASSWORD)
    assert event.to_state == DeviceState.DESTROYED.value
    refused(archive, lambda: check_out(archive, unit, device=unit.cam08), "已销毁")
    refused(archive, lambda: custody.report_fault(archive, unit.clerk, unit.cam08, "坏了"), "已销毁")
    refused(archive, lambda: custody.destroy(archive, unit.clerk, unit.cam08, "再次", "director", PASSWORD), "已销毁")


def test_unsealing_is_for_an_administrator_with_a_reason(archive, unit):
    custody.seal(archive, unit.clerk, unit.cam08, "闲置", "director", PASSWORD)
    refused(archive, lambda: custody.unseal(archive, unit.clerk, unit.cam08, "恢复使用"), "管理员")
    admin = accounts.sign_in(archive, "admin", PASSWORD)
    refused(archive, lambda: custody.unseal(archive, admin, unit.cam08, ""), "启封原因")
    assert custody.unseal(archive, admin, unit.cam08, "恢复使用").to_state == DeviceState.IN_STORE.value


# --- the board ----------------------------------------------------------------------------------------

def test_board_puts_each_device_in_its_state_with_holder_and_alerts(archive, unit):
    check_out(archive, unit, expected=later(0.001))
    custody.report_loss(archive, unit.clerk, unit.cam08, "遗失", liable=False)
    cards = custody.board(archive, now=later(2))
    assert set(cards) == {s.value for s in DeviceState}
    out = cards[DeviceState.CHECKED_OUT.value]
    assert [(c.serial, c.holder_name) for c in out] == [("DSJ-07", "张伟")]
    assert "overdue_return" in {a.code for a in out[0].alerts}
    assert [c.serial for c in cards[DeviceState.LOST.value]] == ["DSJ-08"]
    assert custody.BOARD_COLUMNS[-1][1] == (DeviceState.DESTROYED.value, DeviceState.LOST.value)


def test_custody_moves_keep_the_archive_verifiable(archive, unit):
    from evidenceroom.core.verify import verify

    refused(archive, lambda: check_out(archive, unit, expected=None), "预计归还")
    check_out(archive, unit)
    custody.return_device(archive, unit.clerk, unit.cam07, condition="完好", recorded="", has_footage=False)
    custody.report_fault(archive, unit.clerk, unit.cam07, "按键失灵")
    report = verify(archive, SETUP)
    assert report.ok and report.audit_events > 5
    with archive.session() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("custody.%"))
                            .order_by(AuditEvent.seq)).all()
    assert actions == ["custody.check_out", "custody.return", "custody.fault"]


def test_a_card_shows_since_when_the_device_is_in_its_state(archive, unit):
    custody.report_fault(archive, unit.clerk, unit.cam07, "黑屏", at=datetime(2026, 11, 20, 10, 0))
    card = custody.board(archive)[DeviceState.FAULTY.value][0]
    assert card.since == datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc) and card.holder_name is None
    out = check_out(archive, unit, device=unit.cam08, check=PreUseCheck(True, True, True, True, not_networked=True),
                    at=datetime(2026, 11, 29, 8, 0))
    card = custody.board(archive)[DeviceState.CHECKED_OUT.value][0]
    assert (card.serial, card.since, card.expected_return) == ("DSJ-08", out.at, datetime.fromisoformat(
        out.details["expected_return"]))


def test_a_lost_device_found_again_returns_to_store_with_its_loss_on_record(archive, unit):
    refused(archive, lambda: custody.report_found(archive, unit.clerk, unit.cam07, "在河堤找到"), "在库")
    custody.report_loss(archive, unit.clerk, unit.cam07, "巡查途中遗失", liable=False, officer_id=unit.zhang)
    refused(archive, lambda: custody.report_found(archive, unit.clerk, unit.cam07, ""), "找回经过")
    refused(archive, lambda: custody.report_found(archive, unit.clerk, unit.cam07, "找到", at=later(-1)), "上一条台账记录")
    found = custody.report_found(archive, unit.clerk, unit.cam07, "群众在河堤拾到后交回")
    assert (found.kind_zh, found.from_state, found.to_state) == ("找回", "lost", "in_store")
    assert [e.kind for e in custody.device_history(archive, unit.cam07)] == ["loss", "found"]
    assert check_out(archive, unit).to_state == DeviceState.CHECKED_OUT.value


@pytest.mark.parametrize("module", ["device_alerts", "device_ledger", "device_faults", "device_xlsx", "staffing",
                                    "device_register", "custody"])
def test_each_custody_module_imports_first_on_its_own(module):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", f"import evidenceroom.core.{module}; "
                           "from evidenceroom.core.custody import board, seal, Alert, DeviceInput"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_bad_fault_repair_and_maintenance_input_is_refused_unchanged(archive, unit):
    refused(archive, lambda: custody.report_fault(archive, unit.clerk, unit.cam07, "坏了", "neighbour"), "neighbour")
    refused(archive, lambda: custody.report_fault(archive, unit.clerk, unit.cam07, "  "), "故障情况")
    refused(archive, lambda: custody.report_fault(archive, unit.clerk, unit.cam07, "坏了", reporter_id=unit.retired),
            "不在职")
    refused(archive, lambda: custody.send_to_repair(archive, unit.clerk, unit.cam07, "维修站"), "在库")
    refused(archive, lambda: custody.back_in_service(archive, unit.clerk, unit.cam07), "在库")
    custody.report_fault(archive, unit.clerk, unit.cam07, "坏了")
    refused(archive, lambda: custody.send_to_repair(archive, unit.clerk, unit.cam07, ""), "维修单位")
    refused(archive, lambda: custody.send_to_repair(archive, unit.clerk, unit.cam07, "维修站", sent_on=today()
                                                    + timedelta(days=2)), "future")
    custody.send_to_repair(archive, unit.clerk, unit.cam07, "维修站")
    refused(archive, lambda: custody.back_in_service(archive, unit.clerk, unit.cam07, cost="-20"), "不合理")
    refused(archive, lambda: custody.back_in_service(archive, unit.clerk, unit.cam07, result=""), "维修结果")
    refused(archive, lambda: custody.back_in_service(archive, unit.clerk, unit.cam07, date(2025, 1, 1)), "上一条")
    custody.report_loss(archive, unit.clerk, unit.cam08, "遗失", liable=False)
    refused(archive, lambda: custody.record_maintenance(archive, unit.clerk, unit.cam08, "清洁", not_networked=True),
            "遗失")
    refused(archive, lambda: custody.edit_device(archive, unit.clerk, 999, custody.DeviceInput("X", "camera")), "999")
    refused(archive, lambda: custody.seal(archive, unit.clerk, unit.cam08, "封存", "director", PASSWORD), "遗失")

"""Role checks fail closed: a caller without a role, or with the wrong one, is refused and nothing
changes (no rows, no audit event); backups and repairs keep the custodian/administrator rule in
the core, not only in the window."""
from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest
from evidenceroom.core import access, custody, findings, gaps, review_records, spot_checks
from evidenceroom.core.access import Items
from evidenceroom.core.accounts import require_role
from evidenceroom.core.audit import Actor
from evidenceroom.core.backup import IDLE_BACKUP_ACTOR, backup
from evidenceroom.core.device_faults import unseal
from evidenceroom.core.disc_rebuild import rebuild_images
from evidenceroom.core.disc_register import file_copy
from evidenceroom.core.device_register import DeviceInput
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.grants import revoke_grant
from evidenceroom.core.models import AccessRequest, AuditEvent, Device
from evidenceroom.core.models.backup import BackupRun
from evidenceroom.core.models.oversight import Finding, ReviewRecord
from evidenceroom.core.restore import repair_from_backup
from evidenceroom.core.timeutil import utcnow
from sqlalchemy import func, select

from tests.core.oversight_support import sign_in, staff

ROLELESS = (Actor("无角色的调用者"), Actor("有用户号却无角色", user_id=1),
            SimpleNamespace(actor=Actor("冒充的对象"), name="冒充的对象"))


def count(archive, model) -> int:
    with archive.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def staffed(archive):
    staff(archive)
    return archive


ACTIONS = {
    # action: (what to try, the rows it would add, a role that is refused, the refusal's words)
    "request": (lambda a, who: access.create_request(
        a, who, kind="view", requester=1, reason="核查", purpose="litigation", items=Items(recording_ids=(1,)),
        window_start=utcnow(), window_end=utcnow()), AccessRequest, "inspector", "调阅申请由保管员统一登记"),
    "device": (lambda a, who: custody.add_device(a, who, DeviceInput(serial="DSJ-99", kind="body_camera")),
               Device, "director", "设备台账由保管员或系统管理员登记"),
    "finding": (lambda a, who: findings.add_finding(a, who, next(iter(findings.KINDS)), next(iter(findings.OUTCOMES)),
                                                    "漏录"), Finding, "clerk", "问题由执法监督人员或审批人登记"),
    "review": (lambda a, who: review_records.record_review(a, who, date(2026, 11, 1), "全年", "周科长", 3),
               ReviewRecord, "clerk", "评查由执法监督人员或审批人登记"),
    "revoke": (lambda a, who: revoke_grant(a, who, 1, "不再需要"), AuditEvent, "inspector", "执法监督人员不能撤销"),
    "unseal": (lambda a, who: unseal(a, who, 1, "误封"), AuditEvent, "clerk", "启封须由系统管理员办理"),
    "spot check": (lambda a, who: spot_checks.draw(a, who, datetime(2026, 1, 1), datetime(2026, 2, 1)),
                   AuditEvent, "clerk", "抽查由执法监督人员或审批人进行"),
    "gap": (lambda a, who: gaps.register_gap(a, who, 1, "interruption", "x", "电量耗尽"), AuditEvent, "director",
            "中断说明由保管员登记"),
    "file copy": (lambda a, who: file_copy(a, who, 1, "case_file", "第 1 卷"), AuditEvent, "inspector",
                  "光盘的存放由保管员登记"),
    "rebuild": (lambda a, who: rebuild_images(a, who, 1, lambda facts: b""), AuditEvent, "director",
                "光盘由保管员制作"),
}


@pytest.mark.parametrize("action", ACTIONS)
def test_a_caller_without_a_role_or_with_the_wrong_one_is_refused_and_nothing_changes(staffed, action):
    attempt, model, wrong_login, refusal = ACTIONS[action]
    callers = [*ROLELESS, sign_in(staffed, wrong_login)]
    rows, events = count(staffed, model), count(staffed, AuditEvent)
    for who in callers:
        with pytest.raises(ArchiveError, match=refusal):
            attempt(staffed, who)
    assert (count(staffed, model), count(staffed, AuditEvent)) == (rows, events)


def test_the_signed_in_actor_carries_the_role_so_a_service_given_it_still_checks(staffed):
    clerk = sign_in(staffed, "clerk")
    assert clerk.actor.role == "clerk"
    custody.add_device(staffed, clerk.actor, DeviceInput(serial="DSJ-98", kind="body_camera"))
    with pytest.raises(ArchiveError, match="保管员"):
        custody.add_device(staffed, sign_in(staffed, "inspector").actor,
                           DeviceInput(serial="DSJ-97", kind="body_camera"))


@pytest.mark.parametrize("login", ["inspector", "director"])
def test_only_the_custodian_or_an_administrator_backs_up_or_repairs_in_the_core(staffed, tmp_path, login):
    who = sign_in(staffed, login)
    dest = tmp_path / "备份 盘"
    events = count(staffed, AuditEvent)
    for caller in (who, who.actor, Actor("有用户号却无角色", user_id=who.user_id), SimpleNamespace(name="x")):
        with pytest.raises(ArchiveError, match="保管员或系统管理员"):
            backup(staffed, caller, dest)
    assert (count(staffed, BackupRun), count(staffed, AuditEvent), dest.exists()) == (0, events, False)

    assert backup(staffed, sign_in(staffed, "clerk").actor, dest).ok
    events = count(staffed, AuditEvent)
    for caller in (who, who.actor, Actor("无角色的调用者"), SimpleNamespace(name="x")):
        with pytest.raises(ArchiveError, match="保管员或系统管理员"):
            repair_from_backup(staffed, caller, dest)
    assert count(staffed, AuditEvent) == events


def test_one_role_given_alone_is_matched_whole_not_as_a_part_of_a_string():
    require_role(Actor("管理员", role="administrator"), "administrator", "拒绝", "refused")
    for role in ("admin", "", "strator"):
        with pytest.raises(ArchiveError):
            require_role(Actor("?", role=role), "administrator", "拒绝", "refused")


def test_the_programs_own_idle_backup_still_runs_without_a_signed_in_user(staffed, tmp_path):
    assert backup(staffed, IDLE_BACKUP_ACTOR, tmp_path / "备份").ok

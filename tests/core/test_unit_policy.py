"""The unit's approval policy: a setting an administrator changes, audited; requests follow it."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from evidenceroom.core import accounts, policy, registry, unit_policy
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Role, Setting

PASSWORD = "correct-horse-1"


@pytest.fixture
def users(archive):
    with archive.transaction() as s:
        for login, role in (("admin", Role.ADMINISTRATOR), ("clerk", Role.CLERK)):
            registry.add_user(s, Actor("准备"), login, PASSWORD, role)
    return {login: accounts.sign_in(archive, login, PASSWORD) for login in ("admin", "clerk")}


def test_the_default_is_one_step(archive):
    assert unit_policy.approval_policy(archive) is policy.DEFAULT


def test_an_administrator_chooses_regulation_003_and_it_is_audited(archive, users):
    unit_policy.set_approval_policy(archive, users["admin"], "003")
    assert unit_policy.approval_policy(archive) is policy.REGULATION_003
    unit_policy.set_approval_policy(archive, users["admin"], "default")
    assert unit_policy.approval_policy(archive) is policy.DEFAULT
    with archive.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "setting.changed")
                           .order_by(AuditEvent.seq)).all()
    details = [json.loads(e.details) for e in events]
    assert [(d["key"], d["before"], d["after"]) for d in details] == [
        ("access.approval_policy", "default", "003"), ("access.approval_policy", "003", "default")]


def test_a_clerk_or_an_unknown_name_is_refused_and_nothing_changes(archive, users):
    with pytest.raises(ArchiveError, match="只有管理员"):
        unit_policy.set_approval_policy(archive, users["clerk"], "003")
    with pytest.raises(ArchiveError, match="没有名为"):
        unit_policy.set_approval_policy(archive, users["admin"], "三级审批")
    with archive.session() as s:
        assert s.get(Setting, unit_policy.APPROVAL_POLICY_KEY) is None
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "setting.changed")).all() == []
    assert unit_policy.approval_policy(archive) is policy.DEFAULT

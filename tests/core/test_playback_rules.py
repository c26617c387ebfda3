"""Playing footage needs an approved request whose viewing is registered, or the clerk's import check."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from evidenceroom.core import access, accounts, playback_rules, register, registry, review
from evidenceroom.core.access import Items
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AccessKind, AccessPurpose, AuditEvent, Role

PASSWORD = "correct-horse-1"


@pytest.fixture
def people(archive, card):
    setup = Actor("准备")
    with archive.transaction() as s:
        officer = registry.add_person(s, setup, "李娜", "13002")
        for login, role in (("admin", Role.ADMINISTRATOR), ("clerk", Role.CLERK), ("director", Role.SUPERVISOR),
                            ("inspector", Role.INSPECTOR)):
            registry.add_user(s, setup, login, PASSWORD, role)
        officer_id = officer.id
    report = import_paths(archive, setup, ImportRequest(paths=[card]))
    users = {login: accounts.sign_in(archive, login, PASSWORD) for login in ("admin", "clerk", "inspector")}
    return officer_id, report.imported[0].recording_id, users


def _approved(archive, clerk, officer_id, rec_id) -> int:
    now = datetime.now(timezone.utc)
    request = access.create_request(
        archive, clerk, kind=AccessKind.VIEW, requester=officer_id, reason="执法监督抽查",
        purpose=AccessPurpose.SUPERVISION, items=Items(recording_ids=(rec_id,)),
        window_start=now - timedelta(minutes=1), window_end=now + timedelta(hours=1))
    access.decide(archive, clerk, request.id, "director", PASSWORD, "approve", "同意")
    return access.request_info(archive, request.id).grant_id


def test_an_inspector_without_a_request_is_told_approval_is_needed(archive, people):
    _officer, rec_id, users = people
    with pytest.raises(ArchiveError, match="需经审批"):
        playback_rules.may_play(archive, users["inspector"], rec_id)


def test_an_approved_request_still_needs_its_viewing_registered_before_play(archive, people):
    officer, rec_id, users = people
    grant = _approved(archive, users["clerk"], officer, rec_id)
    with pytest.raises(ArchiveError, match="尚未登记查阅"):
        playback_rules.may_play(archive, users["inspector"], rec_id)
    entry = register.start_viewing(archive, users["clerk"], grant, [rec_id])
    basis = playback_rules.may_play(archive, users["inspector"], rec_id)
    assert (basis.kind, basis.register_entry_id, basis.viewer_name) == ("register", entry.id, "李娜")
    register.end_viewing(archive, users["clerk"], entry.id)
    with pytest.raises(ArchiveError):
        playback_rules.may_play(archive, users["inspector"], rec_id)


def test_the_clerk_plays_for_the_import_check_and_the_basis_is_audited(archive, people):
    _officer, rec_id, users = people
    basis = playback_rules.may_play(archive, users["clerk"], rec_id)
    assert basis.kind == "import_check"
    review.start_playback(archive, users["clerk"], rec_id, basis)
    with archive.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "playback.started")).one()
    assert json.loads(event.details)["basis"] == "import_check"


def test_an_administrator_can_withdraw_the_import_check_from_clerks(archive, people):
    _officer, rec_id, users = people
    playback_rules.set_import_check_roles(archive, users["admin"], (Role.ADMINISTRATOR.value,))
    with pytest.raises(ArchiveError, match="需经审批"):
        playback_rules.may_play(archive, users["clerk"], rec_id)
    with archive.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "setting.changed")).one()
    assert json.loads(event.details)["after"] == ["administrator"]


def test_only_an_administrator_changes_the_import_check(archive, people):
    _officer, _rec_id, users = people
    with pytest.raises(ArchiveError, match="只有管理员"):
        playback_rules.set_import_check_roles(archive, users["clerk"], (Role.CLERK.value,))

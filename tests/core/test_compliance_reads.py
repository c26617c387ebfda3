"""What the Compliance tabs read, read in core: pending disposals, a recording's case and activity,
a case file, the officers and departments offered in the dialogs; and the retention actions the
tab offers by role are refused in core to every other role."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from evidenceroom.core import (accounts, disposal, lookups, profiles, registry, retention, retention_lists,
                               spot_checks)
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Case, Person, Recording, Role
from sql_count import statements

PASSWORD = "correct-horse-1"
AFTER = date(2026, 6, 1)
CASE_NO = "秦水罚〔2024〕5号"


@pytest.fixture
def desk(archive, card):
    with archive.transaction() as s:
        registry.add_person(s, Actor("准备"), "张伟", "13001", "一大队")
        registry.add_person(s, Actor("准备"), "李四", "13002", "二大队")
        registry.add_person(s, Actor("准备"), "赵六", None, "办公室")  # staff without a badge
        gone = registry.add_person(s, Actor("准备"), "钱七", "13003", "一大队")
        gone.active = False
        registry.add_device(s, Actor("准备"), "DSJ-07", registry.DeviceKind.BODY_CAMERA, "执法记录仪")
        for login, role in (("admin", Role.ADMINISTRATOR), ("clerk", Role.CLERK), ("leader", Role.SUPERVISOR),
                            ("inspector", Role.INSPECTOR)):
            registry.add_user(s, Actor("准备"), login, PASSWORD, role)
    import_paths(archive, Actor("准备"), ImportRequest(paths=[card], case_no=CASE_NO, officer_badge="13001",
                                                        device_serial="DSJ-07"))
    with archive.transaction() as s:
        for r in s.scalars(select(Recording)):
            r.recorded_at = r.imported_at = datetime(2024, 3, 1, 2, tzinfo=timezone.utc)
    users = {u: accounts.sign_in(archive, u, PASSWORD) for u in ("admin", "clerk", "leader", "inspector")}
    profiles.choose(archive, users["admin"], "qinhuangdao-shuiwu")
    return users


def _first(archive) -> tuple[int, int]:
    with archive.session() as s:
        return s.execute(select(Recording.id, Recording.case_id).order_by(Recording.id)).first()


def test_a_proposal_awaiting_approval_is_listed_with_its_case(archive, desk):
    rid, _ = _first(archive)
    with archive.session() as s:
        assert disposal.pending_list(s) == []
    [pid] = disposal.propose(archive, desk["clerk"], [rid], "已无保存意义", today=AFTER)
    with archive.session() as s:
        [p] = disposal.pending_list(s)
        name = s.get(Recording, rid).original_name
    assert p == disposal.PendingDisposal(pid, rid, name, CASE_NO, date(2025, 3, 1), "已无保存意义",
                                         desk["clerk"].actor.name)


def test_a_recordings_case_and_case_file_are_read_for_the_tab(archive, desk):
    rid, case_id = _first(archive)
    assert retention_lists.links(archive, rid) == retention_lists.RecordingLinks(rid, case_id, CASE_NO, None)
    assert retention_lists.links(archive, 999_999) is None
    facts = retention_lists.case_file(archive, case_id)
    assert (facts.case_no, facts.filed_on, facts.file_retention_years) == (CASE_NO, None, None)
    assert set(facts.flags) == set(retention_lists.CASE_FLAGS) and not any(facts.flags.values())
    retention.set_case_file(archive, desk["clerk"], case_id, date(2025, 1, 10), 30)
    retention.set_case_flags(archive, desk["clerk"], case_id, obstruction=True)
    facts = retention_lists.case_file(archive, case_id)
    assert (facts.filed_on, facts.file_retention_years) == (date(2025, 1, 10), 30)
    assert [f for f, on in facts.flags.items() if on] == ["obstruction"]
    assert retention_lists.case_file(archive, 999_999) is None


def test_the_dialogs_offer_active_staff_and_every_department_by_name(archive, desk):
    names = [o.name for o in lookups.officers(archive, active_only=True)]
    with archive.session() as s:
        assert names == sorted(names) == sorted(s.scalars(select(Person.name).where(Person.active.is_(True))))
    assert "钱七" not in names and "赵六" in names  # an activity may name staff without a badge
    departments = lookups.departments(archive)
    assert [n for _, n in departments] == sorted(["一大队", "二大队", "办公室"])


def _events(archive) -> int:
    with archive.session() as s:
        return s.scalar(select(func.count(AuditEvent.seq)))


def test_retention_actions_are_refused_in_core_to_the_roles_the_tab_does_not_offer_them(archive, desk):
    rid, case_id = _first(archive)
    ground = retention.choices(profiles.by_key("qinhuangdao-shuiwu"), retention.PERMANENT)[1][0]
    before = _events(archive)
    with pytest.raises(ArchiveError):
        retention.mark(archive, desk["inspector"], rid, retention.PERMANENT, ground)
    with pytest.raises(ArchiveError):
        retention.set_case_file(archive, desk["inspector"], case_id, date(2025, 1, 10), 30)
    with pytest.raises(ArchiveError):
        retention.set_case_flags(archive, desk["inspector"], case_id, major_case=True)
    for who in ("inspector", "leader"):  # the custodian judges and proposes, not the approver
        with pytest.raises(ArchiveError):
            disposal.assess(archive, desk[who], rid, True, "仍有保存意义")
        with pytest.raises(ArchiveError):
            disposal.propose(archive, desk[who], [rid], "已无保存意义", today=AFTER)
    hold = retention.place_hold(archive, desk["inspector"], "当事人投诉", case_id=case_id)
    for who in ("clerk", "inspector"):
        with pytest.raises(ArchiveError):
            retention.release_hold(archive, desk[who], hold.id, "投诉已处理")
    assert _events(archive) == before + 1  # only the hold was recorded
    with archive.session() as s:
        assert disposal.pending_list(s) == [] and s.get(Case, case_id).filed_on is None
        assert len(retention_lists.holds(s)) == 1


def test_the_spot_check_chooser_reads_summaries_in_one_statement(archive, tmp_path):
    from evidenceroom.core.timeutil import to_local, utcnow
    from tests.core.oversight_support import hand_in, sign_in, staff

    staff(archive)
    for n in range(3):
        hand_in(archive, tmp_path / f"in{n}", None, 300 + 50 * n)
    inspector = sign_in(archive, "inspector")
    with archive.session() as s:
        now = to_local(utcnow(), archive.unit(s).timezone).replace(tzinfo=None)
    for proportion in (0.3, 0.7, 1.0):
        spot_checks.draw(archive, inspector, now.replace(hour=0) - timedelta(days=30), now + timedelta(days=1),
                         proportion=proportion, seed=7)
    with statements(archive) as seen:
        summaries = spot_checks.summaries(archive)
    assert len(seen) == 1
    full = spot_checks.list_spot_checks(archive)
    assert [(c.id, c.drawn_at, c.population_size, c.sampled) for c in summaries] == [
        (c.id, c.drawn_at, c.population_size, len(c.items)) for c in full]
    assert [c.sampled for c in summaries] == [3, 3, 1]


def test_a_batch_proposal_names_its_first_failing_recording_and_proposes_none(archive, desk):
    with archive.session() as s:
        ids = list(s.scalars(select(Recording.id).order_by(Recording.id)))
    ground = retention.choices(profiles.by_key("qinhuangdao-shuiwu"), retention.PERMANENT)[1][0]
    retention.mark(archive, desk["clerk"], ids[2], retention.PERMANENT, ground)
    before = _events(archive)
    with pytest.raises(ArchiveError, match="没有第 999999 号资料"):
        disposal.propose(archive, desk["clerk"], [ids[0], 999_999, ids[2]], "已无保存意义", today=AFTER)
    with pytest.raises(ArchiveError, match=f"第 {ids[2]} 号资料永久保存"):
        disposal.propose(archive, desk["clerk"], [ids[0], ids[2], 999_999], "已无保存意义", today=AFTER)
    disposal.propose(archive, desk["clerk"], [ids[1]], "已无保存意义", today=AFTER)
    with pytest.raises(ArchiveError, match=f"第 {ids[1]} 号资料已提出清除"):
        disposal.propose(archive, desk["clerk"], [ids[0], ids[1], ids[1]], "已无保存意义", today=AFTER)
    assert _events(archive) == before + 1
    with archive.session() as s:
        assert [p.recording_id for p in disposal.pending_list(s)] == [ids[1]]

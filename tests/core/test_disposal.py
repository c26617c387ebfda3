"""Disposal end to end (RET-07, RET-08): proposed by the custodian, approved in person by a
supervisor, the original gone from the vault, a tombstone kept, verify clean, the chain intact."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from evidenceroom.core import accounts, audit, catalog, disposal, playback_rules, profiles, registry, retention
from evidenceroom.core.accounts import AuthError
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Case, Recording, Role, User
from evidenceroom.core.models.retention import DisposalProposal, Tombstone
from evidenceroom.core.verify import verify

PASSWORD = "correct-horse-1"
AFTER = date(2026, 6, 1)  # past the 1-year retention of 003 for footage from March 2024


@pytest.fixture
def desk(archive, card):
    with archive.transaction() as s:
        registry.add_person(s, Actor("准备"), "张伟", "13001", "一大队")
        registry.add_device(s, Actor("准备"), "DSJ-07", registry.DeviceKind.BODY_CAMERA, "执法记录仪")
        for login, role in (("admin", Role.ADMINISTRATOR), ("clerk", Role.CLERK), ("leader", Role.SUPERVISOR),
                            ("director", Role.SUPERVISOR)):
            registry.add_user(s, Actor("准备"), login, PASSWORD, role)
        # Under 003 the bureau leader in charge approves (003§22), not the office director.
        for login, name, title in (("leader", "钱局长", "局主管领导"), ("director", "赵主任", "办公室主任")):
            person = registry.add_person(s, Actor("准备"), name, None, title=title)
            s.scalars(select(User).where(User.login == login)).one().person_id = person.id
    import_paths(archive, Actor("准备"), ImportRequest(paths=[card], case_no="秦水罚〔2024〕5号",
                                                        officer_badge="13001", device_serial="DSJ-07"))
    with archive.transaction() as s:
        for r in s.scalars(select(Recording)):
            r.recorded_at = r.imported_at = datetime(2024, 3, 1, 10, tzinfo=ZoneInfo("Asia/Shanghai")).astimezone(
                timezone.utc)
    users = {u: accounts.sign_in(archive, u, PASSWORD) for u in ("admin", "clerk", "leader")}
    profiles.choose(archive, users["admin"], "qinhuangdao-shuiwu")
    return users


def _recordings(archive) -> list[Recording]:
    with archive.session() as s:
        return list(s.scalars(select(Recording).order_by(Recording.id)))


def test_disposal_end_to_end(archive, desk):
    victim, other = _recordings(archive)[:2]
    path = archive.vault.path_for(victim.sha256)
    assert path.is_file()
    with archive.session() as s:  # expired, still listed and the file untouched until someone decides
        assert victim.id in {r.recording_id for r in retention.overview(s, today=AFTER).expired_awaiting}
    [pid] = disposal.propose(archive, desk["clerk"], [victim.id], "现场检查无异议，已无保存意义", today=AFTER)
    assert path.is_file()
    with archive.session() as s:
        assert victim.id not in {r.recording_id for r in retention.overview(s, today=AFTER).expired_awaiting}
        assert [p.id for p in disposal.pending(s)] == [pid]

    with pytest.raises(AuthError):
        disposal.approve(archive, pid, "leader", "wrong-password", today=AFTER)
    with pytest.raises(ArchiveError, match="局主管领导"):
        disposal.approve(archive, pid, "clerk", PASSWORD, today=AFTER)
    with pytest.raises(ArchiveError, match="局主管领导本人登录批准，director"):
        disposal.approve(archive, pid, "director", PASSWORD, today=AFTER)
    assert path.is_file()

    done = disposal.approve(archive, pid, "leader", PASSWORD, "同意清除", today=AFTER)
    assert done.file_removed and not path.exists() and other.sha256 != victim.sha256
    assert archive.vault.path_for(other.sha256).is_file()
    with archive.session() as s:
        tomb = disposal.tombstone(s, victim.id)
        assert (tomb.sha256, tomb.size, tomb.case_no, tomb.expired_on) == (
            victim.sha256, victim.size, "秦水罚〔2024〕5号", date(2025, 3, 1))
        assert tomb.recorded_at == victim.recorded_at and tomb.profile_key == "qinhuangdao-shuiwu"
        assert "已无保存意义" in tomb.grounds and "003§20" in tomb.grounds
        assert tomb.proposed_by_name == "clerk (clerk)"
        assert "leader" in tomb.approved_by_name
        rec = s.get(Recording, victim.id)
        assert rec.disposed_at is not None  # the row stays: the ID still leads to what happened
        assert s.get(DisposalProposal, pid).status == "approved"
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "recording.disposed")).one()
        assert ev.target_id == victim.id and json.loads(ev.details)["tombstone_id"] == tomb.id
        assert retention.expiry(s, victim.id).label(AFTER)[0] == "已清除"
    until, basis = retention.line(archive, victim.id)  # the ID still leads to its tombstone
    assert until.zh.startswith("已清除（") and "leader" in basis.zh and victim.sha256 in basis.zh
    report = verify(archive, Actor("核验"))
    assert report.ok, report.as_json()
    with archive.session() as s:
        count, problems = audit.check_chain(s, archive.head_path)
    assert problems == [] and count > 0
    with pytest.raises(ArchiveError, match="已处理"):
        disposal.approve(archive, pid, "leader", PASSWORD, today=AFTER)
    # Playing it says what happened, whoever asks and on whatever basis.
    with pytest.raises(ArchiveError, match="经审批清除") as refused:
        playback_rules.may_play(archive, desk["clerk"], victim.id)
    assert "disposed of with approval" in refused.value.text.en
    playback_rules.may_play(archive, desk["clerk"], other.id)  # the clerk's import check still plays the rest
    rows = {r.id: r for r in catalog.recording_rows(archive)}  # the browser still lists it, marked
    assert rows[victim.id].disposed and not rows[other.id].disposed

    # Handing in the same bytes again does not bring the disposed original back into the vault.
    again = import_paths(archive, Actor("准备"), ImportRequest(paths=[Path(victim.source_path)],
                                                               officer_badge="13001", device_serial="DSJ-07"))
    assert again.imported == [] and [i.recording_id for i in again.rejected] == [victim.id]
    assert "经审批清除" in again.rejected[0].reason and not path.exists()
    assert verify(archive, Actor("核验")).ok


def test_disposal_of_a_recording_on_hold_is_refused_until_released(archive, desk):
    rid = _recordings(archive)[0].id
    with archive.session() as s:
        case_id = s.scalar(select(Case.id))
    hold = retention.place_hold(archive, desk["leader"], "当事人已提起行政诉讼", case_id=case_id)
    with pytest.raises(ArchiveError, match="已保全"):
        disposal.propose(archive, desk["clerk"], [rid], "无保存意义", today=AFTER)
    retention.release_hold(archive, desk["leader"], hold.id, "诉讼已终结")
    [pid] = disposal.propose(archive, desk["clerk"], [rid], "无保存意义", today=AFTER)
    # A hold placed after the proposal still stops the approval.
    retention.place_hold(archive, desk["leader"], "再次投诉", case_id=case_id)
    with pytest.raises(ArchiveError, match="已保全"):
        disposal.approve(archive, pid, "leader", PASSWORD, today=AFTER)
    assert archive.vault.path_for(_recordings(archive)[0].sha256).is_file()
    with archive.session() as s:
        assert s.scalars(select(Tombstone)).all() == []


def test_permanent_long_term_evidence_and_unexpired_are_refused_with_the_reason(archive, desk):
    a, b, c, d = (r.id for r in _recordings(archive)[:4])
    grounds = retention.choices(profiles.by_key("qinhuangdao-shuiwu"), "permanent")[1]
    retention.mark(archive, desk["clerk"], a, "permanent", grounds[0])
    retention.mark(archive, desk["clerk"], b, "long_term", retention.choices(profiles.DEFAULT, "long_term")[1][0])
    retention.mark(archive, desk["clerk"], c, "evidence")
    with pytest.raises(ArchiveError, match="永久保存"):
        disposal.propose(archive, desk["clerk"], [a], "无保存意义", today=AFTER)
    with pytest.raises(ArchiveError, match="长期保存"):
        disposal.propose(archive, desk["clerk"], [b], "无保存意义", today=AFTER)
    with pytest.raises(ArchiveError, match="保存期限未到"):  # the case file is not filed yet
        disposal.propose(archive, desk["clerk"], [c], "无保存意义", today=AFTER)
    with pytest.raises(ArchiveError, match="保存期限未到"):
        disposal.propose(archive, desk["clerk"], [d], "无保存意义", today=date(2024, 12, 1))
    # All or none: one refusal leaves the others unproposed.
    with pytest.raises(ArchiveError):
        disposal.propose(archive, desk["clerk"], [d, a], "无保存意义", today=AFTER)
    with pytest.raises(ArchiveError, match="理由"):
        disposal.propose(archive, desk["clerk"], [d], "  ", today=AFTER)
    with pytest.raises(ArchiveError):
        disposal.propose(archive, desk["leader"], [d], "无保存意义", today=AFTER)
    with archive.session() as s:
        assert s.scalars(select(DisposalProposal)).all() == []


def test_worth_keeping_takes_it_off_the_list_and_a_refusal_keeps_the_file(archive, desk):
    a, b = (r.id for r in _recordings(archive)[:2])
    disposal.assess(archive, desk["clerk"], a, True, "涉及相邻权纠纷，可能再次投诉")
    with archive.session() as s:
        awaiting = {r.recording_id for r in retention.overview(s, today=AFTER).expired_awaiting}
    assert a not in awaiting and b in awaiting
    [pid] = disposal.propose(archive, desk["clerk"], [b], "无保存意义", today=AFTER)
    with pytest.raises(ArchiveError, match="理由"):
        disposal.refuse(archive, pid, "leader", PASSWORD, "")
    disposal.refuse(archive, pid, "leader", PASSWORD, "先保留至年度评查后")
    with archive.session() as s:
        assert s.get(DisposalProposal, pid).status == "refused"
        assert s.get(Recording, b).disposed_at is None
    assert archive.vault.path_for(_recordings(archive)[1].sha256).is_file()


def test_a_removal_that_failed_is_finished_at_the_next_approval(archive, desk, monkeypatch):
    a, b = _recordings(archive)[:2]
    [pa, pb] = disposal.propose(archive, desk["clerk"], [a.id, b.id], "无保存意义", today=AFTER)
    real = type(archive.vault).dispose

    def failing(self, sha):
        raise PermissionError("设备忙")

    monkeypatch.setattr(type(archive.vault), "dispose", failing)
    with pytest.raises(ArchiveError, match="下次批准清除时会再次删除"):
        disposal.approve(archive, pa, "leader", PASSWORD, today=AFTER)
    assert archive.vault.path_for(a.sha256).is_file()
    with archive.session() as s:  # the decision stands: recorded, with its tombstone
        assert disposal.tombstone(s, a.id) is not None
    assert verify(archive, Actor("核验")).ok is False  # the file left behind shows as extra until removed
    monkeypatch.setattr(type(archive.vault), "dispose", real)
    disposal.approve(archive, pb, "leader", PASSWORD, today=AFTER)
    assert not archive.vault.path_for(a.sha256).exists() and not archive.vault.path_for(b.sha256).exists()
    assert verify(archive, Actor("核验")).ok


def test_under_a_one_step_profile_any_supervisor_approves(archive, desk):
    profiles.choose(archive, desk["admin"], "zhongwei-2021")  # 24 months: March 2024 footage ends March 2026
    rid = _recordings(archive)[0].id
    [pid] = disposal.propose(archive, desk["clerk"], [rid], "无保存意义", today=AFTER)
    assert disposal.approve(archive, pid, "director", PASSWORD, today=AFTER).file_removed

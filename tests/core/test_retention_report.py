"""The retention report's facts (RPT-08): counts by basis, the clips expiring within N days,
long-term ones without a verified two-copy set, and the period's disposals with their tombstones."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from evidenceroom.core import accounts, disposal, profiles, registry, retention
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Recording, Role, User
from evidenceroom.core.retention_report import retention_report

PASSWORD = "correct-horse-1"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=SHANGHAI).astimezone(timezone.utc)


@pytest.fixture
def desk(archive, card):
    """Four clips under 003's one-year period: one expiring in 30 days, one in 200, one long-term,
    one disposed today (recorded in 2024)."""
    with archive.transaction() as s:
        registry.add_person(s, Actor("准备"), "张伟", "13001", "一大队")
        registry.add_device(s, Actor("准备"), "DSJ-07", registry.DeviceKind.BODY_CAMERA, "执法记录仪")
        for login, role in (("admin", Role.ADMINISTRATOR), ("clerk", Role.CLERK), ("leader", Role.SUPERVISOR)):
            registry.add_user(s, Actor("准备"), login, PASSWORD, role)
        person = registry.add_person(s, Actor("准备"), "钱局长", None, title="局主管领导")
        s.scalars(select(User).where(User.login == "leader")).one().person_id = person.id
    import_paths(archive, Actor("准备"), ImportRequest(paths=[card], case_no="秦水罚〔2024〕5号",
                                                        officer_badge="13001", device_serial="DSJ-07"))
    users = {u: accounts.sign_in(archive, u, PASSWORD) for u in ("admin", "clerk", "leader")}
    profiles.choose(archive, users["admin"], "qinhuangdao-shuiwu")
    with archive.session() as s:
        today = retention.today_in(s)
    days = {"soon": today - timedelta(days=365 - 30), "later": today - timedelta(days=365 - 200),
            "long": today - timedelta(days=365 - 10), "gone": date(2024, 3, 1)}
    with archive.transaction() as s:
        recs = list(s.scalars(select(Recording).order_by(Recording.id)))
        ids = {}
        for (key, day), rec in zip(days.items(), recs):
            rec.recorded_at = rec.imported_at = _at(day)
            ids[key] = rec.id
    with archive.session() as s:
        ground = retention.choices(profiles.active(s), "long_term")[1][0]
    retention.mark(archive, users["clerk"], ids["long"], "long_term", ground=ground)
    [pid] = disposal.propose(archive, users["clerk"], [ids["gone"]], "已无保存意义")
    disposal.approve(archive, pid, "leader", PASSWORD, "同意清除")
    return ids, today


def test_the_next_90_days_list_the_clip_expiring_in_30_and_the_disposal_with_proposer_and_approver(archive, desk):
    ids, today = desk
    report = retention_report(archive, days=90)
    assert [r.recording_id for r in report.expiring] == [ids["soon"]]
    assert [r.recording_id for r in report.long_term_without_discs] == [ids["long"]]
    [gone] = report.disposals
    assert gone.recording_id == ids["gone"] and gone.proposed_by.startswith("clerk")
    assert gone.approved_by.startswith("leader") and len(gone.sha256) == 64
    counts = {k: n for k, _, n in report.by_basis}
    assert counts["base"] == 2 and counts["long_term"] == 1 and counts["permanent"] == 0


def test_a_longer_window_takes_in_the_later_clip_and_an_earlier_period_has_no_disposal(archive, desk):
    ids, today = desk
    report = retention_report(archive, days=250, start=today - timedelta(days=400), end=today - timedelta(days=1))
    assert {r.recording_id for r in report.expiring} == {ids["soon"], ids["later"]}
    assert report.disposals == ()


def test_bad_days_or_period_are_refused(archive):
    with pytest.raises(ArchiveError, match="天数"):
        retention_report(archive, days=0)
    with pytest.raises(ArchiveError, match="晚于结束日期"):
        retention_report(archive, start=date(2026, 5, 1), end=date(2026, 4, 1))


def test_the_chain_of_the_disposed_clip_ends_with_its_disposal_and_the_long_term_mark_is_in_its_own(archive, desk):
    from evidenceroom.core.chain_of_custody import chain_of_custody

    ids, _ = desk
    gone = chain_of_custody(archive, recording_id=ids["gone"])
    actions = [e.action for e in gone.events]
    assert actions[-2:] == ["disposal.proposed", "recording.disposed"]
    assert gone.recordings[0].disposed and gone.events[-1].actor_name.startswith("leader")
    assert "销毁记录 #" in gone.events[-1].summary and "已无保存意义" in gone.events[-2].summary
    long = chain_of_custody(archive, recording_id=ids["long"])
    assert "retention.marked_long_term" in [e.action for e in long.events]
    assert "recording.disposed" not in [e.action for e in long.events]

"""The retention engine against hand-computed cases, one table per profile (RET-01..06)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from evidenceroom.core import accounts, deadlines, profiles, registry, retention, retention_lists
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Activity, AuditEvent, Case, DeadlineStatus, Recording, Role
from evidenceroom.core.models.retention import RetentionMark

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "correct-horse-1"


def local(y, m, d, hh=10, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI).astimezone(timezone.utc)


def rec(recorded_at: datetime, imported_at: datetime | None = None, case_id=None) -> Recording:
    return Recording(id=1, recorded_at=recorded_at, imported_at=imported_at or recorded_at, case_id=case_id)


def mark(kind, ground="", article="") -> RetentionMark:
    return RetentionMark(kind=kind, ground=ground, article=article)


# key, capture (local), base expiry, evidence expiry for a case filed 2025-01-10 with 30-year retention,
# grounds offered for permanent keeping, hand-in hours
TABLE = [
    ("zhongwei-2021", local(2024, 3, 1), date(2026, 3, 1), "000§15", 4, 24),
    ("liaoning-renfang", local(2024, 3, 1), date(2026, 3, 1), "001§14(2)", 0, 24),
    ("zhanhe-sifa-2019", local(2024, 3, 1), date(2034, 3, 1), "002§15", 0, 24),
    ("qinhuangdao-shuiwu", local(2024, 3, 1), date(2025, 3, 1), "003§20", 0, 24),
    ("yuxian-yingji-2024", local(2024, 3, 1), date(2026, 3, 1), "000§15", 0, 24),
]


@pytest.mark.parametrize(("key", "captured", "expires", "article", "permanent_grounds", "hours"), TABLE)
def test_base_retention_per_profile(key, captured, expires, article, permanent_grounds, hours):
    profile = profiles.by_key(key)
    ex = retention.compute(rec(captured), profile, SHANGHAI, [], None, False)
    assert (ex.expires_on, ex.deciding.kind, ex.deciding.article) == (expires, "base", article)
    assert not ex.expired(expires - timedelta(days=1)) and ex.expired(expires)
    assert ex.label(date(2024, 6, 1))[0] == expires.isoformat()
    assert len(profile.retention.permanent_grounds) == permanent_grounds
    # Deadline status (ARC-07): an activity that ended 30 h before the hand-in is 6 h late under every profile.
    act = Activity(ended_at=local(2024, 3, 1, 12), remote=False)
    due = deadlines.check(act, local(2024, 3, 2, 18), profile.hand_in_hours)
    assert (due.status, due.late_by_seconds) == (DeadlineStatus.LATE, 6 * 3600)
    assert deadlines.check(act, local(2024, 3, 2, 11), profile.hand_in_hours).status is DeadlineStatus.ON_TIME


@pytest.mark.parametrize(("key", "article"), [("liaoning-renfang", "001§14(3)"), ("qinhuangdao-shuiwu", "003§20"),
                                              ("zhongwei-2021", "001§14(3) / 003§20")])
def test_evidence_is_kept_as_long_as_its_case_file(key, article):
    case = Case(id=7, filed_on=date(2025, 1, 10), file_retention_years=30)
    ex = retention.compute(rec(local(2024, 3, 1), case_id=7), profiles.by_key(key), SHANGHAI,
                           [mark("evidence")], case, False)
    assert (ex.expires_on, ex.deciding.kind, ex.deciding.article) == (date(2055, 1, 10), "evidence", article)
    assert "案卷保存期限" in ex.basis()[0] and len(ex.rules) == 2


def test_evidence_of_a_case_not_yet_filed_does_not_expire():
    ex = retention.compute(rec(local(2020, 3, 1), case_id=7), profiles.by_key("qinhuangdao-shuiwu"), SHANGHAI,
                           [mark("evidence")], Case(id=7), False)
    assert ex.expires_on is None and not ex.expired(date(2099, 1, 1))
    assert ex.label(date(2099, 1, 1))[0] == "待案卷归档"


def test_a_base_period_longer_than_the_case_file_decides():
    case = Case(id=7, filed_on=date(2024, 4, 1), file_retention_years=1)
    ex = retention.compute(rec(local(2024, 3, 1), case_id=7), profiles.by_key("zhanhe-sifa-2019"), SHANGHAI,
                           [mark("evidence")], case, False)
    assert (ex.expires_on, ex.deciding.kind) == (date(2034, 3, 1), "base")


@pytest.mark.parametrize("key", [t[0] for t in TABLE])
def test_permanent_and_long_term_never_expire(key):
    profile = profiles.by_key(key)
    perm = retention.compute(rec(local(2024, 3, 1)), profile, SHANGHAI,
                             [mark("permanent", "阻碍执法", "000§15(二)"), mark("evidence")], None, False)
    assert perm.permanent and perm.expires_on is None and perm.label(date(2074, 3, 1))[0] == "永久"
    assert perm.deciding.article == "000§15(二)"
    long = retention.compute(rec(local(2024, 3, 1)), profile, SHANGHAI, [mark("long_term", "投诉", "002§16(一)")],
                             None, False)
    assert long.long_term and not long.expired(date(2074, 3, 1)) and long.label(date(2074, 3, 1))[0] == "长期保存"


def test_capture_late_at_night_counts_by_the_local_date_and_29_february_ends_on_28():
    late = datetime(2024, 2, 29, 23, 30, tzinfo=SHANGHAI)  # 15:30 UTC the same day
    ex = retention.compute(rec(late), profiles.by_key("qinhuangdao-shuiwu"), SHANGHAI, [], None, False)
    assert ex.expires_on == date(2025, 2, 28)
    early = datetime(2024, 3, 1, 0, 30, tzinfo=SHANGHAI)  # still 29 February in UTC
    assert retention.compute(rec(early), profiles.by_key("qinhuangdao-shuiwu"), SHANGHAI, [], None,
                             False).expires_on == date(2025, 3, 1)


def test_a_profile_counting_from_import():
    text = (profiles.policy_dir() / "qinhuangdao-shuiwu.toml").read_text(encoding="utf-8").replace(
        'starts_from = "recorded_at"', 'starts_from = "imported_at"')
    profile = profiles.parse(text, "import-based")
    ex = retention.compute(rec(local(2024, 3, 1), imported_at=local(2024, 5, 20)), profile, SHANGHAI, [], None, False)
    assert ex.expires_on == date(2025, 5, 20) and "入库" in ex.deciding.name_zh


# --- the services, on a real archive with real imported clips -----------------------------------

@pytest.fixture
def desk(archive, card):
    with archive.transaction() as s:
        registry.add_person(s, Actor("准备"), "张伟", "13001", "一大队")
        registry.add_device(s, Actor("准备"), "DSJ-07", registry.DeviceKind.BODY_CAMERA, "执法记录仪")
        for login, role in (("admin", Role.ADMINISTRATOR), ("clerk", Role.CLERK), ("leader", Role.SUPERVISOR),
                            ("inspector", Role.INSPECTOR)):
            registry.add_user(s, Actor("准备"), login, PASSWORD, role)
    import_paths(archive, Actor("准备"), ImportRequest(paths=[card], case_no="秦水罚〔2024〕5号",
                                                        officer_badge="13001", device_serial="DSJ-07"))
    with archive.transaction() as s:  # footage from March 2024, as if imported then
        for r in s.scalars(select(Recording)):
            r.recorded_at = r.imported_at = local(2024, 3, 1)
    users = {u: accounts.sign_in(archive, u, PASSWORD) for u in ("admin", "clerk", "leader", "inspector")}
    profiles.choose(archive, users["admin"], "qinhuangdao-shuiwu")
    return users


def _ids(archive):
    with archive.session() as s:
        return list(s.scalars(select(Recording.id).order_by(Recording.id)))


def test_marks_holds_and_lists(archive, desk):
    first, second, *rest = _ids(archive)
    with archive.session() as s:
        case_id = s.scalar(select(Case.id))
        view = retention.overview(s, today=date(2025, 2, 1))
        assert {r.recording_id for r in view.expiring_soon} == {first, second, *rest}
        assert retention.overview(s, today=date(2025, 3, 1)).expired_awaiting[0].expiry.expires_on == date(2025, 3, 1)
    grounds = retention.choices(profiles.by_key("qinhuangdao-shuiwu"), "permanent")[1]
    retention.mark(archive, desk["clerk"], first, "permanent", grounds[1])
    retention.mark(archive, desk["clerk"], second, "long_term", retention.choices(profiles.DEFAULT, "long_term")[1][1])
    retention.set_case_file(archive, desk["clerk"], case_id, date(2025, 1, 10), 30)
    retention.mark(archive, desk["clerk"], rest[0], "evidence")
    with archive.session() as s:
        assert retention.expiry(s, first).deciding.article == "000§15(二)"
        ev = retention.expiry(s, rest[0])
        assert ev.expires_on == date(2055, 1, 10) and ev.deciding.article == "003§20"
        later = retention.overview(s, today=date(2074, 3, 1))
        assert first not in {r.recording_id for r in later.expired_awaiting}
        assert second not in {r.recording_id for r in later.expired_awaiting}
        assert [r.recording_id for r in later.long_term_without_discs] == [second]
        assert rest[1] in {r.recording_id for r in later.expired_awaiting}
    with pytest.raises(ArchiveError, match="已有此标记"):
        retention.mark(archive, desk["clerk"], first, "permanent", grounds[0])
    with pytest.raises(ArchiveError, match="情形"):
        retention.mark(archive, desk["clerk"], rest[1], "permanent", "随便写的理由")
    with pytest.raises(ArchiveError):
        retention.mark(archive, desk["inspector"], rest[1], "permanent", grounds[0])

    hold = retention.place_hold(archive, desk["inspector"], "当事人投诉", case_id=case_id)
    everything = len(_ids(archive))
    with archive.session() as s:
        ex = retention.expiry(s, rest[1])
        assert ex.held and ex.label(date(2026, 1, 1))[0] == "2025-03-01（已到期，已保全）"
        view = retention.overview(s, today=date(2026, 1, 1))
        assert view.expired_awaiting == [] and view.holds[0].recordings == everything
    with pytest.raises(ArchiveError, match="原因"):
        retention.release_hold(archive, desk["leader"], hold.id, " ")
    with pytest.raises(ArchiveError):
        retention.release_hold(archive, desk["clerk"], hold.id, "投诉已处理完毕")
    retention.release_hold(archive, desk["leader"], hold.id, "投诉已处理完毕")
    with archive.session() as s:
        assert not retention.expiry(s, rest[1]).held and retention.holds(s) == []
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("retention.%"))))
        case_events = list(s.scalars(select(AuditEvent.action).where(AuditEvent.action == "case.file_retention_set")))
    assert actions == ["retention.marked_permanent", "retention.marked_long_term", "retention.marked_evidence",
                       "retention.hold_placed", "retention.hold_released"]
    assert case_events == ["case.file_retention_set"]


def test_bad_input_changes_nothing(archive, desk):
    rid = _ids(archive)[0]
    with pytest.raises(ArchiveError, match="原因"):
        retention.place_hold(archive, desk["leader"], "", case_id=1)
    with pytest.raises(ArchiveError):
        retention.place_hold(archive, desk["leader"], "投诉", case_id=1, activity_id=1)
    with pytest.raises(ArchiveError):
        retention.set_case_file(archive, desk["clerk"], 1, date(2025, 1, 1), 0)
    with pytest.raises(ArchiveError):
        retention.mark(archive, desk["clerk"], rid, "forever")
    with archive.session() as s:
        assert s.scalars(select(RetentionMark)).all() == []
        assert retention.holds(s) == []


def test_the_detail_line_names_the_deciding_rule(archive, desk):
    first, second = _ids(archive)[:2]
    with archive.session() as s:
        case_id = s.scalar(select(Case.id))
    retention.set_case_file(archive, desk["clerk"], case_id, date(2025, 1, 10), 30)
    retention.mark(archive, desk["clerk"], first, "evidence")
    until, basis = retention.line(archive, first)
    assert (until.zh, until.en) == ("2055-01-10", "2055-01-10")
    assert basis.zh == "案卷保存期限 30 年（2025-01-10 归档）（003§20）"
    until, basis = retention.line(archive, second)
    assert until.zh.startswith("2025-03-01") and "003§20" in basis.en


def test_lists_are_counted_in_full_and_cut_at_their_limit(archive, desk):
    everything = _ids(archive)
    retention.mark(archive, desk["clerk"], everything[0], "permanent",
                   retention.choices(profiles.DEFAULT, "permanent")[1][0])
    with archive.session() as s:
        full = retention_lists.overview(s, today=date(2026, 1, 1))
        cut = retention_lists.overview(s, today=date(2026, 1, 1), limit=1)
        soon = retention_lists.overview(s, today=date(2025, 2, 1), limit=2)
    assert sorted(r.recording_id for r in full.expired_awaiting) == everything[1:]
    assert full.totals["expired_awaiting"] == len(everything) - 1 == cut.totals["expired_awaiting"]
    assert [r.recording_id for r in cut.expired_awaiting] == [everything[1]]
    assert soon.totals == {"expired_awaiting": 0, "expiring_soon": len(everything) - 1}
    assert len(soon.expiring_soon) == 2


def test_the_last_start_date_whose_base_period_has_ended():
    assert retention_lists.last_start(date(2025, 2, 28), 12) == date(2024, 2, 29)  # 29 Feb + 1 year = 28 Feb
    assert retention_lists.last_start(date(2025, 3, 31), 1) == date(2025, 2, 28)
    assert retention_lists.last_start(date(2026, 3, 1), 24) == date(2024, 3, 1)
    for months in (1, 12, 24, 120):
        for day in (date(2025, 2, 28), date(2025, 3, 31), date(2024, 2, 29), date(2026, 12, 31)):
            start = retention_lists.last_start(day, months)
            assert retention.add_months(start, months) <= day < retention.add_months(start + timedelta(days=1),
                                                                                      months)


def test_a_hold_on_an_activity_covers_only_its_recordings(archive, desk, clips, tmp_path):
    extra = tmp_path / "第二张卡"
    extra.mkdir()
    (extra / "REC_0003.WAV").write_bytes(clips["wav"].read_bytes() + b"\x00")  # different content, still a WAV
    import_paths(archive, Actor("准备"), ImportRequest(paths=[extra], officer_badge="13001", device_serial="DSJ-07",
                                                        activity_ended_at=datetime(2024, 3, 1, 12, 0),
                                                        activity_kind="现场检查", activity_place="河道"))
    with archive.transaction() as s:
        new = s.scalars(select(Recording).where(Recording.activity_id.is_not(None))).one()
        new.recorded_at = new.imported_at = local(2024, 3, 1)
        new_id, activity_id = new.id, new.activity_id
    hold = retention.place_hold(archive, desk["leader"], "当事人信访", activity_id=activity_id)
    others = [i for i in _ids(archive) if i != new_id]
    with archive.session() as s:
        assert retention.expiry(s, new_id).held
        assert not any(retention.expiry(s, i).held for i in others)
        assert [h.target_zh.startswith("执法活动") for h in retention.holds(s)] == [True]
    retention.release_hold(archive, desk["admin"], hold.id, "信访已办结")
    with pytest.raises(ArchiveError, match="已解除"):
        retention.release_hold(archive, desk["admin"], hold.id, "再次解除")


def test_case_flags_keep_its_recordings_permanently_where_the_profile_has_those_grounds(archive, desk):
    first, second, *_ = _ids(archive)
    with archive.session() as s:
        case_id = s.scalar(select(Case.id))
    retention.mark(archive, desk["clerk"], first, "evidence")
    retention.set_case_flags(archive, desk["clerk"], case_id, major_case=True)
    with archive.session() as s:  # under 003 (the fixture's profile) 000§15 has no force
        assert not retention.expiry(s, first).permanent
    profiles.choose(archive, desk["admin"], "zhongwei-2021")
    with archive.session() as s:
        ex = retention.expiry(s, first)
        assert ex.permanent and ex.deciding.article == "000§15(一)"  # a major case's evidence
        assert not retention.expiry(s, second).permanent  # (一) covers evidence only
        assert second in {r.recording_id for r in retention_lists.overview(s, today=date(2030, 1, 1)).expired_awaiting}
    retention.set_case_flags(archive, desk["clerk"], case_id, obstruction=True)
    with archive.session() as s:
        ex = retention.expiry(s, second)
        assert ex.permanent and ex.deciding.article == "000§15(二)" and "案件标记" in ex.deciding.name_zh
        view = retention_lists.overview(s, today=date(2030, 1, 1))
        assert view.expired_awaiting == [] and view.totals["expired_awaiting"] == 0
        flags = [e for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "case.flags_set"))]
    assert len(flags) == 2
    with pytest.raises(ArchiveError, match="secret_case"):
        retention.set_case_flags(archive, desk["clerk"], case_id, secret_case=True)
    with pytest.raises(ArchiveError):
        retention.set_case_flags(archive, desk["inspector"], case_id, other_major=True)

"""DUT-02, DUT-03, DUT-07: each profile's activity types with their recording duty; an activity of a
须全程记录 type without footage is 应录未录 though no matter was marked; coverage found from capture
times (corrected by the device clock offset) with the profile's own tolerance."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from evidenceroom.core import gaps, profiles
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Recording
from evidenceroom.core.timeutil import as_utc, to_local, utcnow
from tests.core.oversight_support import hand_in, sign_in, staff
from tests.sql_count import statements

W, N = profiles.WHOLE_PROCESS, profiles.AS_NEEDED
ZHONGWEI = profiles.by_key("zhongwei-2021")
QINHUANGDAO = profiles.by_key("qinhuangdao-shuiwu")
YUXIAN = profiles.by_key("yuxian-yingji-2024")


def _text(key: str) -> str:
    return (profiles.policy_dir() / f"{key}.toml").read_text(encoding="utf-8")


# --- DUT-02: type → duty, by hand from the articles -------------------------------------------

def test_zhongwei_types_and_their_duty_000_7_and_000_8():
    # 第七条 根据实际情况 (five); 第八条 应当全程音像记录 (four).
    assert {t: ZHONGWEI.duty_of(t) for t in ZHONGWEI.activity_types} == {
        "现场执法": N, "调查取证": N, "举行听证": N, "留置送达": N, "公告送达": N,
        "查封扣押财产": W, "强制拆除": W, "其他直接涉及人身自由、生命健康、重大财产权益的现场执法活动": W,
        "执法办案场所": W}
    assert ZHONGWEI.duty_of("日常执法检查") == ""  # not listed in 000
    assert ZHONGWEI.item_of("查封扣押财产").article == "000§8"


def test_qinhuangdao_types_are_all_whole_process_003_6():
    assert {t: QINHUANGDAO.duty_of(t) for t in QINHUANGDAO.activity_types} == {
        "日常执法检查": W, "处置投诉举报": W, "调查取证、先行登记保存": W, "证据、执法文书送达": W,
        "实施行政强制措施": W, "其他现场执法办案活动": W}
    assert QINHUANGDAO.duty_of(" 处置投诉举报 ") == W  # as typed with spaces
    assert QINHUANGDAO.duty_of("留置送达") == "" and QINHUANGDAO.duty_of("") == ""


def test_yuxian_checklist_rows_are_its_types_and_liaoning_lists_none():
    assert len(YUXIAN.activity_types) == 14 and YUXIAN.duty_of("封存的现场执行") == W
    assert profiles.by_key("liaoning-renfang").activity_types == ()


def test_a_type_listed_twice_is_refused_naming_it():
    text = _text("qinhuangdao-shuiwu").replace('matter = "实施行政强制措施"', 'matter = "处置投诉举报"')
    with pytest.raises(ArchiveError, match=r"checklist\[5\]\.matter.*处置投诉举报.*checklist\[2\]"):
        profiles.parse(text, "twice")


def test_an_unknown_duty_is_refused_naming_the_row():
    text = _text("zhongwei-2021").replace('matter = "强制拆除"\n', 'matter = "强制拆除"\nduty = "always"\n')
    with pytest.raises(ArchiveError, match=r"checklist\[7\]\.duty.*always"):
        profiles.parse(text, "bad-duty")


def test_the_gap_tolerance_comes_from_the_profile():
    assert [p.gap_tolerance_seconds for p in profiles.builtin()] == [30] * 5
    own = profiles.parse(_text("zhongwei-2021").replace("gap_tolerance_seconds = 30", "gap_tolerance_seconds = 120"),
                         "own")
    assert own.gap_tolerance_seconds == 120
    with pytest.raises(ArchiveError, match="gap_tolerance_seconds"):
        profiles.parse(_text("zhongwei-2021").replace("gap_tolerance_seconds = 30", "gap_tolerance_seconds = -5"), "x")


# --- DUT-03 and DUT-07 through the duty report ----------------------------------------------

@pytest.fixture
def people(archive):
    return staff(archive)


def _tz(archive) -> str:
    with archive.session() as s:
        return archive.unit(s).timezone


def _yesterday(archive, hour: int, minute: int = 0) -> datetime:
    day = to_local(utcnow(), _tz(archive)).date() - timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute)


def _activity(archive, officer_id, kind, profile, start=(9, 0), end=(10, 0)) -> int:
    return gaps.register_activity(archive, sign_in(archive, "clerk"), kind=kind, place="北闸",
                                  started_at=_yesterday(archive, *start), ended_at=_yesterday(archive, *end),
                                  officer_ids=[officer_id], profile=profile)


def _clip(archive, folder, activity_id, freq, start: datetime, minutes: float, offset_s: float | None = None):
    """A real handed-in file, given the capture time and length of the clip it stands for."""
    [rec_id] = hand_in(archive, folder, activity_id, freq)
    at = as_utc(start, _tz(archive))
    with archive.transaction() as s:
        r = s.get(Recording, rec_id)
        r.recorded_at, r.duration_ms, r.clock_offset_s = at, int(minutes * 60_000), offset_s
    return rec_id


def _report(archive, profile):
    now = to_local(utcnow(), _tz(archive)).replace(tzinfo=None)
    return {ln.activity_id: ln for ln in gaps.duty_report(archive, now - timedelta(days=3), now + timedelta(days=1),
                                                          profile=profile)}


def test_a_whole_process_type_without_footage_is_unrecorded_without_a_matter(archive, people):
    sealed = _activity(archive, people["张伟"], "封存的现场执行", YUXIAN)
    check = _activity(archive, people["李娜"], "入户走访", YUXIAN)  # a type 004 does not list, no footage
    lines = _report(archive, YUXIAN)
    line = lines[sealed]
    assert (line.status, line.flagged, line.duty, line.kind) == (gaps.UNRECORDED, True, W, "封存的现场执行")
    assert line.officers == ("张伟",) and line.stage == "行政强制环节" and line.ended_at.date() is not None
    assert check not in lines  # nothing to judge: no duty and no footage


def test_under_000_as_needed_is_shown_not_flagged_and_whole_process_is(archive, people):
    served = _activity(archive, people["张伟"], "留置送达", ZHONGWEI)
    seized = _activity(archive, people["李娜"], "查封扣押财产", ZHONGWEI)
    lines = _report(archive, ZHONGWEI)
    assert (lines[served].status, lines[served].duty, lines[served].flagged) == (gaps.AS_NEEDED, N, False)
    assert (lines[seized].status, lines[seized].duty, lines[seized].flagged) == (gaps.UNRECORDED, W, True)
    # The same 查封扣押财产 under 003, which does not list it: not judged without footage.
    assert seized not in _report(archive, QINHUANGDAO)


def test_dut07_example_in_exact_minutes(archive, people, tmp_path):
    act = _activity(archive, people["张伟"], "处置投诉举报", QINHUANGDAO)
    _clip(archive, tmp_path / "a", act, 300, _yesterday(archive, 9, 10), 30)
    late = _clip(archive, tmp_path / "b", act, 400, _yesterday(archive, 10, 20), 5)
    line = _report(archive, QINHUANGDAO)[act]
    assert (line.start_gap_seconds, line.end_gap_seconds, line.breaks) == (10 * 60, 20 * 60, 0)
    assert line.uncovered_seconds == 30 * 60 and line.after_end == 1 and line.recordings == 2
    assert line.status == gaps.BREAK_OPEN and line.flagged and line.duty == W
    assert late  # the 10:20 clip is the one after the end


def test_the_profile_tolerance_decides_a_break(archive, people, tmp_path):
    act = _activity(archive, people["张伟"], "日常执法检查", QINHUANGDAO, start=(9, 0), end=(9, 20))
    _clip(archive, tmp_path / "a", act, 300, _yesterday(archive, 9, 0), 10)
    _clip(archive, tmp_path / "b", act, 400, _yesterday(archive, 9, 11), 9)  # a 60 s pause
    strict = _report(archive, QINHUANGDAO)[act]
    assert (strict.breaks, strict.break_seconds, strict.status) == (1, 60, gaps.BREAK_OPEN)
    lenient = profiles.parse(_text("qinhuangdao-shuiwu").replace("gap_tolerance_seconds = 30",
                                                                 "gap_tolerance_seconds = 90"), "lenient")
    line = _report(archive, lenient)[act]
    assert (line.breaks, line.uncovered_seconds, line.status) == (0, 0, gaps.RECORDED)


def test_capture_times_are_corrected_by_the_device_clock_offset(archive, people, tmp_path):
    act = _activity(archive, people["张伟"], "日常执法检查", QINHUANGDAO)
    # The device ran 5 minutes fast: it stamped 09:05 what happened at 09:00.
    _clip(archive, tmp_path / "a", act, 300, _yesterday(archive, 9, 5), 60, offset_s=300)
    line = _report(archive, QINHUANGDAO)[act]
    assert (line.start_gap_seconds, line.end_gap_seconds, line.status) == (0, 0, gaps.RECORDED)


def test_an_unlisted_activity_with_footage_is_judged_but_not_flagged(archive, people, tmp_path):
    act = _activity(archive, people["张伟"], "入户走访", QINHUANGDAO)
    _clip(archive, tmp_path / "a", act, 300, _yesterday(archive, 9, 30), 30)
    line = _report(archive, QINHUANGDAO)[act]
    assert (line.duty, line.start_gap_seconds, line.status, line.flagged) == ("", 30 * 60, gaps.NOT_LISTED, False)
    assert line.matter == "入户走访" and line.carry == ""


def test_the_duty_report_reads_types_without_more_statements(archive, people, tmp_path):
    first = _activity(archive, people["张伟"], "处置投诉举报", QINHUANGDAO)
    _clip(archive, tmp_path / "a", first, 300, _yesterday(archive, 9, 10), 30)
    with statements(archive) as small:
        _report(archive, QINHUANGDAO)
    for n, kind in enumerate(("日常执法检查", "入户走访", "实施行政强制措施")):
        more = _activity(archive, people["李娜"], kind, QINHUANGDAO)
        _clip(archive, tmp_path / f"卡{n}", more, 500 + 100 * n, _yesterday(archive, 9, 0), 60)
    _activity(archive, people["李娜"], "证据、执法文书送达", QINHUANGDAO)
    with statements(archive) as large:
        lines = _report(archive, QINHUANGDAO)
    assert len(lines) == 5 and len(small) == len(large)


def test_the_registration_and_a_changed_tolerance_are_audited(archive, people):
    import json

    from sqlalchemy import select

    from evidenceroom.core import registry
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.models import AuditEvent, Role

    seized = _activity(archive, people["张伟"], "查封扣押财产", ZHONGWEI)
    walk = _activity(archive, people["张伟"], "入户走访", ZHONGWEI)
    with archive.session() as s:
        created = {e.target_id: json.loads(e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "activity.created"))}
    assert created[seized]["duty"] == W and created[walk]["duty"] is None
    with archive.transaction() as s:
        registry.add_user(s, Actor("准备"), "admin", "correct-horse-1", Role.ADMINISTRATOR)
    admin = sign_in(archive, "admin")
    profiles.choose(archive, admin, "zhongwei-2021")
    own = _text("zhongwei-2021").replace("gap_tolerance_seconds = 30", "gap_tolerance_seconds = 120").replace(
        'matter = "留置送达"\nduty = "as_needed"', 'matter = "留置送达"')
    profiles.save_copy(archive, admin, own, "本单位")
    with archive.session() as s:
        last = json.loads(s.scalars(select(AuditEvent).where(AuditEvent.action == "setting.changed")
                                    .order_by(AuditEvent.seq.desc())).first().details)
        assert profiles.active(s).duty_of("留置送达") == W
    assert last["changes"]["gap_tolerance_seconds"] == [30, 120]
    before, after = last["changes"]["activity_types"]
    assert (before["留置送达"], after["留置送达"]) == (N, W)


def test_an_as_needed_activity_with_a_break_is_judged_and_not_flagged(archive, people, tmp_path):
    served = _activity(archive, people["张伟"], "留置送达", ZHONGWEI, start=(9, 0), end=(9, 30))
    _clip(archive, tmp_path / "a", served, 300, _yesterday(archive, 9, 0), 10)
    _clip(archive, tmp_path / "b", served, 400, _yesterday(archive, 9, 20), 10)
    line = _report(archive, ZHONGWEI)[served]
    assert (line.breaks, line.break_seconds, line.uncovered_seconds) == (1, 600, 600)
    assert (line.status, line.flagged, line.duty) == (gaps.AS_NEEDED, False, N)

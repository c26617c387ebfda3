"""Recording duty and gap statements (DUT-03..DUT-05): flagged activities, in-person approval."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from evidenceroom.core import gaps
from evidenceroom.core.accounts import AuthError
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, User
from evidenceroom.core.models.oversight import RecordingGap
from evidenceroom.core.profiles import ChecklistItem, Profile
from evidenceroom.core.timeutil import to_local, utcnow
from tests.core.oversight_support import PASSWORD, activity, hand_in, sign_in, staff

CHECKLIST = Profile(key="p004", name_zh="清单", name_en="checklist", issuer="", regulation="", checklist=(
    ChecklistItem("行政强制环节", "封存的现场执行", "执法记录仪", "执法现场", "执法全过程", "执法室", "执法人员"),
    ChecklistItem("行政处罚环节", "现场检查", "执法记录仪", "检查现场", "检查全过程", "执法室", "执法人员"),
    ChecklistItem("容易引发争议的执法过程", "调查取证", duty="as_needed", article="000§7"),
))


@pytest.fixture
def people(archive):
    return staff(archive)


def _local(dt, archive):
    with archive.session() as s:
        return to_local(dt, archive.unit(s).timezone).replace(tzinfo=None)


def _register(archive, clerk, officer_id, matter="封存的现场执行", hours_ago=5):
    end = _local(utcnow() - timedelta(hours=hours_ago), archive)
    return gaps.register_activity(archive, clerk, kind=matter, place="东河闸", started_at=end - timedelta(hours=1),
                                  ended_at=end, officer_ids=[officer_id], matter=matter, profile=CHECKLIST)


def _duty(archive):
    now = _local(utcnow(), archive)
    return {line.activity_id: line for line in gaps.duty_report(archive, now - timedelta(days=2),
                                                                 now + timedelta(days=1), profile=CHECKLIST)}


def test_a_listed_activity_without_footage_is_flagged_until_a_statement_is_approved(archive, people, tmp_path):
    clerk = sign_in(archive, "clerk")
    unrecorded = _register(archive, clerk, people["张伟"])
    recorded = _register(archive, clerk, people["李娜"], matter="现场检查")
    hand_in(archive, tmp_path / "in", recorded, 500, badge="13002")
    duty = _duty(archive)
    assert duty[unrecorded].status == gaps.UNRECORDED and duty[unrecorded].flagged
    assert duty[unrecorded].officers == ("张伟",) and duty[unrecorded].stage == "行政强制环节"
    # Its clip was recorded hours after the activity ended (DUT-07): a break to explain.
    assert duty[recorded].status == gaps.BREAK_OPEN and duty[recorded].after_end == 1

    gap = gaps.register_gap(archive, clerk, unrecorded, "no_recording", "003-7-2", "现场情况紧急，来不及开机。")
    assert gap.status == "pending" and _duty(archive)[unrecorded].status == gaps.AWAITING
    decided = gaps.decide_gap(archive, clerk, gap.id, "director", PASSWORD, approve=True, comment="同意备案")
    assert decided.status == "approved" and decided.approver_name.startswith("赵主任")
    assert _duty(archive)[unrecorded].status == gaps.EXPLAINED
    assert gaps.pending_count(archive) == 0


def test_approval_without_authentication_or_with_a_wrong_password_is_refused(archive, people, rows):
    clerk = sign_in(archive, "clerk")
    act = _register(archive, clerk, people["张伟"])
    gap = gaps.register_gap(archive, clerk, act, "no_recording", "003-7-1", "涉及商业秘密。")
    with pytest.raises(AuthError):
        gaps.decide_gap(archive, clerk, gap.id, "", "", approve=True)
    with pytest.raises(AuthError, match="不正确"):
        gaps.decide_gap(archive, clerk, gap.id, "director", "wrong-password", approve=True)
    assert rows(archive, RecordingGap)[0].status == "pending"
    actions = [e.action for e in rows(archive, AuditEvent)]
    assert actions.count("gap_approval.failed") == 2 and "gap.approved" not in actions


def test_self_approval_and_non_supervisors_are_refused(archive, people):
    admin_made = sign_in(archive, "clerk")
    act = _register(archive, admin_made, people["张伟"])
    gap = gaps.register_gap(archive, admin_made, act, "no_recording", "000-9", "笔录已完整记录。")
    with pytest.raises(ArchiveError, match="审批人"):
        gaps.decide_gap(archive, admin_made, gap.id, "clerk", PASSWORD, approve=True)
    with pytest.raises(ArchiveError, match="审批人"):
        gaps.decide_gap(archive, admin_made, gap.id, "inspector", PASSWORD, approve=True)
    # A supervisor who registered the statement (as an administrator might) cannot approve it.
    with archive.transaction() as s:
        s.get(RecordingGap, gap.id).registered_by_user_id = s.scalar(select(User.id).where(User.login == "director"))
    with pytest.raises(ArchiveError, match="本人"):
        gaps.decide_gap(archive, admin_made, gap.id, "director", PASSWORD, approve=True)


def test_a_refusal_needs_a_reason_and_leaves_the_gap_open(archive, people):
    clerk = sign_in(archive, "clerk")
    act = _register(archive, clerk, people["张伟"])
    gap = gaps.register_gap(archive, clerk, act, "no_recording", "003-7-3", "设备没电。")
    with pytest.raises(ArchiveError, match="理由"):
        gaps.decide_gap(archive, clerk, gap.id, "director", PASSWORD, approve=False)
    refused = gaps.decide_gap(archive, clerk, gap.id, "director", PASSWORD, approve=False, comment="应为中断")
    assert refused.status == "refused"
    assert _duty(archive)[act].status == gaps.UNRECORDED
    with pytest.raises(ArchiveError, match="不能再审核"):
        gaps.decide_gap(archive, clerk, gap.id, "leader", PASSWORD, approve=True)


def test_an_interruption_needs_a_ground_from_002_12_and_its_stop_time(archive, people, tmp_path):
    clerk = sign_in(archive, "clerk")
    act = activity(archive, people["张伟"], ended_hours_ago=3)
    hand_in(archive, tmp_path / "in", act, 610)
    stop = _local(utcnow() - timedelta(hours=3, minutes=30), archive)
    with pytest.raises(ArchiveError, match="依据"):
        gaps.register_gap(archive, clerk, act, "interruption", "003-7-2", "电量不足", stopped_at=stop)
    with pytest.raises(ArchiveError, match="停止"):
        gaps.register_gap(archive, clerk, act, "interruption", "002-12-1", "电量不足")
    with pytest.raises(ArchiveError, match="恢复"):
        gaps.register_gap(archive, clerk, act, "interruption", "002-12-1", "电量不足", stopped_at=stop,
                          resumed_at=stop - timedelta(minutes=1))
    with pytest.raises(ArchiveError, match="已有音像资料"):
        gaps.register_gap(archive, clerk, act, "no_recording", "003-7-2", "紧急")
    with pytest.raises(ArchiveError, match="原因"):
        gaps.register_gap(archive, clerk, act, "interruption", "002-12-1", "  ", stopped_at=stop)
    gap = gaps.register_gap(archive, clerk, act, "interruption", "002-12-1", "电量不足，更换电池后续录。",
                            stopped_at=stop, resumed_at=stop + timedelta(minutes=6))
    assert (gap.resumed_at - gap.stopped_at) == timedelta(minutes=6)
    assert [g.id for g in gaps.list_gaps(archive, ("pending",))] == [gap.id]


def test_an_inspector_cannot_register_a_statement_and_a_matter_must_be_on_the_checklist(archive, people):
    inspector = sign_in(archive, "inspector")
    clerk = sign_in(archive, "clerk")
    act = _register(archive, clerk, people["张伟"])
    with pytest.raises(ArchiveError, match="保管员"):
        gaps.register_gap(archive, inspector, act, "no_recording", "003-7-2", "紧急")
    with pytest.raises(ArchiveError, match="清单中没有"):
        gaps.mark_matter(archive, clerk, act, "不存在的事项", profile=CHECKLIST)


def test_each_listed_activity_falls_in_exactly_one_compliance_group(archive, people, tmp_path):
    clerk = sign_in(archive, "clerk")
    full = _register(archive, clerk, people["张伟"], matter="现场检查")
    broken = _register(archive, clerk, people["张伟"], matter="现场检查")
    explained = _register(archive, clerk, people["李娜"], matter="现场检查")
    for n, act in enumerate((full, broken, explained)):
        hand_in(archive, tmp_path / f"in{n}", act, 400 + 50 * n, badge="13001" if n < 2 else "13002")
    with archive.transaction() as s:  # the activity spans exactly its one-second clip: fully covered
        from evidenceroom.core.models import Activity, Recording
        rec = s.scalars(select(Recording).where(Recording.activity_id == full)).one()
        a = s.get(Activity, full)
        a.started_at, a.ended_at = rec.recorded_at, rec.recorded_at + timedelta(seconds=1)
    stop = _local(utcnow() - timedelta(hours=5, minutes=30), archive)
    gaps.register_gap(archive, clerk, broken, "interruption", "002-12-1", "电量不足", stopped_at=stop)
    ok = gaps.register_gap(archive, clerk, explained, "interruption", "002-12-3", "当事人阻碍", stopped_at=stop)
    gaps.decide_gap(archive, clerk, ok.id, "director", PASSWORD, approve=True)
    none = _register(archive, clerk, people["李娜"])
    unexplained = _register(archive, clerk, people["李娜"], matter="现场检查")
    hand_in(archive, tmp_path / "late", unexplained, 777, badge="13002")  # recorded hours after it ended
    duty = _duty(archive)
    assert duty[unexplained].status == gaps.BREAK_OPEN and duty[unexplained].after_end == 1
    assert [duty[a].status for a in (full, broken, explained, none)] == [
        gaps.RECORDED, gaps.BREAK_OPEN, gaps.BREAK_EXPLAINED, gaps.UNRECORDED]
    assert [duty[a].flagged for a in (full, broken, explained, none)] == [False, True, False, True]


def test_a_spoken_statement_marker_on_the_resumed_clip_explains_the_break(archive, people, tmp_path):
    from evidenceroom.core import review
    from evidenceroom.core.models import Activity, Recording

    clerk = sign_in(archive, "clerk")
    act = _register(archive, clerk, people["张伟"], matter="现场检查")
    first = hand_in(archive, tmp_path / "a", act, 410)[0]
    second = hand_in(archive, tmp_path / "b", act, 420)[0]
    with archive.transaction() as s:  # two one-second clips six minutes apart, the activity around them
        r1, r2 = s.get(Recording, first), s.get(Recording, second)
        r2.recorded_at = r1.recorded_at + timedelta(minutes=6)
        a = s.get(Activity, act)
        a.started_at, a.ended_at = r1.recorded_at, r2.recorded_at + timedelta(seconds=1)
    line = _duty(archive)[act]
    assert line.status == gaps.BREAK_OPEN and 5 * 60 < line.uncovered_seconds < 6 * 60
    review.add_marker(archive, clerk, second, 400, "语音说明：更换电池后继续录像")
    assert _duty(archive)[act].status == gaps.BREAK_EXPLAINED


def test_a_matter_recorded_as_circumstances_require_is_shown_but_not_flagged(archive, people):
    clerk = sign_in(archive, "clerk")
    optional = _register(archive, clerk, people["张伟"], matter="调查取证")
    required = _register(archive, clerk, people["李娜"])
    duty = _duty(archive)
    assert duty[optional].status == gaps.AS_NEEDED and not duty[optional].flagged
    assert duty[required].status == gaps.UNRECORDED and duty[required].flagged

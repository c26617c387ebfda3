"""Recording duty (DUT-01..DUT-05, DUT-07, DUT-08): the checklist's matters, activities that should
have been recorded, and gap statements for an interruption or for a recording not made.

An activity marked with a matter of the profile's checklist (音像记录清单), or registered with an
activity type the profile lists as 须全程记录 (DUT-02), must have footage; without footage and without
an approved no-recording statement it is flagged 应录未录. A type listed 视情况记录 is shown, not
flagged; every activity with footage is judged for what its capture times leave uncovered (DUT-07). A gap statement is a
work record (工作记录): the clerk registers it with its ground (002§12's four for a stop, 003§7's
three or 000§9 for not recording) and a supervisor approves or refuses it in person, signing in for
that one decision. A refused statement leaves the gap open. Every change is audited. Under a
profile asking two officers to carry the device (003§11), a listed activity with fewer than two
officers is flagged 未双人携带, and one whose footage was made by none of them 未指明记录人.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from evidenceroom.core import accounts, audit, profiles
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import AuthError, require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.coverage import (SPOKEN_STATEMENT, SPOKEN_WITHIN_MS, Segment, coverage,
                                        spoken_statements_cover)
from evidenceroom.core.device_clock import corrected
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Activity, Case, Marker, Person, Recording, Role, User
from evidenceroom.core.models.oversight import ActivityMatter, GapKind, GapStatus, RecordingGap
from evidenceroom.core.oversight import period_bounds
from evidenceroom.core.timeutil import as_utc, utcnow

MAX_REASON = 2000


@dataclass(frozen=True)
class Ground:
    key: str
    kind: str
    article: str
    zh: str
    en: str


GROUNDS: dict[str, Ground] = {g.key: g for g in (
    Ground("002-12-1", GapKind.INTERRUPTION.value, "002§12（一）", "设备故障、损坏或者电量不足、存储空间不足",
           "device fault or damage, low battery or full storage"),
    Ground("002-12-2", GapKind.INTERRUPTION.value, "002§12（二）", "天气情况恶劣等自然原因无法使用",
           "bad weather or other natural causes"),
    Ground("002-12-3", GapKind.INTERRUPTION.value, "002§12（三）", "行政管理相对人或其他人员阻碍正常执法",
           "obstruction by the party or others"),
    Ground("002-12-4", GapKind.INTERRUPTION.value, "002§12（四）", "其他不可抗力因素", "other force majeure"),
    Ground("003-7-1", GapKind.NO_RECORDING.value, "003§7（一）", "涉及国家秘密、商业秘密或者个人隐私",
           "state or commercial secrets or personal privacy"),
    Ground("003-7-2", GapKind.NO_RECORDING.value, "003§7（二）", "情况紧急，不能进行执法记录", "an emergency"),
    Ground("003-7-3", GapKind.NO_RECORDING.value, "003§7（三）", "因客观原因无法进行执法记录", "objective causes"),
    Ground("000-9", GapKind.NO_RECORDING.value, "000§9", "文字记录能够全面有效记录执法行为",
           "a written record covers the act fully"),
)}
KIND_NAMES = {GapKind.INTERRUPTION.value: ("中断记录", "interruption"),
              GapKind.NO_RECORDING.value: ("未记录", "no recording")}
STATUS_NAMES = {GapStatus.PENDING.value: ("待审核", "awaiting approval"),
                GapStatus.APPROVED.value: ("已审核备案", "approved and filed"),
                GapStatus.REFUSED.value: ("不予认可", "refused")}

# Duty status of an activity of a listed matter (RPT-06's groups): each activity is in exactly one.
RECORDED, BREAK_EXPLAINED, BREAK_OPEN = "recorded", "break_explained", "break_open"
EXPLAINED, AWAITING, UNRECORDED = "explained", "awaiting", "unrecorded"
# A matter the profile has recorded "as circumstances require" (000§7): no footage, or a break, is
# not a breach, so it is shown but not flagged.
AS_NEEDED = "as_needed"
# An activity of a type the profile does not list, shown for what its footage covers (DUT-07); not flagged.
NOT_LISTED = "not_listed"
DUTY_NAMES = {RECORDED: ("完整记录", "fully recorded"),
              BREAK_EXPLAINED: ("有中断（已说明）", "interrupted, explained"),
              BREAK_OPEN: ("有中断（未说明）", "interrupted, not yet explained"),
              EXPLAINED: ("不记录（已审核）", "not recorded, approved"),
              AWAITING: ("不记录（待审核）", "not recorded, awaiting approval"), UNRECORDED: ("应录未录", "unrecorded"),
              AS_NEEDED: ("视情况记录（不要求全程）", "recorded as circumstances require"),
              NOT_LISTED: ("不在清单内（未判定）", "type not listed, not judged")}
# The duty of an activity's type or matter (DUT-02), as the profile gives it.
DUTY_KIND_NAMES = {profiles.WHOLE_PROCESS: ("须全程记录", "whole process"),
                   profiles.AS_NEEDED: ("视情况记录", "as circumstances require"), "": ("不在清单内", "not listed")}
# Two-person carry (DUT-08, 003§11: 双人携带，一人全程记录). Without a column naming the recorder, the
# recorder is the officer of the activity's footage (Recording.officer_id) who is among its officers;
# with no such footage yet, none is named.
SINGLE_CARRIER, NO_RECORDER = "single_carrier", "no_recorder"
CARRY_NAMES = {SINGLE_CARRIER: ("未双人携带", "not carried by two officers"),
               NO_RECORDER: ("未指明记录人", "no recording officer named")}


@dataclass(frozen=True)
class GapInfo:
    id: int
    activity_id: int
    activity_kind: str
    kind: str
    ground: str
    reason: str
    stopped_at: datetime | None
    resumed_at: datetime | None
    status: str
    registered_by_name: str
    registered_at: datetime
    approver_name: str | None
    decided_at: datetime | None
    decision_comment: str


@dataclass(frozen=True)
class DutyLine:
    activity_id: int
    stage: str
    matter: str
    place: str
    case_no: str
    officers: tuple[str, ...]
    ended_at: datetime | None
    recordings: int
    status: str
    uncovered_seconds: int = 0  # found from capture times (DUT-07)
    after_end: int = 0  # recordings begun after the activity ended
    carry: str = ""  # SINGLE_CARRIER or NO_RECORDER under a two-person-carry profile (DUT-08), else ""
    recorders: tuple[str, ...] = ()  # the listed officers whose footage it has
    kind: str = ""  # the activity type as registered
    duty: str = ""  # profiles.WHOLE_PROCESS, profiles.AS_NEEDED or "" (not listed), DUT-02
    start_gap_seconds: int = 0  # arrival → first segment (DUT-07)
    end_gap_seconds: int = 0  # last segment → end
    breaks: int = 0  # pauses between segments longer than the profile's tolerance
    break_seconds: int = 0

    @property
    def flagged(self) -> bool:
        return self.status in (BREAK_OPEN, AWAITING, UNRECORDED)


def checklist(profile: profiles.Profile) -> tuple[profiles.ChecklistItem, ...]:
    return profile.checklist


def carry_check(profile: profiles.Profile, officer_ids, recorder_ids=()) -> str:
    """The two-person-carry flag of an activity (DUT-08): "" when the profile does not ask for it
    or when two officers are listed and one of them made its footage."""
    if not profile.two_person_carry:
        return ""
    listed = set(officer_ids)
    if len(listed) < 2:
        return SINGLE_CARRIER
    return "" if listed & set(recorder_ids) else NO_RECORDER


def _gap_info(g: RecordingGap) -> GapInfo:
    return GapInfo(g.id, g.activity_id, g.activity.kind, g.kind, g.ground, g.reason, g.stopped_at, g.resumed_at,
                   g.status, g.registered_by_name, g.registered_at, g.approver_name, g.decided_at,
                   g.decision_comment)


def _activity(s: Session, activity_id: int) -> Activity:
    a = s.get(Activity, activity_id)
    if a is None:
        raise ArchiveError(f"没有第 {activity_id} 号执法活动。", f"There is no enforcement activity {activity_id}.")
    return a


def _item(profile: profiles.Profile, matter: str) -> profiles.ChecklistItem:
    item = next((i for i in profile.checklist if i.matter == matter), None)
    if item is None:
        raise ArchiveError(f"音像记录清单中没有“{matter}”这一事项。",
                           f"The recording checklist has no matter '{matter}'.")
    return item


def register_activity(archive: Archive, clerk, *, kind: str, place: str, started_at: datetime,
                      ended_at: datetime, officer_ids: list[int], matter: str | None = None,
                      case_no: str | None = None, profile: profiles.Profile | None = None) -> int:
    """Register an enforcement activity (DUT-03), before or without its footage; naive times are
    the unit's local time. With `matter`, it is marked as that checklist matter."""
    who = actor_of(clerk)
    kind, place = (kind or "").strip(), (place or "").strip()
    if not kind:
        raise ArchiveError("请填写执法活动的类型。", "Enter the kind of activity.")
    if not officer_ids:
        raise ArchiveError("请选择参加活动的执法人员。", "Choose the officers of the activity.")
    with archive.transaction() as s:
        tz = archive.unit(s).timezone
        start, end = as_utc(started_at, tz), as_utc(ended_at, tz)
        if end <= start:
            raise ArchiveError("活动的结束时间须晚于开始时间。", "The activity must end after it starts.")
        officers = []
        for pid in dict.fromkeys(officer_ids):
            p = s.get(Person, pid)
            if p is None:
                raise ArchiveError(f"人员名单中没有第 {pid} 号人员。", f"There is no person {pid} in the staff list.")
            officers.append(p)
        case = None
        if case_no and case_no.strip():
            case = s.scalar(select(Case).where(Case.case_no == case_no.strip()))
            if case is None:
                raise ArchiveError(f"没有案号为“{case_no.strip()}”的案件。", f"There is no case '{case_no.strip()}'.")
        profile = profile or profiles.active(s)
        item = _item(profile, matter) if matter else None
        a = Activity(kind=kind, place=place, started_at=start, ended_at=end, case_id=case.id if case else None,
                     created_at=utcnow(), officers=officers)
        s.add(a)
        s.flush()
        audit.record(s, who, "activity.created", "activity", a.id, kind=kind, place=place,
                     started_at=start.isoformat(), ended_at=end.isoformat(), officers=[p.id for p in officers],
                     case_no=case.case_no if case else None, duty=profile.duty_of(matter or kind) or None,
                     **({"carry": SINGLE_CARRIER} if carry_check(profile, officer_ids) == SINGLE_CARRIER else {}))
        if item is not None:
            _mark(s, who, a, item)
        return a.id


def _mark(s: Session, who, a: Activity, item: profiles.ChecklistItem) -> None:
    row = s.get(ActivityMatter, a.id)
    before = (row.stage, row.matter) if row else None
    if row is None:
        s.add(ActivityMatter(activity_id=a.id, stage=item.stage, matter=item.matter, marked_by_name=who.name,
                             marked_at=utcnow()))
    else:
        row.stage, row.matter, row.marked_by_name, row.marked_at = item.stage, item.matter, who.name, utcnow()
    audit.record(s, who, "activity.matter_marked", "activity", a.id, stage=item.stage, matter=item.matter,
                 before=list(before) if before else None)


def mark_matter(archive: Archive, clerk, activity_id: int, matter: str,
                profile: profiles.Profile | None = None) -> None:
    """Mark an activity as a matter of the recording checklist: it must then have footage."""
    who = actor_of(clerk)
    with archive.transaction() as s:
        _mark(s, who, _activity(s, activity_id), _item(profile or profiles.active(s), matter))


def duty_report(archive: Archive, since: datetime, until: datetime,
                profile: profiles.Profile | None = None) -> list[DutyLine]:
    """Activities that ended in the period and are marked with a checklist matter, are of a type the
    profile lists (DUT-02), or have footage (DUT-07), each with its duty status. Capture times are
    corrected by the device clock offset stored at import; breaks use the profile's tolerance."""
    with archive.session() as s:
        profile = profile or profiles.active(s)
        tolerance = timedelta(seconds=profile.gap_tolerance_seconds)
        start, end = period_bounds(s, archive, since, until)
        has_footage = select(Recording.activity_id).where(Recording.activity_id.is_not(None))
        chosen = (Activity.ended_at >= start, Activity.ended_at < end,
                  or_(ActivityMatter.activity_id.is_not(None), Activity.kind.in_(profile.activity_types),
                      Activity.id.in_(has_footage)))
        q = (select(Activity, ActivityMatter, Case.case_no)
             .outerjoin(ActivityMatter, ActivityMatter.activity_id == Activity.id)
             .outerjoin(Case, Case.id == Activity.case_id)
             .options(selectinload(Activity.officers))
             .where(*chosen).order_by(Activity.ended_at, Activity.id))
        rows = s.execute(q).all()
        # The period's activities as a subquery, not a list of ids: the statements stay the same
        # size however many activities the period holds.
        ids = select(Activity.id).outerjoin(ActivityMatter, ActivityMatter.activity_id == Activity.id).where(*chosen)
        segments: dict[int, list[Segment]] = {}
        recorded_by: dict[int, set[int]] = {}
        for activity_id, rec_id, recorded_at, duration_ms, officer_id, offset_s in s.execute(select(
                Recording.activity_id, Recording.id, Recording.recorded_at, Recording.duration_ms,
                Recording.officer_id, Recording.clock_offset_s).where(Recording.activity_id.in_(ids))):
            segments.setdefault(activity_id, []).append(
                Segment(rec_id, corrected(recorded_at, offset_s), duration_ms))
            recorded_by.setdefault(activity_id, set()).add(officer_id)
        marked = set(s.scalars(select(Marker.recording_id).join(Recording, Recording.id == Marker.recording_id).where(
            Recording.activity_id.in_(ids), Marker.position_ms <= SPOKEN_WITHIN_MS,
            Marker.text.contains(SPOKEN_STATEMENT))))
        statements: dict[tuple[int, str], list[str]] = {}
        for activity_id, kind, status in s.execute(select(
                RecordingGap.activity_id, RecordingGap.kind, RecordingGap.status).where(
                RecordingGap.activity_id.in_(ids))):
            statements.setdefault((activity_id, kind), []).append(status)
        out = []
        for a, m, case_no in rows:
            # A matter marked by hand wins over the registered type.
            item = profile.item_of(m.matter) if m else profile.item_of(a.kind)
            stage, matter = (m.stage, m.matter) if m else (item.stage if item else "", a.kind)
            duty = item.duty if item else ("" if not m else profiles.WHOLE_PROCESS)
            n = len(segments.get(a.id, ()))
            cov = coverage(a.started_at, a.ended_at, segments.get(a.id, []), tolerance)
            status = _status(a.id, n, cov, statements, marked)
            if status in (BREAK_OPEN, UNRECORDED) and duty != profiles.WHOLE_PROCESS:
                status = AS_NEEDED if duty == profiles.AS_NEEDED else NOT_LISTED
            recorders = tuple(p.name for p in a.officers if p.id in recorded_by.get(a.id, ()))
            carry = carry_check(profile, [p.id for p in a.officers], recorded_by.get(a.id, ())) if duty else ""
            out.append(DutyLine(a.id, stage, matter, a.place, case_no or "",
                                tuple(p.name for p in a.officers), a.ended_at, n, status,
                                int(cov.uncovered.total_seconds()), len(cov.after_end), carry, recorders,
                                a.kind, duty, int(cov.start_gap.total_seconds()), int(cov.end_gap.total_seconds()),
                                len(cov.breaks), int(sum((b - e for e, b in cov.breaks), timedelta(0)).total_seconds())))
        return out


def _status(activity_id: int, n: int, cov, statements: dict[tuple[int, str], list[str]], marked: set[int]) -> str:
    if n:
        # A break found in the capture times, or registered, needs an approved statement;
        # one refused stays open until a new one is approved.
        breaks = statements.get((activity_id, GapKind.INTERRUPTION.value), [])
        if not breaks and cov.found and spoken_statements_cover(cov, marked):
            breaks = [GapStatus.APPROVED.value]
        return (RECORDED if not breaks and not cov.found else BREAK_OPEN if not breaks
                or GapStatus.PENDING.value in breaks or GapStatus.APPROVED.value not in breaks
                else BREAK_EXPLAINED)
    st = statements.get((activity_id, GapKind.NO_RECORDING.value), [])
    return (EXPLAINED if GapStatus.APPROVED.value in st
            else AWAITING if GapStatus.PENDING.value in st else UNRECORDED)


def register_gap(archive: Archive, clerk, activity_id: int, kind: str, ground: str, reason: str,
                 stopped_at: datetime | None = None, resumed_at: datetime | None = None) -> GapInfo:
    """The clerk registers a gap statement; it waits for a supervisor's approval in person."""
    who = actor_of(clerk)
    require_role(clerk, (Role.CLERK.value, Role.ADMINISTRATOR.value),
                 "中断说明由保管员登记。", "Gap statements are registered by the clerk.")
    if kind not in KIND_NAMES:
        raise ArchiveError(f"无效的说明类型：{kind}。", f"Not a valid kind of statement: {kind}.")
    g = GROUNDS.get(ground)
    if g is None or g.kind != kind:
        allowed = "、".join(x.article for x in GROUNDS.values() if x.kind == kind)
        raise ArchiveError(f"请选择{KIND_NAMES[kind][0]}的依据（{allowed}）。",
                           f"Choose a ground for the {KIND_NAMES[kind][1]} ({allowed}).")
    reason = (reason or "").strip()
    if not reason:
        raise ArchiveError("请写明原因和依据（工作记录）。", "Write the cause and its basis (the work record).")
    if len(reason) > MAX_REASON:
        raise ArchiveError(f"说明过长（最多 {MAX_REASON} 字）。", f"The statement is too long (at most {MAX_REASON}).")
    if kind == GapKind.INTERRUPTION.value and stopped_at is None:
        raise ArchiveError("请填写停止记录的时间。", "Enter when the recording stopped.")
    if kind == GapKind.NO_RECORDING.value and (stopped_at or resumed_at):
        raise ArchiveError("未记录的说明不填停止和恢复时间。", "A no-recording statement has no stop or resume time.")
    with archive.transaction() as s:
        a = _activity(s, activity_id)
        tz = archive.unit(s).timezone
        stop = as_utc(stopped_at, tz) if stopped_at else None
        resume = as_utc(resumed_at, tz) if resumed_at else None
        if stop and resume and resume <= stop:
            raise ArchiveError("恢复记录的时间须晚于停止的时间。", "Recording must resume after it stopped.")
        if kind == GapKind.NO_RECORDING.value and s.scalar(
                select(func.count(Recording.id)).where(Recording.activity_id == a.id)):
            raise ArchiveError(f"第 {a.id} 号活动已有音像资料，不能登记为未记录；中断请登记为“中断记录”。",
                               f"Activity {a.id} has footage; it cannot be registered as not recorded.")
        row = RecordingGap(activity_id=a.id, kind=kind, ground=ground, reason=reason, stopped_at=stop,
                           resumed_at=resume, status=GapStatus.PENDING.value, registered_by_user_id=who.user_id,
                           registered_by_name=who.name, registered_at=utcnow(), decision_comment="")
        s.add(row)
        s.flush()
        audit.record(s, who, "gap.registered", "recording_gap", row.id, activity_id=a.id, kind=kind, ground=ground,
                     reason=reason, stopped_at=stop.isoformat() if stop else None,
                     resumed_at=resume.isoformat() if resume else None)
        return _gap_info(row)


def decide_gap(archive: Archive, desk, gap_id: int, login: str, password: str, approve: bool,
               comment: str = "") -> GapInfo:
    """A supervisor approves (审核备案) or refuses a gap statement, signing in for this decision.

    A wrong password is counted and audited though the decision is refused."""
    comment = (comment or "").strip()
    if not approve and not comment:
        raise ArchiveError("不予认可时须写明理由。", "A refusal must state its reason.")
    with archive.session() as s:
        with s.begin():
            try:
                approver = accounts.authenticate(s, login, password, purpose="gap_approval")
            except AuthError as exc:
                failure = exc
            else:
                return _decide(s, actor_of(desk), approver, gap_id, approve, comment)
        raise failure


def _decide(s: Session, desk, approver: accounts.SignedIn, gap_id: int, approve: bool, comment: str) -> GapInfo:
    g = s.get(RecordingGap, gap_id)
    if g is None:
        raise ArchiveError(f"没有第 {gap_id} 号中断说明。", f"There is no gap statement {gap_id}.")
    if g.status != GapStatus.PENDING.value:
        raise ArchiveError(f"第 {g.id} 号说明{STATUS_NAMES[g.status][0]}，不能再审核。",
                           f"Statement {g.id} is {STATUS_NAMES[g.status][1]}; it cannot be decided again.")
    user = s.get(User, approver.user_id)
    if user.role != Role.SUPERVISOR.value:
        raise ArchiveError(f"中断说明须由审批人（单位主要领导或局主管领导）审核，{approver.display_name} 无此权限。",
                           f"A supervisor decides gap statements; {approver.display_name} may not.")
    if user.id == g.registered_by_user_id:
        raise ArchiveError("不得审核本人登记的说明。", "You cannot decide a statement you registered.")
    g.status = GapStatus.APPROVED.value if approve else GapStatus.REFUSED.value
    g.approver_user_id, g.approver_name, g.decided_at, g.decision_comment = \
        user.id, approver.actor.name, utcnow(), comment
    audit.record(s, approver.actor, "gap.approved" if approve else "gap.refused", "recording_gap", g.id,
                 activity_id=g.activity_id, comment=comment, at_desk_of=desk.name)
    return _gap_info(g)


def list_gaps(archive: Archive, statuses: tuple[str, ...] | None = None, limit: int = 500) -> list[GapInfo]:
    with archive.session() as s:
        q = (select(RecordingGap).options(selectinload(RecordingGap.activity))
             .order_by(RecordingGap.registered_at.desc(), RecordingGap.id.desc()).limit(limit))
        if statuses:
            q = q.where(RecordingGap.status.in_(statuses))
        return [_gap_info(g) for g in s.scalars(q)]


def pending_count(archive: Archive) -> int:
    with archive.session() as s:
        return s.scalar(select(func.count(RecordingGap.id)).where(RecordingGap.status == GapStatus.PENDING.value))

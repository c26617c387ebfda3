"""Retention (RET-01..06): how long each recording is kept, and why.

A recording's retention end is the latest of the rules that apply to it: the profile's base
period from its capture (or import) date; as long as its case file when used as evidence; never
for permanent (000§15) or long-term (002§16) keeping. A hold (保全) on its case or activity blocks
disposal while it lasts. Nothing here removes anything: expiry only puts a recording on a list.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from evidenceroom.core import audit, profiles
from evidenceroom.core.db import id_in
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import unit_timezone, unit_today
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models import Activity, Case, Recording, Role
from evidenceroom.core.models.retention import RetentionHold, RetentionMark, RetentionMarkKind
from evidenceroom.core.timeutil import add_months, utcnow

PERMANENT, LONG_TERM, EVIDENCE = RetentionMarkKind.PERMANENT, RetentionMarkKind.LONG_TERM, RetentionMarkKind.EVIDENCE
SOON_DAYS = 90  # "expiring soon" on the Compliance page
_NUMERALS = "一二三四五六七八九十"
# Units whose own regulation has no such list still get the grounds of the regulation that has one.
_PERMANENT_SOURCE = ("000§15", profiles.DEFAULT.retention.permanent_grounds)
_LONG_TERM_SOURCE = ("002§16", (
    "行政管理相对人对执法人员现场执法办案有异议，可能投诉、上访的",
    "行政管理相对人逃避、拒绝、阻碍执法人员依法执行公务，或者谩骂、侮辱、殴打执法人员的",
    "其他重大、敏感情况有必要保存的",
))
EVIDENCE_ARTICLE = "001§14(3) / 003§20"
MARKERS = (Role.CLERK.value, Role.SUPERVISOR.value, Role.ADMINISTRATOR.value)


@dataclass(frozen=True)
class Rule:
    kind: str  # base | evidence | evidence_unfiled | long_term | permanent
    until: date | None  # None: never, or not until something is recorded
    name_zh: str
    name_en: str
    article: str


@dataclass(frozen=True)
class Expiry:
    """A recording's retention, the rule that decides it, and what blocks its disposal."""

    recording_id: int
    expires_on: date | None
    deciding: Rule
    rules: tuple[Rule, ...]
    held: bool = False
    disposed: bool = False

    @property
    def permanent(self) -> bool:
        return self.deciding.kind == PERMANENT

    @property
    def long_term(self) -> bool:
        return self.deciding.kind == LONG_TERM

    def expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on <= today

    def label(self, today: date) -> tuple[str, str]:
        """(zh, en) for lists and the detail panel: 永久, 长期保存, 2026-03-01（已到期，已保全）…"""
        if self.disposed:
            return "已清除", "disposed"
        if self.permanent:
            return "永久", "permanent"
        if self.long_term:
            return "长期保存", "long-term"
        if self.expires_on is None:
            return "待案卷归档", "until the case file is filed"
        zh, en = self.expires_on.isoformat(), self.expires_on.isoformat()
        if self.expired(today):
            zh, en = zh + "（已到期", en + " (expired"
            zh, en = (zh + "，已保全）", en + ", on hold)") if self.held else (zh + "）", en + ")")
        elif self.held:
            zh, en = zh + "（已保全）", en + " (on hold)"
        return zh, en

    def basis(self) -> tuple[str, str]:
        """The deciding rule with its article, e.g. 案卷保存期限（001§14(3) / 003§20）."""
        r = self.deciding
        return f"{r.name_zh}（{r.article}）", f"{r.name_en} ({r.article})"


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


def unit_zone(s: Session) -> ZoneInfo:
    return ZoneInfo(unit_timezone(s))


today_in = unit_today


def choices(profile: profiles.Profile, kind: str) -> tuple[str, tuple[str, ...]]:
    """(article, grounds) offered for a permanent or long-term mark under this profile."""
    r = profile.retention
    if kind == PERMANENT:
        return (r.permanent_article or _PERMANENT_SOURCE[0], r.permanent_grounds) if r.permanent_grounds \
            else _PERMANENT_SOURCE
    if kind == LONG_TERM:
        return (r.long_term_article or _LONG_TERM_SOURCE[0], r.long_term_grounds) if r.long_term_grounds \
            else _LONG_TERM_SOURCE
    return (r.evidence_article or EVIDENCE_ARTICLE, ("作为证据使用",))


@functools.lru_cache(maxsize=16)
def _base_words(base_months: int, starts_from: str) -> tuple[str, str]:
    years, months = divmod(base_months, 12)
    span_zh = (f"{years} 年" if not months else f"{base_months} 个月") if years else f"{months} 个月"
    frm_zh, frm_en = ("入库", "import") if starts_from == "imported_at" else ("拍摄", "capture")
    return f"基本保存期限 {span_zh}（自{frm_zh}日期）", f"base retention of {base_months} months from {frm_en}"


def base_rule(profile: profiles.Profile, rec: Recording, zone: ZoneInfo) -> Rule:
    r = profile.retention
    start = rec.imported_at if r.starts_from == "imported_at" else rec.recorded_at
    return Rule("base", add_months(start.astimezone(zone).date(), r.base_months),
                *_base_words(r.base_months, r.starts_from), r.article)


# A case's flags and the ground of 000§15 each stands for; (一) covers the case's evidence only.
CASE_FLAG_GROUNDS = (("major_case", 0, True), ("obstruction", 1, False), ("emergency_or_dispute", 2, False),
                     ("other_major", 3, False))


def case_rules(profile: profiles.Profile, case: Case | None, evidence: bool) -> list[Rule]:
    """Permanent keeping that follows from the case's flags, where the profile has such grounds (000§15)."""
    grounds = profile.retention.permanent_grounds
    if case is None or not grounds:
        return []
    article = profile.retention.permanent_article or _PERMANENT_SOURCE[0]
    out = []
    for flag, n, evidence_only in CASE_FLAG_GROUNDS:
        if getattr(case, flag, False) and n < len(grounds) and (evidence or not evidence_only):
            out.append(Rule(PERMANENT, None, f"永久保存（案件标记）：{grounds[n]}",
                            f"permanent keeping (case flag): {grounds[n]}", f"{article}({_NUMERALS[n]})"))
    return out


def compute(rec: Recording, profile: profiles.Profile, zone: ZoneInfo, marks: list[RetentionMark],
            case: Case | None, held: bool) -> Expiry:
    """The engine itself, on rows already loaded: the latest rule wins, "never" beats any date."""
    rules = [base_rule(profile, rec, zone)]
    kinds = {m.kind: m for m in marks}
    if EVIDENCE in kinds:
        article = profile.retention.evidence_article or EVIDENCE_ARTICLE
        if case is not None and case.filed_on is not None and case.file_retention_years:
            rules.append(Rule(EVIDENCE, add_years(case.filed_on, case.file_retention_years),
                              f"案卷保存期限 {case.file_retention_years} 年（{case.filed_on.isoformat()} 归档）",
                              f"case file retention of {case.file_retention_years} years "
                              f"(filed {case.filed_on.isoformat()})", article))
        else:
            rules.append(Rule("evidence_unfiled", None, "作为证据使用，案卷归档日期或保存期限未登记",
                              "used as evidence; the case file's filing date or retention is not recorded",
                              article))
    if LONG_TERM in kinds:
        rules.append(Rule(LONG_TERM, None, f"长期保存：{kinds[LONG_TERM].ground}",
                          f"long-term keeping: {kinds[LONG_TERM].ground}", kinds[LONG_TERM].article))
    if PERMANENT in kinds:
        rules.append(Rule(PERMANENT, None, f"永久保存：{kinds[PERMANENT].ground}",
                          f"permanent keeping: {kinds[PERMANENT].ground}", kinds[PERMANENT].article))
    rules += case_rules(profile, case, EVIDENCE in kinds)
    rank = {PERMANENT: 3, LONG_TERM: 2, "evidence_unfiled": 1}
    deciding = max(rules, key=lambda r: (rank.get(r.kind, 0), r.until or date.max))
    return Expiry(rec.id, deciding.until, deciding, tuple(rules), held, rec.disposed_at is not None)


@dataclass
class Context:
    """What the engine reads besides the recording: its marks, active holds, the flagged cases (000§15)
    and the cases of evidence. Read once for a whole list rather than per recording."""

    marks: dict[int, list[RetentionMark]]
    held_cases: set[int]
    held_activities: set[int]
    cases: dict[int, Case]


def context(s: Session, recording_ids: list[int] | None = None) -> Context:
    """Marks of these recordings (all marks when None), the active holds, and the cases of evidence."""
    marks: dict[int, list[RetentionMark]] = {}
    query = select(RetentionMark)
    if recording_ids is not None:
        query = query.where(id_in(s, RetentionMark.recording_id, list(recording_ids)))
    for m in s.scalars(query):
        marks.setdefault(m.recording_id, []).append(m)
    holds = s.execute(select(RetentionHold.case_id, RetentionHold.activity_id)
                      .where(RetentionHold.released_at.is_(None))).all()
    any_flag = or_(*(getattr(Case, flag) for flag, _, _ in CASE_FLAG_GROUNDS))
    flagged = {c.id: c for c in s.scalars(select(Case).where(any_flag))}
    return Context(marks, {c for c, _ in holds if c is not None}, {a for _, a in holds if a is not None}, flagged)


def expiries(s: Session, recs: list, profile: profiles.Profile | None = None,
             ctx: Context | None = None) -> dict[int, Expiry]:
    """Expiry of many recordings at once (marks, cases and holds read in a few queries)."""
    if not recs:
        return {}
    profile = profile or profiles.active(s)
    zone = unit_zone(s)
    ctx = ctx or context(s, [r.id for r in recs])
    # Only evidence needs its case file; most recordings carry no mark at all.
    wanted = {r.case_id for r in recs if r.case_id is not None and r.id in ctx.marks} - set(ctx.cases)
    if wanted:
        ctx.cases.update({c.id: c for c in s.scalars(select(Case).where(id_in(s, Case.id, sorted(wanted))))})
    return {r.id: compute(r, profile, zone, ctx.marks.get(r.id, ()), ctx.cases.get(r.case_id),
                          r.case_id in ctx.held_cases or r.activity_id in ctx.held_activities)
            for r in recs}


def expiry(s: Session, recording_id: int, profile: profiles.Profile | None = None) -> Expiry:
    rec = s.get(Recording, recording_id)
    if rec is None:
        raise ArchiveError(f"没有第 {recording_id} 号资料。", f"There is no recording {recording_id}.")
    return expiries(s, [rec], profile)[rec.id]


# --- marks, case files and holds: each an audited service -----------------------------------

def _check_role(user, roles: tuple[str, ...]) -> None:
    require_role(user, roles, "您的角色不能进行此操作。", "Your role cannot do this.")


def mark(archive, user, recording_id: int, kind: str, ground: str = "", note: str = "") -> RetentionMark:
    """Mark a recording permanent (000§15), long-term (002§16) or used as evidence (001§14(3), 003§20)."""
    _check_role(user, MARKERS)
    if kind not in (PERMANENT, LONG_TERM, EVIDENCE):
        raise ArchiveError(f"不认识的保存标记“{kind}”。", f"Unknown retention mark '{kind}'.")
    with archive.transaction() as s:
        rec = s.get(Recording, recording_id)
        if rec is None or rec.disposed_at is not None:
            raise ArchiveError(f"没有第 {recording_id} 号资料，或已清除。",
                               f"Recording {recording_id} does not exist or was disposed of.")
        article, grounds = choices(profiles.active(s), kind)
        if kind == EVIDENCE:
            if rec.case_id is None:
                raise ArchiveError("这份资料未归入案件，不能标记为证据。",
                                   "This recording is not filed under a case; it cannot be marked as evidence.")
            ground = grounds[0]
        elif ground not in grounds:
            raise ArchiveError(f"请选择 {article} 规定的情形之一。", f"Choose one of the grounds of {article}.")
        else:
            article = f"{article}({_NUMERALS[grounds.index(ground)]})"
        if s.scalar(select(RetentionMark.id).where(RetentionMark.recording_id == rec.id,
                                                   RetentionMark.kind == kind)) is not None:
            raise ArchiveError("这份资料已有此标记。", "The recording already carries this mark.")
        row = RetentionMark(recording_id=rec.id, kind=kind, ground=ground, article=article, note=note.strip(),
                            by_user_id=user.user_id, by_name=user.actor.name, at=utcnow())
        s.add(row)
        s.flush()
        audit.record(s, user.actor, f"retention.marked_{kind}", "recording", rec.id, ground=ground,
                     article=article, note=note.strip())
    return row


def set_case_file(archive, user, case_id: int, filed_on: date, retention_years: int) -> None:
    """Record when a case file was archived and how long it is kept (RET-04)."""
    _check_role(user, MARKERS)
    if not isinstance(retention_years, int) or retention_years <= 0:
        raise ArchiveError("案卷保存期限须为正的整年数。", "The case file retention must be a positive number of years.")
    with archive.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ArchiveError(f"没有第 {case_id} 号案件。", f"There is no case {case_id}.")
        before = [case.filed_on.isoformat() if case.filed_on else None, case.file_retention_years]
        case.filed_on, case.file_retention_years = filed_on, retention_years
        audit.record(s, user.actor, "case.file_retention_set", "case", case.id, case_no=case.case_no,
                     before=before, after=[filed_on.isoformat(), retention_years])


def set_case_flags(archive, user, case_id: int, **flags: bool) -> None:
    """Mark a case major, obstructed, an emergency or dispute, other major, or a penalty case.

    Under a profile with 000§15's grounds the first four keep the case's recordings permanently
    (a major case: its evidence), from now on; the change is audited with the flags before and after."""
    _check_role(user, MARKERS)
    known = {flag for flag, _, _ in CASE_FLAG_GROUNDS} | {"penalty_case"}
    unknown = sorted(set(flags) - known)
    if unknown:
        raise ArchiveError(f"不认识的案件标记“{unknown[0]}”。", f"Unknown case flag '{unknown[0]}'.")
    with archive.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ArchiveError(f"没有第 {case_id} 号案件。", f"There is no case {case_id}.")
        before = {f: getattr(case, f) for f in sorted(known)}
        for flag, value in flags.items():
            setattr(case, flag, bool(value))
        after = {f: getattr(case, f) for f in sorted(known)}
        if after != before:
            audit.record(s, user.actor, "case.flags_set", "case", case.id, case_no=case.case_no, before=before,
                         after=after)


def place_hold(archive, user, reason: str, case_id: int | None = None,
               activity_id: int | None = None) -> RetentionHold:
    """Hold (保全) a case's or an activity's recordings under complaint, petition or litigation (003§10)."""
    _check_role(user, MARKERS + (Role.INSPECTOR.value,))
    reason = (reason or "").strip()
    if not reason:
        raise ArchiveError("保全须写明原因。", "A hold must state its reason.")
    if (case_id is None) == (activity_id is None):
        raise ArchiveError("请选择一个案件或一项执法活动。", "Choose one case or one activity.")
    with archive.transaction() as s:
        target = s.get(Case, case_id) if case_id is not None else s.get(Activity, activity_id)
        if target is None:
            raise ArchiveError("所选案件或执法活动不存在。", "The chosen case or activity does not exist.")
        hold = RetentionHold(case_id=case_id, activity_id=activity_id, reason=reason, placed_by_user_id=user.user_id,
                             placed_by_name=user.actor.name, placed_at=utcnow())
        s.add(hold)
        s.flush()
        audit.record(s, user.actor, "retention.hold_placed", "case" if case_id else "activity",
                     case_id or activity_id, hold_id=hold.id, reason=reason)
    return hold


def release_hold(archive, user, hold_id: int, reason: str) -> None:
    """Only a supervisor or an administrator releases a hold, and says why."""
    _check_role(user, (Role.SUPERVISOR.value, Role.ADMINISTRATOR.value))
    reason = (reason or "").strip()
    if not reason:
        raise ArchiveError("解除保全须写明原因。", "Releasing a hold must state its reason.")
    with archive.transaction() as s:
        hold = s.get(RetentionHold, hold_id)
        if hold is None or hold.released_at is not None:
            raise ArchiveError("该保全不存在或已解除。", "The hold does not exist or was already released.")
        hold.released_at, hold.released_by_user_id = utcnow(), user.user_id
        hold.released_by_name, hold.release_reason = user.actor.name, reason
        audit.record(s, user.actor, "retention.hold_released", "case" if hold.case_id else "activity",
                     hold.case_id or hold.activity_id, hold_id=hold.id, reason=reason)


# --- the Compliance page's lists live in `retention_lists`; these two keep older callers working ---

def overview(s: Session, today: date | None = None, soon_days: int = SOON_DAYS, limit: int | None = None,
             cancel=None):
    """All the lists (uncut unless `limit` is given): see `retention_lists.overview`."""
    from evidenceroom.core import retention_lists

    return retention_lists.overview(s, today, soon_days, limit, cancel)


def holds(s: Session):
    from evidenceroom.core import retention_lists

    return retention_lists.holds(s)


def line(archive, recording_id: int) -> tuple[Text, Text]:
    """The detail panel's line: the retention end (or 永久 …) and the deciding rule with its article."""
    from evidenceroom.core.models.retention import Tombstone

    with archive.session() as s:
        ex = expiry(s, recording_id)
        today = today_in(s)
        tomb = s.scalar(select(Tombstone).where(Tombstone.recording_id == recording_id)) if ex.disposed else None
        if tomb is not None:  # what stays of a disposed original (RET-08)
            when = tomb.disposed_at.astimezone(unit_zone(s)).date().isoformat()
            return (Text(f"已清除（{when}）", f"disposed of ({when})"),
                    Text(f"{tomb.approved_by_name} 批准；{tomb.grounds}；SHA-256 {tomb.sha256}",
                         f"approved by {tomb.approved_by_name}; {tomb.grounds}; SHA-256 {tomb.sha256}"))
    return Text(*ex.label(today)), Text(*ex.basis())

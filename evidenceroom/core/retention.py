"""Retention (RET-01..06): how long each recording is kept, and why.

A recording's retention end is the latest of the rules that apply to it: the profile's base
period from its capture (or import) date; as long as its case file when used as evidence; never
for permanent (000§15) or long-term (002§16) keeping. A hold (保全) on its case or activity blocks
disposal while it lasts. Nothing here removes anything: expiry only puts a recording on a list.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Iterator
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from evidenceroom.core import audit, profiles
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models import Activity, Case, Recording, Role, Unit
from evidenceroom.core.models.retention import (
    DisposalProposal,
    KeepAssessment,
    RetentionHold,
    RetentionMark,
    RetentionMarkKind,
)
from evidenceroom.core.timeutil import DEFAULT_TIMEZONE, utcnow
from evidenceroom.core.vault import Cancelled

PERMANENT, LONG_TERM, EVIDENCE = RetentionMarkKind.PERMANENT, RetentionMarkKind.LONG_TERM, RetentionMarkKind.EVIDENCE
SOON_DAYS = 90  # "expiring soon" on the Compliance page
LIST_LIMIT = 1000  # rows per list on the page; the totals count the rest
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


def add_months(start: date, months: int) -> date:
    """The same day `months` later; the month's last day when it has no such day (29 Feb)."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


def unit_zone(s: Session) -> ZoneInfo:
    tz = s.scalar(select(Unit.timezone).order_by(Unit.id).limit(1))
    return ZoneInfo(tz or DEFAULT_TIMEZONE)


def today_in(s: Session) -> date:
    return utcnow().astimezone(unit_zone(s)).date()


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


def base_rule(profile: profiles.Profile, rec: Recording, zone: ZoneInfo) -> Rule:
    r = profile.retention
    start = rec.imported_at if r.starts_from == "imported_at" else rec.recorded_at
    years, months = divmod(r.base_months, 12)
    span_zh = (f"{years} 年" if not months else f"{r.base_months} 个月") if years else f"{months} 个月"
    frm_zh, frm_en = ("入库", "import") if r.starts_from == "imported_at" else ("拍摄", "capture")
    return Rule("base", add_months(start.astimezone(zone).date(), r.base_months),
                f"基本保存期限 {span_zh}（自{frm_zh}日期）", f"base retention of {r.base_months} months from {frm_en}",
                r.article)


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
    rank = {PERMANENT: 3, LONG_TERM: 2, "evidence_unfiled": 1}
    deciding = max(rules, key=lambda r: (rank.get(r.kind, 0), r.until or date.max))
    return Expiry(rec.id, deciding.until, deciding, tuple(rules), held, rec.disposed_at is not None)


def held_recordings(s: Session, recs: list[Recording]) -> set[int]:
    holds = s.execute(select(RetentionHold.case_id, RetentionHold.activity_id)
                      .where(RetentionHold.released_at.is_(None))).all()
    cases = {c for c, _ in holds if c is not None}
    activities = {a for _, a in holds if a is not None}
    return {r.id for r in recs if r.case_id in cases or r.activity_id in activities}


def expiries(s: Session, recs: list[Recording], profile: profiles.Profile | None = None) -> dict[int, Expiry]:
    """Expiry of many recordings at once (marks, cases and holds read in a few queries)."""
    if not recs:
        return {}
    profile = profile or profiles.active(s)
    zone = unit_zone(s)
    ids = [r.id for r in recs]
    marks: dict[int, list[RetentionMark]] = {}
    for i in range(0, len(ids), 500):
        for m in s.scalars(select(RetentionMark).where(RetentionMark.recording_id.in_(ids[i:i + 500]))):
            marks.setdefault(m.recording_id, []).append(m)
    case_ids = {r.case_id for r in recs if r.case_id is not None}
    cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_(case_ids)))} if case_ids else {}
    held = held_recordings(s, recs)
    return {r.id: compute(r, profile, zone, marks.get(r.id, []), cases.get(r.case_id), r.id in held)
            for r in recs}


def expiry(s: Session, recording_id: int, profile: profiles.Profile | None = None) -> Expiry:
    rec = s.get(Recording, recording_id)
    if rec is None:
        raise ArchiveError(f"没有第 {recording_id} 号资料。", f"There is no recording {recording_id}.")
    return expiries(s, [rec], profile)[rec.id]


_COLUMNS = (Recording.id, Recording.original_name, Recording.case_id, Recording.activity_id, Recording.recorded_at,
            Recording.imported_at, Recording.disposed_at)
CHUNK = 2000


def candidates(s: Session, profile: profiles.Profile, until: date, cancel=None) -> Iterator[list]:
    """Recordings whose base period ends by `until`, in chunks: the only ones that can have expired
    by then, since every other rule ends later. Read in capture-time order through its index, a
    chunk at a time (keyset), as plain rows, so a million-row archive costs no more memory than one."""
    column = Recording.imported_at if profile.retention.starts_from == "imported_at" else Recording.recorded_at
    # Three days' margin for month ends and the unit's time zone; `compute` then decides exactly.
    latest_start = add_months(until, -profile.retention.base_months) + timedelta(days=3)
    cutoff = datetime.combine(latest_start, time.min, unit_zone(s))
    after = None
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        query = select(*_COLUMNS).where(column < cutoff, Recording.disposed_at.is_(None))
        if after is not None:
            query = query.where(or_(column > after[0], and_(column == after[0], Recording.id > after[1])))
        rows = s.execute(query.order_by(column, Recording.id).limit(CHUNK)).all()
        if not rows:
            return
        yield rows
        last = rows[-1]
        after = (last.imported_at if column is Recording.imported_at else last.recorded_at, last.id)


# --- marks, case files and holds: each an audited service -----------------------------------

def _check_role(user, roles: tuple[str, ...]) -> None:
    if user.role not in roles:
        raise ArchiveError("您的角色不能进行此操作。", "Your role cannot do this.")


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


# --- the Compliance page's lists ------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    recording_id: int
    original_name: str
    case_no: str | None
    recorded_at: datetime
    expiry: Expiry


@dataclass(frozen=True)
class HoldRow:
    hold_id: int
    target_zh: str
    target_en: str
    reason: str
    placed_by: str
    placed_at: datetime
    recordings: int


@dataclass(frozen=True)
class Overview:
    today: date
    expiring_soon: list[Row]
    expired_awaiting: list[Row]
    long_term_without_discs: list[Row]
    holds: list[HoldRow]
    totals: dict[str, int] = field(default_factory=dict)  # all rows of a list, also those past its limit


def _rows(s: Session, recs: list, ex: dict[int, Expiry]) -> list[Row]:
    case_ids = {r.case_id for r in recs if r.case_id is not None}
    case_nos = dict(s.execute(select(Case.id, Case.case_no).where(Case.id.in_(case_ids))).all()) if case_ids else {}
    return [Row(r.id, r.original_name, case_nos.get(r.case_id), r.recorded_at, ex[r.id]) for r in recs]


def has_verified_discs(s: Session, recording_id: int) -> bool:
    """A verified two-copy disc set (DSC-03) holds the recording (002§16: 一式两份)."""
    from evidenceroom.core.disc_register import has_verified_two_copy_set  # the disc area imports much

    return has_verified_two_copy_set(s, recording_id)


def overview(s: Session, today: date | None = None, soon_days: int = SOON_DAYS, limit: int = LIST_LIMIT,
             cancel=None) -> Overview:
    """The Compliance page's lists, each cut at `limit` rows (the totals count them all)."""
    profile = profiles.active(s)
    today = today or today_in(s)
    horizon = today + timedelta(days=soon_days)
    soon: list = []
    awaiting: list = []
    totals = {"expiring_soon": 0, "expired_awaiting": 0}
    merged: dict[int, Expiry] = {}
    for chunk in candidates(s, profile, horizon, cancel):
        ex = expiries(s, chunk, profile)
        decided = _decided(s, [r.id for r in chunk])
        for r in chunk:
            e = ex[r.id]
            if e.held:
                continue
            if e.expired(today):
                if r.id in decided:
                    continue
                key, bucket = "expired_awaiting", awaiting
            elif e.expires_on is not None and e.expires_on <= horizon:
                key, bucket = "expiring_soon", soon
            else:
                continue
            totals[key] += 1
            if len(bucket) < limit:
                bucket.append(r)
                merged[r.id] = e
    long_ids = list(s.scalars(select(RetentionMark.recording_id).where(RetentionMark.kind == LONG_TERM)
                              .order_by(RetentionMark.at)))
    long_recs = [r for r in (s.get(Recording, i) for i in long_ids)
                 if r is not None and r.disposed_at is None and not has_verified_discs(s, r.id)]
    return Overview(today, _rows(s, soon, merged), _rows(s, awaiting, merged),
                    _rows(s, long_recs, expiries(s, long_recs, profile)), holds(s), totals)


def _decided(s: Session, ids: list[int]) -> set[int]:
    """Recordings the custodian judged worth keeping, or already proposed for disposal."""
    out: set[int] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        latest: dict[int, bool] = {}
        for rid, worth in s.execute(select(KeepAssessment.recording_id, KeepAssessment.worth_keeping)
                                    .where(KeepAssessment.recording_id.in_(chunk)).order_by(KeepAssessment.at,
                                                                                            KeepAssessment.id)):
            latest[rid] = worth
        out |= {rid for rid, worth in latest.items() if worth}
        out |= set(s.scalars(select(DisposalProposal.recording_id).where(
            DisposalProposal.recording_id.in_(chunk), DisposalProposal.status == "proposed")))
    return out


def holds(s: Session) -> list[HoldRow]:
    out = []
    for h in s.scalars(select(RetentionHold).where(RetentionHold.released_at.is_(None)).order_by(RetentionHold.id)):
        if h.case_id is not None:
            case = s.get(Case, h.case_id)
            zh, en = f"案件 {case.case_no}", f"case {case.case_no}"
            where = Recording.case_id == h.case_id
        else:
            act = s.get(Activity, h.activity_id)
            zh, en = f"执法活动 {act.id}（{act.kind} {act.place}）", f"activity {act.id} ({act.kind} {act.place})"
            where = Recording.activity_id == h.activity_id
        count = len(s.scalars(select(Recording.id).where(where)).all())
        out.append(HoldRow(h.id, zh, en, h.reason, h.placed_by_name, h.placed_at, count))
    return out


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

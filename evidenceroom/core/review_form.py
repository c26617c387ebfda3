"""The review form for one recording (REV-04, REV-05) and the problems a reviewer flags (REV-06).

The form lists what the recording must show: how it opens (002§8, 002§9 with the profile's
standard words of 003§12, 001§12's 公开方式), the content of 002§10 and 003§14, and, when the
recording's activity is a matter of the profile's checklist, that row's 记录内容 (004清单). Each
item is answered yes, no or with a comment, and may point at a marker of the same recording. A
flag is a problem seen at a time point; it becomes a finding (DUT-13) against the recording's
officer. Nothing here touches the original file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit, profiles
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Case, Device, Marker, Person, Recording, Role
from evidenceroom.core.models.oversight import ActivityMatter, Finding
from evidenceroom.core.models.review_form import RecordingReview, ReviewAnswer, ReviewFlag
from evidenceroom.core.print_settings import DOCUMENT_KINDS
from evidenceroom.core.review import check_position
from evidenceroom.core.timeutil import utcnow

REVIEWING_ROLES = (Role.INSPECTOR.value, Role.SUPERVISOR.value, Role.ADMINISTRATOR.value)
ANSWERS = {"yes": ("是", "yes"), "no": ("否", "no"), "comment": ("说明", "comment")}
SECTIONS = {
    "opening": ("开场与告知", "how the recording opens"),
    "content": ("应当反映的内容", "what the recording must show"),
    "checklist": ("清单记录内容", "the checklist's content"),
}
# REV-06: what a reviewer may flag: its words, its articles, and the kind of finding (DUT-13's list,
# `findings.KINDS`) it is recorded as; uncivil conduct is not on that list, so it is "other".
FLAG_KINDS = {
    "uncivil_conduct": ("语言、行为不文明", "uncivil language or behaviour", "001§13、002§9、003§18", "other"),
    "unrelated_content": ("与工作无关内容", "content or use unrelated to work", "002§5、003§4、003§16",
                          "non_work_use"),
    "selective_or_edited": ("选择性录制、事后补录或剪辑迹象",
                            "signs of selective recording, recording after the event, or editing", "003§15",
                            "faked_or_edited"),
}
MAX_COMMENT = 2000

# 002§10, with 003§14's violations merged into its "有无违法行为" and 003§14's own items after it.
_CONTENT = (
    ("content.place", "现场地点", "002§10、003§14"),
    ("content.time", "时间", "002§10、003§14"),
    ("content.scene", "场景", "002§10、003§14"),
    ("content.participants", "参与人员", "002§10、003§14"),
    ("content.officers_conduct", "行政执法人员行为", "002§10"),
    ("content.party_conduct", "行政相对人行为", "002§10"),
    ("content.violation", "有无违法（违规）行为", "002§10、003§14"),
    ("content.key_items", "重要涉案物品及相关证据", "002§10"),
    ("content.traces", "现场痕迹物证", "003§14"),
    ("content.party_words", "当事人及其工作人员言行、询问情况（现场有违法行为的）", "003§14"),
    ("content.tools", "现场遗留或发现的违法工具、物品等物证及原始痕迹证据（重点摄录）", "003§14"),
)


@dataclass(frozen=True)
class FormItem:
    key: str
    section: str  # a key of SECTIONS
    text: str
    source: str  # the article(s) it comes from
    markable: bool  # REV-05 items point at the marker where the recording shows them


@dataclass(frozen=True)
class Answer:
    answer: str  # a key of ANSWERS
    comment: str = ""
    marker_id: int | None = None


@dataclass(frozen=True)
class AnswerInfo:
    key: str
    section: str
    text: str
    source: str
    answer: str
    comment: str
    marker_id: int | None
    marker_position_ms: int | None
    marker_text: str


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    recording_id: int
    profile_key: str
    note: str
    reviewer_name: str
    reviewed_at: datetime
    answers: tuple[AnswerInfo, ...]


@dataclass(frozen=True)
class FlagInfo:
    id: int
    finding_id: int
    recording_id: int
    recording_name: str
    kind: str
    position_ms: int
    note: str
    officer: str
    reviewer_name: str
    flagged_at: datetime


@dataclass(frozen=True)
class RecordingFacts:
    """What the review report says about the recording itself."""

    recording_id: int
    original_name: str
    sha256: str
    recorded_at: datetime
    timezone: str
    duration_ms: int | None
    officer: str
    device: str
    case_no: str
    activity: str  # kind and place
    matter: str  # the checklist matter, "" when none


def hms(position_ms: int) -> str:
    """A time point as 00:00:08, the way the report and the finding's notes print it."""
    seconds = int(position_ms) // 1000
    h, rest = divmod(seconds, 3600)
    m, sec = divmod(rest, 60)
    return f"{h:02d}:{m:02d}:{sec:02d}"


# --- the items -------------------------------------------------------------------------------

_LEAD = re.compile(r"^(对|记录)")
_TAIL = re.compile(r"(的?各个环节)?(进行)?(的)?(全过程)?(音像)?(进行)?(记录|纪录)?$")


def checklist_points(content: str) -> list[str]:
    """A checklist row's 记录内容 as separate points: "对…编号、名称…和执行情况进行全过程记录"
    gives 编号, 名称 … 执行情况. A clause that reads as a sentence (it has a comma) stays whole."""
    points: list[str] = []
    for clause in re.split(r"[；;。]", content or ""):
        clause = _TAIL.sub("", _LEAD.sub("", clause.strip())).rstrip("等").strip()
        if not clause:
            continue
        if "，" in clause or "," in clause or "、" not in clause:
            points.append(clause)
            continue
        points.extend(p.strip() for p in re.split(r"、|和", clause) if p.strip())
    return points


def _checklist_row(s: Session, profile: profiles.Profile, rec: Recording) -> tuple[str, list[FormItem]]:
    row = s.get(ActivityMatter, rec.activity_id) if rec.activity_id else None
    if row is None:
        return "", []
    item = next((c for c in profile.checklist if c.matter == row.matter), None)  # as gaps marks it
    source = item.article if item and item.article else "清单"
    points = checklist_points(item.content) if item else []
    if not points:  # the row names the matter but not its content: the whole matter must be shown
        points = [f"{row.matter}全过程"]
    return row.matter, [FormItem(f"checklist.{i}", "checklist", p, source, False) for i, p in enumerate(points, 1)]


def _items(s: Session, rec: Recording) -> list[FormItem]:
    profile = profiles.active(s)
    words = (profile.notice_words or "").strip()
    notice = "已告知当事人使用音像记录设备、正在录音录像"
    if words:
        notice += f"，使用规范用语：“{words}”"
    items = [
        FormItem("opening.statement", "opening", "到达现场开启设备后，同期录入执法行动目的、任务和执法人员情况",
                 "002§8", True),
        FormItem("opening.notice", "opening", notice, "002§9、003§12" if words else "002§9", True),
        FormItem("opening.open", "opening", "以公开方式进行记录", "001§12", True),
    ]
    items += [FormItem(key, "content", text, source, False) for key, text, source in _CONTENT]
    items += _checklist_row(s, profile, rec)[1]
    return items


def _recording(s: Session, recording_id: int) -> Recording:
    rec = s.get(Recording, recording_id)
    if rec is None:
        raise ArchiveError(f"没有第 {recording_id} 号资料。", f"There is no recording {recording_id}.")
    return rec


def form_items(archive: Archive, recording_id: int) -> list[FormItem]:
    """The items of the review form for this recording, under the unit's current profile."""
    with archive.session() as s:
        return _items(s, _recording(s, recording_id))


# --- saving a review -------------------------------------------------------------------------

def _check_answers(s: Session, rec: Recording, items: list[FormItem], answers: dict) -> list[tuple[FormItem, Answer]]:
    unknown = sorted(set(answers) - {i.key for i in items})
    if unknown:
        raise ArchiveError(f"评查表中没有这些项目：{'、'.join(unknown)}。",
                           f"The review form has no item {', '.join(unknown)}.")
    out = []
    for item in items:
        given = answers.get(item.key)
        if given is None:
            raise ArchiveError(f"请回答评查项目“{item.text}”。", f"Answer the review item '{item.key}'.")
        if not isinstance(given, Answer):
            given = Answer(*given) if isinstance(given, (tuple, list)) else Answer(str(given))
        if given.answer not in ANSWERS:
            raise ArchiveError(f"评查项目“{item.text}”的回答无效：{given.answer}（应为是、否或说明）。",
                               f"The answer to '{item.key}' is not valid: {given.answer} (yes, no or comment).")
        comment = (given.comment or "").strip()
        if given.answer == "comment" and not comment:
            raise ArchiveError(f"评查项目“{item.text}”选择了“说明”，请填写说明。",
                               f"The item '{item.key}' is answered with a comment: write the comment.")
        if len(comment) > MAX_COMMENT:
            raise ArchiveError(f"评查项目“{item.text}”的说明过长（最多 {MAX_COMMENT} 字）。",
                               f"The comment on '{item.key}' is too long (at most {MAX_COMMENT} characters).")
        if given.marker_id is not None:
            marker = s.get(Marker, int(given.marker_id))
            if marker is None or marker.recording_id != rec.id:
                raise ArchiveError(f"评查项目“{item.text}”关联的标记不属于第 {rec.id} 号资料。",
                                   f"The marker linked to '{item.key}' is not a marker of recording {rec.id}.")
        out.append((item, Answer(given.answer, comment, None if given.marker_id is None else int(given.marker_id))))
    return out


def save_review(archive: Archive, actor, recording_id: int, answers: dict, note: str = "") -> ReviewInfo:
    """Keep a reviewer's filled-in form: every item answered, a comment where the answer is
    "comment", markers only of this recording. `answers` maps item keys to `Answer`s."""
    require_role(actor, REVIEWING_ROLES, "评查表由执法监督人员、审批人或系统管理员填写。",
                 "A review form is filled in by an inspector, a supervisor or an administrator.")
    who = actor_of(actor)
    note = (note or "").strip()
    if len(note) > MAX_COMMENT:
        raise ArchiveError(f"评查意见过长（最多 {MAX_COMMENT} 字）。",
                           f"The overall note is too long (at most {MAX_COMMENT} characters).")
    with archive.transaction() as s:
        rec = _recording(s, recording_id)
        checked = _check_answers(s, rec, _items(s, rec), dict(answers or {}))
        review = RecordingReview(recording_id=rec.id, profile_key=profiles.active(s).key, note=note,
                                 reviewer_user_id=who.user_id, reviewer_name=who.name, reviewed_at=utcnow())
        s.add(review)
        s.flush()
        for position, (item, a) in enumerate(checked):
            s.add(ReviewAnswer(review_id=review.id, position=position, section=item.section, item_key=item.key,
                               item_text=item.text, source=item.source, answer=a.answer, comment=a.comment,
                               marker_id=a.marker_id))
        s.flush()
        tally = {k: sum(1 for _, a in checked if a.answer == k) for k in ANSWERS}
        audit.record(s, who, "recording.reviewed", "recording", rec.id, review_id=review.id,
                     profile=review.profile_key, items=len(checked), note=note, **tally,
                     markers={i.key: a.marker_id for i, a in checked if a.marker_id is not None})
        s.refresh(review)
        return _review_info(review)


def _review_info(r: RecordingReview) -> ReviewInfo:
    return ReviewInfo(r.id, r.recording_id, r.profile_key, r.note, r.reviewer_name, r.reviewed_at, tuple(
        AnswerInfo(a.item_key, a.section, a.item_text, a.source, a.answer, a.comment, a.marker_id,
                   a.marker.position_ms if a.marker else None, a.marker.text if a.marker else "")
        for a in r.answers))


def reviews_of(archive: Archive, recording_id: int) -> list[ReviewInfo]:
    """The recording's reviews, oldest first; the last is the current one."""
    with archive.session() as s:
        _recording(s, recording_id)
        q = (select(RecordingReview).where(RecordingReview.recording_id == recording_id)
             .order_by(RecordingReview.reviewed_at, RecordingReview.id))
        return [_review_info(r) for r in s.scalars(q)]


# --- flags -----------------------------------------------------------------------------------

def flag_problem(archive: Archive, actor, recording_id: int, kind: str, position_ms: int, note: str = "") -> FlagInfo:
    """A problem seen at a time point of the recording (REV-06); it is recorded as a finding
    against the recording's officer, to be decided (待处理), with the reviewer and time point."""
    require_role(actor, REVIEWING_ROLES, "问题由执法监督人员、审批人或系统管理员标记。",
                 "Problems are flagged by an inspector, a supervisor or an administrator.")
    if kind not in FLAG_KINDS:
        raise ArchiveError(f"无效的问题类型：{kind}。", f"Not a kind of problem a reviewer can flag: {kind}.")
    note = (note or "").strip()
    if len(note) > MAX_COMMENT:
        raise ArchiveError(f"问题说明过长（最多 {MAX_COMMENT} 字）。",
                           f"The note is too long (at most {MAX_COMMENT} characters).")
    who = actor_of(actor)
    with archive.transaction() as s:
        rec = _recording(s, recording_id)
        position_ms = check_position(rec, position_ms)
        if rec.officer_id is None:
            raise ArchiveError(f"第 {rec.id} 号资料没有登记执法人员，问题无法记在人员名下。请先补登执法人员。",
                               f"Recording {rec.id} has no officer, so the problem cannot be recorded against "
                               "anyone. Set its officer first.")
        label, _en, _articles, finding_kind = FLAG_KINDS[kind]
        notes = f"评查标记 {hms(position_ms)} {label}（评查人：{who.name}）" + (f"。{note}" if note else "")
        now = utcnow()
        finding = Finding(kind=finding_kind, outcome="pending", notes=notes, officer_id=rec.officer_id,
                          activity_id=rec.activity_id, recording_id=rec.id, recorded_by_user_id=who.user_id,
                          recorded_by_name=who.name, recorded_at=now)
        s.add(finding)
        s.flush()
        flag = ReviewFlag(recording_id=rec.id, finding_id=finding.id, kind=kind, position_ms=position_ms, note=note,
                          reviewer_user_id=who.user_id, reviewer_name=who.name, flagged_at=now)
        s.add(flag)
        s.flush()
        audit.record(s, who, "finding.recorded", "finding", finding.id, kind=finding_kind, outcome="pending", notes=notes,
                     officer_id=rec.officer_id, recording_id=rec.id, activity_id=rec.activity_id,
                     spot_check_item_id=None, position_ms=position_ms, flag_id=flag.id)
        audit.record(s, who, "recording.problem_flagged", "recording", rec.id, flag_id=flag.id,
                     finding_id=finding.id, kind=kind, position_ms=position_ms, note=note)
        return _flag_info(s, flag)


def _flag_info(s: Session, f: ReviewFlag) -> FlagInfo:
    rec = s.get(Recording, f.recording_id)
    officer = s.get(Person, rec.officer_id) if rec.officer_id else None
    return FlagInfo(f.id, f.finding_id, f.recording_id, rec.original_name, f.kind, f.position_ms, f.note,
                    officer.name if officer else "", f.reviewer_name, f.flagged_at)


def flags_of(archive: Archive, recording_id: int) -> list[FlagInfo]:
    with archive.session() as s:
        _recording(s, recording_id)
        q = select(ReviewFlag).where(ReviewFlag.recording_id == recording_id).order_by(ReviewFlag.position_ms,
                                                                                      ReviewFlag.id)
        return [_flag_info(s, f) for f in s.scalars(q)]


# --- for the report --------------------------------------------------------------------------

def recording_facts(archive: Archive, recording_id: int) -> RecordingFacts:
    with archive.session() as s:
        rec = _recording(s, recording_id)
        officer = s.get(Person, rec.officer_id) if rec.officer_id else None
        device = s.get(Device, rec.device_id) if rec.device_id else None
        case_no = s.scalar(select(Case.case_no).where(Case.id == rec.case_id)) if rec.case_id else None
        activity = "，".join(x for x in ((rec.activity.kind, rec.activity.place) if rec.activity else ()) if x)
        matter = _checklist_row(s, profiles.active(s), rec)[0]
        who = f"{officer.name}（{officer.badge_no}）" if officer and officer.badge_no else (officer.name if officer else "")
        return RecordingFacts(rec.id, rec.original_name, rec.sha256, rec.recorded_at, archive.unit(s).timezone,
                              rec.duration_ms, who, _device_name(device), case_no or "", activity, matter)


def _device_name(device: Device | None) -> str:
    if device is None:
        return ""
    return " ".join(str(x) for x in (getattr(device, "serial", None), getattr(device, "model", None)) if x)


def report_printed(archive: Archive, actor, recording_id: int, file: str) -> None:
    """Audit that the review report of a recording was saved for printing."""
    with archive.transaction() as s:
        _recording(s, recording_id)
        audit.record(s, actor_of(actor), "document.printed", "recording", recording_id, document="review_report",
                     document_zh=DOCUMENT_KINDS["review_report"][0], file=file)

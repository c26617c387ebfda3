"""Reviews held (音像记录资料评查, 002§17, DUT-12): at least one a year, each recorded with its
scope, reviewers, the recordings reviewed, findings and measures. From 1 November the dashboard
warns when the year has none yet, leaving the last two months to hold one."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from evidenceroom.core import audit
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models.oversight import ReviewRecord
from evidenceroom.core.spot_checks import CHECKING_ROLES
from evidenceroom.core.timeutil import utcnow

WARN_FROM = (11, 1)  # month, day


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    year: int
    held_on: date
    scope: str
    reviewers: str
    recordings_reviewed: int
    findings: str
    measures: str
    recorded_by_name: str
    recorded_at: datetime


def _info(r: ReviewRecord) -> ReviewInfo:
    return ReviewInfo(r.id, r.year, r.held_on, r.scope, r.reviewers, r.recordings_reviewed, r.findings, r.measures,
                      r.recorded_by_name, r.recorded_at)


def record_review(archive: Archive, user, held_on: date, scope: str, reviewers: str, recordings_reviewed: int,
                  findings: str = "", measures: str = "") -> ReviewInfo:
    """Record a review held on `held_on`; it counts for that calendar year."""
    require_role(user, CHECKING_ROLES, "评查由执法监督人员或审批人登记。", "A review is recorded by an inspector or a supervisor.")
    who = actor_of(user)
    scope, reviewers = (scope or "").strip(), (reviewers or "").strip()
    if not scope:
        raise ArchiveError("请填写评查范围。", "Enter the scope of the review.")
    if not reviewers:
        raise ArchiveError("请填写评查人员。", "Enter who reviewed.")
    if recordings_reviewed < 0:
        raise ArchiveError("评查的资料数不能为负数。", "The number of recordings reviewed cannot be negative.")
    if held_on > archive.today():
        raise ArchiveError("评查日期不能晚于今天。", "The review cannot be dated after today.")
    with archive.transaction() as s:
        row = ReviewRecord(year=held_on.year, held_on=held_on, scope=scope, reviewers=reviewers,
                           recordings_reviewed=recordings_reviewed, findings=(findings or "").strip(),
                           measures=(measures or "").strip(), recorded_by_user_id=who.user_id,
                           recorded_by_name=who.name, recorded_at=utcnow())
        s.add(row)
        s.flush()
        audit.record(s, who, "review.recorded", "review_record", row.id, year=row.year, held_on=held_on.isoformat(),
                     scope=scope, reviewers=reviewers, recordings_reviewed=recordings_reviewed,
                     findings=row.findings, measures=row.measures)
        return _info(row)


def reviews_of(archive: Archive, year: int) -> list[ReviewInfo]:
    with archive.session() as s:
        return [_info(r) for r in s.scalars(select(ReviewRecord).where(ReviewRecord.year == year)
                                            .order_by(ReviewRecord.held_on, ReviewRecord.id))]


def review_missing(archive: Archive, today: date) -> bool:
    """From 1 November, True while the year has no review recorded (本年度未开展评查)."""
    if (today.month, today.day) < WARN_FROM:
        return False
    with archive.session() as s:
        return not s.scalar(select(func.count(ReviewRecord.id)).where(ReviewRecord.year == today.year))

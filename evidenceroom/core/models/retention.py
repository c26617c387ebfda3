"""Retention and disposal: retention marks, holds, keep-or-clear assessments, disposal proposals
and the tombstones that outlive a disposed original.

The unit's profile choice is a `Setting` row (see `evidenceroom.core.profiles`).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from evidenceroom.core.models import Base


class RetentionMarkKind:
    PERMANENT = "permanent"  # 永久保存 (000§15)
    LONG_TERM = "long_term"  # 长期保存, on two discs (002§16)
    EVIDENCE = "evidence"  # 作为证据使用: kept as long as its case file (001§14(3), 003§20)


class RetentionMark(Base):
    """One reason a recording is kept longer than the base period, with its ground and article."""

    __tablename__ = "retention_mark"
    __table_args__ = (UniqueConstraint("recording_id", "kind", name="uq_retention_mark_recording_kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"))
    kind: Mapped[str] = mapped_column(String(20))
    ground: Mapped[str] = mapped_column(Text, default="")  # the regulation's words for the ground
    article: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    by_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]


class RetentionHold(Base):
    """A hold (保全) on a case's or an activity's recordings under complaint, petition or litigation."""

    __tablename__ = "retention_hold"
    __table_args__ = (
        Index("ix_retention_hold_case_id", "case_id"),
        Index("ix_retention_hold_activity_id", "activity_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id"))
    reason: Mapped[str] = mapped_column(Text)
    placed_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    placed_by_name: Mapped[str] = mapped_column(String(200))
    placed_at: Mapped[datetime]
    released_at: Mapped[datetime | None]
    released_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    released_by_name: Mapped[str | None] = mapped_column(String(200))
    release_reason: Mapped[str | None] = mapped_column(Text)


class KeepAssessment(Base):
    """The custodian's judgement on an expired recording: still worth keeping (保存意义) or not."""

    __tablename__ = "keep_assessment"
    __table_args__ = (Index("ix_keep_assessment_recording_id", "recording_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"))
    worth_keeping: Mapped[bool]
    reason: Mapped[str] = mapped_column(Text)
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    by_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]


class DisposalProposal(Base):
    """A proposal to clear (清除处理) an expired recording, decided in person by a supervisor."""

    __tablename__ = "disposal_proposal"
    __table_args__ = (Index("ix_disposal_proposal_status", "status", "recording_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # proposed | approved | refused
    expired_on: Mapped[date] = mapped_column(Date)
    rule: Mapped[str] = mapped_column(Text)  # the deciding retention rule and its article
    proposed_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    proposed_by_name: Mapped[str] = mapped_column(String(200))
    proposed_at: Mapped[datetime]
    decided_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_by_name: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str | None] = mapped_column(Text)


class Tombstone(Base):
    """What stays of a disposed original, for good: who, what, when and on what grounds (RET-08)."""

    __tablename__ = "tombstone"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"), unique=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("disposal_proposal.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str] = mapped_column(String(500))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    case_no: Mapped[str | None] = mapped_column(String(100))
    recorded_at: Mapped[datetime]
    expired_on: Mapped[date] = mapped_column(Date)
    grounds: Mapped[str] = mapped_column(Text)  # the proposal's reason and the retention rule that ended
    profile_key: Mapped[str] = mapped_column(String(100))
    proposed_by_name: Mapped[str] = mapped_column(String(200))
    approved_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    approved_by_name: Mapped[str] = mapped_column(String(200))
    disposed_at: Mapped[datetime]

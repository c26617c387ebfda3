"""Recording duty and oversight: gap statements, spot checks and their scores, yearly reviews."""
from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Date, Float, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from evidenceroom.core.models import Activity, Base, Person, Recording


class GapKind(str, enum.Enum):
    INTERRUPTION = "interruption"  # 中断: stopped during the activity (001§10, 002§12, 003§15)
    NO_RECORDING = "no_recording"  # 未记录: not recorded at all (000§9, 003§7)


class GapStatus(str, enum.Enum):
    PENDING = "pending"  # 待审核
    APPROVED = "approved"  # 已审核备案
    REFUSED = "refused"  # 不予认可: the gap stays open


class ActivityMatter(Base):
    """The checklist matter (音像记录清单事项) an activity falls under; one per activity."""

    __tablename__ = "activity_matter"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), primary_key=True)
    stage: Mapped[str] = mapped_column(String(100))
    matter: Mapped[str] = mapped_column(String(200))
    marked_by_name: Mapped[str] = mapped_column(String(200))
    marked_at: Mapped[datetime]

    activity: Mapped[Activity] = relationship()


class RecordingGap(Base):
    """A written statement (工作记录 / 书面说明) of an interruption or of a recording not made.

    Registered by the clerk; a supervisor approves or refuses it in person."""

    __tablename__ = "recording_gap"
    __table_args__ = (Index("ix_recording_gap_status", "status", "registered_at"),
                      Index("ix_recording_gap_activity_id", "activity_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))
    kind: Mapped[str] = mapped_column(String(20))
    ground: Mapped[str] = mapped_column(String(40))  # a key of `evidenceroom.core.gaps.GROUNDS`
    reason: Mapped[str] = mapped_column(Text)
    stopped_at: Mapped[datetime | None]
    resumed_at: Mapped[datetime | None]  # None: recording did not resume
    status: Mapped[str] = mapped_column(String(20))
    registered_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    registered_by_name: Mapped[str] = mapped_column(String(200))
    registered_at: Mapped[datetime]
    approver_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    approver_name: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None]
    decision_comment: Mapped[str] = mapped_column(Text, default="")

    activity: Mapped[Activity] = relationship()


class SpotCheck(Base):
    """One random draw (抽查, 003§26): its period, proportion, seed and population are kept, so the
    same draw can be made again and shown to be the one kept."""

    __tablename__ = "spot_check"
    __table_args__ = (Index("ix_spot_check_drawn_at", "drawn_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[datetime]
    period_end: Mapped[datetime]
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    proportion: Mapped[float] = mapped_column(Float)
    seed: Mapped[int] = mapped_column(BigInteger)
    population_size: Mapped[int] = mapped_column(Integer)
    population: Mapped[str] = mapped_column(Text)  # JSON list of recording ids, ascending
    drawn_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    drawn_by_name: Mapped[str] = mapped_column(String(200))
    drawn_at: Mapped[datetime]


class SpotCheckItem(Base):
    """One sampled recording and its scores on 003§26's three items (each 0–10 points)."""

    __tablename__ = "spot_check_item"
    __table_args__ = (UniqueConstraint("spot_check_id", "recording_id", name="uq_spot_check_item_recording"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    spot_check_id: Mapped[int] = mapped_column(ForeignKey("spot_check.id"))
    position: Mapped[int] = mapped_column(Integer)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"))
    score_recorded: Mapped[int | None] = mapped_column(Integer)  # (一) required matters recorded
    score_uninterrupted: Mapped[int | None] = mapped_column(Integer)  # (二) whole process, no interruption
    score_handover: Mapped[int | None] = mapped_column(Integer)  # (三) hand-over, management, use
    notes: Mapped[str] = mapped_column(Text, default="")
    scored_by_name: Mapped[str | None] = mapped_column(String(200))
    scored_at: Mapped[datetime | None]

    recording: Mapped[Recording] = relationship()


class ReviewRecord(Base):
    """A review of the recordings held (音像记录资料评查, 002§17: at least once a year): its scope,
    reviewers, how many recordings were reviewed, findings and measures."""

    __tablename__ = "review_record"
    __table_args__ = (Index("ix_review_record_year", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text)
    reviewers: Mapped[str] = mapped_column(Text)
    recordings_reviewed: Mapped[int] = mapped_column(Integer)
    findings: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_by_name: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime]


inspection_officer = Table(
    "inspection_officer",
    Base.metadata,
    Column("inspection_id", ForeignKey("inspection.id", name="fk_inspection_officer_inspection"), primary_key=True),
    Column("person_id", ForeignKey("person.id", name="fk_inspection_officer_person"), primary_key=True),
)


class Inspection(Base):
    """An unannounced inspection (不定期检查、督导, 002§17, 003§26) of how officers wear and use
    their devices: date, inspectors, the officers checked, notes; its findings point back to it."""

    __tablename__ = "inspection"
    __table_args__ = (Index("ix_inspection_held_on", "held_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    inspectors: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_by_name: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime]

    officers: Mapped[list[Person]] = relationship(secondary=inspection_officer)


class Finding(Base):
    """A problem found in oversight (DUT-13), against an officer and, where known, a recording or
    activity; its kind is from the regulations' violation lists and its outcome from 003§28."""

    __tablename__ = "finding"
    __table_args__ = (Index("ix_finding_recorded_at", "recorded_at"), Index("ix_finding_officer_id", "officer_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id"))
    recording_id: Mapped[int | None] = mapped_column(ForeignKey("recording.id"))
    spot_check_item_id: Mapped[int | None] = mapped_column(ForeignKey("spot_check_item.id"))
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id"))
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_by_name: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime]

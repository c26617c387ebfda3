"""The review form (REV-04, REV-05) and the problems a reviewer flags in footage (REV-06).

A review keeps each item as it was shown (its text and source article), so a later change of the
unit's profile does not rewrite what a reviewer answered.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from evidenceroom.core.models import Base, Marker, Recording


class RecordingReview(Base):
    """One reviewer's filled-in review form for one recording."""

    __tablename__ = "recording_review"
    __table_args__ = (Index("ix_recording_review_recording_id", "recording_id", "reviewed_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id", name="fk_recording_review_recording"))
    profile_key: Mapped[str] = mapped_column(String(100))  # the profile whose items were shown
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", name="fk_recording_review_reviewer"))
    reviewer_name: Mapped[str] = mapped_column(String(200))
    reviewed_at: Mapped[datetime]

    recording: Mapped[Recording] = relationship()
    answers: Mapped[list[ReviewAnswer]] = relationship(order_by="ReviewAnswer.position")


class ReviewAnswer(Base):
    """One item of a review form and its answer: yes, no, or a comment."""

    __tablename__ = "review_answer"
    __table_args__ = (Index("ix_review_answer_review_id", "review_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("recording_review.id", name="fk_review_answer_review"))
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(20))  # opening | content | checklist
    item_key: Mapped[str] = mapped_column(String(80))
    item_text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(100))  # e.g. "002§10", "004清单"
    answer: Mapped[str] = mapped_column(String(10))  # yes | no | comment
    comment: Mapped[str] = mapped_column(Text, default="")
    marker_id: Mapped[int | None] = mapped_column(ForeignKey("marker.id", name="fk_review_answer_marker"))

    marker: Mapped[Marker | None] = relationship()


class ReviewFlag(Base):
    """A problem a reviewer saw at a time point of a recording; it is also a finding (DUT-13)."""

    __tablename__ = "review_flag"
    __table_args__ = (Index("ix_review_flag_recording_id", "recording_id", "position_ms"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id", name="fk_review_flag_recording"))
    finding_id: Mapped[int] = mapped_column(ForeignKey("finding.id", name="fk_review_flag_finding"))
    kind: Mapped[str] = mapped_column(String(40))  # a key of `evidenceroom.core.review_form.FLAG_KINDS`
    position_ms: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", name="fk_review_flag_reviewer"))
    reviewer_name: Mapped[str] = mapped_column(String(200))
    flagged_at: Mapped[datetime]

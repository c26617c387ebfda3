"""Evidence disc sets: sets made from a copy grant, their discs, copies A and B, verifications.

A set (光盘组) is made once, under one grant; it has one or more discs (n of m, each a complete
BagIt bag written as an ISO image); every disc exists as copies A and B (一式两份, 002§16), each
filed and verified on its own. Verifications are kept, never overwritten (DSC-05).
"""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from evidenceroom.core.models import Base, Case, Grant, Recording


class DiscSetKind(str, enum.Enum):
    EVIDENCE = "evidence"  # 证据光盘, filed with the case (000§14, 003§21)
    LONG_TERM = "long_term"  # 长期保存, two identical copies (002§16)
    COPY = "copy"  # a copy for an approved request


class DiscSetStatus(str, enum.Enum):
    MADE = "made"  # images written; not every copy verified yet
    COMPLETE = "complete"  # every copy of every disc passed its latest verification


class CopyPlace(str, enum.Enum):
    UNFILED = "unfiled"  # made, not yet put anywhere
    CASE_FILE = "case_file"  # 附卷: filed with the case file
    EVIDENCE_ROOM = "evidence_room"  # kept in the evidence room
    GIVEN = "given"  # handed to the requester (who: in location)


class DiscSet(Base):
    __tablename__ = "disc_set"
    __table_args__ = (Index("ix_disc_set_case_id", "case_id"), Index("ix_disc_set_grant_id", "grant_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    set_no: Mapped[str] = mapped_column(String(40), unique=True)  # GP-2026-0007
    kind: Mapped[str] = mapped_column(String(20))
    grant_id: Mapped[int] = mapped_column(ForeignKey("access_grant.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    medium: Mapped[str] = mapped_column(String(10))  # cd | dvd | bd
    copies: Mapped[int] = mapped_column(Integer)  # 2 for A and B
    maker_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    maker_name: Mapped[str] = mapped_column(String(200))  # 制作人
    extractor_name: Mapped[str] = mapped_column(String(200))  # 提取人
    extracted_at: Mapped[datetime]  # 提取时间
    made_at: Mapped[datetime]
    folder: Mapped[str] = mapped_column(Text)  # where the images and the description were written
    description_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))

    grant: Mapped[Grant] = relationship()
    case: Mapped[Case | None] = relationship()
    discs: Mapped[list["Disc"]] = relationship(back_populates="disc_set", order_by="Disc.number")


class Disc(Base):
    __tablename__ = "disc"
    __table_args__ = (UniqueConstraint("set_id", "number", name="uq_disc_set_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("disc_set.id"))
    number: Mapped[int] = mapped_column(Integer)  # n of the set's m
    count: Mapped[int] = mapped_column(Integer)  # m
    volume_id: Mapped[str] = mapped_column(String(32))
    manifest_sha256: Mapped[str] = mapped_column(String(64))  # of manifest-sha256.txt: the disc's identity
    payload_bytes: Mapped[int] = mapped_column(BigInteger)
    image_path: Mapped[str] = mapped_column(Text)
    image_sha256: Mapped[str] = mapped_column(String(64))
    image_size: Mapped[int] = mapped_column(BigInteger)

    disc_set: Mapped[DiscSet] = relationship(back_populates="discs")
    files: Mapped[list["DiscFile"]] = relationship(order_by="DiscFile.id")
    disc_copies: Mapped[list["DiscCopy"]] = relationship(back_populates="disc", order_by="DiscCopy.copy")


class DiscFile(Base):
    """A recording on a disc, under the name it has there."""

    __tablename__ = "disc_file"
    __table_args__ = (Index("ix_disc_file_recording_id", "recording_id"),
                      UniqueConstraint("disc_id", "recording_id", name="uq_disc_file_recording"))
    id: Mapped[int] = mapped_column(primary_key=True)
    disc_id: Mapped[int] = mapped_column(ForeignKey("disc.id"))
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"))
    path: Mapped[str] = mapped_column(String(300))  # data/R000012_20261128_093012_0001.MP4
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)

    recording: Mapped[Recording] = relationship()


class DiscCopy(Base):
    """Copy A or B of one disc: tracked on its own, where it is kept and how it verified."""

    __tablename__ = "disc_copy"
    __table_args__ = (UniqueConstraint("disc_id", "copy", name="uq_disc_copy"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    disc_id: Mapped[int] = mapped_column(ForeignKey("disc.id"))
    copy: Mapped[str] = mapped_column(String(2))  # A | B
    place: Mapped[str] = mapped_column(String(20))  # CopyPlace
    location: Mapped[str] = mapped_column(String(300), default="")  # 案卷 2026-31 第3卷 / 档案室柜2 / 张三
    filed_at: Mapped[datetime | None]
    filed_by_name: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")

    disc: Mapped[Disc] = relationship(back_populates="disc_copies")
    verifications: Mapped[list["DiscVerification"]] = relationship(order_by="DiscVerification.id")


class DiscVerification(Base):
    """One reading-back of a copy (a drive, a folder or the image) against its manifest."""

    __tablename__ = "disc_verification"
    __table_args__ = (Index("ix_disc_verification_copy_id", "copy_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("disc_copy.id"))
    at: Mapped[datetime]
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    by_name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text)  # the path read
    ok: Mapped[bool] = mapped_column(Boolean)
    files_checked: Mapped[int] = mapped_column(Integer)
    files_ok: Mapped[int] = mapped_column(Integer)
    problems: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [{"path", "problem"}]

"""The archive's tables, as typed SQLAlchemy 2 models.

Names follow the glossary in the domain digest: a Recording is an original file from a device,
an Activity is an enforcement activity (执法活动), a Case is a case (案件) with its number (案号).
"""
from __future__ import annotations

import enum
from datetime import date, datetime, timezone

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC (portable) and gives them back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime}


class Role(str, enum.Enum):
    ADMINISTRATOR = "administrator"
    CLERK = "clerk"  # custodian (管理员) at the evidence-room desk
    SUPERVISOR = "supervisor"  # approver (审批人)
    INSPECTOR = "inspector"  # 执法监督


class DeviceKind(str, enum.Enum):
    CAMERA = "camera"  # 照相机
    AUDIO_RECORDER = "audio_recorder"  # 录音机 / 录音笔
    CAMCORDER = "camcorder"  # 摄像机 / 录像机
    BODY_CAMERA = "body_camera"  # 执法记录仪
    HANDHELD_TERMINAL = "handheld_terminal"  # 手持执法终端
    CCTV = "cctv"  # 视频监控
    STORAGE = "storage"  # 相关音像资料采集存储设备


class MediaKind(str, enum.Enum):
    VIDEO = "video"
    AUDIO = "audio"
    PHOTO = "photo"


class DeadlineStatus(str, enum.Enum):
    ON_TIME = "on_time"
    LATE = "late"
    UNKNOWN = "unknown"


class ImportOutcome(str, enum.Enum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    SKIPPED = "skipped"


class Unit(Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    created_at: Mapped[datetime]


class Department(Base):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("unit_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    name: Mapped[str] = mapped_column(String(200))
    # Staffing (000§5, 001§6, 003§5): the class code of the unit's profile (A/B/C), and an entered
    # officer count that replaces the count of active badged staff when set.
    staffing_class: Mapped[str | None] = mapped_column(String(20))
    officer_count_override: Mapped[int | None] = mapped_column(Integer)


class Person(Base):
    """Staff or officer; officers usually have no login and are known by badge number (执法证号)."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_name", "name"),)  # the archive browser sorts by officer
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    badge_no: Mapped[str | None] = mapped_column(String(50), unique=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    title: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    department: Mapped[Department | None] = relationship()


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]


class Case(Base):
    __tablename__ = "case_file"
    __table_args__ = (Index("ix_case_file_category", "category"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(100), unique=True)  # 案号
    title: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(100), default="")  # 分类: activity type
    # Flags that later drive retention (000§15 permanent grounds, 001§14(3) penalty-case evidence).
    major_case: Mapped[bool] = mapped_column(Boolean, default=False)
    obstruction: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_or_dispute: Mapped[bool] = mapped_column(Boolean, default=False)
    other_major: Mapped[bool] = mapped_column(Boolean, default=False)
    penalty_case: Mapped[bool] = mapped_column(Boolean, default=False)
    # The case file's archiving date and retention: its evidence recordings are kept as long (RET-04).
    filed_on: Mapped[date | None] = mapped_column(Date)
    file_retention_years: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime]


activity_officer = Table(
    "activity_officer",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id"), primary_key=True),
    Column("person_id", ForeignKey("person.id"), primary_key=True),
)


class Activity(Base):
    """An enforcement activity (执法活动): inspection, evidence collection, hearing, seizure ..."""

    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_kind", "kind", "place"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(100), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    # Remote, on-water or off-site work: the hand-in deadline runs from the return to the unit (002§13, 003§19).
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    returned_at: Mapped[datetime | None]
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    created_at: Mapped[datetime]

    case: Mapped[Case | None] = relationship()
    officers: Mapped[list[Person]] = relationship(secondary=activity_officer)


class Device(Base):
    """A recording device of the register (设备台账); `state` is its custody state (see core.custody)."""

    __tablename__ = "device"
    __table_args__ = (Index("ix_device_state", "state"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    serial: Mapped[str] = mapped_column(String(100), unique=True)
    model: Mapped[str] = mapped_column(String(100), default="")
    asset_no: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime]
    make: Mapped[str] = mapped_column(String(100), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    custodian_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))  # named custodian (003§8)
    purchased_on: Mapped[date | None] = mapped_column(Date)
    in_service_on: Mapped[date | None] = mapped_column(Date)  # 启用日期: service life runs from it
    purchase_price_fen: Mapped[int | None] = mapped_column(BigInteger)  # 原价 in fen (000§12 compensation)
    features: Mapped[str] = mapped_column(Text, default="")  # ",gps,live_upload," feature codes
    notes: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="in_store")
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))  # officer holding it now
    held_since: Mapped[datetime | None]
    expected_return_at: Mapped[datetime | None]
    # 更新: the device this one replaces; None for an addition (增配).
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("device.id"))

    department: Mapped[Department | None] = relationship()
    custodian: Mapped[Person | None] = relationship(foreign_keys=[custodian_id])
    holder: Mapped[Person | None] = relationship(foreign_keys=[holder_id])


class ImportBatch(Base):
    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(200))
    handed_in_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))  # 移交人
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    device_id: Mapped[int | None] = mapped_column(ForeignKey("device.id"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    sources: Mapped[str] = mapped_column(Text, default="")
    # running → finished | cancelled; one left "running" was interrupted (crash or power loss).
    status: Mapped[str] = mapped_column(String(20), default="running")


class Recording(Base):
    """An original file from a device, stored once in the vault under its SHA-256."""

    __tablename__ = "recording"
    # For the archive browser on a million rows. A filter on case, officer, device, activity or
    # hand-in status reads its rows newest first straight from an index ending in recorded_at;
    # each sortable column has an index to read a page in order from. The case index also
    # carries the status, so a page of cases counts its late recordings from the index alone.
    __table_args__ = (
        Index("ix_recording_recorded_at", "recorded_at"),
        Index("ix_recording_case_id", "case_id", "recorded_at", "deadline_status"),
        Index("ix_recording_officer_id", "officer_id", "recorded_at"),
        Index("ix_recording_device_id", "device_id", "recorded_at"),
        Index("ix_recording_activity_id", "activity_id", "recorded_at"),
        Index("ix_recording_deadline_status", "deadline_status", "recorded_at"),
        Index("ix_recording_late_by_seconds", "late_by_seconds", "deadline_status"),
        Index("ix_recording_original_name", "original_name"),
        Index("ix_recording_size", "size"),
        Index("ix_recording_duration_ms", "duration_ms"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_kind: Mapped[str] = mapped_column(String(10))
    original_name: Mapped[str] = mapped_column(String(500))
    extension: Mapped[str] = mapped_column(String(20))
    source_path: Mapped[str] = mapped_column(Text)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("device.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"))
    recorded_at: Mapped[datetime]
    recorded_at_source: Mapped[str] = mapped_column(String(20))  # metadata | file_name | modified_time
    imported_at: Mapped[datetime]
    duration_ms: Mapped[int | None] = mapped_column(BigInteger)
    tracks: Mapped[str] = mapped_column(Text, default="")  # e.g. "video h264 1920x1080; audio mp4a 2ch"
    # Damage found at import (truncated, unplayable): kept as evidence all the same, and flagged.
    damage: Mapped[str | None] = mapped_column(Text)
    deadline_at: Mapped[datetime | None]
    deadline_status: Mapped[str] = mapped_column(String(10))
    late_by_seconds: Mapped[int | None] = mapped_column(BigInteger)
    # Set once an approved disposal removed the original (RET-08); the row stays, with its tombstone.
    disposed_at: Mapped[datetime | None]
    # The device clock minus the workstation clock at import, seconds, positive = fast (ARC-09);
    # None when not measured. `recorded_at` stays the device's own time.
    clock_offset_s: Mapped[float | None] = mapped_column(Float)

    device: Mapped[Device | None] = relationship()
    officer: Mapped[Person | None] = relationship()
    activity: Mapped[Activity | None] = relationship()
    case: Mapped[Case | None] = relationship()


class ImportItem(Base):
    """What happened to each source file of an import: the import's own record, kept for good."""

    __tablename__ = "import_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"))
    source_path: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(10))
    sha256: Mapped[str | None] = mapped_column(String(64))
    recording_id: Mapped[int | None] = mapped_column(ForeignKey("recording.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime]


class AuditEvent(Base):
    """One link of the hash-chained audit log; `seq` is the event number shown to people."""

    __tablename__ = "audit_event"
    # One record's own history (a recording's detail view) without walking the whole chain.
    __table_args__ = (Index("ix_audit_event_target", "target_kind", "target_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    target_kind: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[int | None] = mapped_column(BigInteger)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Marker(Base):
    """A reviewer's time-coded note on a recording; never written into the original (REV-03)."""

    __tablename__ = "marker"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"))
    position_ms: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    author_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class Snapshot(Base):
    """A still taken from a recording at a position: a derived item with its own hash."""

    __tablename__ = "snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"))
    position_ms: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    author_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class Playback(Base):
    """One viewing of a recording in the review pane: who, which, when, for how long."""

    __tablename__ = "playback"
    __table_args__ = (Index("ix_playback_recording_id", "recording_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"))
    viewer_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    viewer_name: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    watched_ms: Mapped[int | None] = mapped_column(BigInteger)


# --- viewing and copying (调阅、复制): requests, approvals, grants, the register ---------------

class AccessKind(str, enum.Enum):
    VIEW = "view"  # 查阅
    COPY = "copy"  # 复制
    PROVIDE = "provide"  # 对外提供


class AccessPurpose(str, enum.Enum):
    LITIGATION = "litigation"  # 涉法涉诉案件 (003§23)
    SUPERVISION = "supervision"  # 执法监督
    CASE_ANALYSIS = "case_analysis"  # 案情研判
    OTHER = "other"


class RequestStatus(str, enum.Enum):
    PENDING = "pending"  # 待审批: no step decided yet
    UNDER_REVIEW = "under_review"  # some steps approved, more to come
    APPROVED = "approved"
    REFUSED = "refused"
    REVOKED = "revoked"
    EXPIRED = "expired"


class Decision(str, enum.Enum):
    APPROVE = "approve"
    REFUSE = "refuse"
    NARROW = "narrow"  # approve fewer items or a shorter window than asked


access_request_recording = Table(
    "access_request_recording",
    Base.metadata,
    Column("request_id", ForeignKey("access_request.id"), primary_key=True),
    Column("recording_id", ForeignKey("recording.id"), primary_key=True),
)

access_request_case = Table(
    "access_request_case",
    Base.metadata,
    Column("request_id", ForeignKey("access_request.id"), primary_key=True),
    Column("case_id", ForeignKey("case_file.id"), primary_key=True),
)


class AccessRequest(Base):
    """A request to view, copy or provide recordings, registered by the custodian (ACC-01).

    The requester is a person of the staff list, or an outside party known by name,
    organisation and ID number. The approval chain is the named policy's, fixed at creation.
    """

    __tablename__ = "access_request"
    __table_args__ = (Index("ix_access_request_status", "status", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    requester_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    requester_name: Mapped[str] = mapped_column(String(100))
    requester_organisation: Mapped[str] = mapped_column(String(200), default="")
    requester_id_number: Mapped[str | None] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(Text)  # 查阅事由
    purpose: Mapped[str] = mapped_column(String(20))
    purpose_detail: Mapped[str] = mapped_column(Text, default="")
    window_start: Mapped[datetime]
    window_end: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20))
    policy: Mapped[str] = mapped_column(String(40))
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_by_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]

    requester: Mapped[Person | None] = relationship()
    recordings: Mapped[list[Recording]] = relationship(secondary=access_request_recording)
    cases: Mapped[list[Case]] = relationship(secondary=access_request_case)


class Approval(Base):
    """One step's decision, made in person by the approver who signed in for it (ACC-03)."""

    __tablename__ = "approval"
    __table_args__ = (UniqueConstraint("request_id", "step"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("access_request.id"))
    step: Mapped[int] = mapped_column(Integer)  # 1, 2 ... in the policy's chain
    step_name: Mapped[str] = mapped_column(String(40))  # 审核 / 批准
    decision: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    # A narrowing: the items still allowed (JSON: {"recordings": [...], "cases": [...]}) and the window.
    narrowed_items: Mapped[str | None] = mapped_column(Text)
    narrowed_start: Mapped[datetime | None]
    narrowed_end: Mapped[datetime | None]
    approver_user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    approver_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]


grant_recording = Table(
    "grant_recording",
    Base.metadata,
    Column("grant_id", ForeignKey("access_grant.id"), primary_key=True),
    Column("recording_id", ForeignKey("recording.id"), primary_key=True),
)

grant_case = Table(
    "grant_case",
    Base.metadata,
    Column("grant_id", ForeignKey("access_grant.id"), primary_key=True),
    Column("case_id", ForeignKey("case_file.id"), primary_key=True),
)


class Grant(Base):
    """What an approved request allows: these items, this kind, within this window (ACC-05)."""

    __tablename__ = "access_grant"
    __table_args__ = (Index("ix_access_grant_window_end", "window_end"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("access_request.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    window_start: Mapped[datetime]
    window_end: Mapped[datetime]
    granted_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoked_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    revoked_by_name: Mapped[str | None] = mapped_column(String(200))
    revoked_why: Mapped[str | None] = mapped_column(Text)

    request: Mapped[AccessRequest] = relationship()
    recordings: Mapped[list[Recording]] = relationship(secondary=grant_recording)
    cases: Mapped[list[Case]] = relationship(secondary=grant_case)


register_entry_recording = Table(
    "register_entry_recording",
    Base.metadata,
    Column("entry_id", ForeignKey("register_entry.id"), primary_key=True),
    Column("recording_id", ForeignKey("recording.id"), primary_key=True),
)


class RegisterEntry(Base):
    """The custodian's register (登记簿) of one viewing: viewer, reason, time (003§22, ACC-04)."""

    __tablename__ = "register_entry"
    __table_args__ = (Index("ix_register_entry_started_at", "started_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("access_grant.id"))
    request_id: Mapped[int] = mapped_column(ForeignKey("access_request.id"))
    kind: Mapped[str] = mapped_column(String(10))
    viewer_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    viewer_name: Mapped[str] = mapped_column(String(100))  # 查阅人
    viewer_organisation: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text)  # 查阅事由
    purpose: Mapped[str] = mapped_column(String(20))
    approvers: Mapped[str] = mapped_column(Text)  # names in step order, "、"-separated
    started_at: Mapped[datetime]  # 查阅时间
    ended_at: Mapped[datetime | None]
    clerk_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    clerk_name: Mapped[str] = mapped_column(String(200))

    recordings: Mapped[list[Recording]] = relationship(secondary=register_entry_recording)


class Setting(Base):
    """A unit-wide setting an administrator changes (audited); the key names it, the value is JSON."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The areas' own tables, each in a module of this package; importing them here puts every
# table on Base.metadata whichever module a caller imports first.
from evidenceroom.core.models import backup, custody, discs, oversight, retention  # noqa: E402,F401
from evidenceroom.core.models import review_form  # noqa: E402,F401

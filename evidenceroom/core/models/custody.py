"""Device custody: the ledger's events (台账) and each department's responsible people."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from evidenceroom.core.models import Base, Device, Person


class CustodyEvent(Base):
    """One move of a device: check-out, handover, return, fault, repair, loss, seal, destroy …

    `at` is when it happened (the handover time of the ledger, 001§9), `recorded_at` when it was
    entered. `details` is JSON: the pre-use check, what was recorded, the repairer, the liability.
    """

    __tablename__ = "custody_event"
    __table_args__ = (
        Index("ix_custody_event_device_at", "device_id", "at"),
        Index("ix_custody_event_officer_at", "officer_id", "at"),
        Index("ix_custody_event_at", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id"))
    kind: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))  # 使用人员
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(200))  # who issued or received it at the desk
    approver_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    approver_name: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime]
    recorded_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")

    device: Mapped[Device] = relationship()
    officer: Mapped[Person | None] = relationship()


class DepartmentDuty(Base):
    """A department's first responsible person (第一责任人) and device administrator (000§10, 003§8)."""

    __tablename__ = "department_duty"
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), primary_key=True)
    first_responsible_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    administrator_id: Mapped[int] = mapped_column(ForeignKey("person.id"))

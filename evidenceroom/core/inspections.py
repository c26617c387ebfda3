"""Unannounced inspections (不定期检查、督导, 002§17, 003§26, DUT-11) of how officers wear and use
their recording devices: date, inspectors, the officers checked, notes, and the findings made on
the spot — all written in one transaction with one audit event per record."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from evidenceroom.core import audit
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.findings import KINDS, OUTCOMES, RECORDING_ROLES
from evidenceroom.core.models import Person
from evidenceroom.core.models.oversight import Finding, Inspection
from evidenceroom.core.timeutil import utcnow


@dataclass(frozen=True)
class FindingInput:
    officer_id: int
    kind: str
    outcome: str
    notes: str = ""


@dataclass(frozen=True)
class InspectionInfo:
    id: int
    held_on: date
    inspectors: str
    officers: tuple[str, ...]
    notes: str
    findings: int
    recorded_by_name: str
    recorded_at: datetime


def record_inspection(archive: Archive, user, held_on: date, inspectors: str, officer_ids: list[int],
                      notes: str = "", findings: list[FindingInput] = ()) -> InspectionInfo:
    require_role(user, RECORDING_ROLES, "督导检查由执法监督人员或审批人登记。",
                 "Inspections are recorded by an inspector or a supervisor.")
    who = actor_of(user)
    inspectors = (inspectors or "").strip()
    if not inspectors:
        raise ArchiveError("请填写检查人员。", "Enter who inspected.")
    ids = list(dict.fromkeys(officer_ids))
    if not ids:
        raise ArchiveError("请选择被检查的执法人员。", "Choose the officers checked.")
    if held_on > archive.today():
        raise ArchiveError("检查日期不能晚于今天。", "The inspection cannot be dated after today.")
    for f in findings:
        if f.officer_id not in ids:
            raise ArchiveError("问题涉及的执法人员须在被检查人员之中。", "A finding must concern an officer checked.")
        if f.kind not in KINDS or f.outcome not in OUTCOMES:
            raise ArchiveError("问题类型或处理结果无效。", "Not a valid kind or outcome of finding.")
    with archive.transaction() as s:
        officers = []
        for pid in ids:
            p = s.get(Person, pid)
            if p is None:
                raise ArchiveError(f"人员名单中没有第 {pid} 号人员。", f"There is no person {pid} in the staff list.")
            officers.append(p)
        row = Inspection(held_on=held_on, inspectors=inspectors, notes=(notes or "").strip(), officers=officers,
                         recorded_by_user_id=who.user_id, recorded_by_name=who.name, recorded_at=utcnow())
        s.add(row)
        s.flush()
        audit.record(s, who, "inspection.recorded", "inspection", row.id, held_on=held_on.isoformat(),
                     inspectors=inspectors, officers=ids, notes=row.notes)
        for f in findings:
            found = Finding(kind=f.kind, outcome=f.outcome, notes=(f.notes or "").strip(), officer_id=f.officer_id,
                            inspection_id=row.id, recorded_by_user_id=who.user_id, recorded_by_name=who.name,
                            recorded_at=utcnow())
            s.add(found)
            s.flush()
            audit.record(s, who, "finding.recorded", "finding", found.id, kind=f.kind, outcome=f.outcome,
                         notes=found.notes, officer_id=f.officer_id, inspection_id=row.id)
        return InspectionInfo(row.id, held_on, inspectors, tuple(p.name for p in officers), row.notes,
                              len(findings), who.name, row.recorded_at)


def list_inspections(archive: Archive, since: date | None = None, until: date | None = None) -> list[InspectionInfo]:
    """Oldest first; `until` exclusive."""
    period = []
    if since is not None:
        period.append(Inspection.held_on >= since)
    if until is not None:
        period.append(Inspection.held_on < until)
    with archive.session() as s:
        rows = s.scalars(select(Inspection).options(selectinload(Inspection.officers)).where(*period)
                         .order_by(Inspection.held_on, Inspection.id)).all()
        # Counted by a join on the same period, not by a list of the inspections' ids.
        counts = dict(s.execute(select(Finding.inspection_id, func.count(Finding.id))
                                .join(Inspection, Inspection.id == Finding.inspection_id).where(*period)
                                .group_by(Finding.inspection_id)).all())
        return [InspectionInfo(r.id, r.held_on, r.inspectors, tuple(p.name for p in r.officers), r.notes,
                               counts.get(r.id, 0), r.recorded_by_name, r.recorded_at) for r in rows]

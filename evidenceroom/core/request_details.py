"""What a printed approval form (音像资料调阅审批表) shows about one request beyond `access.request_info`.

The items asked for, each recording by its number, file name, time of recording in the unit's
time zone and case number, and whole cases by case number and title; the unit's name and time
zone; and the audit chain's head at the moment of reading, for the footer of the paper copy.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from evidenceroom.core.access import RequestInfo, request_info
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import head_text, read_head
from evidenceroom.core.models import Case, Recording
from evidenceroom.core.timeutil import local_wall, utcnow


@dataclass(frozen=True)
class RecordingItem:
    recording_id: int
    file_name: str
    recorded_local: datetime | None  # naive, the unit's local time
    case_no: str


@dataclass(frozen=True)
class CaseItem:
    case_id: int
    case_no: str
    title: str
    recording_count: int


@dataclass(frozen=True)
class RequestDetails:
    info: RequestInfo
    unit_name: str
    timezone: str
    recordings: tuple[RecordingItem, ...]
    cases: tuple[CaseItem, ...]
    audit_head: tuple[int, str] | None
    read_at: datetime  # naive local

    def local(self, value: datetime | None) -> datetime | None:
        return local_wall(value, self.timezone)

    @property
    def audit_head_text(self) -> str:
        return head_text(self.audit_head)


def request_details(archive: Archive, request_id: int) -> RequestDetails:
    """The request with its items spelled out, in the order they were asked for."""
    info = request_info(archive, request_id)
    with archive.session() as s:
        unit = archive.unit(s)
        tz, unit_name = unit.timezone, unit.name
        recs: dict[int, RecordingItem] = {}
        if info.items.recording_ids:
            q = (select(Recording.id, Recording.original_name, Recording.recorded_at, Case.case_no)
                 .outerjoin(Case, Case.id == Recording.case_id).where(Recording.id.in_(info.items.recording_ids)))
            for rec_id, name, at, case_no in s.execute(q):
                recs[rec_id] = RecordingItem(rec_id, name, local_wall(at, tz), case_no or "")
        cases: list[CaseItem] = []
        for case_id in info.items.case_ids:
            case = s.get(Case, case_id)
            count = len(list(s.scalars(select(Recording.id).where(Recording.case_id == case_id))))
            cases.append(CaseItem(case_id, case.case_no if case else "", case.title if case else "", count))
    head = read_head(archive.head_path)
    return RequestDetails(info, unit_name, tz,
                          tuple(recs.get(i, RecordingItem(i, "", None, "")) for i in info.items.recording_ids),
                          tuple(cases), head, local_wall(utcnow(), tz))

"""The facts a made set's papers carry: one `DiscFacts` per disc and copy (label, sleeve), and
the set's `DescriptionFacts` (the written description), read back from the recorded set."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select

from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_facts import DescriptionFacts, DiscFacts, RecordingFacts
from evidenceroom.core.discs import joined_distinct, recording_facts
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Approval
from evidenceroom.core.models.discs import DiscSet


def _set_row(s, set_id: int) -> DiscSet:
    row = s.get(DiscSet, set_id)
    if row is None:
        raise ArchiveError(f"没有第 {set_id} 号光盘组。", f"There is no disc set {set_id}.")
    return row


def _recordings(row: DiscSet, tz: str) -> list[tuple[int, RecordingFacts]]:
    """(disc number, facts) for every file of the set, in disc order."""
    return [(d.number, recording_facts(f.recording, f.path.split("/", 1)[1], tz)) for d in row.discs for f in d.files]


def set_description_facts(archive: Archive, set_id: int) -> DescriptionFacts:
    with archive.session() as s:
        row = _set_row(s, set_id)
        unit = archive.unit(s)
        zone = ZoneInfo(unit.timezone)
        recs = [r for _, r in _recordings(row, unit.timezone)]
        approvers = s.scalars(select(Approval.approver_name).where(Approval.request_id == row.grant.request_id)
                              .order_by(Approval.step))
        return DescriptionFacts(
            unit=unit.name, set_no=row.set_no, case_no=joined_distinct(r.case_no for r in recs),
            case_name=joined_distinct(r.case_name for r in recs), activity=joined_distinct(r.activity for r in recs),
            maker=row.maker_name, made_at=row.made_at.astimezone(zone), extractor=row.extractor_name,
            extracted_at=row.extracted_at.astimezone(zone), purpose=row.grant.request.reason,
            approved_by="、".join(approvers), disc_count=len(row.discs), recordings=tuple(recs))


def set_disc_facts(archive: Archive, set_id: int) -> list[DiscFacts]:
    """Label and sleeve facts for every disc and copy: disc 1 A, disc 1 B, disc 2 A …"""
    with archive.session() as s:
        row = _set_row(s, set_id)
        unit = archive.unit(s)
        zone = ZoneInfo(unit.timezone)
        all_recs = _recordings(row, unit.timezone)
        out = []
        for d in row.discs:
            recs = tuple(r for n, r in all_recs if n == d.number)
            everything = [r for _, r in all_recs]
            for c in d.disc_copies:
                out.append(DiscFacts(
                    unit=unit.name, set_no=row.set_no, case_no=joined_distinct(r.case_no for r in everything),
                    case_name=joined_distinct(r.case_name for r in everything),
                    activity=joined_distinct(r.activity for r in everything), maker=row.maker_name,
                    made_at=row.made_at.astimezone(zone), copy=c.copy, disc_no=d.number, disc_count=d.count,
                    manifest_sha256=d.manifest_sha256, recordings=recs))
        return out

"""The facts on a disc set's papers: what 000§14 and 003§21 ask the written description to state,
gathered from the archive, checked for gaps (DSC-02), and written per disc as recordings.csv;
and, for a set already made, one `DiscFacts` per disc and copy (label, sleeve) and the set's
`DescriptionFacts`, read back from what was recorded."""
from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import disc_bag as bag
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_facts import DescriptionFacts, DiscFacts, RecordingFacts
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models import Approval, Grant, Recording
from evidenceroom.core.models.discs import DiscSet

DEVICE_NAMES = {"camera": "照相机", "audio_recorder": "录音机", "camcorder": "摄像机", "body_camera": "执法记录仪",
                "handheld_terminal": "手持执法终端", "cctv": "视频监控", "storage": "存储设备"}


def _local(value: datetime | None, tz: str) -> datetime | None:
    return None if value is None else value.astimezone(ZoneInfo(tz))


def _collector(r: Recording) -> str:
    if r.officer is None:
        return ""
    return f"{r.officer.name}（执法证号 {r.officer.badge_no}）" if r.officer.badge_no else r.officer.name


def recording_facts(r: Recording, name: str, tz: str) -> RecordingFacts:
    device = ""
    if r.device is not None:
        device = " ".join(x for x in (DEVICE_NAMES.get(r.device.kind, r.device.kind), r.device.serial) if x)
    activity = r.activity
    return RecordingFacts(
        file_name=name, sha256=r.sha256, size=r.size, media_kind=r.media_kind,
        recorded_at=_local(r.recorded_at, tz), duration_s=None if r.duration_ms is None else r.duration_ms / 1000,
        collector=_collector(r), place=activity.place if activity else "", device=device,
        activity=activity.kind if activity else "", case_no=r.case.case_no if r.case else "",
        case_name=r.case.title if r.case else "", clock_offset_s=r.clock_offset_s)


def joined_distinct(values) -> str:
    return "、".join(dict.fromkeys(v for v in values if v))


def build_description(s: Session, archive: Archive, grant: Grant, files: list[tuple[int, str]], disc_count: int,
                      set_no: str, maker: str, made_at: datetime, extractor: str,
                      extracted_at: datetime) -> DescriptionFacts:
    """The description of a set about to be made: `files` are (recording ID, name on the disc)."""
    tz = archive.unit(s).timezone
    recs = [recording_facts(s.get(Recording, rec_id), name, tz) for rec_id, name in files]
    approvers = s.scalars(select(Approval.approver_name).where(Approval.request_id == grant.request_id)
                          .order_by(Approval.step))
    return DescriptionFacts(
        unit=archive.unit(s).name, set_no=set_no, case_no=joined_distinct(r.case_no for r in recs),
        case_name=joined_distinct(r.case_name for r in recs), activity=joined_distinct(r.activity for r in recs),
        maker=maker,
        made_at=_local(made_at, tz), extractor=extractor, extracted_at=_local(extracted_at, tz),
        purpose=grant.request.reason, approved_by="、".join(approvers), disc_count=disc_count,
        recordings=tuple(recs))


def description_gaps(facts: DescriptionFacts) -> list[Text]:
    """The fields 000§14 and 003§21 ask for that are empty; the set cannot be made while any is (DSC-02)."""
    gaps = []
    for label_zh, label_en, value in (("制作人", "maker", facts.maker), ("提取人", "extractor", facts.extractor),
                                      ("提取时间", "extraction time", facts.extracted_at)):
        if not value or (isinstance(value, str) and not value.strip()):
            gaps.append(Text(label_zh, label_en))
    for r in facts.recordings:
        for label_zh, label_en, value in (("取证人员", "collecting officer", r.collector),
                                          ("取证时间", "collection time", r.recorded_at),
                                          ("取证地点", "collection place", r.place)):
            if not value:
                gaps.append(Text(f"{r.file_name} 的{label_zh}", f"{label_en} of {r.file_name}"))
    return gaps


def recordings_csv(rows: list[tuple[int, RecordingFacts]]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["recording_id", "file", "sha256", "size", "recorded_at", "officer", "device", "place", "activity",
                "case_no", "case_name"])
    for rec_id, r in rows:
        w.writerow([rec_id, f"{bag.DATA}/{r.file_name}", r.sha256, r.size,
                    r.recorded_at.isoformat() if r.recorded_at else "", r.collector, r.device, r.place, r.activity,
                    r.case_no, r.case_name])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read the Chinese right


# --- a set already made -------------------------------------------------------------------------

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

"""The disc register (DSC-03, DSC-05, DSC-06): every set with its discs and copies, where each
copy is kept, and every reading-back of a copy.

Copies A and B are filed and verified one by one. A verification reads the copy (a drive, a
folder or the .iso) with `disc_verify` and must find the right disc — its manifest is the one
recorded when the set was made — before the result is recorded; a set is complete (完成) only
when every copy passed its latest verification.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from evidenceroom.core import audit
from evidenceroom.core.db import id_in
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_bag import DESCRIPTION_PDF
from evidenceroom.core.disc_verify import DiscReport, ProgressCallback, verify_disc
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Case, Recording, Role
from evidenceroom.core.models.discs import (CopyPlace, Disc, DiscCopy, DiscFile, DiscSet, DiscSetStatus,
                                            DiscVerification)
from evidenceroom.core.timeutil import utcnow

PLACE_NAMES = {CopyPlace.UNFILED.value: ("未归档", "not filed"), CopyPlace.CASE_FILE.value: ("附卷", "in the case file"),
               CopyPlace.EVIDENCE_ROOM.value: ("档案室保存", "in the evidence room"),
               CopyPlace.GIVEN.value: ("已交付", "handed over")}


@dataclass(frozen=True)
class VerificationInfo:
    id: int
    at: datetime
    by_name: str
    source: str
    ok: bool
    files_checked: int
    files_ok: int
    problems: tuple[str, ...]  # "data/R000012_….MP4: altered", whole-disc problems first


@dataclass(frozen=True)
class CopyInfo:
    id: int
    disc_id: int
    copy: str  # A | B
    place: str  # CopyPlace
    place_zh: str
    location: str
    filed_at: datetime | None
    filed_by_name: str | None
    notes: str
    latest: VerificationInfo | None
    verification_count: int

    @property
    def verified(self) -> bool:
        return self.latest is not None and self.latest.ok


@dataclass(frozen=True)
class DiscFileInfo:
    recording_id: int
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class DiscInfo:
    id: int
    number: int
    count: int
    volume_id: str
    manifest_sha256: str
    payload_bytes: int
    image_path: Path
    image_sha256: str
    image_size: int
    files: tuple[DiscFileInfo, ...]
    copies: tuple[CopyInfo, ...]


@dataclass(frozen=True)
class DiscSetInfo:
    id: int
    set_no: str
    kind: str
    grant_id: int
    request_id: int
    case_id: int | None
    case_no: str
    case_name: str
    medium: str
    copies: int
    maker_name: str
    extractor_name: str
    extracted_at: datetime
    made_at: datetime
    folder: Path
    description_sha256: str
    status: str
    discs: tuple[DiscInfo, ...]

    @property
    def description_path(self) -> Path:
        return self.folder / f"{self.set_no}_{DESCRIPTION_PDF}"

    @property
    def copies_verified(self) -> int:
        return sum(1 for d in self.discs for c in d.copies if c.verified)

    @property
    def copies_total(self) -> int:
        return sum(len(d.copies) for d in self.discs)

    @property
    def complete(self) -> bool:
        return self.copies_verified == self.copies_total

    @property
    def status_zh(self) -> str:
        return "完成" if self.complete else f"未完成 ({self.copies_verified}/{self.copies_total})"

    @property
    def recording_ids(self) -> tuple[int, ...]:
        return tuple(f.recording_id for d in self.discs for f in d.files)


def _verification(v: DiscVerification) -> VerificationInfo:
    return VerificationInfo(v.id, v.at, v.by_name, v.source, v.ok, v.files_checked, v.files_ok,
                            tuple(p["message"] for p in json.loads(v.problems)))


def _copy(c: DiscCopy) -> CopyInfo:
    latest = c.verifications[-1] if c.verifications else None
    return CopyInfo(c.id, c.disc_id, c.copy, c.place, PLACE_NAMES[c.place][0], c.location, c.filed_at,
                    c.filed_by_name, c.notes, _verification(latest) if latest else None, len(c.verifications))


def _disc(d: Disc) -> DiscInfo:
    return DiscInfo(d.id, d.number, d.count, d.volume_id, d.manifest_sha256, d.payload_bytes, Path(d.image_path),
                    d.image_sha256, d.image_size,
                    tuple(DiscFileInfo(f.recording_id, f.path, f.sha256, f.size) for f in d.files),
                    tuple(_copy(c) for c in d.disc_copies))


def set_info(s: Session, set_id: int) -> DiscSetInfo:
    row = s.get(DiscSet, set_id)
    if row is None:
        raise ArchiveError(f"没有第 {set_id} 号光盘组。", f"There is no disc set {set_id}.")
    return _set(row)


def _set(row: DiscSet) -> DiscSetInfo:
    case_nos = sorted({f.recording.case.case_no for d in row.discs for f in d.files if f.recording.case})
    case_names = sorted({f.recording.case.title for d in row.discs for f in d.files if f.recording.case})
    return DiscSetInfo(row.id, row.set_no, row.kind, row.grant_id, row.grant.request_id, row.case_id,
                       "、".join(case_nos), "、".join(n for n in case_names if n), row.medium, row.copies,
                       row.maker_name, row.extractor_name, row.extracted_at, row.made_at, Path(row.folder),
                       row.description_sha256, row.status, tuple(_disc(d) for d in row.discs))


def disc_set_info(archive: Archive, set_id: int) -> DiscSetInfo:
    with archive.session() as s:
        return set_info(s, set_id)


def list_disc_sets(archive: Archive, case_no: str = "", recording_id: int | None = None, kind: str | None = None,
                   limit: int = 500) -> list[DiscSetInfo]:
    """The disc register, newest set first; `case_no` matches part of a case number (DSC-05)."""
    with archive.session() as s:
        # The register shows every set with its discs, files and copies: load them in a few queries.
        q = select(DiscSet).order_by(DiscSet.made_at.desc(), DiscSet.id.desc()).options(
            selectinload(DiscSet.grant),
            selectinload(DiscSet.discs).selectinload(Disc.files).selectinload(DiscFile.recording)
            .selectinload(Recording.case),
            selectinload(DiscSet.discs).selectinload(Disc.disc_copies).selectinload(DiscCopy.verifications))
        if kind:
            q = q.where(DiscSet.kind == kind)
        if case_no.strip() or recording_id is not None:
            files = select(Disc.set_id).join(DiscFile, DiscFile.disc_id == Disc.id)
            if recording_id is not None:
                files = files.where(DiscFile.recording_id == recording_id)
            if case_no.strip():
                files = (files.join(Recording, Recording.id == DiscFile.recording_id)
                         .join(Case, Case.id == Recording.case_id).where(Case.case_no.contains(case_no.strip())))
            q = q.where(DiscSet.id.in_(files))
        return [_set(r) for r in s.scalars(q.limit(limit))]


def _copy_row(s: Session, copy_id: int) -> DiscCopy:
    c = s.get(DiscCopy, copy_id)
    if c is None:
        raise ArchiveError(f"没有第 {copy_id} 号光盘副本。", f"There is no disc copy {copy_id}.")
    return c


def _label(c: DiscCopy) -> str:
    d = c.disc
    return f"{d.disc_set.set_no} 第{d.number}/{d.count}张 {c.copy}份"


def file_copy(archive: Archive, clerk, copy_id: int, place: str, location: str, notes: str = "") -> CopyInfo:
    """Record where a copy is kept: filed with the case (附卷), in the evidence room, or given to whom (DSC-06)."""
    who = actor_of(clerk)
    require_role(clerk, (Role.CLERK.value, Role.ADMINISTRATOR.value),
                 "光盘的存放由保管员登记。", "Where a disc is kept is recorded by the custodian.")
    if place not in PLACE_NAMES or place == CopyPlace.UNFILED.value:
        raise ArchiveError(f"无效的存放方式：{place}。", f"Not a place to keep a disc: {place}.")
    location = (location or "").strip()
    if not location:
        hint = {CopyPlace.CASE_FILE.value: ("案卷及卷号", "the case file and volume"),
                CopyPlace.EVIDENCE_ROOM.value: ("档案柜位置", "the cabinet"),
                CopyPlace.GIVEN.value: ("接收人", "who received it")}[place]
        raise ArchiveError(f"请填写存放位置（{hint[0]}）。", f"Enter where it is kept ({hint[1]}).")
    with archive.transaction() as s:
        c = _copy_row(s, copy_id)
        before = (c.place, c.location)
        c.place, c.location, c.notes = place, location, (notes or "").strip()
        c.filed_at, c.filed_by_name = utcnow(), who.name
        audit.record(s, who, "disc_copy.filed", "disc_copy", c.id, disc=_label(c), place=place, location=location,
                     before=list(before), notes=c.notes)
        return _copy(c)


@dataclass(frozen=True)
class CopyVerification:
    copy: CopyInfo
    report: DiscReport


def verify_copy(archive: Archive, clerk, copy_id: int, path: Path | str, progress: ProgressCallback | None = None,
                cancel: threading.Event | None = None) -> CopyVerification:
    """Read a copy back (drive, folder or .iso) and record the result against that copy (DSC-03, DSC-05).

    The disc read must be this copy's disc: a disc of another set or another number is refused
    and nothing is recorded. A disc of the right set and number whose files or manifest differ
    is recorded as failed, naming each wrong file.
    """
    who = actor_of(clerk)
    with archive.session() as s:
        c = _copy_row(s, copy_id)
        expected, label = c.disc.manifest_sha256, _label(c)
        set_no, number, count = c.disc.disc_set.set_no, c.disc.number, c.disc.count
    if not Path(path).exists():
        raise ArchiveError(f"找不到 {path}：请放入光盘或选择光盘映像。", f"{path} does not exist: insert the disc or "
                           "choose the image.")
    report = verify_disc(path, progress, cancel)
    if report.manifest_sha256 is None:
        why = "；".join(m.zh for m in report.problems)
        raise ArchiveError(f"无法从 {path} 读出光盘清单（{why}），未记录校验结果。",
                           f"No disc manifest could be read from {path} ({'; '.join(m.en for m in report.problems)}); "
                           "nothing was recorded.")
    same_disc = report.manifest_sha256 == expected
    claims = (report.bag_info.get("Set-Number"), report.bag_info.get("Disc-Number"))
    if not same_disc and claims != (set_no, f"{number}/{count}"):
        found = f"{claims[0]} {claims[1]}" if claims[0] else "?"
        raise ArchiveError(f"读取的不是 {label}（读到：{found}），未记录校验结果。请放入正确的光盘。",
                           f"The disc read is not {label} (found: {found}); nothing was recorded. "
                           "Insert the right disc.")
    problems = [{"message": str(t), "zh": t.zh, "en": t.en} for t in report.messages()]
    if not same_disc:
        problems.insert(0, {"message": "清单与制作时记录的不同", "zh": "清单与制作时记录的不同",
                            "en": "the manifest differs from the one recorded when the set was made"})
    ok = report.intact and same_disc
    payload = report.payload
    with archive.transaction() as s:
        c = _copy_row(s, copy_id)
        v = DiscVerification(copy_id=c.id, at=utcnow(), by_user_id=who.user_id, by_name=who.name,
                             source=str(path), ok=ok, files_checked=len(payload),
                             files_ok=sum(1 for f in payload if f.status == "ok"),
                             problems=json.dumps(problems, ensure_ascii=False))
        s.add(v)
        c.verifications.append(v)
        s.flush()
        _update_status(c.disc.disc_set)
        audit.record(s, who, "disc_copy.verified", "disc_copy", c.id, disc=label, source=str(path), ok=ok,
                     files_checked=v.files_checked, files_ok=v.files_ok, problems=[p["zh"] for p in problems],
                     manifest_sha256=report.manifest_sha256)
        return CopyVerification(_copy(c), report)


def _update_status(row: DiscSet) -> None:
    copies = [c for d in row.discs for c in d.disc_copies]
    done = all(c.verifications and c.verifications[-1].ok for c in copies)
    row.status = DiscSetStatus.COMPLETE.value if done else DiscSetStatus.MADE.value


def _verified_copies(s: Session, recording_ids: list[int]) -> dict[int, list[DiscCopy]]:
    """For each recording: the copies, of discs holding it, whose latest verification passed."""
    out: dict[int, list[DiscCopy]] = {i: [] for i in recording_ids}
    if not recording_ids:
        return out
    q = (select(DiscFile.recording_id, DiscCopy).join(DiscCopy, DiscCopy.disc_id == DiscFile.disc_id)
         .where(id_in(s, DiscFile.recording_id, recording_ids)).options(selectinload(DiscCopy.verifications)))
    for rec_id, c in s.execute(q):
        if c.verifications and c.verifications[-1].ok:
            out[rec_id].append(c)
    return out


def with_verified_two_copy_set(s: Session, recording_ids: list[int]) -> set[int]:
    """The recordings on a disc whose two copies both passed their latest verification (RET-03)."""
    out = set()
    for rec_id, copies in _verified_copies(s, list(recording_ids)).items():
        by_disc: dict[int, set[str]] = {}
        for c in copies:
            by_disc.setdefault(c.disc_id, set()).add(c.copy)
        if any(len(letters) >= 2 for letters in by_disc.values()):
            out.add(rec_id)
    return out


def has_verified_two_copy_set(s: Session, recording_id: int) -> bool:
    return recording_id in with_verified_two_copy_set(s, [recording_id])


def attached_verified(s: Session, recording_ids: list[int]) -> set[int]:
    """The recordings that have a verified copy filed with the case file (附卷, DSC-06)."""
    return {rec_id for rec_id, copies in _verified_copies(s, recording_ids).items()
            if any(c.place == CopyPlace.CASE_FILE.value for c in copies)}


def unattached_recordings(archive: Archive, case_id: int, recording_ids: list[int] | None = None) -> list[int]:
    """The case's recordings (or the given ones of it) with no verified copy filed with the case file:
    what the case's "证据光盘未附卷" warning lists (DSC-06)."""
    with archive.session() as s:
        if recording_ids is None:
            recording_ids = list(s.scalars(select(Recording.id).where(Recording.case_id == case_id)
                                           .order_by(Recording.recorded_at, Recording.id)))
        done = attached_verified(s, recording_ids)
        return [i for i in recording_ids if i not in done]

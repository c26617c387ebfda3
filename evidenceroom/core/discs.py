"""Evidence disc sets (DSC-01 … DSC-03): planned and made under an approved copy grant.

A set is made from a grant of kind 复制 or 对外提供 that is approved, within its window and not
revoked. Its recordings are the grant's (listed, or filed under a granted case) or a chosen part
of them. They are split over as many discs of the chosen medium as needed (n of m); each disc is a
complete BagIt bag with the originals byte for byte, the manifests, a recordings.csv and the
written description, mastered as an ISO image, read back and checked before anything is
recorded. Only then is the set written, with copies A and B of each disc, in one transaction
with its audit event. A failure deletes what was half-made and is audited; nothing is counted.

Filing the copies and verifying them later lives in `evidenceroom.core.disc_register`.
"""
from __future__ import annotations

import errno
import hashlib
import re
import shutil
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit, disc_bag as bag, platform
from evidenceroom.core.access import actor_of, fmt_utc, when_utc
from evidenceroom.core.grants import refuse_unless_open
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_facts import DescriptionFacts
from evidenceroom.core.disc_papers import build_description, description_gaps, recordings_csv  # noqa: F401
from evidenceroom.core.disc_register import DiscSetInfo, set_info
from evidenceroom.core.disc_staging import StagedFile, sectors, stage_bag, write_image, write_synced
from evidenceroom.core.disc_verify import DiscProgress, ProgressCallback, verify_disc
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AccessKind, AccessRequest, Grant, Recording, RequestStatus, Role
from evidenceroom.core.models.discs import CopyPlace, Disc, DiscCopy, DiscFile, DiscSet, DiscSetKind, DiscSetStatus
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.vault import Cancelled

RenderDescription = Callable[[DescriptionFacts], bytes]


@dataclass(frozen=True)
class Medium:
    name: str
    label: str
    capacity: int  # usable bytes of a blank disc
    reserve: int  # kept free for the file systems, the manifests and the description


MEDIA = {
    "cd": Medium("cd", "CD", 737_280_000, 8 * 1024 * 1024),
    "dvd": Medium("dvd", "DVD", 4_700_372_992, 32 * 1024 * 1024),
    "bd": Medium("bd", "BD", 25_025_314_816, 64 * 1024 * 1024),
}
KIND_NAMES = {DiscSetKind.EVIDENCE.value: ("证据光盘", "evidence disc"),
              DiscSetKind.LONG_TERM.value: ("长期保存光盘", "long-term disc"),
              DiscSetKind.COPY.value: ("复制光盘", "copy for a request")}
COPY_LETTERS = ("A", "B")
STALE_WORK_SECONDS = 24 * 3600
# Per file: its directory records in three trees and the rounding of its last sector.
_PER_FILE = 3 * 2048
COPYING = (AccessKind.COPY.value, AccessKind.PROVIDE.value)  # the kinds of grant a disc may be made under


@dataclass(frozen=True)
class PlannedFile:
    recording_id: int
    name: str  # under data/ on the disc
    size: int
    sha256: str
    recorded_at: datetime


@dataclass(frozen=True)
class DiscPlan:
    grant_id: int
    medium: str
    room: int  # bytes of payload one disc takes
    discs: tuple[tuple[PlannedFile, ...], ...]

    @property
    def disc_count(self) -> int:
        return len(self.discs)

    @property
    def recording_ids(self) -> tuple[int, ...]:
        return tuple(f.recording_id for d in self.discs for f in d)

    @property
    def total_bytes(self) -> int:
        return sum(f.size for d in self.discs for f in d)


def _footprint(size: int) -> int:
    return sectors(size) * 2048 + _PER_FILE


def _room(medium: str, capacity: int | None) -> int:
    if medium not in MEDIA:
        raise ArchiveError(f"无效的光盘类型：{medium}（可选 CD、DVD、BD）。", f"Not a disc medium: {medium} (cd, dvd or bd).")
    m = MEDIA[medium]
    # `capacity` replaces the payload room (tests use a few kilobytes rather than gigabytes).
    return capacity if capacity is not None else m.capacity - m.reserve


def usable_grant(s: Session, grant_id: int, now: datetime | None = None) -> Grant:
    """The grant, if it allows making a disc now: approved copying or providing, in its window, not revoked."""
    now = now or utcnow()
    grant = s.get(Grant, grant_id)
    if grant is None:
        raise ArchiveError(f"没有第 {grant_id} 号调阅批准，不能刻录光盘。请先登记复制申请并经审批。",
                           f"There is no grant {grant_id}; no disc can be made. Register a copy request and have "
                           "it approved first.")
    if grant.kind not in COPYING:
        raise ArchiveError(f"第 {grant.id} 号批准只允许查阅，不允许复制。刻录光盘须经复制或对外提供审批。",
                           f"Grant {grant.id} allows viewing only; a disc needs an approved copy or provide request.")
    refuse_unless_open(grant, now, "复制", "不能刻录光盘", "no disc can be made")
    req = grant.request
    if req.requester_person_id is None and grant.kind != AccessKind.PROVIDE.value:
        # 000§16, 001§15, 003§24: giving footage to anyone outside the unit needs its own approval.
        raise ArchiveError(f"申请人 {req.requester_name}（{req.requester_organisation}）是外单位人员，"
                           f"第 {grant.id} 号批准只允许复制，不能对外提供。请登记对外提供申请并经审批。",
                           f"The requester {req.requester_name} ({req.requester_organisation}) is outside the unit; "
                           f"grant {grant.id} allows copying only, not providing. Register a provide request.")
    return grant


@dataclass(frozen=True)
class UsableGrant:
    grant_id: int
    requester: str
    reason: str
    window_end: datetime


def usable_grants(source: Archive | Session, now: datetime | None = None) -> list[UsableGrant]:
    """The grants a set may be made under at `now`, newest request first: an approved request to
    copy or provide whose grant is not revoked and whose window has not ended. (`usable_grant`
    checks the chosen one again, in full, when the set is made.)"""
    now = now or utcnow()
    q = (select(Grant, AccessRequest).join(AccessRequest, Grant.request_id == AccessRequest.id)
         .where(AccessRequest.status == RequestStatus.APPROVED.value, Grant.kind.in_(COPYING),
                Grant.revoked_at.is_(None), Grant.window_end > now)
         .order_by(AccessRequest.created_at.desc(), AccessRequest.id.desc()))
    if isinstance(source, Session):
        rows = source.execute(q).all()
    else:
        with source.session() as s:
            rows = s.execute(q).all()
    return [UsableGrant(g.id, r.requester_name, r.reason, g.window_end) for g, r in rows]


def granted_recordings(s: Session, grant: Grant) -> list[Recording]:
    """The grant's recordings: listed ones and every one filed under a granted case, oldest first."""
    found = {r.id: r for r in grant.recordings}
    case_ids = [c.id for c in grant.cases]
    if case_ids:
        for r in s.scalars(select(Recording).where(Recording.case_id.in_(case_ids))):
            found[r.id] = r
    return sorted(found.values(), key=lambda r: (r.recorded_at, r.id))


def chosen_recordings(s: Session, grant: Grant, recording_ids, doing: tuple[str, str] = ("刻录", "burnt")) -> list[Recording]:
    """The recordings chosen from a grant (all of them when `recording_ids` is None), oldest first;
    refused when one is outside the grant or disposed of. `doing` names the act in the messages."""
    zh, en = doing
    allowed = granted_recordings(s, grant)
    if recording_ids is None:
        chosen = allowed
    else:
        ids = list(dict.fromkeys(int(i) for i in recording_ids))
        if not ids:
            raise ArchiveError(f"请选择要{zh}的资料。", f"Choose the recordings to be {en}.")
        by_id = {r.id: r for r in allowed}
        for rec_id in ids:
            if rec_id not in by_id:
                if s.get(Recording, rec_id) is None:
                    raise ArchiveError(f"没有第 {rec_id} 号资料。", f"There is no recording {rec_id}.")
                raise ArchiveError(f"第 {rec_id} 号资料不在第 {grant.id} 号批准的范围内，不能{zh}，需另行申请。",
                                   f"Recording {rec_id} is not covered by grant {grant.id}; it needs its own request.")
        chosen = sorted((by_id[i] for i in ids), key=lambda r: (r.recorded_at, r.id))
    if not chosen:
        raise ArchiveError(f"第 {grant.id} 号批准没有可{zh}的资料。", f"Grant {grant.id} covers no recordings.")
    for r in chosen:
        if r.disposed_at is not None:
            raise ArchiveError(f"第 {r.id} 号资料已清除，不能{zh}。", f"Recording {r.id} has been disposed of; it cannot "
                               f"be {en}.")
    return chosen


def _split(recordings: list[Recording], room: int, medium: str) -> tuple[tuple[PlannedFile, ...], ...]:
    discs: list[list[PlannedFile]] = [[]]
    used = 0
    for r in recordings:
        need = _footprint(r.size)
        if need > room:
            size = f"{r.size / 1e9:.2f} GB" if r.size >= 1e9 else f"{r.size / 1e6:.1f} MB"
            raise ArchiveError(f"第 {r.id} 号资料（{size}）大于一张 {MEDIA[medium].label} 光盘的容量，请选择容量更大的光盘。",
                               f"Recording {r.id} ({size}) does not fit on one {MEDIA[medium].label}; "
                               "choose a larger medium.")
        if used + need > room and discs[-1]:
            discs.append([])
            used = 0
        discs[-1].append(PlannedFile(r.id, bag.disc_file_name(r.id, r.original_name), r.size, r.sha256,
                                     r.recorded_at))
        used += need
    return tuple(tuple(d) for d in discs)


def _named(plan: DiscPlan) -> list[tuple[int, str]]:
    return [(f.recording_id, f.name) for d in plan.discs for f in d]


def _plan(s: Session, grant: Grant, recording_ids, medium: str, capacity: int | None) -> DiscPlan:
    room = _room(medium, capacity)
    return DiscPlan(grant.id, medium, room, _split(chosen_recordings(s, grant, recording_ids), room, medium))


def plan_disc_set(archive: Archive, grant_id: int, recording_ids: list[int] | None = None, medium: str = "dvd",
                  capacity: int | None = None) -> DiscPlan:
    """Which recordings go on which disc, without writing anything; refuses what `make_disc_set` would."""
    with archive.session() as s:
        return _plan(s, usable_grant(s, grant_id), recording_ids, medium, capacity)


# --- the set number and the draft description -------------------------------------------------

def _next_set_no(s: Session, year: int) -> str:
    prefix = f"GP-{year}-"
    taken = s.scalars(select(DiscSet.set_no).where(DiscSet.set_no.like(prefix + "%"))).all()
    numbers = [int(m.group(1)) for n in taken if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", n))]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def draft_description(archive: Archive, clerk, grant_id: int, *, extractor: str = "",
                      extracted_at: datetime | None = None, recording_ids: list[int] | None = None,
                      medium: str = "dvd", capacity: int | None = None) -> DescriptionFacts:
    """The description as it would be made now, for a preview; the set number is the next free one."""
    now = utcnow()
    with archive.session() as s:
        grant = usable_grant(s, grant_id, now)
        plan = _plan(s, grant, recording_ids, medium, capacity)
        when = when_utc(extracted_at, s, archive) if extracted_at else now
        year = now.astimezone(ZoneInfo(archive.unit(s).timezone)).year
        return build_description(s, archive, grant, _named(plan), plan.disc_count, _next_set_no(s, year),
                                 actor_of(clerk).name, now, (extractor or "").strip(), when)


# --- making the set -------------------------------------------------------------------------------

def default_folder(archive: Archive) -> Path:
    return archive.root / "discs"


def image_name(set_no: str, number: int, count: int) -> str:
    return f"{set_no}_disc{number}of{count}.iso"


def description_name(set_no: str) -> str:
    return f"{set_no}_{bag.DESCRIPTION_PDF}"


def _check_maker(clerk, extractor: str, kind: str, copies: int) -> None:
    require_role(clerk, (Role.CLERK.value, Role.ADMINISTRATOR.value), "光盘由保管员制作。", "Discs are made by the custodian.")
    if kind not in KIND_NAMES:
        raise ArchiveError(f"无效的光盘用途：{kind}。", f"Not a kind of disc set: {kind}.")
    if copies not in (1, 2):
        raise ArchiveError("每张光盘制作一份或两份（A、B）。", "Each disc is made in one or two copies (A, B).")
    if kind == DiscSetKind.LONG_TERM.value and copies != 2:
        raise ArchiveError("长期保存的光盘须一式两份。", "Long-term discs are made in two identical copies.")
    if not extractor:
        raise ArchiveError("请填写提取人，文字说明材料不能缺少提取人。",
                           "Enter the extractor (提取人); the written description cannot lack it.")


def make_disc_set(archive: Archive, clerk, grant_id: int, *, render_description: RenderDescription,
                  extractor: str, extracted_at: datetime | None = None, recording_ids: list[int] | None = None,
                  medium: str = "dvd", kind: str = DiscSetKind.EVIDENCE.value, copies: int = 2,
                  folder: Path | None = None, capacity: int | None = None, keep_staging: bool = False,
                  progress: ProgressCallback | None = None, cancel: threading.Event | None = None) -> DiscSetInfo:
    """Make a disc set under a copy grant: stage, image, read back, then record it (DSC-01, DSC-03).

    `render_description` turns the description facts into the PDF put on every disc and beside
    the images (the printing layer's renderer; the core does not draw). The images go into
    `folder/<set no>/` (default `<archive>/discs/`), written under a temporary name and renamed
    when every disc has been read back correctly. Naive `extracted_at` is the unit's local time.
    """
    who = actor_of(clerk)
    extractor = (extractor or "").strip()
    _check_maker(clerk, extractor, kind, copies)
    now = utcnow()
    with archive.session() as s:
        grant = usable_grant(s, grant_id, now)
        plan = _plan(s, grant, recording_ids, medium, capacity)
        tz = archive.unit(s).timezone
        set_no = _next_set_no(s, now.astimezone(ZoneInfo(tz)).year)
        extracted = when_utc(extracted_at, s, archive) if extracted_at else now
        _check_extracted(extracted, grant, now)
        facts = build_description(s, archive, grant, _named(plan), plan.disc_count, set_no, who.name, now,
                                  extractor, extracted)
        unit_name = archive.unit(s).name
        case_ids = {s.get(Recording, i).case_id for i in plan.recording_ids}
        vault_paths = {i: archive.vault.path_for(s.get(Recording, i).sha256) for i in plan.recording_ids}
    gaps = description_gaps(facts)
    if gaps:
        raise ArchiveError("文字说明材料缺少以下内容，光盘未制作：" + "；".join(g.zh for g in gaps),
                           "The written description lacks: " + "; ".join(g.en for g in gaps) + ". No disc was made.")
    pdf = render_description(facts)
    out_root = Path(folder) if folder is not None else default_folder(archive)
    final = out_root / set_no
    if final.exists():
        raise ArchiveError(f"{final} 已存在，光盘未制作。请换一个文件夹。", f"{final} already exists; choose another folder.")
    _remove_stale_work(out_root)
    _check_space(out_root, plan)
    work = out_root / f".{set_no}.part-{uuid.uuid4().hex[:8]}"
    try:
        work.mkdir(parents=True)
    except OSError as exc:
        raise ArchiveError(f"无法在 {out_root} 中写入光盘映像（{exc.strerror or exc}），请换一个文件夹。",
                           f"Cannot write disc images in {out_root} ({exc.strerror or exc}); choose another folder.")
    try:
        discs = write_discs(work, plan, facts, unit_name, set_no, who.name, now, pdf, vault_paths, keep_staging,
                             progress, cancel)
        write_synced(work / description_name(set_no), pdf)
        try:
            work.rename(final)
        except OSError:
            if not final.exists():
                raise
            # Another desk made a set with the same number meanwhile: nothing of this run is kept.
            raise ArchiveError(f"光盘组 {set_no} 刚由另一处制作，本次未保存，请重新制作。",
                               f"Disc set {set_no} was just made elsewhere; this run was not kept. Make it again.")
        platform.fsync_dir(out_root)
    except BaseException as exc:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            full = ArchiveError(f"{out_root} 所在磁盘已满，光盘未制作，已写的部分已删除。",
                                f"The disk under {out_root} is full; no disc was made and what was written "
                                "was removed.")
            _audit_failure(archive, who, grant_id, set_no, plan, full)
            raise full from exc
        _audit_failure(archive, who, grant_id, set_no, plan, exc)
        raise
    try:
        with archive.transaction() as s:
            grant = usable_grant(s, grant_id)  # revoked while the discs were written: nothing is recorded
            row = DiscSet(set_no=set_no, kind=kind, grant_id=grant.id,
                          case_id=next(iter(case_ids)) if len(case_ids) == 1 else None, medium=medium, copies=copies,
                          maker_user_id=who.user_id, maker_name=who.name, extractor_name=extractor,
                          extracted_at=extracted, made_at=now, folder=str(final),
                          description_sha256=_sha256(pdf), status=DiscSetStatus.MADE.value)
            s.add(row)
            for d in discs:
                disc = Disc(disc_set=row, number=d.number, count=plan.disc_count, volume_id=d.volume_id,
                            manifest_sha256=d.manifest_sha256, payload_bytes=sum(f.size for f in d.files),
                            image_path=str(final / d.image_name), image_sha256=d.image_sha256,
                            image_size=d.image_size)
                s.add(disc)
                for f in d.files:
                    disc.files.append(DiscFile(recording_id=f.recording_id, path=f"{bag.DATA}/{f.name}",
                                               sha256=f.sha256, size=f.size))
                for letter in COPY_LETTERS[:copies]:
                    s.add(DiscCopy(disc=disc, copy=letter, place=CopyPlace.UNFILED.value, location="", notes=""))
            s.flush()
            req = grant.request
            recipient = " ".join(x for x in (req.requester_name, req.requester_organisation) if x)
            audit.record(s, who, "disc_set.made", "disc_set", row.id, set_no=set_no, kind=kind, grant_id=grant.id,
                         request_id=grant.request_id, recipient=recipient, medium=medium, copies=copies,
                         extractor=extractor,
                         discs=[{"number": d.number, "manifest_sha256": d.manifest_sha256,
                                 "image_sha256": d.image_sha256, "recordings": [f.recording_id for f in d.files],
                                 "files": [[f.name, f.sha256] for f in d.files]} for d in discs])
            return set_info(s, row.id)
    except BaseException as exc:
        shutil.rmtree(final, ignore_errors=True)
        _audit_failure(archive, who, grant_id, set_no, plan, exc)
        raise


def _check_extracted(extracted: datetime, grant: Grant, now: datetime) -> None:
    """The extraction (提取) happens under the grant, and not in the future."""
    if extracted > now + timedelta(minutes=5):
        raise ArchiveError(f"提取时间 {fmt_utc(extracted)} 晚于现在，请更正。",
                           f"The extraction time {fmt_utc(extracted)} is in the future; correct it.")
    # Times are entered to the minute: the minute the grant began counts as within it.
    if extracted < grant.window_start.replace(second=0, microsecond=0):
        raise ArchiveError(f"提取时间 {fmt_utc(extracted)} 早于第 {grant.id} 号批准的时段（自 {fmt_utc(grant.window_start)} 起）。",
                           f"The extraction time {fmt_utc(extracted)} is before grant {grant.id}'s window "
                           f"(from {fmt_utc(grant.window_start)}).")


def _remove_stale_work(out_root: Path) -> None:
    """Half-written sets left by a crash (`.<set no>.part-…`, a day old) were never recorded: remove them."""
    if not out_root.is_dir():
        return
    for leftover in out_root.glob(".GP-*.part-*"):
        if leftover.is_dir() and time.time() - leftover.stat().st_mtime > STALE_WORK_SECONDS:
            shutil.rmtree(leftover, ignore_errors=True)


def _check_space(out_root: Path, plan: DiscPlan) -> None:
    """Every image, plus one disc's staging at a time, must fit where they are written."""
    need = sum(_footprint(f.size) for d in plan.discs for f in d) + max(
        sum(_footprint(f.size) for f in d) for d in plan.discs) + 16 * 1024 * 1024
    probe = out_root
    while not probe.exists():
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if free < need:
        raise ArchiveError(f"{out_root} 所在磁盘空间不足：需要约 {need / 1e9:.2f} GB，只有 {free / 1e9:.2f} GB。"
                           "请换一个文件夹或清理磁盘后重试。",
                           f"Not enough free space for {out_root}: about {need / 1e9:.2f} GB needed, "
                           f"{free / 1e9:.2f} GB free. Choose another folder or free some space.")


@dataclass(frozen=True)
class WrittenDisc:
    number: int
    volume_id: str
    files: tuple[PlannedFile, ...]
    manifest_sha256: str
    image_name: str
    image_sha256: str
    image_size: int


def write_discs(work: Path, plan: DiscPlan, facts: DescriptionFacts, unit_name: str, set_no: str, maker: str,
                 made_at: datetime, pdf: bytes, vault_paths: dict[int, Path], keep_staging: bool,
                 progress: ProgressCallback | None, cancel: threading.Event | None) -> list[WrittenDisc]:
    work.mkdir(parents=True, exist_ok=True)
    by_name = {r.file_name: r for r in facts.recordings}
    total = plan.total_bytes
    done = 0

    def on_bytes(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(DiscProgress("stage", done, total, set_no))

    written = []
    m = plan.disc_count
    for n, files in enumerate(plan.discs, start=1):
        staged = [StagedFile(f.recording_id, vault_paths[f.recording_id], f.name,
                             bag.iso9660_name(f.recording_id, f.name), f.sha256, f.size) for f in files]
        rows = [(f.recording_id, by_name[f.name]) for f in files]
        info = [("Source-Organization", unit_name), ("External-Identifier", f"{set_no} {n}/{m}"),
                ("Set-Number", set_no), ("Disc-Number", f"{n}/{m}"), ("Case-Number", facts.case_no),
                ("Case-Name", facts.case_name), ("Activity", facts.activity), ("Made-By", maker),
                ("Made-At", facts.made_at.isoformat()), ("Extracted-By", facts.extractor),
                ("Extracted-At", facts.extracted_at.isoformat()), ("Bagging-Date", facts.made_at.date().isoformat()),
                ("External-Description", "执法音像资料证据光盘 / evidence disc of enforcement recordings")]
        stage = work / f"disc{n}"
        manifest_sha = stage_bag(stage, staged, info, recordings_csv(rows), pdf, on_bytes, cancel)
        volume_id = re.sub(r"[^A-Z0-9_]", "_", set_no.upper())[:28] + f"_{n}"
        name = image_name(set_no, n, m)
        image_sha, image_size = write_image(stage, staged, work / name, volume_id, progress, cancel)
        if plan.medium in MEDIA and image_size > MEDIA[plan.medium].capacity:
            raise ArchiveError(f"光盘映像 {name}（{image_size} 字节）超过 {MEDIA[plan.medium].label} 的容量，光盘未制作。",
                               f"The image {name} ({image_size} bytes) exceeds a {MEDIA[plan.medium].label}; "
                               "no disc was made.")
        # Read the image back the way a disc is checked later; a bad write never becomes a disc.
        report = verify_disc(work / name, progress, cancel)
        if not report.intact or report.manifest_sha256 != manifest_sha:
            bad = "; ".join(str(t) for t in report.messages()) or "manifest"
            raise ArchiveError(f"光盘映像 {name} 回读校验未通过（{bad}），光盘未制作。",
                               f"The image {name} failed its read-back check ({bad}); no disc was made.")
        if not keep_staging:
            shutil.rmtree(stage)
        written.append(WrittenDisc(n, volume_id, files, manifest_sha, name, image_sha, image_size))
    return written


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _audit_failure(archive: Archive, who, grant_id: int, set_no: str, plan: DiscPlan, exc: BaseException) -> None:
    """A run that made nothing is still on the record: which set, which grant, why it stopped."""
    if isinstance(exc, KeyboardInterrupt):
        return
    action = "disc_set.cancelled" if isinstance(exc, Cancelled) else "disc_set.failed"
    details = {"set_no": set_no, "grant_id": grant_id, "recordings": list(plan.recording_ids),
               "reason": str(exc.text.zh) if isinstance(exc, ArchiveError) else f"{type(exc).__name__}: {exc}"}
    recording_id = getattr(exc, "recording_id", None)
    if recording_id is not None:
        details["recording_id"] = recording_id
    try:
        with archive.transaction() as s:
            audit.record(s, who, action, "access_grant", grant_id, **details)
    except Exception as audit_exc:  # the run's own error is what the user must see
        exc.add_note(f"the failure could not be audited: {audit_exc}")


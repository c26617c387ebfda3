"""Verification (ARC-04, SEC-02): re-read every stored original from disk and check the audit chain.

Reports each missing, altered or extra vault file with its recording and case, and each break in
the audit chain with its event number. The run itself is recorded in the audit log and as an
IntegrityCheck row, in one transaction.

Several files are hashed at once, one per core: hashlib and file reads release the GIL, so threads
keep every core busy and a whole archive is re-checked about as fast as its disk can be read.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import Select, select

from evidenceroom.core import audit
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import Text
from evidenceroom.core.models import Case, Recording, Snapshot
from evidenceroom.core.models.backup import IntegrityCheck
from evidenceroom.core.platform import is_read_only
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.vault import CHUNK, Cancelled

# One hashing thread per core, at least two (reading one file while hashing another helps even on
# one core), at most four (more only makes a single disk seek between files).
WORKERS = max(2, min(4, os.cpu_count() or 2))


@dataclass(frozen=True)
class Problem:
    kind: str  # missing | altered | writable | extra | audit_chain | audit_head
    recording_id: int | None
    path: str | None
    detail: Text

    def as_json(self) -> dict:
        return {"kind": self.kind, "recording_id": self.recording_id, "path": self.path, "detail": str(self.detail)}


@dataclass
class VerifyReport:
    checked: int = 0
    audit_events: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict:
        return {"ok": self.ok, "checked": self.checked, "problems": [p.as_json() for p in self.problems]}


def sha256_of(path, cancel: threading.Event | None = None, on_bytes: Callable[[int], None] | None = None) -> str:
    """The SHA-256 of what the disk gives back; `on_bytes` hears of each block read (progress)."""
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while block := f.read(CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            h.update(block)
            if on_bytes is not None:
                on_bytes(len(block))
    return h.hexdigest()


def _check_snapshots(archive: Archive, report: VerifyReport, cancel: threading.Event | None) -> None:
    """Snapshots are derived items with their own hash; they are checked like originals."""
    from evidenceroom.core.review import derived_path

    with archive.session() as s:
        rows = s.execute(select(Snapshot.id, Snapshot.recording_id, Snapshot.sha256).order_by(Snapshot.id)).all()
    for snap_id, rec_id, sha in rows:
        path = derived_path(archive, sha)
        if not path.is_file():
            report.problems.append(Problem("missing", rec_id, str(path), Text(
                f"缺失：第 {rec_id} 号资料的第 {snap_id} 号截图文件不见了",
                f"missing: snapshot {snap_id} of recording {rec_id} is gone")))
        elif sha256_of(path, cancel) != sha:
            report.problems.append(Problem("altered", rec_id, str(path), Text(
                f"篡改：第 {rec_id} 号资料的第 {snap_id} 号截图与登记的 SHA-256 不符",
                f"altered: snapshot {snap_id} of recording {rec_id} no longer matches its SHA-256")))


def kept_recordings() -> Select:
    """Recordings whose originals the vault must hold: (id, sha256, case number) in id order.

    Backups copy exactly these objects, so the two always agree on what is kept."""
    return (select(Recording.id, Recording.sha256, Case.case_no)
            .outerjoin(Case, Recording.case_id == Case.id).where(Recording.disposed_at.is_(None))  # RET-08
            .order_by(Recording.id))


def _check_one(path: Path, sha: str, cancel: threading.Event | None) -> str:
    """missing | altered | writable | ok, for one vault file."""
    if not path.is_file():
        return "missing"
    if sha256_of(path, cancel) != sha:
        return "altered"
    return "ok" if is_read_only(path) else "writable"


def _hash_all(jobs: list[tuple[Path, str]], progress: Callable[[int, int], None] | None,
              cancel: threading.Event | None) -> list[str]:
    """Check every (path, sha) on a pool of threads; results in the order of `jobs`."""
    results: list[str] = [""] * len(jobs)
    if not jobs:
        return results
    done = 0
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(jobs)), thread_name_prefix="verify") as pool:
        pending: dict[Future, int] = {}
        queue = iter(enumerate(jobs))
        try:
            # Only a few files in flight: a cancel then stops within a file or two, not after all.
            for i, (path, sha) in queue:
                pending[pool.submit(_check_one, path, sha, cancel)] = i
                if len(pending) >= 2 * WORKERS:
                    break
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                for fut in finished:
                    results[pending.pop(fut)] = fut.result()
                    done += 1
                    if progress is not None:
                        progress(done, len(jobs))
                    nxt = next(queue, None)
                    if nxt is not None:
                        i, (path, sha) = nxt
                        pending[pool.submit(_check_one, path, sha, cancel)] = i
        except BaseException:
            if cancel is not None:
                cancel.set()  # the other threads stop at their next block
            for fut in pending:
                fut.cancel()
            raise
    return results


def verify(archive: Archive, actor: Actor, progress: Callable[[int, int], None] | None = None,
           cancel: threading.Event | None = None, trigger: str = "manual") -> VerifyReport:
    report = VerifyReport()
    started = utcnow()
    with archive.session() as s:
        rows = s.execute(kept_recordings()).all()
    if progress is not None:
        progress(0, len(rows))
    paths = [archive.vault.path_for(sha) for _rec_id, sha, _case in rows]
    outcomes = _hash_all([(path, sha) for path, (_r, sha, _c) in zip(paths, rows)], progress, cancel)
    known = {path.name for path in paths}
    for (rec_id, _sha, case_no), path, outcome in zip(rows, paths, outcomes):
        case = case_no or "未归案"
        case_en = case_no or "unfiled"
        if outcome != "missing":
            report.checked += 1
        if outcome == "missing":
            report.problems.append(Problem("missing", rec_id, str(path), Text(
                f"缺失：第 {rec_id} 号资料（案件 {case}）的存档文件不见了",
                f"missing: the stored file of recording {rec_id} (case {case_en}) is gone")))
        elif outcome == "altered":
            report.problems.append(Problem("altered", rec_id, str(path), Text(
                f"篡改：第 {rec_id} 号资料（案件 {case}）的内容与存档时的 SHA-256 不符",
                f"altered: recording {rec_id} (case {case_en}) no longer matches its SHA-256")))
        elif outcome == "writable":
            report.problems.append(Problem("writable", rec_id, str(path), Text(
                f"第 {rec_id} 号资料（案件 {case}）的存档文件被改为可写",
                f"the stored file of recording {rec_id} (case {case_en}) was made writable")))
    for path in archive.vault.iter_objects():
        if path.name not in known:
            report.problems.append(Problem("extra", None, str(path), Text(
                "多余：存档区中有一个没有档案记录的文件（可能来自被中断的导入；重新导入同一来源即可归档）",
                "extra: a vault file with no archive record (perhaps from an interrupted import; "
                "importing the same source again files it)")))
    _check_snapshots(archive, report, cancel)
    for leftover in sorted(archive.vault.tmp.glob("*")):
        report.problems.append(Problem("extra", None, str(leftover), Text(
            "多余：存档区临时文件夹中有未完成的文件", "extra: an unfinished file in the vault's temporary folder")))
    with archive.session() as s:
        report.audit_events, breaks = audit.check_chain(s, archive.head_path)
    for b in breaks:
        where = str(archive.head_path) if b.kind == "audit_head" else f"audit_event #{b.seq}"
        report.problems.append(Problem(b.kind, None, where, Text(b.detail_zh, b.detail_en)))
    with archive.transaction() as s:
        check = IntegrityCheck(
            trigger=trigger, started_at=started, finished_at=utcnow(), checked=report.checked,
            audit_events=report.audit_events, problem_count=len(report.problems),
            problems=json.dumps([{"kind": p.kind, "recording_id": p.recording_id, "path": p.path,
                                  "zh": p.detail.zh, "en": p.detail.en} for p in report.problems],
                                ensure_ascii=False),
            actor_user_id=actor.user_id, actor_name=actor.name)
        s.add(check)
        s.flush()
        audit.record(s, actor, "verify.run", "integrity_check", check.id, checked=report.checked,
                     audit_events=report.audit_events, ok=report.ok, trigger=trigger,
                     problems=[{"kind": p.kind, "recording_id": p.recording_id} for p in report.problems])
    return report

"""Verification (ARC-04, SEC-02): re-read every stored original from disk and check the audit chain.

Reports each missing, altered or extra vault file with its recording and case, and each break in
the audit chain with its event number. The run itself is recorded in the audit log.
"""
from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import select

from evidenceroom.core import audit
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import Text
from evidenceroom.core.models import Case, Recording, Snapshot
from evidenceroom.core.platform import is_read_only
from evidenceroom.core.vault import CHUNK, Cancelled


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


def sha256_of(path, cancel: threading.Event | None = None) -> str:
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while block := f.read(CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            h.update(block)
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


def verify(archive: Archive, actor: Actor, progress: Callable[[int, int], None] | None = None,
           cancel: threading.Event | None = None) -> VerifyReport:
    report = VerifyReport()
    with archive.session() as s:
        rows = s.execute(
            select(Recording.id, Recording.sha256, Case.case_no)
            .outerjoin(Case, Recording.case_id == Case.id).order_by(Recording.id)
        ).all()
    known = set()
    for i, (rec_id, sha, case_no) in enumerate(rows):
        if progress is not None:
            progress(i, len(rows))
        path = archive.vault.path_for(sha)
        known.add(path.name)
        case = case_no or "未归案"
        case_en = case_no or "unfiled"
        if not path.is_file():
            report.problems.append(Problem("missing", rec_id, str(path), Text(
                f"缺失：第 {rec_id} 号资料（案件 {case}）的存档文件不见了",
                f"missing: the stored file of recording {rec_id} (case {case_en}) is gone")))
            continue
        actual = sha256_of(path, cancel)
        report.checked += 1
        if actual != sha:
            report.problems.append(Problem("altered", rec_id, str(path), Text(
                f"篡改：第 {rec_id} 号资料（案件 {case}）的内容与存档时的 SHA-256 不符",
                f"altered: recording {rec_id} (case {case_en}) no longer matches its SHA-256")))
        elif not is_read_only(path):
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
    if progress is not None:
        progress(len(rows), len(rows))
    with archive.transaction() as s:
        audit.record(s, actor, "verify.run", None, None, checked=report.checked,
                     audit_events=report.audit_events, ok=report.ok,
                     problems=[{"kind": p.kind, "recording_id": p.recording_id} for p in report.problems])
    return report

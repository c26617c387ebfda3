"""The hash-chained audit log.

Every change appends an event in the same transaction as the change. Each event's hash covers its
own fields and the previous event's hash, so editing or deleting a past event breaks the chain. The
newest hash is also kept outside the database, in `audit.head` beside it, so that cutting off the
tail or putting back an older database is detected too.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from evidenceroom.core.models import AuditEvent
from evidenceroom.core.timeutil import utcnow

GENESIS = "0" * 64
HEAD_FILE = "audit.head"
_PENDING_HEAD = "evidenceroom.pending_head"
_HEAD_PATH = "evidenceroom.head_path"


@dataclass(frozen=True)
class Actor:
    """Who acts: a signed-in user, or the command line run by an operating-system account.

    `role` is the signed-in user's role (or the command line's); services that need a role refuse
    an actor without one. It is not part of the audit event: the user id names who it was."""

    name: str
    user_id: int | None = None
    role: str | None = None


def _digest(ev: AuditEvent) -> str:
    body = json.dumps(
        [
            ev.seq,
            ev.at.isoformat(),
            ev.actor_user_id,
            ev.actor_name,
            ev.action,
            ev.target_kind,
            ev.target_id,
            ev.details,
            ev.prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    target_kind: str | None = None,
    target_id: int | None = None,
    **details: Any,
) -> AuditEvent:
    """Append an event to the chain inside the caller's transaction."""
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).first()
    ev = AuditEvent(
        seq=(last.seq + 1) if last else 1,
        at=utcnow(),
        actor_user_id=actor.user_id,
        actor_name=actor.name,
        action=action,
        target_kind=target_kind,
        target_id=target_id,
        details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str),
        prev_hash=last.hash if last else GENESIS,
    )
    ev.hash = _digest(ev)
    session.add(ev)
    session.flush()
    head_path = session.info.get(_HEAD_PATH)
    if head_path is not None and _check_head(session, head_path, last):
        # The head file disagrees with the chain (tail cut, older database put back, head file
        # removed): leave it as it is, so that verification keeps reporting the break.
        session.info.pop(_PENDING_HEAD, None)
    else:
        session.info[_PENDING_HEAD] = (ev.seq, ev.hash)
    return ev


def bind_head_file(session: Session, head_path: Path) -> None:
    """Have this session write the chain's head file after each commit that appended events."""
    session.info[_HEAD_PATH] = head_path


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING_HEAD, None)
    path = session.info.get(_HEAD_PATH)
    if pending and path is not None:
        write_head(path, *pending)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING_HEAD, None)


def write_head(path: Path, seq: int, digest: str) -> None:
    # One temporary name per writer: two threads or processes committing at once must not
    # truncate or rename each other's file.
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with open(tmp, "w", encoding="ascii") as f:
        f.write(f"{seq} {digest}\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_head(path: Path) -> tuple[int, str] | None:
    try:
        seq, digest = path.read_text(encoding="ascii").split()
        return int(seq), digest
    except FileNotFoundError:
        return None
    except ValueError:
        return (-1, "")


def head_text(head: tuple[int, str] | None) -> str:
    """The head as printed at the foot of a paper copy, to check it against the archive later."""
    if head is None or head[0] < 0:
        return "审计链 头文件缺失或无法读取"
    seq, digest = head
    return f"审计链 #{seq} sha256 {digest[:16]}"


@dataclass(frozen=True)
class ChainProblem:
    kind: str  # audit_chain: an event altered, unlinked or missing; audit_head: tail cut or database replaced
    seq: int | None
    detail_zh: str
    detail_en: str


def check_chain(session: Session, head_path: Path | None = None) -> tuple[int, list[ChainProblem]]:
    """Walk the whole chain; return the number of events checked and every break found."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    expected_seq = 1
    checked = 0
    last: AuditEvent | None = None
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)):
        checked += 1
        if ev.seq != expected_seq:
            problems.append(ChainProblem("audit_chain", ev.seq, f"第 {expected_seq} 至 {ev.seq - 1} 号审计事件缺失",
                                         f"audit events {expected_seq} to {ev.seq - 1} are missing"))
        if ev.prev_hash != prev:
            problems.append(ChainProblem("audit_chain", ev.seq, f"第 {ev.seq} 号审计事件与前一事件链接断开",
                                         f"audit event {ev.seq} does not link to the event before it"))
        if _digest(ev) != ev.hash:
            problems.append(ChainProblem("audit_chain", ev.seq, f"第 {ev.seq} 号审计事件的内容被改动",
                                         f"audit event {ev.seq} was altered"))
        prev = ev.hash
        expected_seq = ev.seq + 1
        last = ev
    if head_path is not None:
        problems.extend(_check_head(session, head_path, last))
    return checked, problems


def _check_head(session: Session, head_path: Path, last: AuditEvent | None) -> list[ChainProblem]:
    head = read_head(head_path)
    if head is None:
        if last is None:
            return []
        return [ChainProblem("audit_head", None, "审计链头文件 audit.head 缺失", "the audit head file audit.head is missing")]
    seq, digest = head
    if seq < 0:
        return [ChainProblem("audit_head", None, "审计链头文件 audit.head 无法读取", "the audit head file audit.head is unreadable")]
    if last is None or seq > last.seq:
        have = last.seq if last else 0
        return [ChainProblem("audit_head", seq, f"审计链尾部被截断：头文件记到第 {seq} 号，数据库只到第 {have} 号（或恢复了旧数据库）",
                             f"the audit chain was cut: the head file names event {seq}, the database ends at {have} "
                             "(or an older database was put back)")]
    at_head = session.get(AuditEvent, seq)
    if at_head is None or at_head.hash != digest:
        return [ChainProblem("audit_head", seq, f"第 {seq} 号审计事件与链头文件不符（数据库被替换或改动）",
                             f"audit event {seq} does not match the head file (the database was replaced or altered)")]
    return []


def bring_head_forward(session: Session, head_path: Path) -> None:
    """After an interrupted write the head file can lag one commit behind; it never runs ahead.

    A lagging head whose event still matches is brought forward to the newest event. Anything
    else is left alone for verification to report.
    """
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).first()
    if last is None:
        return
    head = read_head(head_path)
    if head is None:
        # Only an archive whose very first commit was interrupted may get its head written here.
        if last.seq == 1:
            write_head(head_path, last.seq, last.hash)
        return
    seq, digest = head
    if 0 < seq < last.seq:
        at_head = session.get(AuditEvent, seq)
        if at_head is not None and at_head.hash == digest:
            write_head(head_path, last.seq, last.hash)


@dataclass(frozen=True)
class EventRow:
    seq: int
    at: datetime
    actor_name: str
    action: str
    target_kind: str | None
    target_id: int | None
    details: str


def recent_events(session: Session, limit: int = 500, before_seq: int | None = None) -> list[EventRow]:
    """The newest events first; page back with `before_seq`."""
    q = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if before_seq is not None:
        q = q.where(AuditEvent.seq < before_seq)
    return [EventRow(e.seq, e.at, e.actor_name, e.action, e.target_kind, e.target_id, e.details)
            for e in session.scalars(q)]

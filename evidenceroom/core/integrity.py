"""The integrity checks (ARC-04) as the Compliance page and the idle-time scheduler see them."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import Text
from evidenceroom.core.models.backup import IntegrityCheck
from evidenceroom.core.timeutil import utcnow

# A background check is due when the last one, of any kind, is older than this.
CHECK_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class CheckProblem:
    kind: str
    recording_id: int | None
    path: str | None
    detail: Text


@dataclass(frozen=True)
class CheckRow:
    id: int
    trigger: str
    started_at: datetime
    finished_at: datetime
    checked: int
    audit_events: int
    problem_count: int
    actor_name: str

    @property
    def ok(self) -> bool:
        return self.problem_count == 0


def _row(c: IntegrityCheck) -> CheckRow:
    return CheckRow(c.id, c.trigger, c.started_at, c.finished_at, c.checked, c.audit_events, c.problem_count,
                    c.actor_name)


def recent_checks(archive: Archive, limit: int = 50) -> list[CheckRow]:
    with archive.session() as s:
        return [_row(c) for c in s.scalars(select(IntegrityCheck).order_by(IntegrityCheck.id.desc()).limit(limit))]


def last_check(archive: Archive) -> CheckRow | None:
    checks = recent_checks(archive, 1)
    return checks[0] if checks else None


def problems_of(archive: Archive, check_id: int) -> list[CheckProblem]:
    with archive.session() as s:
        check = s.get(IntegrityCheck, check_id)
        raw = json.loads(check.problems) if check is not None else []
    return [CheckProblem(p.get("kind", ""), p.get("recording_id"), p.get("path"), Text(p.get("zh", ""), p.get("en", "")))
            for p in raw]


def check_due(archive: Archive, now: datetime | None = None) -> bool:
    """Is a background check due: none yet, or the last one older than a day?"""
    last = last_check(archive)
    return last is None or (now or utcnow()) - last.finished_at >= CHECK_EVERY

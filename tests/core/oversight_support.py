"""Helpers for the oversight tests: staff, activities and real hand-ins of small tone files."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from evidenceroom.core import accounts, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.demo import write_tone
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Activity, DeviceKind, Person, Role
from evidenceroom.core.timeutil import utcnow

PASSWORD = "correct-horse-1"
SETUP = Actor("测试准备")


def staff(archive) -> dict[str, int]:
    """Two officers in two departments, a camera, and a user per role (password `PASSWORD`)."""
    with archive.transaction() as s:
        a = registry.add_person(s, SETUP, "张伟", "13001", "一大队")
        b = registry.add_person(s, SETUP, "李娜", "13002", "二大队")
        registry.add_device(s, SETUP, "DSJ-07", DeviceKind.BODY_CAMERA)
        for login, name, role in (("clerk", "陈静", Role.CLERK), ("director", "赵主任", Role.SUPERVISOR),
                                  ("leader", "钱局长", Role.SUPERVISOR), ("inspector", "周科长", Role.INSPECTOR)):
            registry.add_user(s, SETUP, login, PASSWORD, role, name)
        return {"张伟": a.id, "李娜": b.id}


def sign_in(archive, login: str):
    return accounts.sign_in(archive, login, PASSWORD)


def activity(archive, officer_id: int, ended_hours_ago: float, kind: str = "现场检查", *,
             now: datetime | None = None, remote_returned_hours_ago: float | None = None) -> int:
    end = (now or utcnow()) - timedelta(hours=ended_hours_ago)
    with archive.transaction() as s:
        a = Activity(kind=kind, place="东河闸", started_at=end - timedelta(hours=1), ended_at=end,
                     created_at=utcnow(), officers=[s.get(Person, officer_id)])
        if remote_returned_hours_ago is not None:
            a.remote = True
            a.returned_at = (now or utcnow()) - timedelta(hours=remote_returned_hours_ago)
        s.add(a)
        s.flush()
        return a.id


def hand_in(archive, folder: Path, activity_id: int | None, freq: float, badge: str = "13001") -> list[int]:
    """Hand in one short tone file for the activity now; returns the new recording ids."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"REC_{int(freq)}.WAV"
    write_tone(path, freq, seconds=1.0)
    report = import_paths(archive, SETUP, ImportRequest(paths=[path], officer_badge=badge, device_serial="DSJ-07",
                                                        activity_id=activity_id))
    return [i.recording_id for i in report.imported]

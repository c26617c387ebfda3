"""Counting the SQL statements a read sends, to show it does not grow with the archive, and the
real hand-in whose recording the rows added to grow it copy."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event, inspect, select

from evidenceroom.core import registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Department, Person, Recording


@contextmanager
def statements(archive):
    """Yields a list that fills with (statement, number of parameters) for each statement sent."""
    seen: list[tuple[str, int]] = []

    def before(conn, cursor, statement, params, context, executemany):
        if not statement.startswith("BEGIN"):  # each session's own transaction start (see core/db.py)
            seen.append((statement, len(params or ())))

    event.listen(archive.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(archive.engine, "before_cursor_execute", before)


def recording_template(archive, card) -> tuple[dict, int, int]:
    """Hand in `card` for one officer and device; (the first recording's columns but its id, the
    officer's id, the unit's id)."""
    with archive.transaction() as s:
        registry.add_person(s, Actor("准备"), "张伟", "13001", "一大队")
        registry.add_device(s, Actor("准备"), "DSJ-07", registry.DeviceKind.BODY_CAMERA, "执法记录仪")
    import_paths(archive, Actor("准备"), ImportRequest(paths=[card], officer_badge="13001", device_serial="DSJ-07"))
    with archive.session() as s:
        template = s.scalars(select(Recording).order_by(Recording.id)).first()
        columns = {a.key: getattr(template, a.key) for a in inspect(Recording).column_attrs if a.key != "id"}
        return (columns, s.scalar(select(Person.id).where(Person.badge_no == "13001")),
                s.scalar(select(Department.unit_id)))

"""Counting the SQL statements a read sends, to show it does not grow with the archive."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event


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

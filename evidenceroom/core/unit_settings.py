"""Unit-wide settings: one `Setting` row per key, the value JSON text. The services that own a key
check who may change it and audit the change; this only reads and writes the row."""
from __future__ import annotations

from sqlalchemy.orm import Session

from evidenceroom.core.models import Setting


def setting_value(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return None if row is None else row.value


def put_setting(s: Session, key: str, value: str) -> str | None:
    """Store `value` under `key`, in the caller's transaction; the value it replaces, None if new."""
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
        return None
    before, row.value = row.value, value
    return before

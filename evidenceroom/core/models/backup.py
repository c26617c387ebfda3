"""Backups and scheduled integrity checks: each run, its destination and its result."""
from __future__ import annotations

from evidenceroom.core.models import Base  # noqa: F401  (tables of this area register on Base.metadata)

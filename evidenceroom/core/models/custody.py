"""Device custody: the device register's extra facts, custody events, pre-use checks, faults."""
from __future__ import annotations

from evidenceroom.core.models import Base  # noqa: F401  (tables of this area register on Base.metadata)

"""Retention and disposal: profile choice, retention marks, holds, disposal lists and tombstones."""
from __future__ import annotations

from evidenceroom.core.models import Base  # noqa: F401  (tables of this area register on Base.metadata)

"""Evidence disc sets: sets made from a copy grant, their discs, copies A and B, verifications."""
from __future__ import annotations

from evidenceroom.core.models import Base  # noqa: F401  (tables of this area register on Base.metadata)

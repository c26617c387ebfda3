"""Recording duty and oversight: gap statements, spot checks and their scores, yearly reviews."""
from __future__ import annotations

from evidenceroom.core.models import Base  # noqa: F401  (tables of this area register on Base.metadata)

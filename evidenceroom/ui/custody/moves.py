"""Which moves a card's menu offers from each state, and which column each move lands in.

This only decides what to offer; the core checks every move again and refuses what the rules
forbid (a device with footage not yet imported cannot be destroyed, for example)."""
from __future__ import annotations

MOVES: dict[str, tuple[str, ...]] = {
    "in_store": ("check_out", "maintenance", "fault", "loss", "seal", "destroy", "storage_cleared"),
    "checked_out": ("return", "handover", "fault", "loss", "storage_cleared"),
    "faulty": ("repair", "loss", "seal", "destroy", "storage_cleared"),
    "in_repair": ("back_in_service", "loss"),
    "sealed": ("unseal", "destroy"),
    "destroyed": (),
    "lost": (),
}
TARGET_COLUMN = {
    "check_out": "checked_out", "return": "in_store", "fault": "faulty", "repair": "in_repair",
    "back_in_service": "in_store", "loss": "gone", "maintenance": "", "handover": "", "seal": "sealed", "unseal": "in_store", "destroy": "gone",
    "storage_cleared": "",  # the card of the last import wiped: no move, no column
}


def moves_from(state: str) -> tuple[str, ...]:
    return MOVES.get(state, ())


def moves_to(state: str, column: str) -> tuple[str, ...]:
    """The moves from `state` that land in `column`: none (refused), one, or a choice."""
    return tuple(a for a in moves_from(state) if TARGET_COLUMN[a] == column)

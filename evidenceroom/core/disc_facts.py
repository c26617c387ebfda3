"""The facts a disc set's paper carries, as plain data (DSC-02, DSC-04).

`core.discs` gathers them from the archive; `printing` turns them into the written description
(文字说明材料), the disc label and the sleeve. Times are timezone-aware, in the unit's zone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RecordingFacts:
    """One recording on the disc: what 000§14 and 003§21 ask the description to state."""

    file_name: str  # the name it has on the disc
    sha256: str
    size: int
    media_kind: str  # MediaKind value
    recorded_at: datetime | None
    duration_s: float | None
    collector: str  # the officer who recorded it: "张伟（执法证号 15010001）"
    place: str  # where it was recorded; "" when unknown
    device: str  # "执法记录仪 DSJ-2024-0117"
    activity: str  # the enforcement activity; "" when none
    case_no: str
    case_name: str
    # The device clock minus the real time, measured at import (ARC-09); None when not measured.
    # `recorded_at` is the device's own time; the description prints the corrected one beside it.
    clock_offset_s: float | None = None


@dataclass(frozen=True)
class DiscFacts:
    """One physical disc of a set: label and sleeve facts (002§16)."""

    unit: str  # producing unit (制作单位)
    set_no: str  # the set's number, e.g. "GP-2026-0007"
    case_no: str
    case_name: str
    activity: str
    maker: str  # who made the disc (制作人)
    made_at: datetime
    copy: str  # "A" or "B"
    disc_no: int  # n of m
    disc_count: int
    manifest_sha256: str  # SHA-256 of this disc's manifest-sha256.txt, printed and as a QR code
    recordings: tuple[RecordingFacts, ...]  # the files on this disc (the sleeve lists them)


@dataclass(frozen=True)
class DescriptionFacts:
    """The written description filed with the set (000§14, 003§21)."""

    unit: str
    set_no: str
    case_no: str
    case_name: str
    activity: str
    maker: str  # 制作人
    made_at: datetime
    extractor: str  # 提取人: who took the copy out of the archive
    extracted_at: datetime
    purpose: str  # the approved request's reason
    approved_by: str  # who approved the copy request
    disc_count: int
    recordings: tuple[RecordingFacts, ...]

"""Fixtures for the import page: the page on a staffed archive, sources to import, big files."""
from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest
from evidenceroom.ui.imports.import_wizard import ImportPage

BIG_FILE_MB = 30


class Drives:
    """What the page's volume watcher sees: set `mounted` to plug a drive in or pull it out."""

    def __init__(self):
        self.mounted = []

    def __call__(self):
        return list(self.mounted)


@pytest.fixture
def drives() -> Drives:
    return Drives()


@pytest.fixture
def page(qtbot, staffed_archive, clerk, drives):
    p = ImportPage(staffed_archive, clerk, list_volumes=drives)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    yield p
    p.shutdown()


def _fake_mp4(path: Path, size: int, seed: bytes) -> None:
    """An MP4 header (ftyp, then one mdat box) over random content: recognised as video, no index."""
    ftyp = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    payload = size - len(ftyp) - 8
    block = seed + os.urandom(1 << 20)
    with open(path, "wb") as f:
        f.write(ftyp)
        f.write(struct.pack(">I4s", payload + 8, b"mdat"))
        left = payload
        while left > 0:
            f.write(block[:left])
            left -= len(block)


@pytest.fixture(scope="session")
def big_card(tmp_path_factory) -> Path:
    """A card with six ~30 MB clips of distinct random content: long enough to cancel midway."""
    root = tmp_path_factory.mktemp("big") / "DSJ_07" / "DCIM" / "100MEDIA"
    root.mkdir(parents=True)
    for n in range(6):
        _fake_mp4(root / f"20261128_1{n}0000_{n:04d}.MP4", BIG_FILE_MB << 20, f"clip {n}".encode())
    return root.parent.parent

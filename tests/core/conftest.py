"""Helpers for the core tests: a clerk to act as, reopening an archive, reading its rows."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.models import AuditEvent, Role
from sqlalchemy import select


@pytest.fixture
def clerk() -> Actor:
    return Actor("保管员 王五", role=Role.CLERK.value)


@pytest.fixture
def reopen(archive_dir: Path):
    """Open the archive in `archive_dir` again, as the next start of the program would."""
    opened: list[Archive] = []

    def _reopen() -> Archive:
        a = Archive.open(archive_dir)
        opened.append(a)
        return a

    yield _reopen
    for a in opened:
        a.close()


@pytest.fixture
def rows():
    """All rows of one model, in id order, read through the archive's own session."""

    def _rows(archive: Archive, model, *where):
        with archive.session() as s:
            key = model.seq if model is AuditEvent else model.id
            return list(s.scalars(select(model).where(*where).order_by(key)))

    return _rows


@pytest.fixture
def sql(archive_dir: Path):
    """Run SQL on archive.db with the plain sqlite3 module, the way an outside tool would."""

    def _sql(statement: str, *params):
        con = sqlite3.connect(archive_dir / "archive.db")
        try:
            with con:
                return con.execute(statement, params).fetchall()
        finally:
            con.close()

    return _sql


@pytest.fixture
def exif_photo(tmp_path: Path, clips) -> Path:
    """A camera photo whose EXIF says it was taken at 2026-11-27 22:15:00 local time (DateTime 00:00)."""
    from PIL import ExifTags, Image

    out = tmp_path / "相机" / "DSC_0042.JPG"
    out.parent.mkdir(parents=True)
    with Image.open(clips["jpg"]) as img:
        exif = Image.Exif()
        exif[306] = "2026:11:28 00:00:00"  # DateTime: when the file was last written
        exif.get_ifd(ExifTags.IFD.Exif)[36867] = "2026:11:27 22:15:00"  # DateTimeOriginal
        img.save(out, exif=exif)
    return out


@pytest.fixture
def truncated_mp4(tmp_path: Path, clips) -> Path:
    """The first half of a body-camera clip, as left by a battery dying mid-recording: ffmpeg
    writes the index (moov) at the end, so the index is lost."""
    data = clips["mp4"].read_bytes()
    assert data.rfind(b"moov") > len(data) // 2
    out = tmp_path / "电量耗尽" / "20261128_101500_0003.MP4"
    out.parent.mkdir(parents=True)
    out.write_bytes(data[: len(data) // 2])
    return out

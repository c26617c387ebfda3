"""The few operating-system specifics of the core, in one place."""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

IS_WINDOWS = sys.platform.startswith("win")


def fsync_dir(path: Path) -> None:
    """Make a rename durable. Windows has no directory handles to sync; NTFS journals the rename."""
    if IS_WINDOWS:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_read_only(path: Path) -> None:
    """Owner read-only at OS level (on Windows this sets the read-only attribute)."""
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


def make_writable(path: Path) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def is_read_only(path: Path) -> bool:
    return not (path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to begin writing a range to disk now, without waiting for it.

    On Linux, POSIX_FADV_DONTNEED starts writeback of dirty pages in the range, so the final
    fsync of a large file has little left to do. Elsewhere this does nothing; the fsync still
    makes the file durable.
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def optical_drives() -> list[str]:
    """Optical drives the burning tools can address: /dev/sr0 … on Linux, drive letters on Windows."""
    if sys.platform.startswith("linux"):
        return sorted(str(p) for p in Path("/dev").glob("sr[0-9]*"))
    if IS_WINDOWS:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        mask, drive_cdrom = kernel32.GetLogicalDrives(), 5
        return [f"{chr(65 + n)}:" for n in range(26)
                if mask >> n & 1 and kernel32.GetDriveTypeW(f"{chr(65 + n)}:\\") == drive_cdrom]
    return []

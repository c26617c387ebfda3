"""Removable drives: body cameras and card readers show up as newly mounted volumes.

Qt has no portable "device inserted" event, so the watcher polls `QStorageInfo.mountedVolumes()`
every two seconds and reports the volumes that appeared since it started.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

POLL_MS = 2000

# File systems that are never a device's storage.
_PSEUDO_FS = {
    "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "debugfs", "devpts", "devtmpfs",
    "efivarfs", "fusectl", "hugetlbfs", "mqueue", "nsfs", "overlay", "proc", "pstore", "ramfs",
    "rpc_pipefs", "securityfs", "squashfs", "sysfs", "tmpfs", "tracefs", "fuse.portal", "fuse.gvfsd-fuse",
}
# Where desktops mount removable media on Linux and macOS.
_MEDIA_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Volume:
    root: str
    name: str
    bytes_total: int
    bytes_free: int
    read_only: bool = False

    @property
    def label(self) -> str:
        return self.name or Path(self.root).name or self.root


def _from_storage(info: QStorageInfo) -> Volume:
    return Volume(info.rootPath(), info.name(), info.bytesTotal(),
                  info.bytesAvailable(), info.isReadOnly())


def removable_volumes(exclude: list[Path] | None = None) -> list[Volume]:
    """Mounted volumes that may be a device or a card: not the system disk, not the archive's disk."""
    system_root = QStorageInfo.root().rootPath()
    excluded = {system_root}
    for path in exclude or []:
        info = QStorageInfo(str(path))
        if info.isValid():
            excluded.add(info.rootPath())
    found = []
    for info in QStorageInfo.mountedVolumes():
        if not (info.isValid() and info.isReady()):
            continue
        root = info.rootPath()
        fs = bytes(info.fileSystemType()).decode("latin-1").lower()
        if root in excluded or fs in _PSEUDO_FS or info.bytesTotal() <= 0:
            continue
        if sys.platform != "win32" and not root.startswith(_MEDIA_ROOTS):
            continue
        found.append(_from_storage(info))
    return sorted(found, key=lambda v: v.root)


class VolumeWatcher(QObject):
    """Polls the mounted volumes; `changed` carries the current list, `appeared` each new volume."""

    changed = Signal(list)
    appeared = Signal(object)

    def __init__(self, list_volumes: Callable[[], list[Volume]], parent: QObject | None = None,
                 interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._list = list_volumes
        self._known: dict[str, Volume] | None = None
        self._baseline: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def volumes(self) -> list[Volume]:
        return list((self._known or {}).values())

    def is_new(self, volume: Volume) -> bool:
        """Mounted after the watcher first looked: just plugged in."""
        return volume.root not in self._baseline

    def poll(self) -> None:
        current = {v.root: v for v in self._list()}
        first = self._known is None
        previous = self._known or {}
        self._known = current
        if first:
            self._baseline = set(current)
        else:
            # A volume that goes away and comes back counts as newly plugged in.
            self._baseline &= set(current)
        if first or set(current) != set(previous):
            self.changed.emit(list(current.values()))
        if not first:
            for root in current.keys() - previous.keys():
                self.appeared.emit(current[root])

"""The write-once, content-addressed vault.

A file is written under `tmp/`, hashed in the same pass, fsynced, made read-only and only then
renamed to `objects/<first two hex digits>/<sha256>`. An object is never overwritten: if the name
exists the content is already there. Leftovers in `tmp/` come from an interrupted write and are
removed on the next open; they were never counted as stored.
"""
from __future__ import annotations

import hashlib
import os
import queue
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from evidenceroom.core import platform

CHUNK = 4 * 1024 * 1024
_POOL = 8  # buffers in flight between the reader, the hasher and the writer
_WRITEBACK = 32 * 1024 * 1024  # start writing to disk every so often, not all at the final fsync


class Cancelled(Exception):
    pass


class SourceChanged(OSError):
    """The source grew, shrank or vanished while it was being read (a card pulled out, say)."""


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    path: Path
    already_present: bool


Progress = Callable[[int], None]


class Vault:
    def __init__(self, root: Path):
        self.root = root
        self.objects = root / "objects"
        self.tmp = root / "tmp"

    def create(self) -> None:
        self.objects.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256

    def clean_leftovers(self) -> list[Path]:
        removed = []
        for leftover in self.tmp.glob("*"):
            _remove(leftover)
            removed.append(leftover)
        return removed

    def iter_objects(self) -> Iterator[Path]:
        for sub in sorted(self.objects.iterdir()):
            if sub.is_dir():
                yield from sorted(p for p in sub.iterdir())
            else:
                yield sub

    def store(self, source: Path, progress: Progress | None = None,
              cancel: threading.Event | None = None) -> Stored:
        """Copy `source` into the vault, hashing it in the same pass; return where it lies."""
        self.tmp.mkdir(parents=True, exist_ok=True)
        part = self.tmp / f"{uuid.uuid4().hex}.part"
        try:
            digest, size = copy_and_hash(source, part, progress, cancel)
            platform.make_read_only(part)
            target = self.path_for(digest)
            if target.exists():
                _remove(part)
                return Stored(digest, size, target, True)
            target.parent.mkdir(exist_ok=True)
            os.replace(part, target)
            platform.fsync_dir(target.parent)
            return Stored(digest, size, target, False)
        except BaseException:
            if part.exists():
                _remove(part)
            raise


    def dispose(self, sha256: str) -> bool:
        """Remove an original after its approved disposal (RET-08), the vault's one removal of a
        stored object; `core.disposal` calls it once the tombstone is committed, and the importer when
        a hand-in brings back the bytes of a disposed original. True if a file was removed, False if
        it was already gone."""
        path = self.path_for(sha256)
        if not path.exists():
            return False
        _remove(path)
        platform.fsync_dir(path.parent)
        return True


def _remove(path: Path) -> None:
    platform.make_writable(path)
    path.unlink()


def _write_all(out, view: memoryview) -> None:
    while view:
        view = view[out.write(view):]


def copy_and_hash(source: Path, dest: Path, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> tuple[str, int]:
    """Read once, hash and write at the same time; fsync before returning.

    A reader thread and a writer thread overlap the disk with SHA-256 on this thread (file I/O
    and hashlib both release the GIL), so the slower of the disk and the hash sets the pace.
    A small pool of buffers is reused, so a large file costs no fresh memory per chunk; a buffer
    goes back to the pool only once it is both hashed and written.
    """
    expected = source.stat().st_size
    # A small file gets small buffers: zeroing 32 MiB for each 200 KiB clip would cost more than the copy.
    size = min(CHUNK, max(64 * 1024, expected + 1))
    free: queue.Queue[bytearray] = queue.Queue()
    for _ in range(min(_POOL, expected // size + 2)):
        free.put(bytearray(size))
    chunks: queue.Queue[tuple[bytearray, int] | BaseException | None] = queue.Queue()
    writes: queue.Queue[tuple[bytearray, int] | None] = queue.Queue()
    stop = threading.Event()
    write_error: list[BaseException] = []

    def reader(src) -> None:
        try:
            while not stop.is_set():
                try:
                    buf = free.get(timeout=0.1)
                except queue.Empty:
                    continue
                n = src.readinto(buf)
                if not n:
                    break
                chunks.put((buf, n))
            chunks.put(None)
        except BaseException as exc:  # handed to the hashing thread, which raises it
            chunks.put(exc)

    def writer(out) -> None:
        written = flushed = 0
        while (item := writes.get()) is not None:
            buf, n = item
            if not write_error:
                try:
                    _write_all(out, memoryview(buf)[:n])
                    written += n
                    if written - flushed >= _WRITEBACK:
                        platform.start_writeback(out.fileno(), flushed, written - flushed)
                        flushed = written
                except BaseException as exc:
                    write_error.append(exc)
            free.put(buf)

    h = hashlib.sha256()
    total = 0
    with open(source, "rb", buffering=0) as src, open(dest, "xb", buffering=0) as out:
        rt = threading.Thread(target=reader, args=(src,), daemon=True)
        wt = threading.Thread(target=writer, args=(out,), daemon=True)
        rt.start()
        wt.start()
        try:
            while (item := chunks.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                if write_error:
                    raise write_error[0]
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                buf, n = item
                h.update(memoryview(buf)[:n])
                writes.put(item)
                total += n
                if progress is not None:
                    progress(n)
        finally:
            stop.set()
            writes.put(None)
            wt.join()
            rt.join()
        if write_error:
            raise write_error[0]
        os.fsync(out.fileno())
    if total != expected or source.stat().st_size != expected:
        raise SourceChanged(f"{source}: size changed while reading ({expected} → {total} bytes)")
    return h.hexdigest(), total

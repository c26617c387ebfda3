"""Writing one disc: the bag in a staging folder, then its ISO 9660 image.

Every original is copied out of the vault and re-hashed in the same pass (`vault.copy_and_hash`);
a file whose hash is not the one recorded at import stops the run (`VaultFileAltered`). The image
has three directory trees over the same data: UDF and Joliet with the full (Chinese) names, and
ISO 9660 level 3 with short names for old readers. It is written under a `.part` name, fsynced,
and renamed only when complete.
"""
from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from evidenceroom.core import disc_bag as bag
from evidenceroom.core import platform
from evidenceroom.core.disc_verify import DiscProgress, ProgressCallback
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.vault import Cancelled, copy_and_hash
from evidenceroom.core.verify import sha256_of

SECTOR = 2048


@dataclass(frozen=True)
class StagedFile:
    recording_id: int
    source: Path  # the vault object
    name: str  # under data/ on the disc
    iso_name: str  # the short ISO 9660 name
    sha256: str  # as recorded at import
    size: int

    @property
    def path(self) -> str:
        return f"{bag.DATA}/{self.name}"


class VaultFileAltered(ArchiveError):
    """An original in the vault no longer has the hash recorded at import."""

    def __init__(self, recording_id: int, expected: str, actual: str):
        self.recording_id, self.expected, self.actual = recording_id, expected, actual
        super().__init__(
            f"第 {recording_id} 号资料在档案库中的文件与入库时的哈希值不符（应为 {expected[:12]}…，实为 {actual[:12]}…），"
            "光盘未制作。请立即运行完整性校验并报告。",
            f"Recording {recording_id}: its vault file no longer matches the hash recorded at import "
            f"({expected[:12]}… expected, {actual[:12]}… found); no disc was made. Run an integrity check now "
            "and report it.")


def sectors(size: int) -> int:
    return -(-size // SECTOR)


def stage_bag(folder: Path, files: list[StagedFile], bag_info: list[tuple[str, str]], recordings_csv: bytes,
              description_pdf: bytes, on_bytes: Callable[[int], None] | None = None,
              cancel: threading.Event | None = None) -> str:
    """Write the bag into `folder` (which must not exist yet); return the SHA-256 of its manifest."""
    data = folder / bag.DATA
    data.mkdir(parents=True)
    manifest = []
    for f in files:
        if not f.source.exists():
            raise ArchiveError(f"第 {f.recording_id} 号资料在档案库中的文件不见了，光盘未制作。请立即运行完整性校验。",
                               f"Recording {f.recording_id}: its vault file is missing; no disc was made. "
                               "Run an integrity check now.")
        digest, _ = copy_and_hash(f.source, data / f.name, on_bytes, cancel)
        if digest != f.sha256:
            raise VaultFileAltered(f.recording_id, f.sha256, digest)
        manifest.append((digest, f.path))
    payload = sum(f.size for f in files)
    manifest_raw = bag.manifest_bytes(manifest)
    info = list(bag_info) + [("Payload-Oxum", f"{payload}.{len(files)}")]
    tag_files = {bag.BAGIT_TXT: bag.DECLARATION, bag.BAG_INFO: bag.bag_info_bytes(info),
                 bag.MANIFEST: manifest_raw, bag.RECORDINGS_CSV: recordings_csv,
                 bag.DESCRIPTION_PDF: description_pdf}
    for name, content in tag_files.items():
        write_synced(folder / name, content)
    tag_manifest = [(hashlib.sha256(c).hexdigest(), n) for n, c in tag_files.items()]
    write_synced(folder / bag.TAGMANIFEST, bag.manifest_bytes(tag_manifest))
    platform.fsync_dir(data)
    return hashlib.sha256(manifest_raw).hexdigest()


def write_synced(path: Path, content: bytes) -> None:
    with open(path, "xb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())


def write_image(folder: Path, files: list[StagedFile], image: Path, volume_id: str,
                progress: ProgressCallback | None = None, cancel: threading.Event | None = None) -> tuple[str, int]:
    """Master the staged bag as an ISO image at `image`; return its SHA-256 and size."""
    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, vol_ident=volume_id, joliet=3, udf="2.60", app_ident_str="EVIDENCEROOM")
    part = image.with_name(image.name + ".part")
    try:
        for name, iso_name in bag.TAG_ISO_NAMES.items():
            iso.add_file(str(folder / name), f"/{iso_name};1", joliet_path=f"/{name}", udf_path=f"/{name}")
        iso.add_directory("/DATA", joliet_path=f"/{bag.DATA}", udf_path=f"/{bag.DATA}")
        for f in files:
            iso.add_file(str(folder / bag.DATA / f.name), f"/DATA/{f.iso_name};1",
                         joliet_path=f"/{f.path}", udf_path=f"/{f.path}")

        def on_progress(done: int, total: int, _opaque) -> None:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if progress is not None:
                progress(DiscProgress("image", done, total, image.name))

        with open(part, "xb") as out:
            iso.write_fp(out, blocksize=1024 * 1024, progress_cb=on_progress)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        iso.close()
        part.unlink(missing_ok=True)
        raise
    iso.close()
    sha = sha256_of(part)
    size = part.stat().st_size
    os.replace(part, image)
    platform.fsync_dir(image.parent)
    return sha, size

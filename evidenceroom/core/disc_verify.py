"""Checking a disc against its own manifests, with no archive at all (DSC-01, DSC-05).

Years later, on any PC, a mounted disc, a copied folder or the .iso image is read back and every
file is hashed against `manifest-sha256.txt` and `tagmanifest-sha256.txt`. An image is read with
pycdlib directly (no mounting, no administrator rights), through UDF, Joliet or plain ISO 9660
names, whichever the image has. Each wrong, missing or extra file is named.
"""
from __future__ import annotations

import hashlib
import io
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable

from evidenceroom.core import disc_bag as bag
from evidenceroom.core.errors import Text
from evidenceroom.core.vault import Cancelled  # one kind of cancel for every long job

CHUNK = 1024 * 1024
SECTOR = 2048

OK = "ok"
ALTERED = "altered"  # hash differs from the manifest
MISSING = "missing"  # listed, not on the disc
EXTRA = "extra"  # on the disc under data/, not listed
UNREADABLE = "unreadable"  # the drive or image failed to give the bytes

PROBLEM_NAMES = {ALTERED: ("内容已改变", "altered"), MISSING: ("缺失", "missing"), EXTRA: ("多出的文件", "extra file"),
                 UNREADABLE: ("无法读取", "unreadable")}


@dataclass(frozen=True)
class DiscProgress:
    """Where a long disc job is: phase ('stage', 'image', 'verify'), bytes done of total, the item."""

    phase: str
    done: int
    total: int
    item: str = ""


ProgressCallback = Callable[[DiscProgress], None]


@dataclass(frozen=True)
class FileCheck:
    path: str  # as in the manifest: data/R000012_….MP4, or a tag file
    status: str  # ok | altered | missing | extra | unreadable
    expected: str | None = None
    actual: str | None = None
    size: int | None = None


@dataclass
class DiscReport:
    source: str
    kind: str  # "iso" or "folder"
    intact: bool = False
    manifest_sha256: str | None = None  # the disc's identity: compare with the archive's record
    bag_info: dict[str, str] = field(default_factory=dict)
    files: list[FileCheck] = field(default_factory=list)  # payload files, then tag files
    problems: list[Text] = field(default_factory=list)  # whole-disc problems (no manifest, oxum ...)
    notes: list[Text] = field(default_factory=list)  # how it was read, when that is unusual; not problems

    @property
    def payload(self) -> list[FileCheck]:
        return [f for f in self.files if f.path.startswith(bag.DATA + "/")]

    @property
    def bad(self) -> list[FileCheck]:
        return [f for f in self.files if f.status != OK]

    @property
    def summary(self) -> Text:
        good = sum(1 for f in self.payload if f.status == OK)
        listed = sum(1 for f in self.payload if f.status != EXTRA)
        if self.intact:
            return Text(f"校验 {good}/{listed} 通过", f"Verified {good}/{listed} passed")
        n = len(self.messages())
        return Text(f"校验未通过：{good}/{listed} 个文件正确，{n} 处问题",
                    f"Verification failed: {good}/{listed} files correct, {n} problem(s)")

    def messages(self) -> list[Text]:
        out = list(self.problems)
        for f in self.bad:
            zh, en = PROBLEM_NAMES[f.status]
            out.append(Text(f"{f.path}：{zh}", f"{f.path}: {en}"))
        return out

    def to_dict(self) -> dict:
        return {"source": self.source, "kind": self.kind, "intact": self.intact,
                "manifest_sha256": self.manifest_sha256, "bag_info": self.bag_info,
                "summary": str(self.summary), "files": [asdict(f) for f in self.files],
                "problems": [str(m) for m in self.messages()], "notes": [str(n) for n in self.notes]}


class _Reader:
    """What a disc is read through: its files as relative paths, each opened for reading."""

    def files(self) -> list[str]: ...
    def open(self, path: str) -> BinaryIO: ...
    def close(self) -> None: ...


class _FolderReader(_Reader):
    def __init__(self, root: Path):
        self.root = root

    def files(self) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file())

    def open(self, path: str) -> BinaryIO:
        return open(self.root / path, "rb")


class _MaskedImage(io.RawIOBase):
    """An image read with some sectors blanked: pycdlib then opens it without those descriptors."""

    def __init__(self, raw: BinaryIO, masked: set[int]):
        self.raw, self.masked = raw, masked

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()

    def readinto(self, buffer) -> int:
        start = self.raw.tell()
        data = self.raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        for sector in self.masked:
            lo, hi = max(start, sector * SECTOR), min(start + n, (sector + 1) * SECTOR)
            if lo < hi:
                buffer[lo - start:hi - start] = bytes(hi - lo)
        return n


def _udf_descriptor_sectors(raw: BinaryIO) -> set[int]:
    """The sectors of the UDF volume recognition sequence (BEA01, NSR0x, TEA01) after ISO 9660's."""
    found, sector = set(), 16
    while sector < 64:
        raw.seek(sector * SECTOR)
        head = raw.read(6)
        if len(head) < 6 or head[1:6] not in (b"CD001", b"BEA01", b"NSR02", b"NSR03", b"TEA01", b"BOOT2"):
            break
        if head[1:6] != b"CD001":
            found.add(sector)
        sector += 1
    return found


class _IsoReader(_Reader):
    def __init__(self, image: Path):
        import pycdlib

        self.damaged_udf = False
        self.iso = pycdlib.PyCdlib()
        try:
            self.iso.open(str(image))
        except pycdlib.pycdlibexception.PyCdlibException:
            # A damaged UDF tree makes the whole image unreadable to pycdlib; the same files are
            # still reachable through Joliet, so read them there and report the damage.
            self.raw = open(image, "rb")
            masked = _udf_descriptor_sectors(self.raw)
            if not masked:
                self.raw.close()
                raise
            self.iso = pycdlib.PyCdlib()
            try:
                self.iso.open_fp(_MaskedImage(self.raw, masked))
            except Exception:
                self.raw.close()
                raise
            self.damaged_udf = True
        # UDF and Joliet keep the long Chinese names; plain ISO 9660 is the last resort.
        if self.iso.has_udf():
            self.key = "udf_path"
        elif self.iso.has_joliet():
            self.key = "joliet_path"
        else:
            self.key = "iso_path"

    def _name(self, name: str) -> str:
        return name.split(";")[0].rstrip(".") if self.key == "iso_path" else name

    def files(self) -> list[str]:
        out = []
        for dirpath, _dirs, names in self.iso.walk(**{self.key: "/"}):
            base = dirpath.strip("/")
            out.extend(f"{base}/{self._name(n)}" if base else self._name(n) for n in names)
        return sorted(out)

    def open(self, path: str) -> BinaryIO:
        target = "/" + path
        if self.key == "iso_path":
            target = "/" + path.upper() + ";1"
        return self.iso.open_file_from_iso(**{self.key: target})

    def close(self) -> None:
        self.iso.close()
        if self.damaged_udf:
            self.raw.close()


def _fold(path: str) -> str:
    return path.split(";")[0].rstrip(".").upper()


class _Names:
    """Paths as the manifests name them, found on the disc. A disc read through plain ISO 9660 (an
    old reader, a mount without Joliet) shows only the short names: BAGIT.TXT, DATA/R000012.MP4."""

    def __init__(self, present: list[str]):
        self.present = set(present)
        self.short = {_fold(p): p for p in present}

    def find(self, path: str) -> str | None:
        if path in self.present:
            return path
        alias = bag.iso9660_path(path)
        return self.short.get(_fold(alias)) if alias else None

    def payload(self) -> list[str]:
        return [p for p in self.present if p.startswith(bag.DATA + "/") or _fold(p).startswith("DATA/")]


def _read_all(reader: _Reader, path: str) -> bytes:
    with reader.open(path) as f:
        return f.read()


def _hash(reader: _Reader, path: str, on_bytes: Callable[[int], None],
          cancel: threading.Event | None) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with reader.open(path) as f:
        while block := f.read(CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            h.update(block)
            size += len(block)
            on_bytes(len(block))
    return h.hexdigest(), size


def _open_reader(path: Path) -> tuple[_Reader, str]:
    if path.is_dir():
        return _FolderReader(path), "folder"
    return _IsoReader(path), "iso"


def verify_disc(path: Path | str, progress: ProgressCallback | None = None,
                cancel: threading.Event | None = None) -> DiscReport:
    """Check a disc (mounted drive or folder: the bag's root) or an .iso image against its own
    manifests. Never raises for a bad disc; the report says what is wrong. Raises `Cancelled`."""
    path = Path(path)
    report = DiscReport(str(path), "folder" if path.is_dir() else "iso")
    if not path.exists():
        report.problems.append(Text(f"找不到 {path}。", f"{path} does not exist."))
        return report
    try:
        reader, report.kind = _open_reader(path)
    except Exception as exc:  # pycdlib raises its own and OS errors for a damaged image
        report.problems.append(Text(f"无法读取光盘映像 {path}：{exc}", f"Cannot read the disc image {path}: {exc}"))
        return report
    if getattr(reader, "damaged_udf", False):
        report.problems.append(Text("光盘的 UDF 文件系统已损坏，已改用 Joliet 读取文件。",
                                    "The disc's UDF file system is damaged; its files were read through Joliet."))
    try:
        _check(reader, report, progress, cancel)
    finally:
        reader.close()
    return report


def _check(reader: _Reader, report: DiscReport, progress: ProgressCallback | None,
           cancel: threading.Event | None) -> None:
    try:
        present = reader.files()
    except Exception as exc:
        report.problems.append(Text(f"无法列出光盘上的文件：{exc}", f"Cannot list the files on the disc: {exc}"))
        return
    names = _Names(present)
    declaration_at, manifest_at = names.find(bag.BAGIT_TXT), names.find(bag.MANIFEST)
    if declaration_at is None or manifest_at is None:
        report.problems.append(Text("这不是证据光盘：没有 bagit.txt 或 manifest-sha256.txt。",
                                    "This is not an evidence disc: bagit.txt or manifest-sha256.txt is missing."))
        return
    if declaration_at != bag.BAGIT_TXT:
        report.notes.append(Text("光盘只能按 ISO 9660 短文件名读取（没有 Joliet/UDF 长文件名），已按短文件名校验。",
                                    "The disc shows only short ISO 9660 names (no Joliet or UDF); "
                                    "it was checked by its short names."))
    try:
        declaration = bag.parse_bag_info(_read_all(reader, declaration_at))
        manifest_raw = _read_all(reader, manifest_at)
        manifest = bag.parse_manifest(manifest_raw, bag.MANIFEST)
        tags_at, info_at = names.find(bag.TAGMANIFEST), names.find(bag.BAG_INFO)
        tags = bag.parse_manifest(_read_all(reader, tags_at), bag.TAGMANIFEST) if tags_at else []
        if info_at:
            report.bag_info = bag.parse_bag_info(_read_all(reader, info_at))
    except (bag.BagFormatError, UnicodeDecodeError) as exc:
        report.problems.append(Text(f"清单格式错误：{exc}", f"A manifest is malformed: {exc}"))
        return
    except Exception as exc:
        report.problems.append(Text(f"无法读取清单：{exc}", f"Cannot read the manifests: {exc}"))
        return
    report.manifest_sha256 = hashlib.sha256(manifest_raw).hexdigest()
    if "BagIt-Version" not in declaration:
        report.problems.append(Text("bagit.txt 没有写明 BagIt-Version。", "bagit.txt does not declare BagIt-Version."))
    if not tags:
        report.problems.append(Text("缺少 tagmanifest-sha256.txt。", "tagmanifest-sha256.txt is missing."))

    listed = set()
    total = 0  # from the Payload-Oxum when the disc gives one
    oxum = report.bag_info.get("Payload-Oxum", "")
    if "." in oxum:
        total = int(oxum.split(".")[0] or 0)
    done = 0

    def on_bytes(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(DiscProgress("verify", done, max(total, done), current))

    payload_bytes = 0
    current = ""
    for expected, rel in manifest:
        current = rel
        if not rel.startswith(bag.DATA + "/"):
            report.problems.append(Text(f"清单中的路径不在 data/ 下：{rel}", f"A manifest path is outside data/: {rel}"))
        found = names.find(rel)
        listed.add(found)
        report.files.append(_check_one(reader, rel, found, expected, on_bytes, cancel))
        payload_bytes += report.files[-1].size or 0
    for rel in sorted(names.payload()):
        if rel not in listed:
            report.files.append(FileCheck(rel, EXTRA))
    for expected, rel in tags:
        current = rel
        report.files.append(_check_one(reader, rel, names.find(rel), expected, lambda n: None, cancel))
    if "." in oxum:
        octets, _, count = oxum.partition(".")
        if (octets, count) != (str(payload_bytes), str(len(manifest))) and not report.bad:
            report.problems.append(Text(f"Payload-Oxum 不符：应为 {oxum}，实为 {payload_bytes}.{len(manifest)}。",
                                        f"Payload-Oxum differs: {oxum} expected, {payload_bytes}.{len(manifest)} found."))
    report.intact = not report.problems and not report.bad


def _check_one(reader: _Reader, rel: str, found: str | None, expected: str, on_bytes: Callable[[int], None],
               cancel: threading.Event | None) -> FileCheck:
    """`rel` as the manifest names it, `found` where it lies on this disc (None: not there)."""
    if found is None:
        return FileCheck(rel, MISSING, expected)
    try:
        actual, size = _hash(reader, found, on_bytes, cancel)
    except Cancelled:
        raise
    except Exception:  # a scratched disc gives I/O errors: that file is unreadable, the rest is checked
        return FileCheck(rel, UNREADABLE, expected)
    return FileCheck(rel, OK if actual == expected else ALTERED, expected, actual, size)

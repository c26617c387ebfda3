"""The layout of an evidence disc: a BagIt bag (RFC 8493) that any standard tool can check.

```
bagit.txt                 BagIt-Version 1.0, UTF-8
bag-info.txt              unit, set number, case, disc n of m, made by / at, Payload-Oxum
manifest-sha256.txt       every file under data/ with its SHA-256: the disc's identity
tagmanifest-sha256.txt    the tag files below with their SHA-256
recordings.csv            per file: recording ID, recorded at, officer, device, place, case
文字说明材料.pdf           the written description (000§14, 003§21)
data/R000012_<original name>   the originals, byte for byte from the vault
```

This module knows only the layout and the text formats; it imports nothing of the archive, so
`disc_verify` can check a disc years later on a PC that has no archive.
"""
from __future__ import annotations

import re
import unicodedata

BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
RECORDINGS_CSV = "recordings.csv"
DESCRIPTION_PDF = "文字说明材料.pdf"
DATA = "data"
DECLARATION = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
# The plain ISO 9660 names (level 3 d-characters) beside the Joliet and UDF ones.
TAG_ISO_NAMES = {BAGIT_TXT: "BAGIT.TXT", BAG_INFO: "BAG_INFO.TXT", MANIFEST: "MANIFEST_SHA256.TXT",
                 TAGMANIFEST: "TAGMANIFEST_SHA256.TXT", RECORDINGS_CSV: "RECORDINGS.CSV",
                 DESCRIPTION_PDF: "DESCRIPTION.PDF"}

# Joliet allows 64 UCS-2 characters per name; pycdlib counts the 64 in UTF-8 bytes, so a Chinese
# name keeps about 20 characters.
JOLIET_MAX = 64
# Not allowed in Joliet names, nor on Windows, where the disc is usually read; and '%', which a
# manifest would have to percent-encode and not every BagIt tool decodes.
_BAD_CHARS = re.compile(r'[\x00-\x1f*/:;?\\<>"|%]')


class BagFormatError(ValueError):
    """A tag file that does not follow RFC 8493."""


def encode_path(path: str) -> str:
    """RFC 8493 §2.1.3: only %, CR and LF are percent-encoded in manifest paths."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_path(path: str) -> str:
    return re.sub(r"%(25|0[DdAa])", lambda m: {"25": "%", "0D": "\r", "0A": "\n"}[m.group(1).upper()], path)


def manifest_bytes(entries: list[tuple[str, str]]) -> bytes:
    """`(sha256, path)` pairs as manifest lines, in the order given."""
    return "".join(f"{digest}  {encode_path(path)}\n" for digest, path in entries).encode("utf-8")


def parse_manifest(data: bytes, name: str) -> list[tuple[str, str]]:
    entries = []
    for n, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2 or not re.fullmatch(r"[0-9a-fA-F]{64}", parts[0]):
            raise BagFormatError(f"{name} line {n}: not '<sha256> <path>'")
        entries.append((parts[0].lower(), decode_path(parts[1].lstrip("*").strip())))
    return entries


def bag_info_bytes(fields: list[tuple[str, str]]) -> bytes:
    lines = []
    for label, value in fields:
        # A value never spans lines here: a line break inside one is folded to a space.
        lines.append(f"{label}: {' '.join(str(value).split())}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_bag_info(data: bytes) -> dict[str, str]:
    """Labels to values; a repeated label keeps its values joined by '; ', continuation lines are unfolded."""
    fields: dict[str, str] = {}
    last = None
    for line in data.decode("utf-8").splitlines():
        if line[:1] in (" ", "\t") and last is not None:
            fields[last] += " " + line.strip()
        elif ":" in line:
            label, value = line.split(":", 1)
            last = label.strip()
            fields[last] = f"{fields[last]}; {value.strip()}" if last in fields else value.strip()
    return fields


def disc_file_name(recording_id: int, original_name: str) -> str:
    """The name a recording has on the disc: its ID first (names from cameras repeat), then the
    original name, cut to fit Joliet's 64 (bytes of UTF-8) but keeping the extension."""
    name = unicodedata.normalize("NFC", _BAD_CHARS.sub("_", original_name)).strip() or "file"
    prefix = f"R{recording_id:06d}_"
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    tail = f".{ext}" if ext else ""
    while len((prefix + stem + tail).encode("utf-8")) > JOLIET_MAX:
        stem = stem[:-1]
    return prefix + stem.rstrip() + tail


def iso9660_name(recording_id: int, original_name: str) -> str:
    """The plain ISO 9660 name, for readers that see neither Joliet nor UDF: R000012.MP4."""
    ext = original_name.rpartition(".")[2] if "." in original_name else ""
    ext = re.sub(r"[^A-Z0-9_]", "", ext.upper())[:3]
    return f"R{recording_id:06d}" + (f".{ext}" if ext else "")


def iso9660_path(path: str) -> str | None:
    """Where a file named in the manifests lies in the plain ISO 9660 tree: BAGIT.TXT, DATA/R000012.MP4."""
    if path in TAG_ISO_NAMES:
        return TAG_ISO_NAMES[path]
    m = re.fullmatch(rf"{DATA}/R(\d+)_(.*)", path, re.S)
    return f"DATA/{iso9660_name(int(m.group(1)), m.group(2))}" if m else None

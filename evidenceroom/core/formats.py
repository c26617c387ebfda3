"""What a source file is: a recording (video, audio, photo), device junk, or something else.

Decided from the file's own bytes first and its extension second, because cards carry files with
upper-case, missing or wrong extensions. Also finds damage (a truncated MP4 or JPEG) and the
capture time a file carries in its own metadata.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from evidenceroom.core.errors import Text
from evidenceroom.core.models import MediaKind

VIDEO_EXT = {"mp4", "mov", "avi", "mkv", "ts", "mts", "m2ts", "3gp", "flv", "wmv", "mpg", "mpeg", "vob",
             "asf", "h264", "h265", "264", "265", "dav"}
AUDIO_EXT = {"wav", "mp3", "amr", "aac", "m4a", "wma", "ogg", "opus", "flac"}
PHOTO_EXT = {"jpg", "jpeg", "png", "bmp", "heic", "heif", "tif", "tiff", "gif"}

# Files a device, an operating system or a camera app leaves beside recordings. They are not
# evidence; they are skipped and listed so the clerk sees what was passed over.
JUNK_NAMES = {"thumbs.db", ".ds_store", "desktop.ini", "ehthumbs.db", "autorun.inf", ".localized"}
JUNK_DIRS = {"system volume information", "$recycle.bin", ".trashes", ".spotlight-v100", ".fseventsd",
             ".temporaryitems", "lost.dir", ".thumbnails"}
SIDECAR_EXT = {"thm", "lrv", "idx", "scr", "xmp", "tmp", "bak", "log", "crc"}


@dataclass(frozen=True)
class Kind:
    media: MediaKind | None  # None: not a recording
    container: str  # "mp4", "wav", "jpeg", ... or "" when unknown


def junk_reason(path: Path) -> Text | None:
    name = path.name.lower()
    if name in JUNK_NAMES or name.startswith("._"):
        return Text("系统生成的附属文件，不是音像资料", "a file the operating system made; not a recording")
    if any(part.lower() in JUNK_DIRS for part in path.parts[:-1]):
        return Text("位于系统文件夹中，不是音像资料", "inside a system folder; not a recording")
    if path.suffix.lower().lstrip(".") in SIDECAR_EXT:
        return Text("设备生成的缩略图、索引或日志文件，不是音像资料",
                    "a thumbnail, index or log file the device made; not a recording")
    return None


def sniff(head: bytes) -> Kind:
    """Recognise a container from its first bytes (189 are plenty)."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"M4A ", b"M4B "):
            return Kind(MediaKind.AUDIO, "mp4")
        if brand in (b"heic", b"heix", b"mif1", b"msf1"):
            return Kind(MediaKind.PHOTO, "heif")
        return Kind(MediaKind.VIDEO, "mp4")
    if len(head) >= 8 and head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip"):
        return Kind(MediaKind.VIDEO, "mp4")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return Kind(MediaKind.AUDIO, "wav")
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return Kind(MediaKind.VIDEO, "avi")
    if head[:3] == b"\xff\xd8\xff":
        return Kind(MediaKind.PHOTO, "jpeg")
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return Kind(MediaKind.PHOTO, "png")
    if head[:2] == b"BM" and len(head) >= 6:
        return Kind(MediaKind.PHOTO, "bmp")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return Kind(MediaKind.PHOTO, "tiff")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Kind(MediaKind.PHOTO, "gif")
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return Kind(MediaKind.VIDEO, "matroska")
    if head[:16] == bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c"):
        return Kind(MediaKind.VIDEO, "asf")  # WMV and WMA share it; the extension decides below
    if head[:3] == b"FLV":
        return Kind(MediaKind.VIDEO, "flv")
    if head[:4] == b"\x00\x00\x01\xba":
        return Kind(MediaKind.VIDEO, "mpeg-ps")
    if len(head) >= 189 and head[0] == 0x47 and head[188] == 0x47:  # two 188-byte packets in step
        return Kind(MediaKind.VIDEO, "mpeg-ts")
    if head[:4] == b"\x00\x00\x00\x01" or head[:3] == b"\x00\x00\x01":
        return Kind(MediaKind.VIDEO, "h26x")
    if head[:5] == b"#!AMR":
        return Kind(MediaKind.AUDIO, "amr")
    if head[:3] == b"ID3" or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return Kind(MediaKind.AUDIO, "mp3")
    if head[:4] == b"OggS":
        return Kind(MediaKind.AUDIO, "ogg")
    if head[:4] == b"fLaC":
        return Kind(MediaKind.AUDIO, "flac")
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return Kind(MediaKind.AUDIO, "aac")
    if head[:4] == b"DHAV":
        return Kind(MediaKind.VIDEO, "dav")
    return Kind(None, "")


def classify(path: Path, head: bytes) -> Kind:
    kind = sniff(head)
    ext = path.suffix.lower().lstrip(".")
    if kind.container == "asf" and ext == "wma":
        return Kind(MediaKind.AUDIO, "asf")
    if kind.container == "mpeg-ts" and ext not in VIDEO_EXT:
        return Kind(None, "")  # a lone 0x47 byte proves nothing without the extension
    if kind.container == "mp3" and ext not in AUDIO_EXT and not head.startswith(b"ID3"):
        return Kind(None, "")
    if kind.container == "h26x" and ext not in VIDEO_EXT:
        return Kind(None, "")
    return kind


# --- damage ---------------------------------------------------------------------------------

def find_damage(path: Path, container: str, size: int) -> Text | None:
    """Structural damage that shows without decoding: a box or chunk running past the end."""
    with open(path, "rb") as f:
        if container == "mp4":
            return _mp4_damage(f, size)
        if container == "jpeg":
            f.seek(max(0, size - 2))
            if f.read(2) != b"\xff\xd9":
                return Text("照片文件不完整（缺少结束标记），可能被截断", "the photo is incomplete (no end marker): truncated")
        if container == "wav":
            head = f.read(12)
            declared = struct.unpack("<I", head[4:8])[0] + 8 if len(head) >= 8 else 0
            if declared > size:
                return Text(f"录音文件被截断：声明 {declared} 字节，实有 {size} 字节",
                            f"the recording is truncated: {declared} bytes declared, {size} present")
    return None


def _mp4_boxes(f, size: int):
    pos = 0
    while pos + 8 <= size:
        f.seek(pos)
        header = f.read(16)
        box_size, box_type = struct.unpack(">I4s", header[:8])
        if box_size == 1 and len(header) == 16:
            box_size = struct.unpack(">Q", header[8:16])[0]
        elif box_size == 0:
            box_size = size - pos
        if box_size < 8:
            yield box_type, pos, -1
            return
        yield box_type, pos, box_size
        pos += box_size


def _mp4_damage(f, size: int) -> Text | None:
    seen = set()
    for box_type, pos, box_size in _mp4_boxes(f, size):
        if box_size < 0:
            return Text(f"视频文件结构损坏（偏移 {pos} 处）", f"the video's structure is damaged at offset {pos}")
        if pos + box_size > size:
            return Text(f"视频文件被截断：“{box_type.decode('latin-1')}”段应有 {box_size} 字节，只剩 {size - pos} 字节",
                        f"the video is truncated: box '{box_type.decode('latin-1')}' needs {box_size} bytes, "
                        f"{size - pos} are left")
        seen.add(box_type)
    if b"moov" not in seen:
        return Text("视频文件缺少索引（moov），录制可能被中断", "the video has no index (moov): recording was interrupted")
    return None


# --- capture time from the file itself ---------------------------------------------------------

_MP4_EPOCH = datetime(1904, 1, 1, tzinfo=timezone.utc)


def metadata_time(path: Path, container: str, size: int) -> datetime | None:
    """The capture time a file states about itself (MP4 'mvhd', EXIF DateTimeOriginal).

    MP4 creation times are UTC by the standard; EXIF times are local and come back naive.
    """
    try:
        if container == "mp4":
            return _mp4_time(path, size)
        if container in ("jpeg", "tiff", "heif"):
            return _exif_time(path)
    except (OSError, ValueError, struct.error):
        return None
    return None


def _mp4_time(path: Path, size: int) -> datetime | None:
    with open(path, "rb") as f:
        for box_type, pos, box_size in _mp4_boxes(f, size):
            if box_type == b"moov" and box_size > 0:
                f.seek(pos + 8)
                data = f.read(min(box_size - 8, 1 << 20))
                i = data.find(b"mvhd")
                if i < 4:
                    return None
                version = data[i + 4]
                if version == 1:
                    seconds = struct.unpack(">Q", data[i + 8:i + 16])[0]
                else:
                    seconds = struct.unpack(">I", data[i + 8:i + 12])[0]
                if seconds == 0:
                    return None
                value = _MP4_EPOCH + timedelta(seconds=seconds)
                return value if value.year >= 2000 else None
    return None


def _exif_time(path: Path) -> datetime | None:
    from PIL import Image

    with Image.open(path) as img:
        exif = img.getexif()
        raw = exif.get_ifd(0x8769).get(36867) or exif.get(306)  # DateTimeOriginal, else DateTime
    if not raw:
        return None
    return datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S")


_NAME_TIME = re.compile(
    r"(?<!\d)(20\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])[-_ T.]?"
    r"([01]\d|2[0-3])[-_.:]?([0-5]\d)[-_.:]?([0-5]\d)(?!\d)"
)


def name_time(name: str) -> datetime | None:
    """A date and time in a file name, as body cameras write them (local time, naive)."""
    m = _NAME_TIME.search(name)
    if not m:
        return None
    try:
        return datetime(*(int(g) for g in m.groups()))
    except ValueError:
        return None

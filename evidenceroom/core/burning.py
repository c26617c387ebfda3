"""Burning a disc image with the system's burning tool, where there is a burner and a tool.

On Linux the drive is a /dev/sr* device and the tool xorriso, growisofs or wodim (in that
order of preference). On Windows the drive is a letter ("E:") and the tool is Windows' own Disc
Image Burner (isoburn.exe, which writes through the Image Mastering API and shows its own
progress window). Without a burner or a tool the image is left where it is for the office's
burning software, and the message says so. Whatever happens, the image is never removed here;
after burning, the disc is read back with `disc_register.verify_copy`.
"""
from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from evidenceroom.core import audit, platform
from evidenceroom.core.access import actor_of
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models.discs import DiscCopy
from evidenceroom.core.vault import Cancelled

TOOLS = ("xorriso", "growisofs", "wodim", "isoburn")


@dataclass(frozen=True)
class Burner:
    device: str  # /dev/sr0, or E: on Windows
    tool: str  # xorriso | growisofs | wodim | isoburn
    tool_path: str


def burn_tools() -> dict[str, str]:
    """The burning tools found on PATH, by name."""
    return {name: path for name in TOOLS if (path := shutil.which(name))}


def detect_burners() -> list[Burner]:
    """Every optical drive paired with the preferred tool; empty when either is missing."""
    tools = burn_tools()
    if not tools:
        return []
    name = next(t for t in TOOLS if t in tools)
    return [Burner(dev, name, tools[name]) for dev in platform.optical_drives()]


def why_no_burner(image: Path | None = None) -> ArchiveError:
    """The message for a PC that cannot burn: what is missing, and where the image is left."""
    left_zh = f"光盘映像已保存在 {image}，可用其他刻录软件刻录。" if image else ""
    left_en = f" The image is left at {image} for other burning software." if image else ""
    if platform.IS_WINDOWS and not burn_tools():
        return ArchiveError("没有找到 Windows 光盘映像刻录机（isoburn.exe）。" + left_zh
                            + "也可在资源管理器中右键该 .iso 文件，选择“刻录光盘映像”。",
                            "Windows Disc Image Burner (isoburn.exe) was not found." + left_en
                            + " In Explorer, right-click the .iso and choose 'Burn disc image'.")
    if not burn_tools():
        return ArchiveError("没有找到刻录程序（xorriso、growisofs 或 wodim），请安装 xorriso。" + left_zh,
                            "No burning tool found (xorriso, growisofs or wodim); install xorriso." + left_en)
    return ArchiveError("没有找到刻录机（光驱）。" + left_zh, "No disc burner (optical drive) found." + left_en)


def burn_command(burner: Burner, image: Path) -> list[str]:
    if burner.tool == "xorriso":
        return [burner.tool_path, "-as", "cdrecord", "-v", f"dev={burner.device}", "-dao", "-eject", str(image)]
    if burner.tool == "growisofs":
        return [burner.tool_path, "-dvd-compat", "-Z", f"{burner.device}={image}"]
    if burner.tool == "wodim":
        return [burner.tool_path, "-v", f"dev={burner.device}", "-dao", "-eject", str(image)]
    if burner.tool == "isoburn":
        # /Q closes the burner's window when it is done; the disc is verified afterwards anyway.
        return [burner.tool_path, "/Q", burner.device, str(image)]
    raise ArchiveError(f"不支持的刻录程序：{burner.tool}。", f"Not a supported burning tool: {burner.tool}.")


def burn(image: Path, burner: Burner | None = None, on_output: Callable[[str], None] | None = None,
         cancel: threading.Event | None = None) -> Burner:
    """Write `image` to a blank disc in `burner` (the first one found by default)."""
    image = Path(image)
    if not image.is_file():
        raise ArchiveError(f"找不到光盘映像 {image}。", f"The disc image {image} does not exist.")
    if burner is None:
        found = detect_burners()
        if not found:
            raise why_no_burner(image)
        burner = found[0]
    tail: list[str] = []
    with subprocess.Popen(burn_command(burner, image), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          stdin=subprocess.DEVNULL, text=True, errors="replace") as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if cancel is not None and cancel.is_set():
                proc.terminate()
                proc.wait()
                raise Cancelled()
            tail = (tail + [line.rstrip()])[-5:]
            if on_output is not None:
                on_output(line.rstrip())
    if proc.wait() != 0:
        detail = " / ".join(tail)
        raise ArchiveError(f"刻录失败（{burner.tool} 退出码 {proc.returncode}）：{detail}。光盘映像仍在 {image}。",
                           f"Burning failed ({burner.tool} exit {proc.returncode}): {detail}. "
                           f"The image is still at {image}.")
    return burner


def burn_copy(archive: Archive, clerk, copy_id: int, burner: Burner | None = None,
              on_output: Callable[[str], None] | None = None, cancel: threading.Event | None = None) -> Burner:
    """Burn the image of one copy's disc and audit it; the copy still needs its verification."""
    who = actor_of(clerk)
    with archive.session() as s:
        c = s.get(DiscCopy, copy_id)
        if c is None:
            raise ArchiveError(f"没有第 {copy_id} 号光盘副本。", f"There is no disc copy {copy_id}.")
        image, label = Path(c.disc.image_path), f"{c.disc.disc_set.set_no} {c.disc.number}/{c.disc.count} {c.copy}"
    try:
        used = burn(image, burner, on_output, cancel)
    except ArchiveError as exc:
        with archive.transaction() as s:
            audit.record(s, who, "disc_copy.burn_failed", "disc_copy", copy_id, disc=label,
                         device=burner.device if burner else None, reason=exc.text.zh)
        raise
    with archive.transaction() as s:
        audit.record(s, who, "disc_copy.burned", "disc_copy", copy_id, disc=label, device=used.device,
                     tool=used.tool, image=str(image))
    return used

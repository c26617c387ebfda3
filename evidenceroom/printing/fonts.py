"""A CJK TrueType font for printed documents, embedded (subset) in every PDF.

reportlab embeds TrueType outlines (glyf) only; OpenType/CFF fonts such as Noto Sans CJK are not
usable. The first font found is registered once and its name returned:

1. WenQuanYi Micro Hei (Linux package fonts-wqy-microhei), face 0 of the TTC;
2. a TrueType font shipped under resources/fonts/ (.ttf, or face 0 of a .ttc);
3. on Windows, SimSun, Microsoft YaHei or SimHei from the system font folder.
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from evidenceroom.resources import resource_path

FONT_NAME = "EvidenceRoomCJK"
WQY_MICROHEI = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
WINDOWS_FONTS = ("simsun.ttc", "msyh.ttc", "simhei.ttf")

_lock = threading.Lock()
_registered: str | None = None
_source: Path | None = None


class FontNotFound(RuntimeError):
    """No CJK TrueType font to print with."""


def _windows_fonts_dir() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def font_candidates() -> list[tuple[Path, int]]:
    """Where a CJK TrueType font is looked for, in order, as (path, face index in a collection)."""
    found: list[tuple[Path, int]] = [(WQY_MICROHEI, 0)]
    shipped = resource_path("fonts")
    if shipped.is_dir():
        found += [(p, 0) for p in sorted(shipped.iterdir()) if p.suffix.lower() in (".ttf", ".ttc")]
    if sys.platform == "win32":
        found += [(_windows_fonts_dir() / name, 0) for name in WINDOWS_FONTS]
    return found


def _load(path: Path, index: int) -> TTFont:
    if path.suffix.lower() == ".ttc":
        return TTFont(FONT_NAME, str(path), subfontIndex=index)
    return TTFont(FONT_NAME, str(path))


def load_first(candidates: list[tuple[Path, int]]) -> tuple[TTFont, Path]:
    """The first candidate reportlab can embed, or `FontNotFound` naming what to install."""
    tried: list[str] = []
    for path, index in candidates:
        if not path.is_file():
            tried.append(f"{path}（不存在）")
            continue
        try:
            return _load(path, index), path
        except Exception as exc:  # a CFF-flavoured or damaged font: try the next one
            tried.append(f"{path}（无法使用：{exc}）")
    raise FontNotFound(
        "找不到可嵌入的中文 TrueType 字体，无法打印。请安装文泉驿微米黑"
        "（Debian/Ubuntu：sudo apt-get install fonts-wqy-microhei），或把一个 TrueType 中文字体"
        "（.ttf/.ttc，不是 Noto CJK 的 OpenType/CFF 字体）放入 resources/fonts/；"
        "Windows 上需要系统自带的宋体（simsun.ttc）、微软雅黑（msyh.ttc）或黑体（simhei.ttf）。"
        "已查找：" + "；".join(tried)
        + "\nNo embeddable CJK TrueType font found. Install fonts-wqy-microhei, or put a TrueType CJK "
          "font (not Noto CJK, which is CFF) in resources/fonts/.")


def cjk_font() -> str:
    """Register the first usable CJK TrueType font with reportlab (once) and return its name."""
    global _registered, _source
    with _lock:
        if _registered is None:
            font, _source = load_first(font_candidates())
            pdfmetrics.registerFont(font)
            _registered = FONT_NAME
        return _registered


def cjk_font_path() -> Path | None:
    """The file the registered font came from, once `cjk_font()` has run."""
    return _source

#!/usr/bin/env python3
"""Screenshots of the import page on the demo archive, for the documentation.

Makes a demo archive (`evidenceroom --archive DIR demo`) in a temporary folder, signs in as the
clerk and shows ImportPage at 1366×768 on Qt's offscreen platform. The source is
`resources/samples` (already in the demo archive, so its clips come back as duplicates, and its
README.md is refused) together with a small card holding two new recordings and a system file.
Saves the details step and the result step:

    docs/screenshots/import_details.png
    docs/screenshots/import_result.png

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_import.py [--out DIR] [--archive DIR]
"""
from __future__ import annotations

import argparse
import math
import os
import struct
import sys
import tempfile
import time
import wave
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))
from shot_support import make_demo_archive  # noqa: E402
sys.path.insert(0, str(REPO))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    ap.add_argument("--archive", type=Path, help="use this demo archive instead of making one")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="evidenceroom-shot-") as tmp:
        root = args.archive or Path(tmp) / "演示档案库"
        if args.archive is None:
            make_demo_archive(root)
        card = make_card(Path(tmp) / "可移动磁盘 (F)")
        return shoot(root, [REPO / "resources" / "samples", card], args.out)


def _tone(path: Path, freq: float, seconds: float = 4.0, rate: int = 8000) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", int(2500 * math.sin(2 * math.pi * freq * i / rate)))
                               for i in range(int(seconds * rate))))


def make_card(root: Path) -> Path:
    """A voice recorder's card: two new recordings and the index file Windows leaves behind."""
    from PIL import Image, ImageDraw

    media = root / "RECORD" / "20261129"
    media.mkdir(parents=True)
    _tone(media / "REC20261129_101500.WAV", 410)
    _tone(media / "REC20261129_102230.WAV", 470, seconds=6)
    img = Image.new("RGB", (640, 480), (92, 110, 128))
    ImageDraw.Draw(img).rectangle((120, 140, 520, 340), fill=(200, 194, 176))
    img.save(root / "RECORD" / "IMG_20261129_101800.JPG", quality=85)
    (root / "Thumbs.db").write_bytes(b"\x00" * 64)
    return root


def _wait(app, until, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the import page did not get there in time")
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def _save(page, path: Path) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not page.grab().save(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return False
    print(f"saved {path}")
    return True


def shoot(root: Path, sources: list[Path], out: Path) -> int:
    from PySide6.QtCore import QDateTime
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from evidenceroom.core.accounts import sign_in
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.demo import DEMO_PASSWORD
    from evidenceroom.ui.imports.import_wizard import RESULT, ImportPage

    app = QApplication([sys.argv[0]])
    app.setFont(QFont("WenQuanYi Micro Hei", 10))
    ok = True
    with Archive.open(root) as archive:
        user = sign_in(archive, "clerk", DEMO_PASSWORD)
        page = ImportPage(archive, user)
        page.resize(1366, 768)
        page.show()
        page.set_sources(sources)
        _wait(app, lambda: page.files.files() is not None)

        details = page.details
        details.select_officer("13030002")
        details.select_handed_in_by("13030001")
        details.select_device("PEN-A8-05")
        details.case_combo.setEditText("秦水罚〔2026〕34号")
        details.ended_check.setChecked(True)
        details.ended_edit.setDateTime(QDateTime.currentDateTime().addSecs(-30 * 3600))
        details.kind_combo.setEditText("调查取证")
        details.place_edit.setText("抚宁区某工业园取水口")
        _wait(app, lambda: "34号" in details.case_hint.text())
        details.officer_combo.setFocus()
        ok &= _save(page, out / "import_details.png")

        page.go_next()  # the files
        page.go_next()  # 开始导入
        _wait(app, lambda: page.step() == RESULT)
        page.result.again_button.setFocus()
        ok &= _save(page, out / "import_result.png")
        s = page.result.summary
        print(f"batch {s.batch_id}: {len(s.imported)} imported, {len(s.duplicates)} duplicates, "
              f"{len(s.rejected)} rejected, {len(s.skipped)} skipped")
        page.shutdown()
        page.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

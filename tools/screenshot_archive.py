#!/usr/bin/env python3
"""Screenshot of the archive browser on the demo archive, for the documentation.

Makes a demo archive (`evidenceroom --archive DIR demo`) in a temporary folder, signs in as the
clerk, shows ArchivePage at 1366×768 on Qt's offscreen platform with a recording selected, and
saves docs/screenshots/archive_browser.png.

Usage: .venv/bin/python tools/screenshot_archive.py [--out PATH] [--archive DIR]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))
from shot_support import make_demo_archive  # noqa: E402
sys.path.insert(0, str(REPO))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "archive_browser.png")
    ap.add_argument("--archive", type=Path, help="use this demo archive instead of making one")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="evidenceroom-shot-") as tmp:
        root = args.archive or Path(tmp) / "演示档案库"
        if args.archive is None:
            make_demo_archive(root)
        return shoot(root, args.out)


def shoot(root: Path, out: Path) -> int:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from evidenceroom.core.accounts import sign_in
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.demo import DEMO_PASSWORD
    from evidenceroom.ui.archive.browser import ArchivePage
    from evidenceroom.ui.archive.recording_model import COLUMNS

    app = QApplication([sys.argv[0]])
    app.setFont(QFont("WenQuanYi Micro Hei", 10))
    with Archive.open(root) as archive:
        user = sign_in(archive, "clerk", DEMO_PASSWORD)
        page = ArchivePage(archive, user)
        page.resize(1366, 768)
        page.show()
        app.processEvents()
        # The clip handed in late: the detail panel then shows the hand-in status in red.
        late = [r for r in range(page.recordings.rowCount())
                if page.recordings.recording_at(r).deadline_status == "late"]
        page.recording_table.selectRow(late[0] if late else 0)
        page.recording_table.setFocus()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not page.grab().save(str(out)):
            print(f"could not write {out}", file=sys.stderr)
            return 1
        shown = [page.recordings.index(0, c).data() for c in range(len(COLUMNS))]
        print(f"saved {out} ({page.recordings.rowCount()} recordings; first row: {' | '.join(shown)})")
        page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

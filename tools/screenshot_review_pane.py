"""Screenshot of the review pane for the documentation: docs/screenshots/review_pane.png.

Builds a demo archive in a temporary folder, signs in as the clerk, opens the first body-camera
clip in the review pane at 1366×768, plays it for about 1.5 s, pauses, adds a marker and a
snapshot, and photographs the whole (virtual) screen with ImageMagick's `import`.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_review_pane.py [--size WxH] [OUT.png]

Run without a display, it starts itself again under xvfb-run. `--size` shows the pane smaller
than the screen, as it is inside the main window.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))
from shot_support import make_demo_archive, under_xvfb  # noqa: E402
WIDTH, HEIGHT = 1366, 768




def main() -> int:
    parser = argparse.ArgumentParser(description="screenshot of the review pane")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="size of the pane, WxH (default: the screen)")
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "docs" / "screenshots" / "review_pane.png")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    under_xvfb(WIDTH, HEIGHT)
    out = args.out
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from evidenceroom.core import accounts
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.demo import DEMO_PASSWORD
    from evidenceroom.core.models import Recording
    from evidenceroom.ui.player.review_pane import PaneState, ReviewPane

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="evidenceroom-shot-") as tmp:
        root = Path(tmp) / "演示档案库"
        make_demo_archive(root)
        archive = Archive.open(root)
        clerk = accounts.sign_in(archive, "clerk", DEMO_PASSWORD)
        with archive.session() as s:
            clip = s.scalar(select(Recording.id).where(Recording.media_kind == "video").order_by(Recording.id))

        pane = ReviewPane(archive, clerk)
        pane.setWindowTitle("EvidenceRoom — 调阅")
        pane.setGeometry(0, 0, width, height)
        pane.show()
        pane.open_recording(clip)
        result = {"code": 1}

        def step(name: str, wait_ms: int, action) -> None:
            QTimer.singleShot(wait_ms, lambda: (print(name, pane.state(), pane.position_ms()), action()))

        def shoot() -> None:
            out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["import", "-window", "root", str(out)], check=True)
            result["code"] = 0 if pane.state() == PaneState.PAUSED else 1
            pane.close()
            app.quit()

        def add_marker() -> None:
            pane.panel.text.setText("到达现场，出示执法证件并告知全程录音录像")
            pane.panel.add_button.click()
            pane.take_snapshot()
            pane.panel.text.setText("当事人陈述砂场开工时间")
            pane.panel.text.setFocus()

        def playing(state: str) -> None:
            if state == PaneState.PLAYING and not result.get("paused"):
                result["paused"] = True
                step("pause", 1500, pane.pause)
                step("mark", 2100, add_marker)
                step("shoot", 3100, shoot)

        pane.stateChanged.connect(playing)
        step("play", 500, pane.play)
        QTimer.singleShot(30000, app.quit)  # never hang a build
        app.exec()
        archive.close()
    print(f"wrote {out}")
    return result["code"]


if __name__ == "__main__":
    raise SystemExit(main())

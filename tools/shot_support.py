"""What the screenshot tools share: a virtual display when there is none, and a demo archive."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def under_xvfb(width: int, height: int) -> None:
    """Without a display, run this same command again under xvfb-run, and exit with its status."""
    if os.environ.get("DISPLAY"):
        return
    if shutil.which("xvfb-run") is None:
        sys.exit("needs an X display, or xvfb-run to make one (apt-get install xvfb)")
    cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24", sys.executable, *sys.argv]
    sys.exit(subprocess.call(cmd))


def make_demo_archive(root: Path) -> Path:
    """A demo archive at `root`, made through the real command line."""
    subprocess.run([sys.executable, "-m", "evidenceroom", "--archive", str(root), "demo"], check=True,
                   cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    return root

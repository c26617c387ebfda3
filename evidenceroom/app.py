"""The desktop application's entry point."""
from __future__ import annotations

import sys
from pathlib import Path


def run_gui(archive_dir: Path) -> int:
    from evidenceroom.ui.application import run

    return run(archive_dir, sys.argv[:1])

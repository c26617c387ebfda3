"""The desktop application's entry point."""
from __future__ import annotations

import sys
from pathlib import Path


def run_gui(archive_dir: Path | None) -> int:
    """The GUI on the given archive, else the one chosen at first run, else the user data folder."""
    from evidenceroom.ui.application import run

    return run(archive_dir, sys.argv[:1])

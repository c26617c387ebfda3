"""Fixtures for the command-line tests: archives made by the real `init`, and real footage."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import REPO, noisy_clip


@pytest.fixture(scope="session")
def archive_template(tmp_path_factory) -> Path:
    """One archive made by the real `init`; tests get copies of it to save the start-up time."""
    root = tmp_path_factory.mktemp("template") / "档案库"
    proc = subprocess.run([sys.executable, "-m", "evidenceroom", "--archive", str(root), "init",
                           "--unit", "测试市水务局"], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return root


@pytest.fixture
def fresh_archive(archive_template: Path, archive_dir: Path) -> Path:
    """An empty archive, created by `init`, in a folder with Chinese and spaces in its path."""
    archive_dir.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(archive_template, archive_dir)
    return archive_dir


@pytest.fixture(scope="session")
def big_clip(tmp_path_factory) -> Path:
    """A real body-camera clip of a few MB, bigger than the small test clips by far."""
    path = noisy_clip(tmp_path_factory.mktemp("big") / "20261128_101500_0007.MP4", seed=99, seconds=1)
    assert path.stat().st_size > 2_500_000
    return path

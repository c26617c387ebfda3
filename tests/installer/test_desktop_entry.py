"""The Linux bundle's menu entry: written for the folder the bundle lies in, removed on request."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "installer" / "linux"


def unpacked_bundle(tmp_path: Path) -> Path:
    """The files install-desktop-entry.sh finds beside itself in an unpacked bundle."""
    folder = tmp_path / "程序 目录" / "evidenceroom-0.1.0"
    folder.mkdir(parents=True)
    shutil.copy(LINUX / "install-desktop-entry.sh", folder)
    shutil.copy(LINUX / "evidenceroom.desktop", folder)
    shutil.copy(REPO / "resources" / "icons" / "evidenceroom-256.png", folder / "evidenceroom.png")
    return folder


def run(folder: Path, data_home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(folder / "install-desktop-entry.sh"), *args], capture_output=True,
                          text=True, encoding="utf-8", env={**os.environ, "XDG_DATA_HOME": str(data_home)})


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys like Name[zh_CN] keep their case
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_shipped_entry_names_the_program_in_both_languages():
    entry = read_entry(LINUX / "evidenceroom.desktop")
    assert entry["Type"] == "Application" and entry["Exec"] == "evidenceroom"
    assert entry["Name[zh_CN]"] == "执法音像资料管理"
    assert entry["Categories"].endswith(";")


def test_entry_points_into_the_bundle_folder_even_with_spaces_and_chinese(tmp_path):
    folder = unpacked_bundle(tmp_path)
    data_home = tmp_path / "data"
    proc = run(folder, data_home)
    assert proc.returncode == 0, proc.stderr
    written = data_home / "applications" / "evidenceroom.desktop"
    entry = read_entry(written)
    assert entry["Exec"] == f'"{folder}/evidenceroom"'
    assert entry["Icon"] == f"{folder}/evidenceroom.png" and Path(entry["Icon"]).is_file()
    assert entry["Name[zh_CN]"] == "执法音像资料管理"

    removed = run(folder, data_home, "--remove")
    assert removed.returncode == 0 and not written.exists()

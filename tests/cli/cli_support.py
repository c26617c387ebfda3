"""Helpers for the command-line tests: run the real program, make real footage, and look at an
archive the way an auditor would, with sqlite3 and the file system."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *args], check=True)


def noisy_clip(path: Path, seed: int, seconds: float, size: str = "320x240") -> Path:
    """A real H.264 + AAC recording whose noise makes it a few MB and unlike any other seed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ffmpeg("-f", "lavfi", "-i", f"testsrc2=size={size}:rate=25:duration={seconds}",
           "-f", "lavfi", "-i", f"sine=frequency={300 + 20 * seed}:duration={seconds}",
           "-vf", f"noise=alls=60:allf=t+u:all_seed={seed}", "-c:v", "libx264", "-preset", "ultrafast",
           "-qp", "0", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path))
    return path


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def rows(archive: Path, sql: str, *params) -> list[tuple]:
    """Read the archive's database directly, as an auditor with sqlite3 would."""
    with closing(sqlite3.connect(archive / "archive.db")) as conn:
        return conn.execute(sql, params).fetchall()


def scalar(archive: Path, sql: str, *params):
    found = rows(archive, sql, *params)
    return found[0][0] if found else None


def vault_objects(archive: Path) -> list[Path]:
    objects = archive / "vault" / "objects"
    return sorted(p for p in objects.rglob("*") if p.is_file()) if objects.exists() else []


def vault_tmp(archive: Path) -> list[Path]:
    tmp = archive / "vault" / "tmp"
    return sorted(tmp.iterdir()) if tmp.exists() else []


def mentions(text: str, zh: str, en: str) -> bool:
    """Messages come in the product's two languages; either wording is the same message."""
    return zh in text or en.lower() in text.lower()


def run_json(proc: subprocess.CompletedProcess) -> dict:
    """`--json` prints exactly one JSON object on stdout and nothing else."""
    assert proc.stdout.strip(), f"no output; stderr: {proc.stderr}"
    return json.loads(proc.stdout)


def cli_command(*args: str | Path) -> list[str]:
    """The real command line, as `conftest.run_cli` runs it, for tests that need their own Popen."""
    return [sys.executable, "-m", "evidenceroom", *map(str, args)]

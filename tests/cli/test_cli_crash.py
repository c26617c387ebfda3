"""The import killed (SIGKILL) at random moments: the archive stays consistent after every kill, the
next open clears what was left, and running the import again finishes the job without duplicates."""
from __future__ import annotations

import json
import os
import random
import shutil
import struct
import subprocess
import time
from pathlib import Path

import pytest

from cli_support import (
    REPO, cli_command, noisy_clip, rows, run_json, scalar, sha256_file, vault_objects, vault_tmp,
)

ROUNDS = 8
LONG_CLIP_MB = 160


@pytest.fixture(scope="module")
def footage(tmp_path_factory) -> Path:
    """A body camera's card: twelve real recordings of a few MB each, plus one copied twice."""
    card = tmp_path_factory.mktemp("crash") / "可移动磁盘 (E)"
    for n in range(12):
        folder = card / "DCIM" / f"10{n % 3}MEDIA"
        noisy_clip(folder / f"20261128_{9 + n // 6:02d}{n * 7 % 60:02d}00_{n:04d}.MP4", seed=n,
                   seconds=round(0.6 + 0.1 * (n % 5), 1))
    first = sorted(card.rglob("*.MP4"))[0]
    shutil.copy(first, card / "备份 同一段录像.MP4")
    return card


@pytest.fixture(scope="module")
def long_card(tmp_path_factory) -> Path:
    """One long recording (MP4 header over random content): its copy into the vault takes long
    enough, even on a fast disk, for a kill to land while it is half-written."""
    card = tmp_path_factory.mktemp("crash-long") / "长 录像"
    card.mkdir()
    ftyp = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    size = LONG_CLIP_MB << 20
    with open(card / "20261128_150000_0099.MP4", "wb") as f:
        f.write(ftyp)
        f.write(struct.pack(">I4s", size - len(ftyp), b"mdat"))
        for _ in range(LONG_CLIP_MB):
            f.write(os.urandom(1 << 20))
    return card


def _start_import(archive: Path, card: Path) -> subprocess.Popen:
    return subprocess.Popen(cli_command("--archive", archive, "import", "--json", card), cwd=REPO,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _check_consistent_as_left(archive: Path) -> None:
    """What a crash may leave: complete records and complete vault files only."""
    recorded = rows(archive, "SELECT id, sha256 FROM recording")
    shas = [sha for _, sha in recorded]
    assert len(shas) == len(set(shas)), "the same content recorded twice"
    for rec_id, sha in recorded:
        stored = archive / "vault" / "objects" / sha[:2] / sha
        assert stored.is_file(), f"recording {rec_id} has no vault file"
        assert sha256_file(stored) == sha, f"recording {rec_id}'s vault file is not what was recorded"
    # Anything under objects/ was renamed there only once complete: its content is its name.
    for path in vault_objects(archive):
        assert path.parent.name == path.name[:2]
        assert sha256_file(path) == path.name, f"a half-written file is counted as stored: {path}"
    assert rows(archive, "SELECT i.id FROM import_item i LEFT JOIN recording r ON r.id = i.recording_id "
                         "WHERE i.recording_id IS NOT NULL AND r.id IS NULL") == []
    assert rows(archive, "SELECT r.id FROM recording r LEFT JOIN import_batch b ON b.id = r.batch_id "
                         "WHERE b.id IS NULL") == []


def _wait_for_a_file_being_stored(archive: Path, proc: subprocess.Popen, limit: float = 60) -> bool:
    """True once a file is being written into the vault; False if the import ended first."""
    tmp = archive / "vault" / "tmp"
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if tmp.is_dir() and any(tmp.iterdir()):
            return True
        time.sleep(0.001)
    return False


def _after_a_kill(cli, archive: Path, label: str) -> list[Path]:
    """Check what the kill left, open the archive with the next command, check it was cleared.

    Returns the unfinished vault files that were there before the next open."""
    _check_consistent_as_left(archive)
    running = [b for (b,) in rows(archive, "SELECT id FROM import_batch WHERE status = 'running'")]
    assert len(running) <= 1, label
    leftovers = vault_tmp(archive)

    opened = cli("--archive", archive, "verify", "--json")
    assert "Traceback" not in opened.stderr, opened.stderr
    report = run_json(opened)
    assert vault_tmp(archive) == [], f"{label}: unfinished vault files were not removed"
    assert rows(archive, "SELECT count(*) FROM import_batch WHERE status = 'running'") == [(0,)], label
    for batch_id in running:
        assert scalar(archive, "SELECT status FROM import_batch WHERE id = ?", batch_id) == "interrupted"
        assert scalar(archive, "SELECT count(*) FROM audit_event WHERE action = 'import.interrupted' "
                               "AND target_id = ?", batch_id) == 1
    # Only complete files stored just before the kill, not yet recorded, may show up; no file is
    # missing or altered and the audit chain holds.
    objects = vault_objects(archive)
    recorded = {sha for (sha,) in rows(archive, "SELECT sha256 FROM recording")}
    assert sorted((p["kind"], p["path"]) for p in report["problems"]) == sorted(
        ("extra", str(p)) for p in objects if p.name not in recorded), label
    assert report["checked"] == len(recorded)
    assert opened.returncode == (0 if report["ok"] else 1)
    _check_consistent_as_left(archive)
    return leftovers


@pytest.mark.slow
def test_an_import_killed_at_random_moments_leaves_a_consistent_archive_and_a_rerun_finishes_it(
        cli, archive_template, footage, long_card, tmp_path):
    sources = sorted(p for p in footage.rglob("*") if p.is_file())
    distinct = {sha256_file(p) for p in sources}
    assert len(sources) == 13 and len(distinct) == 12
    assert all(p.stat().st_size > 1_000_000 for p in sources)

    # First, kills aimed at the middle of a long file's copy into the vault (an archive of its
    # own), until one leaves a half-written file behind. The file is long so that this does not
    # depend on how fast the machine is.
    aimed = tmp_path / "中途 档案库"
    shutil.copytree(archive_template, aimed)
    left_behind = []
    for attempt in range(6):
        proc = _start_import(aimed, long_card)
        _wait_for_a_file_being_stored(aimed, proc)
        proc.kill()
        proc.communicate(timeout=120)
        left_behind = _after_a_kill(cli, aimed, f"aimed kill {attempt}")
        if left_behind:
            break
    assert left_behind, "no kill caught a file half-way into the vault"

    # How long a whole import of the card takes here, and when its first file starts to be
    # stored: the kills below spread over start-up and over the storing itself.
    timing = tmp_path / "计时 档案库"
    shutil.copytree(archive_template, timing)
    started = time.monotonic()
    proc = _start_import(timing, footage)
    assert _wait_for_a_file_being_stored(timing, proc)
    storing_from = time.monotonic() - started
    out, err = proc.communicate(timeout=300)
    full_import = time.monotonic() - started
    assert proc.returncode == 0, err
    assert len(json.loads(out)["imported"]) == 12
    storing = max(full_import - storing_from, 0.05)

    archive = tmp_path / "证据 室" / "档案库 A"
    archive.parent.mkdir()
    shutil.copytree(archive_template, archive)

    # Kills after random delays: even rounds anywhere in the run, start-up included; odd rounds
    # once the import is storing files (what is left to store shrinks as rounds go by).
    rng = random.Random(20261128)
    killed_while_running = 0
    for round_no in range(ROUNDS):
        proc = _start_import(archive, footage)
        if round_no % 2 == 0:
            time.sleep(rng.uniform(0.05, full_import))
        elif _wait_for_a_file_being_stored(archive, proc):
            time.sleep(rng.uniform(0, storing / 2))
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=120)
        running = [b for (b,) in rows(archive, "SELECT id FROM import_batch WHERE status = 'running'")]
        killed_while_running += len(running)
        _after_a_kill(cli, archive, f"round {round_no}")
    assert killed_while_running >= 1, "no kill landed while an import was running"

    finish = cli("--archive", archive, "import", "--json", footage)
    assert finish.returncode == 0, finish.stderr
    result = run_json(finish)
    assert result["rejected"] == [] and result["skipped"] == []
    assert sorted(i["path"] for i in result["imported"] + result["duplicates"]) == sorted(map(str, sources))
    recorded = rows(archive, "SELECT sha256 FROM recording")
    assert len(recorded) == len(distinct)
    assert {sha for (sha,) in recorded} == distinct
    assert len(vault_objects(archive)) == len(distinct)
    _check_consistent_as_left(archive)

    final = cli("--archive", archive, "verify", "--json")
    assert final.returncode == 0, final.stdout + final.stderr
    assert run_json(final) == {"ok": True, "checked": len(distinct), "problems": []}

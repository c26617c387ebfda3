"""`backup` and `restore` on the command line: exit codes, --json, refusals, and a backup killed
(SIGKILL) mid-way: the previous backup stays good and the next run completes without copying
again what was already there."""
from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from cli_support import REPO, cli_command, mentions, rows, run_json, sha256_file
from evidenceroom.core.demo import write_tone

MANIFEST = "evidenceroom-backup.json"


@pytest.fixture(scope="module")
def recorder_card(tmp_path_factory) -> Path:
    """A voice recorder's card: ten recordings of about a megabyte each."""
    card = tmp_path_factory.mktemp("备份") / "录音笔 (G)"
    card.mkdir()
    for n in range(10):
        write_tone(card / f"REC20261128_{90000 + n:06d}.WAV", 220 + 31 * n, seconds=10, rate=48000)
    return card


def _import(cli, archive: Path, *paths: Path) -> None:
    proc = cli("--archive", archive, "import", "--json", *paths)
    assert proc.returncode == 0, proc.stderr


def test_backup_and_restore_round_trip_with_json(cli, fresh_archive, recorder_card, tmp_path):
    _import(cli, fresh_archive, *sorted(recorder_card.iterdir())[:3])
    dest = tmp_path / "移动硬盘" / "备份"
    first = cli("--archive", fresh_archive, "backup", dest, "--json")
    assert first.returncode == 0, first.stderr
    report = run_json(first)
    assert report["ok"] and report["objects_copied"] == 3 and report["objects_present"] == 0
    again = run_json(cli("--archive", fresh_archive, "backup", dest, "--json"))
    assert again["objects_copied"] == 0 and again["objects_present"] == 3

    target = tmp_path / "新 档案库"
    restored = cli("restore", dest, target, "--json")
    assert restored.returncode == 0, restored.stderr
    assert run_json(restored)["restored"] == 3
    verified = cli("--archive", target, "verify", "--json")
    assert verified.returncode == 0 and run_json(verified)["ok"]
    assert rows(target, "SELECT id, sha256 FROM recording ORDER BY id") == \
        rows(fresh_archive, "SELECT id, sha256 FROM recording ORDER BY id")
    assert rows(fresh_archive, "SELECT status FROM backup_run") == [("ok",), ("ok",)]

    plain = cli("--archive", fresh_archive, "backup", dest)
    assert plain.returncode == 0 and "backup ok" in plain.stdout


def test_refusals_exit_2_and_a_damaged_backup_exits_1_naming_the_file(cli, fresh_archive, recorder_card, tmp_path):
    _import(cli, fresh_archive, *sorted(recorder_card.iterdir())[:2])
    dest = tmp_path / "备份"
    assert cli("--archive", fresh_archive, "backup", dest).returncode == 0
    other = tmp_path / "别的 单位"
    assert cli("--archive", other, "init", "--unit", "别的水务局").returncode == 0
    refused = cli("--archive", other, "backup", dest)
    assert refused.returncode == 2
    assert mentions(refused.stderr, "另一个档案库", "another archive")

    occupied = tmp_path / "占用"
    occupied.mkdir()
    (occupied / "a.txt").write_text("x")
    not_empty = cli("restore", dest, occupied)
    assert not_empty.returncode == 2 and mentions(not_empty.stderr, "不是空文件夹", "is not empty")

    victim = next((dest / "vault" / "objects").rglob("*"))
    while victim.is_dir():
        victim = next(victim.iterdir())
    victim.unlink()
    damaged = cli("restore", dest, tmp_path / "恢复", "--json")
    assert damaged.returncode == 1
    problems = run_json(damaged)["problems"]
    assert [(p["kind"], p["sha256"]) for p in problems] == [("missing", victim.name)]
    assert victim.name in problems[0]["detail"]


def _wait_for_copying(dest: Path, proc: subprocess.Popen, limit: float = 60) -> None:
    tmp = dest / "tmp"
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if tmp.is_dir() and any(p.name.endswith(".part") and not p.name.startswith("archive.db")
                                for p in tmp.iterdir()):
            return
        time.sleep(0.001)


@pytest.mark.slow  # a dozen command-line runs: 15-30 s
def test_a_backup_killed_midway_leaves_the_previous_backup_good_and_the_next_run_resumes(
        cli, fresh_archive, recorder_card, tmp_path):
    files = sorted(recorder_card.iterdir())
    _import(cli, fresh_archive, *files[:2])
    dest = tmp_path / "备份 盘"
    assert cli("--archive", fresh_archive, "backup", dest).returncode == 0
    manifest = (dest / MANIFEST).read_bytes()
    _import(cli, fresh_archive, *files[2:])

    rng = random.Random(7)
    killed = 0
    for round_no in range(3):
        proc = subprocess.Popen(cli_command("--archive", fresh_archive, "backup", dest, "--json"), cwd=REPO,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _wait_for_copying(dest, proc)
        time.sleep(rng.uniform(0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        if proc.returncode == 0:
            break  # finished before the kill landed: nothing left to interrupt
        killed += 1
        assert (dest / MANIFEST).read_bytes() == manifest, f"round {round_no}: the manifest changed"
        # What the previous backup holds is still there, whole.
        for obj in json.loads(manifest)["objects"]:
            path = dest / "vault" / "objects" / obj["sha256"][:2] / obj["sha256"]
            assert sha256_file(path) == obj["sha256"]
        # Anything renamed into the backup is complete: its content is its name.
        for path in (dest / "vault" / "objects").rglob("*"):
            if path.is_file():
                assert sha256_file(path) == path.name, f"a half-written file counts as backed up: {path}"

    assert killed >= 1
    earlier = cli("restore", dest, tmp_path / "恢复 旧", "--json")
    assert earlier.returncode == 0 and run_json(earlier)["restored"] >= 2

    resumed = run_json(cli("--archive", fresh_archive, "backup", dest, "--json"))
    assert resumed["ok"]
    assert resumed["objects_total"] == 10 and resumed["objects_present"] >= 2
    assert not list((dest / "tmp").iterdir())
    statuses = [s for (s,) in rows(fresh_archive, "SELECT status FROM backup_run ORDER BY id")]
    assert statuses[0] == "ok" and statuses[-1] == "ok"
    assert "running" not in statuses  # a killed run is marked interrupted by the next one

    final = cli("restore", dest, tmp_path / "恢复 新", "--json")
    assert final.returncode == 0 and run_json(final)["restored"] == 10
    assert cli("--archive", tmp_path / "恢复 新", "verify").returncode == 0


def test_repair_brings_a_deleted_vault_file_back_from_the_backup(cli, fresh_archive, recorder_card, tmp_path):
    _import(cli, fresh_archive, *sorted(recorder_card.iterdir())[:2])
    dest = tmp_path / "备份"
    assert cli("--archive", fresh_archive, "backup", dest).returncode == 0
    (rec_id, sha), = rows(fresh_archive, "SELECT id, sha256 FROM recording ORDER BY id LIMIT 1")
    stored = fresh_archive / "vault" / "objects" / sha[:2] / sha
    stored.unlink()
    assert cli("--archive", fresh_archive, "verify").returncode == 1
    repaired = cli("--archive", fresh_archive, "repair", dest, "--json")
    assert repaired.returncode == 0, repaired.stderr
    report = run_json(repaired)
    assert [(p["kind"], p["recording_id"]) for p in report["restored"]] == [("missing", rec_id)]
    assert sha256_file(stored) == sha
    assert cli("--archive", fresh_archive, "verify").returncode == 0


def test_restore_check_rereads_the_backup_without_restoring(cli, fresh_archive, recorder_card, tmp_path):
    _import(cli, fresh_archive, *sorted(recorder_card.iterdir())[:1])
    dest = tmp_path / "备份"
    assert cli("--archive", fresh_archive, "backup", dest).returncode == 0
    assert cli("restore", dest, "--check").returncode == 0
    manifest = json.loads((dest / MANIFEST).read_text(encoding="utf-8"))
    (dest / manifest["database"]["file"]).unlink()
    checked = cli("restore", dest, "--check", "--json")
    assert checked.returncode == 1
    assert [p["kind"] for p in run_json(checked)["problems"]] == ["missing"]
    no_target = cli("restore", dest)
    assert no_target.returncode == 2

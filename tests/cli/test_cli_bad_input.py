"""Bad input at import: each gets a clear reason, nothing is lost, and the archive stays consistent."""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import (
    REPO, cli_command, mentions, rows, run_json, scalar, sha256_file, vault_objects, vault_tmp,
)


def _consistent(archive: Path, unfinished: frozenset[str] = frozenset()) -> None:
    """Every recording has its complete vault file, every vault file has its recording, no leftovers."""
    recorded = dict(rows(archive, "SELECT sha256, id FROM recording"))
    stored = {p.name: p for p in vault_objects(archive)}
    assert set(stored) == set(recorded)
    for sha, path in stored.items():
        assert path.parent.name == sha[:2]
        assert sha256_file(path) == sha
    assert vault_tmp(archive) == []
    statuses = {status for (status,) in rows(archive, "SELECT status FROM import_batch")}
    assert statuses - {"finished"} <= unfinished


def _import_one(cli, archive: Path, path: Path, *, timeout: float = 120) -> tuple[int, dict]:
    proc = cli("--archive", archive, "import", "--json", path, timeout=timeout)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, run_json(proc)


def _rejected_alone(cli, archive: Path, path: Path, *, timeout: float = 120) -> str:
    """Import `path` beside a good clip; `path` must be rejected, the clip imported; give the reason."""
    code, report = _import_one(cli, archive, path.parent, timeout=timeout)
    assert code == 1
    assert [r["path"] for r in report["rejected"]] == [str(path)]
    assert len(report["imported"]) == 1
    assert report["duplicates"] == [] and report["skipped"] == []
    reason = report["rejected"][0]["reason"]
    assert reason
    items = rows(archive, "SELECT outcome, sha256, recording_id, reason FROM import_item WHERE source_path = ?",
                 str(path))
    assert items == [("rejected", None, None, items[0][3])] and items[0][3]
    assert scalar(archive, "SELECT count(*) FROM recording WHERE source_path = ?", str(path)) == 0
    assert scalar(archive, "SELECT count(*) FROM recording") == 1
    _consistent(archive)
    return reason


@pytest.fixture
def handed_in(tmp_path: Path, clips) -> Path:
    """A hand-in folder that already holds one good recording."""
    folder = tmp_path / "移交 2026-11-28"
    folder.mkdir()
    shutil.copy(clips["wav"], folder / clips["wav"].name)
    return folder


def test_a_zero_byte_file_is_rejected_as_empty(cli, fresh_archive, handed_in):
    empty = handed_in / "20261128_110000_0009.MP4"
    empty.touch()
    reason = _rejected_alone(cli, fresh_archive, empty)
    assert mentions(reason, "0 字节", "empty")


def test_a_text_file_is_rejected_as_not_a_recording(cli, fresh_archive, handed_in):
    note = handed_in / "现场检查笔录.txt"
    note.write_text("2026年11月28日 现场检查笔录：河道管理范围内违法搭建。\n", encoding="utf-8")
    reason = _rejected_alone(cli, fresh_archive, note)
    assert mentions(reason, "不是音像资料", "not a recording")


def test_a_text_file_named_mp4_is_rejected_naming_the_misleading_extension(cli, fresh_archive, handed_in):
    fake = handed_in / "20261128_120000_0010.MP4"
    fake.write_text("这不是视频，只是改了扩展名的文本。\n" * 50, encoding="utf-8")
    reason = _rejected_alone(cli, fresh_archive, fake)
    assert mentions(reason, "文件扩展名为 .mp4，但内容不是音像资料",
                    "named .mp4 but the content is not a recording")


def test_a_dangling_symlink_is_rejected_as_gone(cli, fresh_archive, handed_in, tmp_path):
    link = handed_in / "20261128_130000_0011.MP4"
    link.symlink_to(tmp_path / "已拔出的存储卡" / "20261128_130000_0011.MP4")
    reason = _rejected_alone(cli, fresh_archive, link)
    assert mentions(reason, "文件已不存在", "the file is gone")


def test_a_symlink_loop_is_rejected_as_unreadable(cli, fresh_archive, handed_in):
    loop = handed_in / "20261128_140000_0012.MP4"
    loop.symlink_to(loop.name)
    reason = _rejected_alone(cli, fresh_archive, loop)
    assert mentions(reason, "无法读取", "could not read")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mem is Linux's")
def test_a_file_whose_read_fails_with_an_io_error_is_rejected(cli, fresh_archive, handed_in):
    # Reading /proc/self/mem at offset 0 fails with EIO, even for root: the nearest real thing to a
    # bad sector on a card.
    bad = handed_in / "20261128_150000_0013.MP4"
    bad.symlink_to("/proc/self/mem")
    reason = _rejected_alone(cli, fresh_archive, bad)
    assert mentions(reason, "无法读取或写入", "could not read or write")
    assert "Input/output error" in reason


def test_a_named_pipe_is_rejected_without_hanging_the_import(cli, fresh_archive, handed_in):
    pipe = handed_in / "20261128_160000_0014.MP4"
    os.mkfifo(pipe)
    try:
        reason = _rejected_alone(cli, fresh_archive, pipe, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("the import waited forever for a writer on a named pipe")
    assert mentions(reason, "不是普通文件", "not a regular file")


def test_a_truncated_video_is_kept_as_evidence_and_flagged_as_damaged(cli, fresh_archive, clips, tmp_path):
    whole = clips["mp4"].read_bytes()
    cut = tmp_path / "拔卡中断" / clips["mp4"].name
    cut.parent.mkdir()
    cut.write_bytes(whole[: len(whole) // 2])
    code, report = _import_one(cli, fresh_archive, cut)
    assert code == 0
    assert report["rejected"] == []
    assert [i["path"] for i in report["imported"]] == [str(cut)]
    sha = report["imported"][0]["sha256"]
    assert sha == sha256_file(cut)
    damage, size = rows(fresh_archive, "SELECT damage, size FROM recording WHERE sha256 = ?", sha)[0]
    assert size == len(whole) // 2
    assert damage and mentions(damage, "截断", "truncated")
    assert rows(fresh_archive, "SELECT outcome, reason FROM import_item") == [("imported", damage)]
    _consistent(fresh_archive)


def test_an_intact_video_has_no_damage_flag(cli, fresh_archive, clips):
    code, report = _import_one(cli, fresh_archive, clips["mp4"])
    assert code == 0
    assert rows(fresh_archive, "SELECT damage FROM recording") == [(None,)]


# --- disk full ---------------------------------------------------------------------------------

FILE_SIZE_LIMIT = 2 * 1024 * 1024  # above what the database and its WAL need, below the big clip


def _as_if_the_disk_fills_at(limit: int):
    def setup() -> None:
        # Writing past `limit` bytes now fails with EFBIG, as a full disk fails with ENOSPC.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return setup


def test_a_disk_full_mid_file_rejects_that_file_only_and_a_rerun_with_space_imports_it(
        fresh_archive, clips, big_clip, tmp_path):
    card = tmp_path / "DCIM" / "100MEDIA"
    card.mkdir(parents=True)
    for clip in (clips["mp4"], big_clip, clips["wav"]):
        shutil.copy(clip, card / clip.name)
    big = card / big_clip.name
    assert big.stat().st_size > FILE_SIZE_LIMIT
    assert all(p.stat().st_size < FILE_SIZE_LIMIT / 4 for p in card.iterdir() if p != big)

    proc = subprocess.run(cli_command("--archive", fresh_archive, "import", "--json", card), capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=REPO,
                          preexec_fn=_as_if_the_disk_fills_at(FILE_SIZE_LIMIT))
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    report = run_json(proc)
    assert [r["path"] for r in report["rejected"]] == [str(big)]
    assert mentions(report["rejected"][0]["reason"], "磁盘空间不足", "disk is full")
    assert sorted(i["path"] for i in report["imported"]) == sorted(str(p) for p in card.iterdir() if p != big)
    big_sha = sha256_file(big)
    assert scalar(fresh_archive, "SELECT count(*) FROM recording WHERE sha256 = ?", big_sha) == 0
    assert not any(p.name == big_sha for p in vault_objects(fresh_archive))
    assert vault_tmp(fresh_archive) == []  # the half-written copy was removed, not left behind
    assert scalar(fresh_archive, "SELECT count(*) FROM recording") == 2
    _consistent(fresh_archive)

    rerun = subprocess.run(cli_command("--archive", fresh_archive, "import", "--json", card), capture_output=True,
                           text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=REPO)
    assert rerun.returncode == 0, rerun.stderr
    again = run_json(rerun)
    assert [(i["path"], i["sha256"]) for i in again["imported"]] == [(str(big), big_sha)]
    assert sorted(i["recording_id"] for i in again["duplicates"]) == sorted(
        i["recording_id"] for i in report["imported"])
    assert scalar(fresh_archive, "SELECT count(*) FROM recording") == 3
    _consistent(fresh_archive)


def test_a_disk_full_while_the_database_grows_stops_with_a_clear_message_and_a_rerun_finishes(
        fresh_archive, card):
    # So little room that the database's write-ahead log cannot grow for long.
    proc = subprocess.run(cli_command("--archive", fresh_archive, "import", "--json", card), capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=REPO,
                          preexec_fn=_as_if_the_disk_fills_at(64 * 1024))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("evidenceroom: ")
    assert str(fresh_archive) in proc.stderr
    assert mentions(proc.stderr, "重新运行", "run the same command again")
    assert proc.stdout.strip() == "" or isinstance(run_json(proc), dict)

    # Whatever was committed is complete; the rest was never counted as stored.
    recorded = dict(rows(fresh_archive, "SELECT sha256, id FROM recording"))
    for sha in recorded:
        assert sha256_file(fresh_archive / "vault" / "objects" / sha[:2] / sha) == sha
    assert len(recorded) < 4

    rerun = subprocess.run(cli_command("--archive", fresh_archive, "import", "--json", card), capture_output=True,
                           text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=REPO)
    assert rerun.returncode == 0, rerun.stderr
    again = run_json(rerun)
    assert len(again["imported"]) + len(again["duplicates"]) == 4
    assert scalar(fresh_archive, "SELECT count(*) FROM recording") == 4
    statuses = [status for (status,) in rows(fresh_archive, "SELECT status FROM import_batch ORDER BY id")]
    assert statuses[-1] == "finished"
    # The stopped run, if it got as far as starting, was marked interrupted by the next open.
    _consistent(fresh_archive, unfinished=frozenset({"interrupted"}))

"""`verify` finds every changed, missing or extra vault file and every break in the audit chain."""
from __future__ import annotations

import os
import re
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from cli_support import mentions, rows, run_json, scalar

PROBLEM_KEYS = {"kind", "recording_id", "path", "detail"}


@pytest.fixture
def filed(cli, fresh_archive, card) -> Path:
    """An archive holding the four recordings of a body camera's card, all verified fine."""
    proc = cli("--archive", fresh_archive, "import", "--case", "（2026）水政罚字第 17 号", card)
    assert proc.returncode == 0, proc.stderr
    assert scalar(fresh_archive, "SELECT count(*) FROM recording") == 4
    return fresh_archive


def _vault_file(archive: Path, recording_id: int) -> Path:
    sha = scalar(archive, "SELECT sha256 FROM recording WHERE id = ?", recording_id)
    return archive / "vault" / "objects" / sha[:2] / sha


def _verify(cli, archive: Path) -> tuple[int, dict]:
    proc = cli("--archive", archive, "verify", "--json")
    assert "Traceback" not in proc.stderr, proc.stderr
    report = run_json(proc)
    assert set(report) == {"ok", "checked", "problems"}
    for p in report["problems"]:
        assert set(p) == PROBLEM_KEYS
        assert isinstance(p["kind"], str) and isinstance(p["detail"], str) and p["detail"]
    return proc.returncode, report


def test_verify_names_an_altered_a_missing_and_an_extra_vault_file(cli, filed):
    altered = _vault_file(filed, 1)
    os.chmod(altered, stat.S_IRUSR | stat.S_IWUSR)
    with open(altered, "r+b") as f:
        f.seek(1000)
        byte = f.read(1)
        f.seek(1000)
        f.write(bytes([byte[0] ^ 0x01]))
    os.chmod(altered, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)

    missing = _vault_file(filed, 2)
    os.chmod(missing, stat.S_IRUSR | stat.S_IWUSR)
    missing.unlink()

    extra = filed / "vault" / "objects" / "ab" / ("ab" + "0" * 62)
    extra.parent.mkdir(exist_ok=True)
    extra.write_bytes(b"a file nobody imported")

    code, report = _verify(cli, filed)
    assert code == 1
    assert report["ok"] is False
    assert report["checked"] == 3  # four recordings, one of them has no file left to re-hash
    found = sorted((p["kind"], p["recording_id"], p["path"]) for p in report["problems"])
    assert found == sorted([
        ("altered", 1, str(altered)),
        ("missing", 2, str(missing)),
        ("extra", None, str(extra)),
    ])
    by_kind = {p["kind"]: p["detail"] for p in report["problems"]}
    case = "（2026）水政罚字第 17 号"
    assert mentions(by_kind["altered"], f"第 1 号资料（案件 {case}）", f"recording 1 (case {case})")
    assert mentions(by_kind["missing"], f"第 2 号资料（案件 {case}）", f"recording 2 (case {case})")

    recorded = rows(filed, "SELECT details FROM audit_event WHERE action = 'verify.run' ORDER BY seq")
    assert len(recorded) == 1 and '"ok": false' in recorded[0][0]


def test_verify_in_words_names_each_problem_and_its_path(cli, filed):
    missing = _vault_file(filed, 3)
    os.chmod(missing, stat.S_IRUSR | stat.S_IWUSR)
    missing.unlink()
    proc = cli("--archive", filed, "verify")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert any(line.startswith("missing") and str(missing) in line for line in lines)
    assert lines[-1].endswith("1 problem(s)")


def test_verify_reports_a_vault_file_made_writable(cli, filed):
    loose = _vault_file(filed, 4)
    os.chmod(loose, stat.S_IRUSR | stat.S_IWUSR)
    code, report = _verify(cli, filed)
    assert code == 1
    assert [(p["kind"], p["recording_id"], p["path"]) for p in report["problems"]] == [
        ("writable", 4, str(loose))]


def _audit_seq(archive: Path, action: str) -> int:
    return scalar(archive, "SELECT min(seq) FROM audit_event WHERE action = ?", action)


def test_verify_names_the_audit_event_that_was_edited(cli, filed):
    seq = _audit_seq(filed, "import.imported")
    last = scalar(filed, "SELECT max(seq) FROM audit_event")
    assert 1 < seq < last
    with closing(sqlite3.connect(filed / "archive.db")) as conn, conn:
        changed = conn.execute("UPDATE audit_event SET actor_name = '管理员' WHERE seq = ?", (seq,)).rowcount
    assert changed == 1

    code, report = _verify(cli, filed)
    assert code == 1
    assert report["checked"] == 4
    assert [(p["kind"], p["recording_id"], p["path"]) for p in report["problems"]] == [
        ("audit_chain", None, f"audit_event #{seq}")]
    detail = report["problems"][0]["detail"]
    assert mentions(detail, f"第 {seq} 号审计事件", f"audit event {seq}")


def test_verify_names_the_gap_where_audit_events_were_deleted(cli, filed):
    seq = _audit_seq(filed, "import.imported")
    with closing(sqlite3.connect(filed / "archive.db")) as conn, conn:
        conn.execute("DELETE FROM audit_event WHERE seq = ?", (seq,))
    code, report = _verify(cli, filed)
    assert code == 1
    kinds = {p["kind"] for p in report["problems"]}
    assert kinds == {"audit_chain"}
    assert any(re.search(rf"\b{seq}\b", p["detail"]) for p in report["problems"])


def test_verify_reports_the_tail_of_the_audit_log_cut_off_even_after_more_work(cli, filed):
    last = scalar(filed, "SELECT max(seq) FROM audit_event")
    with closing(sqlite3.connect(filed / "archive.db")) as conn, conn:
        conn.execute("DELETE FROM audit_event WHERE seq >= ?", (last - 2,))
    code, report = _verify(cli, filed)
    assert code == 1
    assert [p["kind"] for p in report["problems"]] == ["audit_head"]
    assert str(last) in report["problems"][0]["detail"]

    # New events after the cut must not paper over it.
    added = cli("--archive", filed, "person", "add", "--name", "王五", "--badge", "31010005")
    assert added.returncode == 0, added.stderr
    code, report = _verify(cli, filed)
    assert code == 1
    assert "audit_head" in [p["kind"] for p in report["problems"]]

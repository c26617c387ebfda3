"""`evidenceroom report chain|devices|retention --out FILE.pdf`: the year-end reports from the command
line, each written whole and audited as document.printed."""
from __future__ import annotations

import json
import sqlite3
import subprocess
from contextlib import closing

import pytest

from cli_support import rows, run_json
from core.disc_support import CASE_NO, copy_grant, make_desk
from evidenceroom.core.access import Items
from evidenceroom.core.register import start_viewing


def _text(pdf) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def _printed(archive_dir) -> list[tuple[str, str | None, int | None]]:
    found = rows(archive_dir, "SELECT details, target_kind, target_id FROM audit_event "
                              "WHERE action = 'document.printed' ORDER BY seq")
    return [(json.loads(d)["document"], kind, tid) for d, kind, tid in found]


@pytest.fixture
def viewed(archive, card):
    desk = make_desk(archive, card)
    clip = desk.recording_ids[0]
    start_viewing(archive, desk.clerk, copy_grant(archive, desk, Items(recording_ids=(clip,)), kind="view"), [clip])
    return clip


def test_chain_of_a_viewed_clip_is_printed_verified_and_audited(cli, archive_dir, viewed, tmp_path):
    out = tmp_path / "报告 输出" / "监管链 1.pdf"
    proc = cli("--archive", archive_dir, "report", "chain", "--recording", viewed, "--out", out, "--json")
    assert proc.returncode == 0, proc.stderr
    result = run_json(proc)
    assert result["ok"] and result["audit_chain"].startswith("审计链校验通过") and result["events"] >= 5
    text = _text(out)
    assert "查阅开始（登记）" in text and text.endswith("审计链校验通过")
    assert _printed(archive_dir) == [("chain_of_custody", "recording", viewed)]
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no part file left behind


def test_chain_of_a_case_by_its_number(cli, archive_dir, viewed, tmp_path):
    out = tmp_path / "case.pdf"
    proc = cli("--archive", archive_dir, "report", "chain", "--case", CASE_NO, "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert CASE_NO in _text(out)


def test_a_broken_audit_chain_is_printed_and_exits_1(cli, archive_dir, viewed, tmp_path):
    with closing(sqlite3.connect(archive_dir / "archive.db")) as conn:
        conn.execute("UPDATE audit_event SET details = '{}' WHERE seq = 2")
        conn.commit()
    out = tmp_path / "broken.pdf"
    proc = cli("--archive", archive_dir, "report", "chain", "--recording", viewed, "--out", out)
    assert proc.returncode == 1
    assert "审计链校验未通过" in _text(out)


def test_devices_and_retention_reports_are_written_and_audited(cli, archive_dir, viewed, tmp_path):
    for what, extra in (("devices", ()), ("retention", ("--days", "30"))):
        proc = cli("--archive", archive_dir, "report", what, *extra, "--out", tmp_path / f"{what}.pdf", "--json")
        assert proc.returncode == 0, proc.stderr
        assert run_json(proc)["ok"]
    assert "DSJ-2024-0117" in _text(tmp_path / "devices.pdf")
    assert "30 天内到期" in _text(tmp_path / "retention.pdf")
    assert [d for d, _, _ in _printed(archive_dir)] == ["device_status", "retention_report"]


@pytest.mark.parametrize("args, code, zh", [
    (("chain", "--recording", "999"), 1, "没有第 999 号资料"),
    (("chain", "--case", "无此案"), 1, "没有案号"),
    (("retention", "--days", "0"), 1, "天数"),
    (("retention", "--from", "2026-05-01", "--to", "2026-04-01"), 1, "晚于结束日期"),
    (("devices", "--from", "昨天"), 2, "not a date"),
])
def test_bad_input_is_refused_and_writes_nothing(cli, archive_dir, viewed, tmp_path, args, code, zh):
    out = tmp_path / "out" / "r.pdf"
    proc = cli("--archive", archive_dir, "report", *args, "--out", out)
    assert proc.returncode == code
    assert zh in proc.stderr
    assert not out.exists() and _printed(archive_dir) == []


def test_the_output_must_be_a_pdf(cli, archive_dir, tmp_path):
    proc = cli("--archive", archive_dir, "report", "devices", "--out", tmp_path / "r.txt")
    assert proc.returncode == 2 and ".pdf" in proc.stderr

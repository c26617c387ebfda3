"""`oversight deadlines`, `oversight spot-check` and `oversight review` on the demo archive."""
from __future__ import annotations

from datetime import date, timedelta

from cli_support import mentions, run_json


def _period() -> tuple[str, str]:
    today = date.today()
    return (today - timedelta(days=60)).isoformat(), (today + timedelta(days=1)).isoformat()


def test_deadlines_list_the_demo_case_handed_in_six_hours_late(cli, archive_dir):
    assert cli("--archive", archive_dir, "demo").returncode == 0
    since, until = _period()
    proc = cli("--archive", archive_dir, "oversight", "deadlines", "--from", since, "--to", until, "--json")
    assert proc.returncode == 0, proc.stderr
    report = run_json(proc)
    assert report["hand_in_hours"] == 24
    late = [ln for ln in report["lines"] if ln["status"] == "late"]
    assert len(late) == 1 and late[0]["kind"] == "调查取证"
    assert abs(late[0]["late_by_seconds"] - 6 * 3600) < 600
    failing = cli("--archive", archive_dir, "oversight", "deadlines", "--from", since, "--to", until,
                  "--fail-on-overdue")
    assert failing.returncode == 1 and "1 late" in failing.stdout


def test_a_spot_check_is_repeated_from_its_seed_and_an_empty_period_is_refused(cli, archive_dir):
    assert cli("--archive", archive_dir, "demo").returncode == 0
    since, until = _period()
    args = ("--archive", archive_dir, "oversight", "spot-check", "--from", since, "--to", until,
            "--proportion", "0.5", "--seed", "42", "--json")
    first, second = run_json(cli(*args)), run_json(cli(*args))
    assert first["recordings"] == second["recordings"] and first["id"] != second["id"]
    assert len(first["recordings"]) == -(-first["population_size"] // 2)
    empty = cli("--archive", archive_dir, "oversight", "spot-check", "--from", "2020-01-01", "--to", "2020-01-31")
    assert empty.returncode == 2 and mentions(empty.stderr, "没有音像资料", "no recordings")
    unknown = cli("--archive", archive_dir, "oversight", "spot-check", "--from", since, "--to", until,
                  "--department", "不存在的科室")
    assert unknown.returncode == 2 and mentions(unknown.stderr, "没有名为“不存在的科室”的部门", "no department named")


def test_review_prints_the_yearly_review(cli, archive_dir, tmp_path):
    assert cli("--archive", archive_dir, "demo").returncode == 0
    out = tmp_path / "评查 报告.pdf"
    proc = cli("--archive", archive_dir, "oversight", "review", "--year", str(date.today().year), "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF")

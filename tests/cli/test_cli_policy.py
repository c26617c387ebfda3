"""`evidenceroom policy` and `evidenceroom retention` through the real command line."""
from __future__ import annotations

import json
from pathlib import Path

from cli_support import REPO


def test_list_and_check_profiles(cli, tmp_path):
    listed = cli("policy", "list", check=True).stdout
    assert [line.split()[0] for line in listed.splitlines()] == [
        "zhongwei-2021", "liaoning-renfang", "zhanhe-sifa-2019", "qinhuangdao-shuiwu", "yuxian-yingji-2024"]
    good = REPO / "resources" / "policies" / "qinhuangdao-shuiwu.toml"
    assert "12 months (003§20)" in cli("policy", "check", good, check=True).stdout
    bad = tmp_path / "本单位 策略.toml"
    bad.write_text(good.read_text(encoding="utf-8").replace("officers_per_device = 5", "officers_per_device = 0"),
                   encoding="utf-8")
    refused = cli("--lang", "en", "policy", "check", bad)
    assert refused.returncode == 1 and "staffing[2].officers_per_device" in refused.stdout


def test_show_and_retention_list_on_a_new_archive(cli, fresh_archive: Path):
    shown = json.loads(cli("--archive", fresh_archive, "policy", "show", "--json", check=True).stdout)
    assert (shown["key"], shown["chosen"], shown["retention_months"]) == ("default", False, 24)
    lists = json.loads(cli("--archive", fresh_archive, "retention", "list", "--today", "2040-01-01", "--json",
                           check=True).stdout)
    assert lists["expired_awaiting"] == [] and lists["holds"] == [] and lists["today"] == "2040-01-01"
    assert cli("--archive", fresh_archive, "retention", "list", "--today", "yesterday").returncode == 2
    sheet = fresh_archive.parent / "规定 一览.pdf"
    cli("--archive", fresh_archive, "policy", "sheet", "--out", sheet, check=True)
    assert sheet.read_bytes().startswith(b"%PDF")


def test_retention_list_of_the_demo_years_on(cli, archive_dir: Path):
    cli("--archive", archive_dir, "demo", check=True, timeout=300)
    soon = json.loads(cli("--archive", archive_dir, "retention", "list", "--today", "2028-10-01", "--json",
                          check=True).stdout)
    later = json.loads(cli("--archive", archive_dir, "retention", "list", "--today", "2030-01-01", "--json",
                           check=True).stdout)
    assert soon["expiring_soon"] and not soon["expired_awaiting"]
    assert later["expired_awaiting"] and not later["expiring_soon"]
    assert {(r["rule"], r["article"]) for r in later["expired_awaiting"]} == {("base", "000§15")}
    text = cli("--archive", archive_dir, "retention", "list", "--today", "2030-01-01", check=True).stdout
    assert "已到期" in text and "基本保存期限 2 年" in text

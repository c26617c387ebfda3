"""`storage-cleared BATCH_ID` re-checks an import's files, then records the clearing (ARC-10)."""
from __future__ import annotations

from cli_support import rows, run_json


def test_the_command_records_the_clearing_once_and_refuses_an_import_without_a_device(cli, fresh_archive, card):
    a = fresh_archive
    cli("--archive", a, "person", "add", "--name", "张伟", "--badge", "13001", check=True)
    cli("--archive", a, "device", "add", "--serial", "DSJ-07", "--kind", "body_camera", check=True)
    cli("--archive", a, "import", "--officer", "13001", "--device", "DSJ-07", card, check=True)
    cli("--archive", a, "import", "--officer", "13001", card, check=True)  # duplicates, no device

    done = run_json(cli("--archive", a, "storage-cleared", "1", "--note", "存储卡已格式化", "--json", check=True))
    assert (done["batch_id"], done["device"], done["recordings"]) == (1, "DSJ-07", 4)
    assert rows(a, "SELECT kind, from_state, to_state, reason FROM custody_event") == [
        ("storage_cleared", "in_store", "in_store", "存储卡已格式化")]
    assert rows(a, "SELECT count(*) FROM audit_event WHERE action = 'import.verified' AND target_id = 1") == [(1,)]

    again = cli("--archive", a, "--lang", "en", "storage-cleared", "1")
    assert again.returncode != 0 and "already cleared" in again.stderr and "Traceback" not in again.stderr
    no_device = cli("--archive", a, "storage-cleared", "2")
    assert no_device.returncode != 0 and "没有登记来源设备" in no_device.stderr
    assert rows(a, "SELECT count(*) FROM custody_event") == [(1,)]

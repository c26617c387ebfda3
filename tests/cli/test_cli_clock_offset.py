"""`import --clock-offset`: the device clock offset stored with every recording (ARC-09)."""
from __future__ import annotations

from cli_support import mentions, rows, run_json, vault_objects


def test_the_offset_given_on_the_command_line_is_stored_with_every_recording(cli, fresh_archive, clips):
    proc = cli("--archive", fresh_archive, "import", "--json", "--clock-offset", "-42", clips["wav"], clips["jpg"])
    assert proc.returncode == 0, proc.stderr
    assert len(run_json(proc)["imported"]) == 2
    assert rows(fresh_archive, "SELECT clock_offset_s FROM recording") == [(-42.0,), (-42.0,)]


def test_an_offset_of_more_than_a_day_is_refused_and_nothing_is_imported(cli, fresh_archive, clips):
    proc = cli("--archive", fresh_archive, "import", "--clock-offset", "90000", clips["wav"])
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert mentions(proc.stderr + proc.stdout, "超过一天", "more than a day")
    assert rows(fresh_archive, "SELECT count(*) FROM recording") == [(0,)]
    assert rows(fresh_archive, "SELECT count(*) FROM import_batch") == [(0,)]
    assert vault_objects(fresh_archive) == []

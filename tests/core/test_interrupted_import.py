"""A hand-in cut off by a crash or power loss (ARC-02): the program stops dead while copying the
second file; the next open clears the half-written copy and marks the batch interrupted, and
running the same import again finishes the job without duplicates."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, ImportBatch, ImportItem, Recording
from evidenceroom.core.verify import verify

REPO = Path(__file__).resolve().parents[2]

_DIE_DURING_SECOND_FILE = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.ingest import ImportRequest, import_paths

    root, *sources = sys.argv[1:]
    paths = [Path(p) for p in sources]
    first = paths[0].stat().st_size

    def progress(p):
        if p.files_done == 1 and p.bytes_done > first:
            os._exit(9)  # no clean-up of any kind, as with a power cut

    archive = Archive.open(Path(root))
    import_paths(archive, Actor("保管员 王五"), ImportRequest(paths=paths), progress=progress)
    sys.exit("the import was expected to be cut off")
""")


def _crash_during_second_file(archive_dir: Path, paths: list[Path]) -> None:
    proc = subprocess.run([sys.executable, "-c", _DIE_DURING_SECOND_FILE, str(archive_dir), *map(str, paths)],
                          capture_output=True, text=True, timeout=120, cwd=REPO, stdin=subprocess.DEVNULL)
    assert proc.returncode == 9, proc.stderr


def test_after_a_crash_mid_file_the_next_open_clears_the_half_copy_and_marks_the_batch(
        archive, archive_dir, clips, clerk, reopen, rows):
    paths = [clips["mp4"], clips["mp4b"], clips["wav"]]
    archive.close()

    _crash_during_second_file(archive_dir, paths)
    leftovers = list((archive_dir / "vault" / "tmp").iterdir())
    assert [p.suffix for p in leftovers] == [".part"]

    again = reopen()

    assert list(again.vault.tmp.iterdir()) == []
    (batch,) = rows(again, ImportBatch)
    assert batch.status == "interrupted"
    assert [r.original_name for r in rows(again, Recording)] == [clips["mp4"].name]
    assert [(i.outcome, Path(i.source_path).name) for i in rows(again, ImportItem)] == [
        ("imported", clips["mp4"].name)]
    assert rows(again, AuditEvent)[-1].action == "import.interrupted"
    assert len(again.recovered) == 2
    assert verify(again, clerk).ok


def test_running_an_interrupted_hand_in_again_finishes_it_without_duplicates(
        archive, archive_dir, clips, clerk, reopen, rows):
    paths = [clips["mp4"], clips["mp4b"], clips["wav"]]
    archive.close()
    _crash_during_second_file(archive_dir, paths)
    again = reopen()

    report = import_paths(again, clerk, ImportRequest(paths=paths))

    assert [Path(d.path).name for d in report.duplicates] == [clips["mp4"].name]
    assert sorted(Path(i.path).name for i in report.imported) == sorted([clips["mp4b"].name, clips["wav"].name])
    assert sorted(r.original_name for r in rows(again, Recording)) == sorted(p.name for p in paths)
    assert len(list(again.vault.iter_objects())) == 3
    assert verify(again, clerk).ok

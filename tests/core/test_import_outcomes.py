"""What becomes of each file of a hand-in: imported, duplicate, rejected with a clear reason, or
skipped as junk — each with its own ImportItem row and audit event, and nothing half-stored."""
from __future__ import annotations

import json
import os
import shutil
import threading
from collections import Counter
from pathlib import Path

from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, ImportBatch, ImportItem, Recording
from evidenceroom.core.verify import verify


def _names(items) -> list[str]:
    return sorted(Path(i.path).name for i in items)


def _nothing_stored(archive, rows) -> None:
    assert rows(archive, Recording) == []
    assert list(archive.vault.iter_objects()) == []
    assert list(archive.vault.tmp.iterdir()) == []


# --- rejected ----------------------------------------------------------------------------------------

def test_a_zero_byte_file_is_rejected_as_empty_and_creates_no_recording(archive, clerk, tmp_path, rows):
    empty = tmp_path / "20261128_120000_0009.MP4"
    empty.touch()

    report = import_paths(archive, clerk, ImportRequest(paths=[empty]))

    assert report.imported == []
    assert [(r.path, r.reason) for r in report.rejected] == [(str(empty), "空文件（0 字节），没有可保存的内容")]
    _nothing_stored(archive, rows)
    (item,) = rows(archive, ImportItem)
    assert (item.outcome, item.source_path, item.recording_id) == ("rejected", str(empty), None)
    event = next(e for e in rows(archive, AuditEvent) if e.action == "import.rejected")
    assert json.loads(event.details)["reason"] == "empty file (0 bytes): nothing to keep"


def test_a_text_file_named_mp4_is_rejected_as_not_a_recording(archive, clerk, tmp_path, rows):
    fake = tmp_path / "卡" / "20261128_120500_0010.mp4"
    fake.parent.mkdir()
    fake.write_text("询问笔录：当事人称该排污口已停用。\n", encoding="utf-8")

    report = import_paths(archive, clerk, ImportRequest(paths=[fake]))

    (rejected,) = report.rejected
    assert ".mp4" in rejected.reason and "不是音像资料" in rejected.reason
    _nothing_stored(archive, rows)
    event = next(e for e in rows(archive, AuditEvent) if e.action == "import.rejected")
    assert "named .mp4 but the content is not a recording" in json.loads(event.details)["reason"]


def test_a_short_note_named_mp4_is_rejected_whatever_letter_it_starts_with(archive, clerk, tmp_path, rows):
    note = tmp_path / "卡" / "备注.mp4"
    note.parent.mkdir()
    note.write_bytes(b"Good morning, the camera battery died at 10:15.\n")
    report = import_paths(archive, clerk, ImportRequest(paths=[note]))
    assert report.imported == []
    (rejected,) = report.rejected
    assert ".mp4" in rejected.reason
    _nothing_stored(archive, rows)


def test_a_document_is_rejected_and_sent_to_the_paper_case_file(archive, clerk, tmp_path, rows):
    doc = tmp_path / "现场检查笔录.docx"
    doc.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(100))
    report = import_paths(archive, clerk, ImportRequest(paths=[doc]))
    (rejected,) = report.rejected
    assert "纸质案卷" in rejected.reason
    _nothing_stored(archive, rows)


def test_a_path_that_does_not_exist_is_rejected_as_missing(archive, clerk, tmp_path, rows):
    gone = tmp_path / "F盘" / "DCIM"
    report = import_paths(archive, clerk, ImportRequest(paths=[gone]))
    assert [(r.path, r.reason) for r in report.rejected] == [(str(gone), "找不到这个文件或文件夹")]
    assert [i.outcome for i in rows(archive, ImportItem)] == ["rejected"]
    _nothing_stored(archive, rows)


def test_a_broken_link_on_a_card_is_rejected_as_gone(archive, clerk, card, rows):
    link = card / "DCIM" / "100MEDIA" / "20261128_130000_0011.MP4"
    link.symlink_to(card / "已删除.MP4")

    report = import_paths(archive, clerk, ImportRequest(paths=[card]))

    assert len(report.imported) == 4
    (rejected,) = report.rejected
    assert rejected.path == str(link) and "不存在" in rejected.reason
    assert len(rows(archive, Recording)) == 4


def test_a_named_pipe_on_a_card_is_rejected_without_waiting_for_it(archive, clerk, card, rows):
    pipe = card / "DCIM" / "100MEDIA" / "20261128_140000_0012.MP4"
    os.mkfifo(pipe)

    report = import_paths(archive, clerk, ImportRequest(paths=[card]))

    assert [r.path for r in report.rejected] == [str(pipe)]
    assert len(report.imported) == 4
    assert len(rows(archive, Recording)) == 4


# --- skipped --------------------------------------------------------------------------------------------

def test_junk_is_skipped_and_listed(archive, clerk, card, clips, rows):
    (card / "DCIM" / "100MEDIA" / "._20261128_093012_0001.MP4").write_bytes(b"\x00\x05\x16\x07" + bytes(80))
    system = card / "System Volume Information"
    system.mkdir()
    (system / "IndexerVolumeGuid").write_bytes(b"{1234}")
    shutil.copy(clips["mp4"], system / "tracking.mp4")  # a real clip, but in a system folder
    (card / "DCIM" / "100MEDIA" / "20261128_093012_0001.THM").write_bytes(clips["jpg"].read_bytes())

    report = import_paths(archive, clerk, ImportRequest(paths=[card]))

    assert _names(report.skipped) == sorted([
        "Thumbs.db", ".DS_Store", "._20261128_093012_0001.MP4", "IndexerVolumeGuid", "tracking.mp4",
        "20261128_093012_0001.THM"])
    assert all(s.reason for s in report.skipped)
    assert len(report.imported) == 4 and report.rejected == []
    assert len(rows(archive, Recording)) == 4
    assert len(list(archive.vault.iter_objects())) == 4
    skipped_items = [i for i in rows(archive, ImportItem) if i.outcome == "skipped"]
    assert sorted(Path(i.source_path).name for i in skipped_items) == _names(report.skipped)
    assert all(i.sha256 is None and i.recording_id is None for i in skipped_items)


# --- names and folders -----------------------------------------------------------------------------

def test_upper_case_extensions_chinese_names_with_spaces_and_deep_folders_import(archive, clerk, card, rows):
    report = import_paths(archive, clerk, ImportRequest(paths=[card]))

    assert _names(report.imported) == sorted([
        "20261128_093012_0001.MP4", "20261128_094530_0002.MP4", "IMG_20261128_093500.JPG",
        "现场 录音 20261128_100200.WAV"])
    recs = {r.original_name: r for r in rows(archive, Recording)}
    wav = recs["现场 录音 20261128_100200.WAV"]
    assert wav.source_path == str(card / "录音" / "2026" / "11" / "28" / "张三 现场检查" / wav.original_name)
    assert (wav.media_kind, wav.extension, wav.recorded_at_source) == ("audio", "wav", "file_name")
    assert {r.extension for r in recs.values()} == {"mp4", "jpg", "wav"}
    assert verify(archive, clerk).ok


def test_files_are_taken_in_a_stable_folder_order(archive, clerk, card, rows):
    report = import_paths(archive, clerk, ImportRequest(paths=[card]))
    order = [Path(i.source_path).name for i in rows(archive, ImportItem)]
    assert order == ["Thumbs.db", ".DS_Store", "20261128_093012_0001.MP4", "20261128_094530_0002.MP4",
                     "IMG_20261128_093500.JPG", "现场 录音 20261128_100200.WAV"]
    assert [Path(i.path).name for i in report.imported] == order[2:]


# --- every outcome is on record -------------------------------------------------------------------

def test_every_file_gets_an_import_item_and_an_audit_event_whatever_its_outcome(
        archive, clerk, card, clips, tmp_path, rows):
    import_paths(archive, clerk, ImportRequest(paths=[clips["jpg"]]))  # the photo is already archived
    (card / "DCIM" / "100MEDIA" / "empty.MP4").touch()
    (card / "DCIM" / "100MEDIA" / "readme.mp4").write_text("not a video\n", encoding="ascii")

    report = import_paths(archive, clerk, ImportRequest(paths=[card]))

    outcome_counts = {"imported": 3, "duplicate": 1, "rejected": 2, "skipped": 2}
    assert (len(report.imported), len(report.duplicates), len(report.rejected), len(report.skipped)) == (3, 1, 2, 2)
    items = rows(archive, ImportItem, ImportItem.batch_id == report.batch_id)
    assert Counter(i.outcome for i in items) == outcome_counts
    assert len(items) == 8
    batch_events = [e for e in rows(archive, AuditEvent) if e.action.startswith("import.")][-10:]
    assert batch_events[0].action == "import.started" and batch_events[-1].action == "import.finished"
    assert Counter(e.action for e in batch_events[1:-1]) == {f"import.{k}": v for k, v in outcome_counts.items()}
    finished = json.loads(batch_events[-1].details)
    assert (finished["imported"], finished["duplicates"], finished["rejected"], finished["skipped"]) == (3, 1, 2, 2)
    assert finished["status"] == "finished"
    batch = rows(archive, ImportBatch, ImportBatch.id == report.batch_id)[0]
    assert batch.status == "finished" and batch.finished_at is not None
    assert batch.actor_name == clerk.name
    for item in items:
        if item.outcome in ("imported", "duplicate"):
            assert item.sha256 and item.recording_id
        else:
            assert item.recording_id is None and item.reason


def test_the_report_lists_every_outcome_for_the_shell(archive, clerk, card):
    report = import_paths(archive, clerk, ImportRequest(paths=[card]))
    data = report.as_json()
    assert sorted(data) == ["duplicates", "imported", "rejected", "skipped"]
    assert len(data["imported"]) == 4 and len(data["skipped"]) == 2
    assert set(data["imported"][0]) == {"path", "sha256", "recording_id"}
    assert set(data["skipped"][0]) == {"path", "reason"}
    json.dumps(data, ensure_ascii=False)


# --- progress and cancelling ------------------------------------------------------------------------

def test_progress_runs_through_every_file_and_byte(archive, clerk, card):
    seen = []
    import_paths(archive, clerk, ImportRequest(paths=[card]), progress=seen.append)
    last = seen[-1]
    assert (last.files_done, last.files_total) == (6, 6)
    media_bytes = sum(p.stat().st_size for p in card.rglob("*") if p.is_file()
                      and p.name not in ("Thumbs.db", ".DS_Store"))
    assert last.bytes_done == last.bytes_total == media_bytes
    done = [p.bytes_done for p in seen]
    assert done == sorted(done)


def test_cancelling_during_a_hand_in_keeps_what_was_finished_and_stops(archive, clerk, clips, rows):
    cancel = threading.Event()

    def progress(p):
        if p.files_done >= 1:
            cancel.set()

    report = import_paths(archive, clerk, ImportRequest(paths=[clips["mp4"], clips["mp4b"], clips["wav"]]),
                          progress=progress, cancel=cancel)

    assert report.cancelled
    assert [i.path for i in report.imported] == [str(clips["mp4"])]
    assert [r.original_name for r in rows(archive, Recording)] == [clips["mp4"].name]
    assert len(list(archive.vault.iter_objects())) == 1
    assert list(archive.vault.tmp.iterdir()) == []
    (batch,) = rows(archive, ImportBatch)
    assert batch.status == "cancelled"
    finished = [e for e in rows(archive, AuditEvent) if e.action == "import.finished"]
    assert json.loads(finished[0].details)["status"] == "cancelled"
    assert verify(archive, clerk).ok


def test_running_a_cancelled_hand_in_again_completes_it_without_duplicates(archive, clerk, clips, rows):
    paths = [clips["mp4"], clips["mp4b"], clips["wav"]]
    cancel = threading.Event()
    import_paths(archive, clerk, ImportRequest(paths=paths),
                 progress=lambda p: cancel.set() if p.files_done >= 1 else None, cancel=cancel)

    again = import_paths(archive, clerk, ImportRequest(paths=paths))

    assert _names(again.imported) == sorted([clips["mp4b"].name, clips["wav"].name])
    assert [Path(d.path).name for d in again.duplicates] == [clips["mp4"].name]
    assert len(rows(archive, Recording)) == 3
    assert len(list(archive.vault.iter_objects())) == 3

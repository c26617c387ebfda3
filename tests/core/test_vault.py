"""The write-once vault (ARC-02, ARC-03): stored by SHA-256, byte-identical, read-only, never overwritten."""
from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest
from evidenceroom.core.archive import Archive
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import ImportItem, Recording
from evidenceroom.core.vault import CHUNK, Cancelled, Vault

WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    v = Vault(tmp_path / "库 vault")
    v.create()
    return v


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_stored_file_is_named_by_its_sha256_under_its_first_two_hex_digits(vault, clips):
    source = clips["mp4"]
    stored = vault.store(source)
    expected = _sha(source)
    assert stored.sha256 == expected
    assert stored.path == vault.objects / expected[:2] / expected
    assert stored.path.is_file()
    assert stored.size == source.stat().st_size
    assert stored.already_present is False


def test_a_stored_file_is_byte_identical_to_its_source(vault, clips):
    for source in clips.values():
        stored = vault.store(source)
        assert stored.path.read_bytes() == source.read_bytes()


def test_a_stored_file_is_read_only_at_os_level(vault, clips):
    stored = vault.store(clips["wav"])
    mode = stored.path.stat().st_mode
    assert mode & WRITE_BITS == 0, oct(mode)
    assert mode & stat.S_IRUSR


def test_a_file_larger_than_one_read_block_is_hashed_and_copied_whole(vault, tmp_path):
    source = tmp_path / "长 录像.MP4"
    data = os.urandom(2 * CHUNK + 12345)
    source.write_bytes(data)
    seen: list[int] = []
    stored = vault.store(source, progress=seen.append)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.size == len(data)
    assert stored.path.read_bytes() == data
    assert sum(seen) == len(data)
    assert len(seen) == 3


def test_storing_the_same_content_twice_reports_it_already_present_and_leaves_the_original_untouched(
        vault, clips, tmp_path):
    first = vault.store(clips["jpg"])
    before = first.path.stat()
    copy = tmp_path / "另一张卡" / "IMG_0001.JPG"
    copy.parent.mkdir()
    copy.write_bytes(clips["jpg"].read_bytes())

    second = vault.store(copy)

    assert second.already_present is True
    assert second.path == first.path
    after = first.path.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (before.st_ino, before.st_mtime_ns, before.st_size)
    assert after.st_mode & WRITE_BITS == 0
    assert first.path.read_bytes() == clips["jpg"].read_bytes()
    assert list(vault.iter_objects()) == [first.path]


def test_nothing_is_left_in_the_temporary_folder_after_storing(vault, clips):
    vault.store(clips["mp4"])
    vault.store(clips["mp4"])
    assert list(vault.tmp.iterdir()) == []


def test_a_cancelled_store_leaves_neither_an_object_nor_a_temporary_file(vault, clips):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        vault.store(clips["mp4"], cancel=cancel)
    assert list(vault.iter_objects()) == []
    assert list(vault.tmp.iterdir()) == []


def test_an_unfinished_vault_file_is_removed_on_the_next_open(archive, archive_dir, reopen):
    leftover = archive.vault.tmp / "3f2a9c0d8e7b4a1f.part"
    leftover.write_bytes(b"half of a clip")
    os.chmod(leftover, stat.S_IRUSR)  # as the vault leaves its own files
    archive.close()

    again = reopen()

    assert not leftover.exists()
    assert list(again.vault.tmp.iterdir()) == []
    assert any("3f2a9c0d8e7b4a1f.part" in note for note in again.recovered)


def test_an_unfinished_vault_file_is_left_alone_while_another_window_has_the_archive_open(
        archive, archive_dir, reopen):
    leftover = archive.vault.tmp / "in-progress.part"
    leftover.write_bytes(b"another window is still writing this")

    second = reopen()  # `archive` is still open in this process

    assert leftover.exists()
    assert second.recovered == []
    second.close()
    archive.close()
    assert reopen().recovered and not leftover.exists()


def test_importing_the_same_clip_again_links_to_the_first_recording_and_stores_it_once(
        archive, clips, clerk, tmp_path, rows):
    first = import_paths(archive, clerk, ImportRequest(paths=[clips["mp4"]]))
    copy = tmp_path / "第二次 移交" / "复制 的 录像.mp4"
    copy.parent.mkdir()
    copy.write_bytes(clips["mp4"].read_bytes())

    second = import_paths(archive, clerk, ImportRequest(paths=[copy]))

    assert len(first.imported) == 1
    assert second.imported == []
    assert len(second.duplicates) == 1
    original_id = first.imported[0].recording_id
    assert second.duplicates[0].recording_id == original_id
    assert second.duplicates[0].sha256 == first.imported[0].sha256
    assert len(list(archive.vault.iter_objects())) == 1
    assert [r.id for r in rows(archive, Recording)] == [original_id]
    dup_items = rows(archive, ImportItem, ImportItem.batch_id == second.batch_id)
    assert [(i.outcome, i.recording_id) for i in dup_items] == [("duplicate", original_id)]
    assert str(original_id) in dup_items[0].reason


def test_the_same_content_twice_in_one_import_is_kept_once(archive, clips, clerk, tmp_path, rows):
    folder = tmp_path / "卡"
    folder.mkdir()
    (folder / "A.MP4").write_bytes(clips["mp4"].read_bytes())
    (folder / "B.MP4").write_bytes(clips["mp4"].read_bytes())

    report = import_paths(archive, clerk, ImportRequest(paths=[folder]))

    assert [Path(i.path).name for i in report.imported] == ["A.MP4"]
    assert [Path(i.path).name for i in report.duplicates] == ["B.MP4"]
    assert report.duplicates[0].recording_id == report.imported[0].recording_id
    assert len(rows(archive, Recording)) == 1
    assert len(list(archive.vault.iter_objects())) == 1


def test_an_object_left_by_an_interrupted_import_is_filed_when_the_source_is_imported_again(
        archive, clips, clerk, rows):
    # The copy reached the vault but the program stopped before the record was committed.
    orphan = archive.vault.store(clips["wav"])
    assert rows(archive, Recording) == []

    report = import_paths(archive, clerk, ImportRequest(paths=[clips["wav"]]))

    assert len(report.imported) == 1
    assert report.imported[0].sha256 == orphan.sha256
    assert [r.sha256 for r in rows(archive, Recording)] == [orphan.sha256]
    assert list(archive.vault.iter_objects()) == [orphan.path]


def test_archive_vault_lives_inside_the_archive_folder(archive, archive_dir):
    assert isinstance(archive, Archive)
    assert archive.vault.objects == archive_dir / "vault" / "objects"
    assert archive.vault.objects.is_dir() and archive.vault.tmp.is_dir()

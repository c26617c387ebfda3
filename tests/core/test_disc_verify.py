"""Checking a disc against its own manifests with no archive: folders and images, each wrong,
missing, extra or unreadable file named; a damaged UDF tree still read through Joliet."""
from __future__ import annotations

import hashlib
import shutil
import threading
from pathlib import Path

import bagit
import pycdlib
import pytest

from evidenceroom.core import disc_bag as bag
from evidenceroom.core.demo import write_tone
from evidenceroom.core.disc_staging import StagedFile, VaultFileAltered, stage_bag, write_image
from evidenceroom.core.disc_verify import verify_disc
from evidenceroom.core.vault import Cancelled


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sources(tmp_path) -> list[StagedFile]:
    folder = tmp_path / "原件 来源"
    folder.mkdir()
    files = []
    for n, name in enumerate(["现场 录音 第一段.WAV", "REC 100%.WAV", "一个非常长的文件名" * 8 + ".WAV"], start=1):
        path = folder / f"{n}.wav"
        write_tone(path, 300 + 50 * n, seconds=1)
        files.append(StagedFile(n, path, bag.disc_file_name(n, name), bag.iso9660_name(n, name), _sha(path),
                                path.stat().st_size))
    return files


@pytest.fixture
def staged(tmp_path, sources) -> tuple[Path, Path]:
    folder = tmp_path / "暂存 光盘1"
    info = [("Source-Organization", "测试市水务局"), ("Set-Number", "GP-2026-0042"), ("Disc-Number", "1/1")]
    stage_bag(folder, sources, info, "recording_id\n1\n".encode(), b"%PDF-1.4 test\n", None, None)
    image = tmp_path / "GP-2026-0042_disc1of1.iso"
    write_image(folder, sources, image, "GP_2026_0042_1")
    return folder, image


def test_names_fit_joliet_and_keep_the_extension_and_manifest_paths_are_encoded(sources):
    long_name = sources[2].name
    assert len(long_name.encode()) <= bag.JOLIET_MAX and long_name.startswith("R000003_") and long_name.endswith(".WAV")
    assert bag.disc_file_name(7, 'a:b?c*"d"%.mp4') == "R000007_a_b_c__d__.mp4"
    entries = [("0" * 64, "data/100%\nodd.WAV")]
    assert bag.parse_manifest(bag.manifest_bytes(entries), "m") == entries
    assert b"data/100%25%0Aodd.WAV" in bag.manifest_bytes(entries)


def test_a_staged_bag_and_its_image_verify_and_the_reference_library_agrees(staged, sources):
    folder, image = staged
    bagit.Bag(str(folder)).validate()
    for path in (folder, image):
        report = verify_disc(path)
        assert report.intact, [str(m) for m in report.messages()]
        assert sorted(f.path for f in report.payload) == sorted(f.path for f in sources)
        assert report.bag_info["Payload-Oxum"] == f"{sum(f.size for f in sources)}.{len(sources)}"
        assert report.manifest_sha256 == _sha(folder / bag.MANIFEST)


def test_an_altered_tag_file_and_a_missing_tag_manifest_are_named(staged, tmp_path):
    folder, _ = staged
    copy = tmp_path / "改过的 拷贝"
    shutil.copytree(folder, copy)
    (copy / bag.RECORDINGS_CSV).write_bytes(b"recording_id\n2\n")
    report = verify_disc(copy)
    assert not report.intact and [(f.path, f.status) for f in report.bad] == [(bag.RECORDINGS_CSV, "altered")]
    (copy / bag.TAGMANIFEST).unlink()
    assert any("tagmanifest" in str(m) for m in verify_disc(copy).messages())
    (copy / bag.MANIFEST).write_text("not a manifest line\n")
    report = verify_disc(copy)
    assert not report.intact and any("清单格式错误" in m.zh for m in report.messages())


def test_a_damaged_udf_tree_is_reported_and_the_files_are_still_checked_through_joliet(staged, sources, tmp_path):
    _, image = staged
    iso = pycdlib.PyCdlib()
    iso.open(str(image))
    # A byte inside the tag of the first file's UDF file entry: its checksum no longer matches.
    offset = iso.get_record(udf_path="/" + sources[0].path).extent_location() * 2048 + 7
    iso.close()
    bad = tmp_path / "UDF 损坏.iso"
    data = bytearray(image.read_bytes())
    data[offset] ^= 0xFF
    bad.write_bytes(bytes(data))
    report = verify_disc(bad)
    assert not report.intact
    assert any("UDF" in m.zh for m in report.problems)
    assert all(f.status == "ok" for f in report.payload) and len(report.payload) == len(sources)


def test_a_vault_file_that_changed_stops_staging_naming_the_recording(tmp_path, sources):
    wrong = StagedFile(9, sources[0].source, sources[0].name, sources[0].iso_name, "f" * 64, sources[0].size)
    with pytest.raises(VaultFileAltered, match="第 9 号资料"):
        stage_bag(tmp_path / "暂存", [wrong], [], b"", b"", None, None)


def test_verification_reports_progress_and_can_be_cancelled(staged):
    _, image = staged
    cancel = threading.Event()
    seen = []

    def progress(p):
        seen.append(p)
        cancel.set()

    with pytest.raises(Cancelled):
        verify_disc(image, progress, cancel)
    assert seen and seen[0].phase == "verify" and seen[0].total > 0


def test_a_disc_read_through_plain_iso9660_names_is_checked_by_its_short_names(staged, sources, tmp_path):
    folder, _ = staged
    # As a reader without Joliet or UDF shows it: a folder of short upper-case names…
    short = tmp_path / "短文件名"
    (short / "DATA").mkdir(parents=True)
    for name, iso_name in bag.TAG_ISO_NAMES.items():
        shutil.copy(folder / name, short / iso_name)
    for f in sources:
        shutil.copy(folder / f.path, short / "DATA" / f.iso_name)
    report = verify_disc(short)
    assert report.intact and report.notes and not report.problems
    assert sorted(f.path for f in report.payload) == sorted(f.path for f in sources)

    # …and an image that has only the ISO 9660 tree.
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, vol_ident="GP_2026_0042_1")
    for name, iso_name in bag.TAG_ISO_NAMES.items():
        iso.add_file(str(folder / name), f"/{iso_name};1")
    iso.add_directory("/DATA")
    for f in sources:
        iso.add_file(str(folder / f.path), f"/DATA/{f.iso_name};1")
    plain = tmp_path / "plain.iso"
    iso.write(str(plain))
    iso.close()
    assert verify_disc(plain).intact

    (short / "DATA" / sources[0].iso_name).write_bytes(b"changed")
    (short / "DATA" / "R000099.WAV").write_bytes(b"extra")
    report = verify_disc(short)
    assert {(f.path, f.status) for f in report.bad} == {(sources[0].path, "altered"), ("DATA/R000099.WAV", "extra")}

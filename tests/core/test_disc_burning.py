"""Burning: the tool and drive are detected; with no burner the image is left and the message
says where; xorriso writes to a file-backed pseudo drive the same way it writes to /dev/sr0."""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from evidenceroom.core import burning, platform
from evidenceroom.core.disc_register import disc_set_info, verify_copy
from evidenceroom.core.disc_verify import verify_disc
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent

from core.disc_support import made_set


@pytest.fixture
def made(archive, card, tmp_path):
    return made_set(archive, card, tmp_path / "映像")


def test_burners_are_the_drives_found_paired_with_the_preferred_tool():
    tools = burning.burn_tools()
    assert set(tools) <= set(burning.TOOLS)
    found = burning.detect_burners()
    assert [b.device for b in found] == (platform.optical_drives() if tools else [])
    if found:
        assert {b.tool for b in found} == {next(t for t in burning.TOOLS if t in tools)}


def test_without_a_burner_the_image_is_left_and_the_message_says_where(made):
    _, info = made
    image = info.discs[0].image_path
    if burning.detect_burners():
        pytest.skip("this PC has a disc burner")
    with pytest.raises(ArchiveError) as caught:
        burning.burn(image)
    assert str(image) in str(caught.value) and image.is_file()
    assert "刻录" in caught.value.text.zh and str(image) in caught.value.text.en
    with pytest.raises(ArchiveError, match="找不到光盘映像"):
        burning.burn(image.with_name("没有.iso"))


def test_commands_for_each_tool_name_the_device_and_the_image(tmp_path):
    image = tmp_path / "GP-2026-0001_disc1of1.iso"
    for tool in burning.TOOLS:
        argv = burning.burn_command(burning.Burner("/dev/sr0", tool, f"/usr/bin/{tool}"), image)
        assert argv[0] == f"/usr/bin/{tool}" and any("/dev/sr0" in a for a in argv) and any(str(image) in a for a in argv)


@pytest.mark.skipif(shutil.which("xorriso") is None, reason="xorriso is installed by installer/linux/setup.sh")
def test_xorriso_burns_a_copy_which_then_verifies_and_the_burn_is_audited(archive, made, tmp_path):
    desk, info = made
    [disc] = info.discs
    written = tmp_path / "刻好的 光盘.img"
    pseudo = burning.Burner(f"stdio:{written}", "xorriso", shutil.which("xorriso"))
    lines: list[str] = []
    used = burning.burn_copy(archive, desk.clerk, disc.copies[0].id, pseudo, on_output=lines.append)
    assert used == pseudo and lines
    report = verify_disc(written)
    assert report.intact and report.manifest_sha256 == disc.manifest_sha256
    result = verify_copy(archive, desk.clerk, disc.copies[0].id, written)
    assert result.copy.verified
    assert disc_set_info(archive, info.id).status_zh == "未完成 (1/2)"
    with archive.session() as s:
        burned = s.scalars(select(AuditEvent).where(AuditEvent.action == "disc_copy.burned")).all()
    assert [(e.target_id, e.actor_user_id) for e in burned] == [(disc.copies[0].id, desk.clerk.user_id)]


@pytest.mark.skipif(shutil.which("xorriso") is None, reason="xorriso is installed by installer/linux/setup.sh")
def test_an_image_extracted_by_another_iso_reader_is_a_valid_bag_with_the_chinese_names(made, tmp_path):
    import subprocess

    import bagit

    _, info = made
    [disc] = info.discs
    folder = tmp_path / "解出的 光盘"
    subprocess.run(["xorriso", "-osirrox", "on", "-indev", str(disc.image_path), "-extract", "/", str(folder)],
                   check=True, capture_output=True)
    bag = bagit.Bag(str(folder))
    bag.validate()
    assert bag.info["Set-Number"] == info.set_no
    assert sorted(f"data/{p.name}" for p in (folder / "data").iterdir()) == sorted(f.path for f in disc.files)
    assert any("现场 录音" in f.path for f in disc.files)
    assert verify_disc(folder).intact

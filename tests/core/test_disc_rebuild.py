"""A set's images written again from the vault: the same discs (same manifests), or nothing replaced."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from evidenceroom.core import discs
from evidenceroom.core.disc_rebuild import images_missing, rebuild_images
from evidenceroom.core.disc_staging import VaultFileAltered
from evidenceroom.core.disc_verify import verify_disc
from evidenceroom.core.models import AuditEvent, Recording
from evidenceroom.core.platform import make_writable

from core.disc_support import copy_grant, make_desk, render_test_description


@pytest.fixture
def made(archive, card, tmp_path):
    desk = make_desk(archive, card)
    with archive.session() as s:
        biggest = max(s.scalars(select(Recording.size)))
    info = discs.make_disc_set(archive, desk.clerk, copy_grant(archive, desk), extractor="王五", medium="dvd",
                               capacity=discs._footprint(biggest) + 4096, folder=tmp_path / "光盘 映像",
                               render_description=render_test_description)
    assert len(info.discs) >= 2
    return desk, info


def _actions(archive, action):
    with archive.session() as s:
        return [json.loads(e.details) for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action))]


def test_removed_images_are_written_again_as_the_same_discs(archive, made):
    desk, info = made
    assert images_missing(info) == []
    first, second = info.discs[0], info.discs[1]
    first.image_path.unlink()
    second.image_path.write_bytes(b"damaged")
    info.description_path.unlink()
    assert images_missing(info) == [1, 2]

    again = rebuild_images(archive, desk.clerk, info.id, render_test_description)
    assert images_missing(again) == []
    for before, after in zip(info.discs, again.discs):
        report = verify_disc(after.image_path)
        assert report.intact and report.manifest_sha256 == before.manifest_sha256 == after.manifest_sha256
    assert again.description_path.read_bytes().startswith(b"%PDF")
    [event] = _actions(archive, "disc_set.images_rebuilt")
    assert event["set_no"] == info.set_no and len(event["discs"]) == len(info.discs)


def test_a_changed_vault_file_stops_the_rebuild_and_replaces_nothing(archive, made):
    desk, info = made
    disc = info.discs[0]
    old_image = disc.image_path.read_bytes()
    victim = disc.files[0]
    path = archive.vault.path_for(victim.sha256)
    make_writable(path)
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(VaultFileAltered, match=f"第 {victim.recording_id} 号资料"):
        rebuild_images(archive, desk.clerk, info.id, render_test_description)
    assert disc.image_path.read_bytes() == old_image
    assert not [p for p in info.folder.parent.iterdir() if ".rebuild-" in p.name]
    [failed] = _actions(archive, "disc_set.rebuild_failed")
    assert failed["recording_id"] == victim.recording_id

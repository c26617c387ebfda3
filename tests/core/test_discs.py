"""Disc sets made under a copy grant: BagIt bags on ISO images, read back, recorded, audited."""
from __future__ import annotations

import hashlib

import pycdlib
import pytest
from sqlalchemy import select

from evidenceroom.core import discs
from evidenceroom.core.models import AuditEvent

from core.disc_support import copy_grant, make_desk, render_test_description


@pytest.fixture
def desk(archive, card):
    return make_desk(archive, card)


def test_a_set_is_made_under_a_copy_grant_and_its_image_holds_the_originals(archive, desk, tmp_path):
    grant_id = copy_grant(archive, desk)
    info = discs.make_disc_set(archive, desk.clerk, grant_id, render_description=render_test_description,
                               extractor="王五", medium="cd", folder=tmp_path / "光盘 输出")
    assert info.set_no.startswith("GP-") and len(info.discs) == 1
    print(info)

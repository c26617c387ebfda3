"""RET-03: a long-term recording is listed as lacking discs until both copies of its set are verified."""
from __future__ import annotations

from datetime import date

from evidenceroom.core import discs, profiles, retention
from evidenceroom.core.disc_register import verify_copy

from core.disc_support import copy_grant, make_desk, render_test_description


def _missing(archive) -> list[int]:
    with archive.session() as s:
        return [r.recording_id for r in retention.overview(s, today=date(2026, 1, 1)).long_term_without_discs]


def test_long_term_without_discs_until_two_verified_copies(archive, card, tmp_path):
    desk = make_desk(archive, card)
    rec = desk.recording_ids[0]
    ground = retention.choices(profiles.by_key("zhanhe-sifa-2019"), "long_term")[1][1]
    retention.mark(archive, desk.clerk, rec, "long_term", ground)
    assert _missing(archive) == [rec]
    info = discs.make_disc_set(archive, desk.clerk, copy_grant(archive, desk), render_description=render_test_description,
                               folder=tmp_path / "刻录 输出", extractor="王五", medium="cd", kind="long_term")
    [disc] = info.discs
    a, b = disc.copies
    verify_copy(archive, desk.clerk, a.id, disc.image_path)
    assert _missing(archive) == [rec]  # one copy is not the two the regulation asks for
    verify_copy(archive, desk.clerk, b.id, disc.image_path)
    assert _missing(archive) == []
    with archive.session() as s:
        assert retention.expiry(s, rec).label(date(2099, 1, 1))[0] == "长期保存"

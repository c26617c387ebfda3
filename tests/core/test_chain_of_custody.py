"""The chain of custody of a recording (RPT-09): every event from the audit log, in order, with who
did it, and whether the audit chain itself is intact."""
from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from core.disc_support import copy_grant, make_desk, render_test_description
from evidenceroom.core import discs
from evidenceroom.core.access import Items
from evidenceroom.core.chain_of_custody import chain_of_custody
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.register import end_viewing, start_viewing
from sql_count import statements
from evidenceroom.core.review import end_playback, start_playback


@pytest.fixture
def desk(archive, card):
    return make_desk(archive, card)


def viewed_twice_and_copied_once(archive, desk, tmp_path) -> int:
    clip, other = desk.recording_ids[0], desk.recording_ids[1]
    for _ in range(2):
        grant = copy_grant(archive, desk, Items(recording_ids=(clip,)), kind="view")
        entry = start_viewing(archive, desk.clerk, grant, [clip])
        pb = start_playback(archive, desk.clerk, clip)
        end_playback(archive, desk.clerk, pb, 1200)
        end_viewing(archive, desk.clerk, entry.id)
    start_viewing(archive, desk.clerk, copy_grant(archive, desk, Items(recording_ids=(other,)), kind="view"), [other])
    grant = copy_grant(archive, desk, Items(recording_ids=(clip,)))
    discs.make_disc_set(archive, desk.clerk, grant, render_description=render_test_description, extractor="王五",
                        medium="cd", copies=2, folder=tmp_path / "光盘 输出")
    return clip


def test_a_clip_viewed_twice_and_copied_once_shows_every_event_in_order(archive, desk, tmp_path):
    clip = viewed_twice_and_copied_once(archive, desk, tmp_path)
    report = chain_of_custody(archive, recording_id=clip)
    actions = [e.action for e in report.events]
    seqs = [e.seq for e in report.events]
    assert seqs == sorted(seqs)
    # The hand-in comes first: the activity and case, the import started, then the file stored with its hash.
    handed_in = actions.index("import.started")
    stored = actions.index("import.imported")
    assert {"case.created", "activity.created"} <= set(actions[:handed_in]) and handed_in < stored
    assert report.recordings[0].sha256 in report.events[stored].summary
    assert "DSJ-2024-0117" in report.events[handed_in].summary
    assert actions.count("access.viewing_started") == 2
    assert actions.count("playback.started") == 2
    assert actions.count("disc_set.made") == 1
    assert actions.count("access.granted") == 3  # two viewings, one copy; the other clip's grant is not here
    assert all(e.actor_name for e in report.events)
    assert all(e.actor_name.startswith("王五") for e in report.events if e.action == "access.viewing_started")
    assert report.chain_ok and report.verdict_zh.startswith("审计链校验通过")


def test_the_whole_case_takes_in_every_recording(archive, desk, tmp_path):
    viewed_twice_and_copied_once(archive, desk, tmp_path)
    report = chain_of_custody(archive, case_id=desk.case_id)
    assert {r.id for r in report.recordings} == set(desk.recording_ids)
    assert sum(e.action == "access.viewing_started" for e in report.events) == 3
    assert report.events[0].action == "case.created"


def test_an_altered_audit_event_is_reported(archive, archive_dir, desk, tmp_path):
    clip = viewed_twice_and_copied_once(archive, desk, tmp_path)
    with closing(sqlite3.connect(archive_dir / "archive.db")) as conn:
        conn.execute("UPDATE audit_event SET actor_name = '某人' WHERE action = 'access.viewing_started'")
        conn.commit()
    report = chain_of_custody(archive, recording_id=clip)
    assert not report.chain_ok
    assert "审计链校验未通过" in report.verdict_zh and "被改动" in report.verdict_zh


def test_an_unknown_recording_or_case_is_refused(archive, desk):
    with pytest.raises(ArchiveError, match="没有第 999 号资料"):
        chain_of_custody(archive, recording_id=999)
    with pytest.raises(ArchiveError, match="没有案号"):
        chain_of_custody(archive, case_no="不存在")
    with pytest.raises(ArchiveError):
        chain_of_custody(archive)


def test_a_viewing_of_another_clip_under_a_whole_case_grant_is_not_in_this_clips_chain(archive, desk):
    clip, other = desk.recording_ids[0], desk.recording_ids[1]
    grant = copy_grant(archive, desk, Items(case_ids=(desk.case_id,)), kind="view")
    start_viewing(archive, desk.clerk, grant, [other])
    mine = chain_of_custody(archive, recording_id=clip)
    theirs = chain_of_custody(archive, recording_id=other)
    assert "access.granted" in [e.action for e in mine.events]  # the grant covers the whole case
    assert "access.viewing_started" not in [e.action for e in mine.events]
    assert [e.action for e in theirs.events].count("access.viewing_started") == 1


def test_the_copies_of_every_disc_set_are_read_in_one_statement(archive, desk, tmp_path):
    clip = desk.recording_ids[0]

    def make_set(n: int) -> None:
        grant = copy_grant(archive, desk, Items(recording_ids=(clip,)))
        discs.make_disc_set(archive, desk.clerk, grant, render_description=render_test_description, extractor="王五",
                            medium="cd", copies=2, folder=tmp_path / f"光盘 {n}")

    def counted():
        with statements(archive) as seen:
            report = chain_of_custody(archive, recording_id=clip)
        return len(seen), report

    make_set(1)
    one, report = counted()
    for n in (2, 3):
        make_set(n)
    three, later = counted()
    assert [e.action for e in report.events].count("disc_set.made") == 1
    assert [e.action for e in later.events].count("disc_set.made") == 3
    assert one == three


def test_a_case_named_by_its_number_is_read_once(archive, desk):
    from core.disc_support import CASE_NO

    def counted(**subject):
        with statements(archive) as seen:
            report = chain_of_custody(archive, **subject)
        return len(seen), report

    by_no, named = counted(case_no=f" {CASE_NO} ")
    by_id, chosen = counted(case_id=desk.case_id)
    assert by_no == by_id
    assert (named.subject_id, named.subject_zh, named.events) == (chosen.subject_id, chosen.subject_zh, chosen.events)

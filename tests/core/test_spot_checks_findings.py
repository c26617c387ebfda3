"""Findings (DUT-13) recorded from a spot check: on the officer's record and in the yearly review."""
from __future__ import annotations

from datetime import timedelta

import pytest

from evidenceroom.core import findings, spot_checks, yearly_review
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.timeutil import to_local, utcnow
from tests.core.oversight_support import hand_in, sign_in, staff


def test_a_finding_from_a_spot_check_names_the_officer_and_shows_in_the_yearly_review(archive, tmp_path, rows):
    ids = staff(archive)
    hand_in(archive, tmp_path / "a", None, 333)
    inspector = sign_in(archive, "inspector")
    with archive.session() as s:
        now = to_local(utcnow(), archive.unit(s).timezone).replace(tzinfo=None)
    check = spot_checks.draw(archive, inspector, now - timedelta(days=1), now + timedelta(hours=1), proportion=1.0)
    item = check.items[0]
    found = findings.add_finding(archive, inspector, "not_recorded", "written_self_criticism", "到达现场后未开机",
                                 spot_check_item_id=item.id)
    assert (found.officer, found.recording_id) == ("张伟", item.recording_id)
    assert [f.id for f in findings.list_findings(archive, officer_id=ids["张伟"])] == [found.id]
    assert findings.list_findings(archive, officer_id=ids["李娜"]) == []
    review = yearly_review.yearly_review(archive, now.year)
    assert [(f.kind, f.outcome) for f in review.findings] == [("not_recorded", "written_self_criticism")]
    assert any(e.action == "finding.recorded" for e in rows(archive, AuditEvent))


def test_a_finding_needs_a_known_kind_outcome_and_officer(archive):
    staff(archive)
    inspector = sign_in(archive, "inspector")
    with pytest.raises(ArchiveError, match="问题类型"):
        findings.add_finding(archive, inspector, "bad", "criticism", officer_id=1)
    with pytest.raises(ArchiveError, match="处理结果"):
        findings.add_finding(archive, inspector, "leaked", "bad", officer_id=1)
    with pytest.raises(ArchiveError, match="执法人员"):
        findings.add_finding(archive, inspector, "leaked", "criticism")
    with pytest.raises(ArchiveError, match="执法监督"):
        findings.add_finding(archive, sign_in(archive, "clerk"), "leaked", "criticism", officer_id=1)

"""Unannounced inspections (DUT-11): three officers checked, one finding, in the oversight history."""
from __future__ import annotations

from datetime import date

import pytest

from evidenceroom.core import findings, inspections, registry, yearly_review
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.inspections import FindingInput
from evidenceroom.core.timeutil import utcnow
from tests.core.oversight_support import sign_in, staff


def test_an_inspection_of_three_officers_with_one_finding(archive):
    ids = staff(archive)
    with archive.transaction() as s:
        third = registry.add_person(s, Actor("测试准备"), "王强", "13003", "二大队").id
    inspector = sign_in(archive, "inspector")
    today = utcnow().date()
    held = inspections.record_inspection(
        archive, inspector, today, "周科长", [ids["张伟"], ids["李娜"], third], "抽查佩戴情况",
        [FindingInput(third, "non_work_use", "criticism", "用执法记录仪拍摄私人视频")])
    assert held.officers == ("张伟", "李娜", "王强") and held.findings == 1
    [listed] = inspections.list_inspections(archive, since=date(today.year, 1, 1))
    assert listed.id == held.id and listed.findings == 1
    [found] = findings.list_findings(archive, officer_id=third)
    assert (found.kind, found.outcome) == ("non_work_use", "criticism")
    assert [i.id for i in yearly_review.yearly_review(archive, today.year).inspections] == [held.id]


def test_an_inspection_needs_inspectors_officers_and_findings_about_them(archive):
    ids = staff(archive)
    inspector = sign_in(archive, "inspector")
    today = utcnow().date()
    with pytest.raises(ArchiveError, match="检查人员"):
        inspections.record_inspection(archive, inspector, today, " ", [ids["张伟"]])
    with pytest.raises(ArchiveError, match="被检查"):
        inspections.record_inspection(archive, inspector, today, "周科长", [])
    with pytest.raises(ArchiveError, match="被检查人员之中"):
        inspections.record_inspection(archive, inspector, today, "周科长", [ids["张伟"]],
                                      findings=[FindingInput(ids["李娜"], "leaked", "criticism")])
    assert inspections.list_inspections(archive) == []

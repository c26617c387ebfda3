"""A finding's outcome (DUT-13, 003§28) is decided by a supervisor, often after it was recorded as 待处理
(a reviewer's flag always is); a decided outcome changes only with a reason. Each decision is audited."""
from __future__ import annotations

import json

import pytest

from evidenceroom.core import audit, findings
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent
from tests.core.oversight_support import sign_in, staff


@pytest.fixture
def pending(archive):
    ids = staff(archive)
    inspector = sign_in(archive, "inspector")
    found = findings.add_finding(archive, inspector, "non_work_use", "pending", "拍摄私人聊天", officer_id=ids["张伟"])
    return found


def test_a_supervisor_decides_the_outcome_and_the_list_and_audit_log_show_it(archive, pending, rows):
    director = sign_in(archive, "director")
    decided = findings.set_outcome(archive, director, pending.id, "written_self_criticism")
    assert decided.outcome == "written_self_criticism"
    [listed] = findings.list_findings(archive)
    assert (listed.outcome, listed.officer, listed.source) == ("written_self_criticism", "张伟", "entered")
    event = rows(archive, AuditEvent)[-1]
    assert event.action == "finding.outcome_set" and event.actor_name.startswith("赵主任")
    assert json.loads(event.details)["before"] == "pending"
    with archive.session() as s:
        assert audit.check_chain(s, archive.head_path)[1] == []


def test_changing_a_decided_outcome_needs_a_reason(archive, pending):
    director = sign_in(archive, "director")
    findings.set_outcome(archive, director, pending.id, "criticism")
    with pytest.raises(ArchiveError, match="须说明理由"):
        findings.set_outcome(archive, director, pending.id, "bureau_notice")
    assert findings.list_findings(archive)[0].outcome == "criticism"
    findings.set_outcome(archive, director, pending.id, "bureau_notice", "复核后从重")
    assert findings.list_findings(archive)[0].outcome == "bureau_notice"


def test_bad_decisions_are_refused_and_change_nothing(archive, pending, rows):
    director, inspector, clerk = (sign_in(archive, login) for login in ("director", "inspector", "clerk"))
    before = len(rows(archive, AuditEvent))
    for who, finding_id, outcome, match in ((inspector, pending.id, "criticism", "审批人或系统管理员"),
                                            (clerk, pending.id, "criticism", "审批人或系统管理员"),
                                            (director, pending.id, "fine", "无效的处理结果"),
                                            (director, 999, "criticism", "没有第 999 号"),
                                            (director, pending.id, "pending", "已是")):
        with pytest.raises(ArchiveError, match=match):
            findings.set_outcome(archive, who, finding_id, outcome)
    assert findings.list_findings(archive)[0].outcome == "pending"
    assert len(rows(archive, AuditEvent)) == before

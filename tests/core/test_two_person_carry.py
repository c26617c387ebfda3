"""DUT-08 (003§11): under a profile asking two officers to carry the device, an activity of the
checklist with one officer is flagged 未双人携带, and one whose footage none of its officers made
未指明记录人; under a profile without the rule nothing is flagged. The duty report's statements stay
the same however many activities it reads."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from evidenceroom.core import gaps, profiles
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.timeutil import to_local, utcnow
from tests.core.oversight_support import hand_in, sign_in, staff
from tests.sql_count import statements

QINHUANGDAO = profiles.by_key("qinhuangdao-shuiwu")  # 003: 双人携带，一人全程记录
ZHONGWEI = profiles.by_key("zhongwei-2021")  # no such rule
MATTER = "日常执法检查"


@pytest.fixture
def people(archive):
    return staff(archive)


def _local(archive, hours_ago: float):
    with archive.session() as s:
        return to_local(utcnow() - timedelta(hours=hours_ago), archive.unit(s).timezone).replace(tzinfo=None)


def _register(archive, officer_ids, profile=QINHUANGDAO, matter=MATTER):
    end = _local(archive, 5)
    return gaps.register_activity(archive, sign_in(archive, "clerk"), kind=matter, place="东河闸",
                                  started_at=end - timedelta(hours=1), ended_at=end, officer_ids=officer_ids,
                                  matter=matter, profile=profile)


def _duty(archive, profile):
    now = _local(archive, 0)
    return {line.activity_id: line for line in gaps.duty_report(archive, now - timedelta(days=2),
                                                                 now + timedelta(days=1), profile=profile)}


def test_the_rule_is_in_the_003_profile_and_not_in_the_others():
    assert QINHUANGDAO.two_person_carry and not ZHONGWEI.two_person_carry
    assert MATTER in {i.matter for i in QINHUANGDAO.checklist}


def test_one_officer_is_flagged_not_carried_by_two_under_the_003_profile(archive, people):
    alone = _register(archive, [people["张伟"]])
    line = _duty(archive, QINHUANGDAO)[alone]
    assert line.carry == gaps.SINGLE_CARRIER and gaps.CARRY_NAMES[line.carry][0] == "未双人携带"
    # The registration itself says so in the audit log.
    with archive.session() as s:
        created = s.scalars(select(AuditEvent).where(AuditEvent.action == "activity.created",
                                                     AuditEvent.target_id == alone)).one()
    assert json.loads(created.details)["carry"] == gaps.SINGLE_CARRIER


def test_two_officers_and_footage_by_one_of_them_are_not_flagged(archive, people, tmp_path):
    pair = _register(archive, [people["张伟"], people["李娜"]])
    # No footage yet: nobody is named as the one who records.
    assert _duty(archive, QINHUANGDAO)[pair].carry == gaps.NO_RECORDER
    hand_in(archive, tmp_path / "卡", pair, 440, badge="13002")
    line = _duty(archive, QINHUANGDAO)[pair]
    assert line.carry == "" and line.recorders == ("李娜",)
    with archive.session() as s:
        created = s.scalars(select(AuditEvent).where(AuditEvent.action == "activity.created",
                                                     AuditEvent.target_id == pair)).one()
    assert "carry" not in json.loads(created.details)


def test_footage_by_someone_not_listed_names_no_recorder(archive, people, tmp_path):
    from evidenceroom.core import registry
    from tests.core.oversight_support import SETUP

    with archive.transaction() as s:
        registry.add_person(s, SETUP, "王强", "13003", "三大队")
    pair = _register(archive, [people["张伟"], people["李娜"]])
    hand_in(archive, tmp_path / "卡", pair, 440, badge="13003")
    assert _duty(archive, QINHUANGDAO)[pair].carry == gaps.NO_RECORDER


def test_a_profile_without_the_rule_flags_nothing(archive, people):
    alone = _register(archive, [people["张伟"]], profile=ZHONGWEI, matter=ZHONGWEI.checklist[0].matter)
    line = _duty(archive, ZHONGWEI)[alone]
    assert line.carry == "" and line.recorders == ()
    with archive.session() as s:
        created = s.scalars(select(AuditEvent).where(AuditEvent.action == "activity.created",
                                                     AuditEvent.target_id == alone)).one()
    assert "carry" not in json.loads(created.details)


def test_the_carry_check_on_its_own():
    assert gaps.carry_check(ZHONGWEI, [1]) == ""
    assert gaps.carry_check(QINHUANGDAO, []) == gaps.SINGLE_CARRIER
    assert gaps.carry_check(QINHUANGDAO, [1, 1]) == gaps.SINGLE_CARRIER  # the same officer twice is one
    assert gaps.carry_check(QINHUANGDAO, [1, 2]) == gaps.NO_RECORDER
    assert gaps.carry_check(QINHUANGDAO, [1, 2], [2]) == ""


def test_the_duty_report_reads_the_flag_without_more_statements(archive, people, tmp_path):
    first = _register(archive, [people["张伟"], people["李娜"]])
    hand_in(archive, tmp_path / "一", first, 300)
    with statements(archive) as small:
        _duty(archive, QINHUANGDAO)
    for n in range(3):
        more = _register(archive, [people["张伟"]] if n % 2 else [people["张伟"], people["李娜"]])
        hand_in(archive, tmp_path / f"卡{n}", more, 500 + 100 * n, badge="13002")
    with statements(archive) as large:
        lines = _duty(archive, QINHUANGDAO)
    assert len(lines) == 4 and len(small) == len(large)
    assert sorted(line.carry for line in lines.values()) == ["", "", "", gaps.SINGLE_CARRIER]

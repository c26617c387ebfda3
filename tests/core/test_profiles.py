"""Policy profiles: the five shipped files load, a bad file is refused with the rule named, the
unit's choice is an audited setting that also sets the approval chain."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from evidenceroom.core import accounts, policy, profiles, registry, unit_policy
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Role

PASSWORD = "correct-horse-1"
KEYS = ["zhongwei-2021", "liaoning-renfang", "zhanhe-sifa-2019", "qinhuangdao-shuiwu", "yuxian-yingji-2024"]


@pytest.fixture
def users(archive):
    with archive.transaction() as s:
        for login, role in (("admin", Role.ADMINISTRATOR), ("clerk", Role.CLERK)):
            registry.add_user(s, Actor("准备"), login, PASSWORD, role)
    return {login: accounts.sign_in(archive, login, PASSWORD) for login in ("admin", "clerk")}


def zhongwei_text() -> str:
    return (profiles.policy_dir() / "zhongwei-2021.toml").read_text(encoding="utf-8")


def test_five_profiles_ship_one_per_regulation():
    shipped = profiles.builtin()
    assert [p.key for p in shipped] == KEYS
    by = {p.key: p for p in shipped}
    assert [by[k].retention.base_months for k in KEYS] == [24, 24, 120, 12, 24]
    assert by["zhongwei-2021"].valid_until.isoformat() == "2026-05-06"
    assert len(by["zhongwei-2021"].retention.permanent_grounds) == 4
    assert len(by["zhanhe-sifa-2019"].retention.long_term_grounds) == 3
    assert by["liaoning-renfang"].retention.evidence_follows_case_file
    assert by["qinhuangdao-shuiwu"].retention.evidence_follows_case_file
    assert by["qinhuangdao-shuiwu"].approval_policy == "003"
    checklist = by["yuxian-yingji-2024"].checklist
    assert len(checklist) == 14 and len({c.stage for c in checklist}) == 4
    assert checklist[1].stage == "行政处罚环节" and checklist[1].matter == "调查取证"


@pytest.mark.parametrize(("key", "code", "officers", "needed"), [
    ("zhongwei-2021", "A", 11, 6), ("zhongwei-2021", "B", 11, 4), ("zhongwei-2021", "C", 11, None),
    ("liaoning-renfang", "A", 11, 4), ("liaoning-renfang", "B", 11, 3), ("liaoning-renfang", "C", 11, None),
    ("zhanhe-sifa-2019", "省定", 11, None),
    ("qinhuangdao-shuiwu", "A", 11, 6), ("qinhuangdao-shuiwu", "B", 11, 3), ("qinhuangdao-shuiwu", "B", 10, 2),
    ("yuxian-yingji-2024", "执法大队", 11, None),
])
def test_devices_required_per_profile(key, code, officers, needed):
    # DEV-11: 11 officers with 2 cameras need 3 under 003 class B (缺 1), 4 under 000 class B (缺 2).
    required = profiles.devices_required(profiles.by_key(key).staffing_class(code), officers)
    assert required == needed
    if (key, code, officers) in {("qinhuangdao-shuiwu", "B", 11): 1, ("zhongwei-2021", "B", 11): 2}:
        assert required - 2 == {"qinhuangdao-shuiwu": 1, "zhongwei-2021": 2}[key]


def _broken(old: str, new: str) -> str:
    text = zhongwei_text()
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(("old", "new", "named"), [
    ("base_months = 24", "", "retention.base_months"),
    ("hand_in_hours = 24", "", "hand_in_hours"),
    ("base_months = 24", "base_months = -6", "retention.base_months"),
    ("body_camera = { min_years = 3, max_years = 5 }", "body_camera = { min_years = 6, max_years = 5 }",
     "service_life.body_camera"),
    ("cctv = { min_years = 8, max_years = 10 }", "cctv = { min_years = 1, max_years = 2 }", "service_life.cctv"),
    ("camera = {", "drone = {", "drone"),
    ("officers_per_device = 2", "officers_per_device = 0", "staffing[1].officers_per_device"),
    ('approval_policy = "default"', 'approval_policy = "two-leaders"', "two-leaders"),
    ("spot_check_proportion = 0.05", "spot_check_proportion = 0", "spot_check_proportion"),
    ('starts_from = "recorded_at"', 'starts_from = "burned_at"', "retention.starts_from"),
    ('code = "B"', 'code = "A"', "A"),
    ("hand_in_hours = 24", "hand_in_hours = 24\nhand_in_hour = 12", "hand_in_hour"),
    ("valid_until = 2026-05-06", "valid_until = 2020-05-06", "valid_until"),
    ("backup_interval_days = 7", "backup_interval_days = true", "backup_interval_days"),
])
def test_a_missing_or_contradictory_rule_is_refused_by_name(old, new, named):
    with pytest.raises(ArchiveError) as err:
        profiles.parse(_broken(old, new), "bad")
    assert named in err.value.text.zh and named in err.value.text.en


def test_text_that_is_not_toml_is_refused():
    with pytest.raises(ArchiveError, match="TOML"):
        profiles.parse("base_months = = 2", "bad")


def test_default_until_chosen_then_the_choice_applies_and_sets_the_approval_chain(archive, users):
    with archive.session() as s:
        assert profiles.active(s) is profiles.DEFAULT
    profiles.choose(archive, users["admin"], "qinhuangdao-shuiwu")
    with archive.session() as s:
        chosen = profiles.active(s)
    assert chosen.key == "qinhuangdao-shuiwu" and chosen.retention.base_months == 12
    assert unit_policy.approval_policy(archive) is policy.REGULATION_003
    profiles.choose(archive, users["admin"], "zhongwei-2021")
    assert unit_policy.approval_policy(archive) is policy.DEFAULT
    with archive.session() as s:
        events = [json.loads(e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "setting.changed").order_by(AuditEvent.seq))]
    assert [(e["key"], e["before"], e["after"]) for e in events] == [
        ("policy.profile", "default", "qinhuangdao-shuiwu"),
        ("access.approval_policy", "default", "003"),
        ("policy.profile", "qinhuangdao-shuiwu", "zhongwei-2021"),
        ("access.approval_policy", "003", "default"),
    ]
    assert events[2]["changes"]["retention.base_months"] == [12, 24]


def test_an_edited_copy_is_kept_whole_and_a_bad_one_changes_nothing(archive, users):
    profiles.choose(archive, users["admin"], "zhongwei-2021")
    edited = _broken("base_months = 24", "base_months = 36")
    profiles.save_copy(archive, users["admin"], edited, "本单位")
    with archive.session() as s:
        mine = profiles.active(s)
    assert (mine.key, mine.retention.base_months, mine.text) == ("本单位", 36, edited)
    with pytest.raises(ArchiveError, match="retention.base_months"):
        profiles.save_copy(archive, users["admin"], _broken("base_months = 24", "base_months = 0"), "本单位")
    with archive.session() as s:
        assert profiles.active(s).retention.base_months == 36


def test_only_an_administrator_chooses(archive, users):
    with pytest.raises(ArchiveError, match="管理员"):
        profiles.choose(archive, users["clerk"], "zhongwei-2021")
    with archive.session() as s:
        assert not profiles.is_chosen(s)


def test_an_unknown_profile_is_refused():
    with pytest.raises(ArchiveError, match="no-such"):
        profiles.by_key("no-such")


def test_recording_duty_per_profile():
    # DUT-02: under 003 a complaint is recorded whole-process; under 000 留置送达 as circumstances
    # require and 查封扣押 whole-process.
    def duty(key, matter):
        return next(i for i in profiles.by_key(key).checklist if i.matter.startswith(matter))

    assert (duty("qinhuangdao-shuiwu", "处置投诉举报").duty, duty("qinhuangdao-shuiwu", "处置投诉举报").article) == (
        "whole_process", "003§6(2)")
    assert (duty("zhongwei-2021", "留置送达").duty, duty("zhongwei-2021", "留置送达").article) == ("as_needed", "000§7")
    assert (duty("zhongwei-2021", "查封扣押").duty, duty("zhongwei-2021", "查封扣押").article) == (
        "whole_process", "000§8")
    assert duty("zhongwei-2021", "强制拆除").stage == "应当全程音像记录的执法活动"
    assert [len(p.checklist) for p in profiles.builtin()] == [9, 0, 5, 6, 14]
    assert {i.article for i in profiles.by_key("yuxian-yingji-2024").checklist} == {"004清单"}


def test_a_checklist_duty_must_be_known():
    text = zhongwei_text().replace('duty = "as_needed"', 'duty = "sometimes"', 1)
    with pytest.raises(ArchiveError, match=r"checklist\[1\]\.duty"):
        profiles.parse(text, "bad")


def test_the_smaller_rules_each_regulation_sets():
    qhd, zh, zw = (profiles.by_key(k) for k in ("qinhuangdao-shuiwu", "zhanhe-sifa-2019", "zhongwei-2021"))
    assert qhd.two_person_carry and qhd.evidence_use_exempts_provision
    assert qhd.notice_words.startswith("为保护您的合法权益")
    assert zh.review_due == "11-01" and zw.review_due == ""
    assert (zw.clock_tolerance_seconds, zw.gap_tolerance_seconds, zw.maintenance_interval_days) == (60, 30, 90)
    assert not zw.two_person_carry
    for bad, named in (('review_due = "13-01"', "review_due"), ("gap_tolerance_seconds = 0", "gap_tolerance_seconds"),
                       ('two_person_carry = "yes"', "two_person_carry")):
        with pytest.raises(ArchiveError, match=named):
            text = zhongwei_text().replace("gap_tolerance_seconds = 30\n", "")  # the file sets it: set it once
            profiles.parse(text.replace("backup_interval_days = 7", f"backup_interval_days = 7\n{bad}"), "x")


def test_imports_take_the_hand_in_hours_from_the_profile(archive, users, clips, tmp_path):
    from datetime import datetime, timedelta

    from evidenceroom.core.ingest import ImportRequest, import_paths
    from evidenceroom.core.models import Recording

    ended = datetime.now() - timedelta(hours=30)  # local time, as the import form gives it

    def hand_in(name: str, content: bytes) -> str:
        card = tmp_path / name
        card.mkdir()
        (card / "REC_0001.WAV").write_bytes(content)
        import_paths(archive, Actor("准备"), ImportRequest(paths=[card], activity_ended_at=ended,
                                                            activity_kind="现场检查"))
        with archive.session() as s:
            return s.scalars(select(Recording.deadline_status).order_by(Recording.id.desc())).first()

    wav = clips["wav"].read_bytes()
    assert hand_in("第一次", wav) == "late"  # 24 h by default
    profiles.save_copy(archive, users["admin"], _broken("hand_in_hours = 24", "hand_in_hours = 48"), "本单位")
    assert hand_in("第二次", wav + b"\x00") == "on_time"

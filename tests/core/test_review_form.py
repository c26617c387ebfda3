"""The review form (REV-04, REV-05) and flags that become findings (REV-06), on real archives."""
from __future__ import annotations

from pathlib import Path

import pytest

from evidenceroom.core import audit, findings, gaps, profiles, registry, review, review_form, yearly_review
from evidenceroom.core.audit import Actor
from evidenceroom.core.demo import write_tone
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, Role
from evidenceroom.core.models.oversight import Finding
from evidenceroom.core.review_form import Answer
from evidenceroom.core.timeutil import to_local, utcnow
from tests.core.oversight_support import PASSWORD, SETUP, activity, sign_in, staff


def reviewed_clip(archive, folder: Path, profile_key: str, matter: str | None = "先行登记保存",
                  seconds: float = 200.0) -> int:
    """A 先行登记保存 activity under `profile_key` and one long, quiet recording of it."""
    ids = staff(archive)
    with archive.transaction() as s:
        registry.add_user(s, SETUP, "admin", PASSWORD, Role.ADMINISTRATOR, "孙管理")
    profiles.choose(archive, sign_in(archive, "admin"), profile_key)
    act = activity(archive, ids["张伟"], 2, kind="先行登记保存")
    if matter:
        gaps.mark_matter(archive, sign_in(archive, "clerk"), act, matter)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "先行 登记.WAV"
    write_tone(path, 300, seconds=seconds, rate=1000)
    report = import_paths(archive, SETUP, ImportRequest(paths=[path], officer_badge="13001", device_serial="DSJ-07",
                                                        activity_id=act))
    return report.imported[0].recording_id


def all_yes(items, **overrides) -> dict:
    answers = {i.key: Answer("yes") for i in items}
    answers.update(overrides)
    return answers


def test_a_seizure_registration_under_the_yuxian_profile_lists_its_checklist_row_and_002_10(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024")
    items = review_form.form_items(archive, rec)
    texts = [i.text for i in items]
    checklist = [i for i in items if i.section == "checklist"]
    assert [i.text for i in checklist] == ["现行登记保存的证据物品编号", "名称", "规格（型号）或者地址", "单位",
                                           "数量或者面积", "执行情况"]
    assert all(i.source.startswith("004清单") for i in checklist)
    for point in ("现场地点", "时间", "场景", "参与人员", "行政执法人员行为", "行政相对人行为", "有无违法（违规）行为",
                  "重要涉案物品及相关证据", "现场痕迹物证"):
        assert point in texts
    assert {i.source for i in items if i.section == "content"} >= {"002§10", "003§14"}
    opening = [i for i in items if i.section == "opening"]
    assert [i.source for i in opening] == ["002§8", "002§9", "001§12"] and all(i.markable for i in opening)
    assert len({i.key for i in items}) == len(items)


def test_under_profile_003_the_notice_item_quotes_its_standard_words(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "qinhuangdao-shuiwu", matter="调查取证、先行登记保存")
    items = {i.key: i for i in review_form.form_items(archive, rec)}
    notice = items["opening.notice"]
    assert "已告知" in notice.text and "为保护您的合法权益，监督我们的执法行为，本次执法全程录音录像" in notice.text
    assert notice.source == "002§9、003§12"
    assert [i.text for i in items.values() if i.section == "checklist"] == ["违法案件查处过程中，调查取证活动、先行登记保存"]


def test_a_recording_of_no_checklist_matter_gets_no_checklist_items(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "zhongwei-2021", matter=None, seconds=2)
    items = review_form.form_items(archive, rec)
    assert not [i for i in items if i.section == "checklist"]
    assert "002§9" == next(i.source for i in items if i.key == "opening.notice")


def test_a_saved_review_keeps_answers_comments_and_the_marker_and_the_chain_verifies(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024")
    inspector = sign_in(archive, "inspector")
    marker = review.add_marker(archive, inspector, rec, 8000, "告知录音录像")
    items = review_form.form_items(archive, rec)
    answers = all_yes(items, **{"opening.notice": Answer("yes", marker_id=marker.id),
                                "checklist.5": Answer("comment", "数量未拍清楚"),
                                "content.tools": Answer("no")})
    saved = review_form.save_review(archive, inspector, rec, answers, "总体符合要求")
    again = review_form.reviews_of(archive, rec)
    assert [r.id for r in again] == [saved.id] and again[0] == saved
    by_key = {a.key: a for a in saved.answers}
    assert (by_key["opening.notice"].answer, by_key["opening.notice"].marker_position_ms) == ("yes", 8000)
    assert (by_key["checklist.5"].answer, by_key["checklist.5"].comment) == ("comment", "数量未拍清楚")
    assert by_key["content.tools"].answer == "no" and saved.note == "总体符合要求"
    assert [a.key for a in saved.answers] == [i.key for i in items]
    assert saved.reviewer_name.startswith("周科长") and saved.profile_key == "yuxian-yingji-2024"
    with archive.session() as s:
        event = s.query(AuditEvent).filter_by(action="recording.reviewed").one()
        assert event.target_id == rec and '"comment": 1' in event.details and '"no": 1' in event.details
        checked, problems = audit.check_chain(s, archive.head_path)
        assert problems == [] and checked > 5


@pytest.mark.parametrize("change, message", [
    (lambda a: a.pop("content.place"), "请回答评查项目“现场地点”"),
    (lambda a: a.update({"content.place": Answer("comment", "  ")}), "请填写说明"),
    (lambda a: a.update({"content.place": Answer("maybe")}), "回答无效"),
    (lambda a: a.update({"nonsense": Answer("yes")}), "没有这些项目"),
    (lambda a: a.update({"content.place": Answer("comment", "长" * 2001)}), "说明过长"),
])
def test_an_incomplete_or_wrong_form_is_refused_and_nothing_is_kept(archive, tmp_path, change, message):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024", seconds=2)
    inspector = sign_in(archive, "inspector")
    answers = all_yes(review_form.form_items(archive, rec))
    change(answers)
    with pytest.raises(ArchiveError, match=message):
        review_form.save_review(archive, inspector, rec, answers)
    assert review_form.reviews_of(archive, rec) == []


def test_a_marker_of_another_recording_cannot_be_linked(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024", seconds=2)
    path = tmp_path / "其他.WAV"
    write_tone(path, 200, seconds=1, rate=1000)
    other = import_paths(archive, SETUP, ImportRequest(paths=[path], officer_badge="13002")).imported[0].recording_id
    inspector = sign_in(archive, "inspector")
    foreign = review.add_marker(archive, inspector, other, 500, "别的资料")
    answers = all_yes(review_form.form_items(archive, rec), **{"opening.open": Answer("yes", marker_id=foreign.id)})
    with pytest.raises(ArchiveError, match="不属于第"):
        review_form.save_review(archive, inspector, rec, answers)
    assert review_form.reviews_of(archive, rec) == []


def test_only_reviewing_roles_may_fill_in_the_form_or_flag(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024", seconds=2)
    clerk = sign_in(archive, "clerk")
    with pytest.raises(ArchiveError, match="评查表由"):
        review_form.save_review(archive, clerk, rec, all_yes(review_form.form_items(archive, rec)))
    with pytest.raises(ArchiveError, match="问题由"):
        review_form.flag_problem(archive, clerk, rec, "unrelated_content", 500)
    for roleless in (Actor("无角色的调用者"), Actor("有用户号却无角色", user_id=1)):
        with pytest.raises(ArchiveError, match="评查表由"):
            review_form.save_review(archive, roleless, rec, all_yes(review_form.form_items(archive, rec)))
        with pytest.raises(ArchiveError, match="问题由"):
            review_form.flag_problem(archive, roleless, rec, "unrelated_content", 500)
    assert review_form.reviews_of(archive, rec) == [] and review_form.flags_of(archive, rec) == []
    director = sign_in(archive, "director")
    assert review_form.save_review(archive, director, rec, all_yes(review_form.form_items(archive, rec))).id


def test_a_flag_becomes_a_finding_with_clip_time_point_officer_and_reviewer(archive, tmp_path, rows):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024")
    inspector = sign_in(archive, "inspector")
    flag = review_form.flag_problem(archive, inspector, rec, "unrelated_content", 190_000, "拍摄私人聊天")
    assert (flag.recording_name, review_form.hms(flag.position_ms), flag.officer) == ("先行 登记.WAV", "00:03:10", "张伟")
    assert flag.reviewer_name.startswith("周科长")
    found = [f for f in findings.list_findings(archive) if f.id == flag.finding_id]
    assert len(found) == 1
    f = found[0]
    assert (f.kind, f.outcome, f.officer, f.recording_id, f.recording_name) == (
        "non_work_use", "pending", "张伟", rec, "先行 登记.WAV")
    assert f.notes == "评查标记 00:03:10 与工作无关内容（评查人：周科长 (inspector)）。拍摄私人聊天"
    assert f.recorded_by_name.startswith("周科长") and f.kind in findings.KINDS
    assert review_form.flags_of(archive, rec) == [flag]
    with archive.session() as s:
        year = to_local(utcnow(), archive.unit(s).timezone).year
    assert [f.id for f in yearly_review.yearly_review(archive, year).findings] == [flag.finding_id]
    actions = [e.action for e in rows(archive, AuditEvent)]
    assert actions[-2:] == ["finding.recorded", "recording.problem_flagged"]


def test_a_flag_past_the_end_or_of_an_unknown_kind_is_refused(archive, tmp_path, rows):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024", seconds=2)
    inspector = sign_in(archive, "inspector")
    with pytest.raises(ArchiveError, match="超出"):
        review_form.flag_problem(archive, inspector, rec, "uncivil_conduct", 190_000)
    with pytest.raises(ArchiveError, match="问题类型"):
        review_form.flag_problem(archive, inspector, rec, "leaked", 100)
    with pytest.raises(ArchiveError, match="负数"):
        review_form.flag_problem(archive, inspector, rec, "uncivil_conduct", -1)
    assert rows(archive, Finding) == []


def test_each_flag_kind_is_a_finding_kind_of_dut_13(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024", seconds=2)
    inspector = sign_in(archive, "inspector")
    kinds = [findings.list_findings(archive)[-1].kind for kind in review_form.FLAG_KINDS
             if review_form.flag_problem(archive, inspector, rec, kind, 1000)]
    assert kinds == ["other", "non_work_use", "faked_or_edited"]
    assert [f.kind for f in review_form.flags_of(archive, rec)] == list(review_form.FLAG_KINDS)


def test_a_flag_on_a_recording_without_an_officer_says_what_to_do(archive, tmp_path, rows):
    staff(archive)
    path = tmp_path / "无人.WAV"
    write_tone(path, 200, seconds=1, rate=1000)
    rec = import_paths(archive, SETUP, ImportRequest(paths=[path])).imported[0].recording_id
    with pytest.raises(ArchiveError, match="没有登记执法人员"):
        review_form.flag_problem(archive, sign_in(archive, "inspector"), rec, "selective_or_edited", 100)
    assert rows(archive, Finding) == []


def test_checklist_content_reads_as_points():
    assert review_form.checklist_points("记录当事人陈述申辩全过程") == ["当事人陈述申辩"]
    assert review_form.checklist_points("对交寄物品、交寄时间和送达结果等进行音像纪录。") == ["交寄物品", "交寄时间", "送达结果"]
    assert review_form.checklist_points("") == []


def test_migration_0012_downgrades_and_upgrades_an_archive_with_reviews(archive_dir, archive, tmp_path):
    from alembic import command
    from sqlalchemy import inspect

    from evidenceroom.core import db
    from evidenceroom.core.archive import Archive

    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024", seconds=2)
    review_form.save_review(archive, sign_in(archive, "inspector"), rec,
                            all_yes(review_form.form_items(archive, rec)))
    archive.close()
    engine = db.make_engine(archive_dir / "archive.db")
    command.downgrade(db._alembic_config(engine), "0011")
    assert "recording_review" not in inspect(engine).get_table_names()
    engine.dispose()
    with Archive.open(archive_dir) as again:
        assert db.schema_revision(again.engine) == db.SCHEMA_HEAD == "0012"
        assert review_form.reviews_of(again, rec) == []

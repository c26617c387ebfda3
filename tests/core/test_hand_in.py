"""ARC-06: the activity's start recorded at import, impossible starts refused before anything is
stored, and the facts of the hand-in receipt read in a fixed number of statements."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from evidenceroom.core import hand_in, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.demo import write_tone
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import Activity, AuditEvent, DeviceKind, ImportBatch, Recording
from evidenceroom.core.timeutil import to_local, utcnow
from tests.sql_count import statements

SETUP = Actor("测试准备")
CLERK = Actor("保管员 陈静", role="clerk")


@pytest.fixture
def staffed(archive):
    with archive.transaction() as s:
        registry.add_person(s, SETUP, "张伟", "13001", "水政监察支队")
        registry.add_person(s, SETUP, "李娜", "13002", "水政监察支队")
        registry.add_device(s, SETUP, "DSJ-07", DeviceKind.BODY_CAMERA, "DSJ-V9", "QS-ZF-007")
    return archive


def _card(folder: Path, n: int = 1, junk: bool = False, text: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write_tone(folder / f"REC20261128_10{i}200.WAV", 300 + 100 * i, seconds=1.0)
    if junk:
        (folder / "Thumbs.db").write_bytes(b"junk")
    if text:
        (folder / "说明.txt").write_text("不是录音", encoding="utf-8")
    return folder


def _local_now(archive) -> datetime:
    with archive.session() as s:
        return to_local(utcnow(), archive.unit(s).timezone).replace(tzinfo=None, second=0, microsecond=0)


def _request(card: Path, **kw) -> ImportRequest:
    return ImportRequest(paths=[card], officer_badge="13001", device_serial="DSJ-07", **kw)


def test_the_activity_start_given_at_import_is_stored_with_the_new_activity(staffed, tmp_path):
    now = _local_now(staffed)
    start, end = now - timedelta(hours=3), now - timedelta(hours=1)
    report = import_paths(staffed, CLERK, _request(_card(tmp_path / "卡"), activity_started_at=start,
                                                   activity_ended_at=end, activity_kind="日常执法检查",
                                                   activity_place="戴河下游左岸"))
    assert len(report.imported) == 1
    with staffed.session() as s:
        activity = s.scalars(select(Activity)).one()
        tz = staffed.unit(s).timezone
        assert to_local(activity.started_at, tz).replace(tzinfo=None) == start
        assert to_local(activity.ended_at, tz).replace(tzinfo=None) == end
        created = s.scalars(select(AuditEvent).where(AuditEvent.action == "activity.created")).one()
        assert json.loads(created.details)["started_at"] == activity.started_at.isoformat()


@pytest.mark.parametrize("start, end, words", [
    (timedelta(hours=-1), timedelta(hours=-2), "早于结束时间"),  # starts after it ends
    (timedelta(hours=-2), timedelta(hours=-2), "早于结束时间"),  # no length at all
    (timedelta(hours=2), timedelta(hours=3), "晚于现在"),  # in the future
    (timedelta(days=-9), timedelta(hours=-1), "超过 7 天"),  # a wrong month, not a field trip
    (timedelta(hours=-2), None, "结束时间"),  # a start without an end
])
def test_an_impossible_start_is_refused_and_nothing_is_imported(staffed, tmp_path, start, end, words):
    now = _local_now(staffed)
    request = _request(_card(tmp_path / "卡"), activity_started_at=now + start,
                       activity_ended_at=now + end if end is not None else None)
    with pytest.raises(ArchiveError) as caught:
        import_paths(staffed, CLERK, request)
    assert words in caught.value.text.zh and "未导入任何文件" in caught.value.text.zh
    assert caught.value.text.en.endswith("Nothing was imported.")
    with staffed.session() as s:
        assert s.scalars(select(ImportBatch)).all() == [] and s.scalars(select(Activity)).all() == []
        assert s.scalars(select(Recording)).all() == []
    assert not any(p.is_file() for p in staffed.vault.root.rglob("*"))


def test_the_receipt_facts_name_both_people_the_device_the_activity_and_every_file(staffed, tmp_path):
    now = _local_now(staffed)
    card = _card(tmp_path / "存储卡 (F)", n=2, junk=True, text=True)
    report = import_paths(staffed, CLERK, _request(
        card, handed_in_by_badge="13002", case_no="秦水罚〔2026〕31号", activity_started_at=now - timedelta(hours=3),
        activity_ended_at=now - timedelta(hours=2), activity_kind="日常执法检查", activity_place="戴河下游左岸 K3+200"))
    facts = hand_in.receipt_facts(staffed, report.batch_id)
    assert facts.officer.label == "张伟（13001）" and facts.officer.department == "水政监察支队"
    assert facts.handed_in_by.label == "李娜（13002）" and facts.received_by == "保管员 陈静"
    assert (facts.device_kind, facts.device_serial, facts.device_asset_no) == ("执法记录仪", "DSJ-07", "QS-ZF-007")
    assert facts.case_no == "秦水罚〔2026〕31号"
    assert (facts.activity_kind, facts.activity_place) == ("日常执法检查", "戴河下游左岸 K3+200")
    assert facts.activity_started_at is not None and facts.activity_ended_at - facts.activity_started_at == \
        timedelta(hours=1)
    assert facts.activity_officers == ("张伟",)
    assert facts.deadline_status == "on_time" and facts.deadline_text == "按时移交"
    assert facts.deadline_at == facts.activity_ended_at + timedelta(hours=facts.hand_in_hours)
    assert [f.name for f in facts.files] == ["REC20261128_100200.WAV", "REC20261128_101200.WAV"]
    assert [f.kind_zh for f in facts.files] == ["音频", "音频"]
    assert [f.sha256 for f in facts.files] == [i.sha256 for i in report.imported]
    assert facts.total_bytes == sum(f.size for f in facts.files) > 0
    assert (facts.rejected, facts.skipped, facts.duplicates) == (1, 1, 0)
    assert facts.audit_head_text.startswith("审计链 #")


def test_the_officer_hands_in_when_nobody_else_is_named_and_no_activity_means_an_unknown_deadline(staffed, tmp_path):
    report = import_paths(staffed, CLERK, _request(_card(tmp_path / "卡")))
    facts = hand_in.receipt_facts(staffed, report.batch_id)
    assert facts.handed_in_by.label == facts.officer.label == "张伟（13001）"
    assert facts.activity_id is None and facts.deadline_status == "unknown" and facts.deadline_text.startswith("未知")


def test_a_late_hand_in_says_by_how_much(staffed, tmp_path):
    now = _local_now(staffed)
    report = import_paths(staffed, CLERK, _request(_card(tmp_path / "卡"), activity_started_at=now - timedelta(hours=40),
                                                   activity_ended_at=now - timedelta(hours=30)))
    facts = hand_in.receipt_facts(staffed, report.batch_id)
    assert facts.deadline_status == "late" and facts.deadline_text == "逾期移交（逾期 6 小时）"


def test_the_receipt_facts_take_the_same_statements_for_one_file_or_many(staffed, tmp_path):
    small = import_paths(staffed, CLERK, _request(_card(tmp_path / "一"), activity_ended_at=_local_now(staffed)))
    large = import_paths(staffed, CLERK, ImportRequest(paths=[_card(tmp_path / "多", n=5)], officer_badge="13002",
                                                       device_serial="DSJ-07", activity_ended_at=_local_now(staffed)))
    # The large batch's first file repeats the small one's: a duplicate, counted, not listed.
    counts = []
    for batch in (small.batch_id, large.batch_id):
        with statements(staffed) as seen:
            facts = hand_in.receipt_facts(staffed, batch)
        counts.append(len(seen))
    assert len(facts.files) == 4 and facts.duplicates == 1
    assert counts[0] == counts[1] <= 6


def test_an_unknown_batch_has_no_receipt(staffed):
    with pytest.raises(ArchiveError, match="没有编号为 99 的导入批次"):
        hand_in.receipt_facts(staffed, 99)
    with pytest.raises(ArchiveError):
        hand_in.record_receipt_printed(staffed, CLERK, 99, file="x.pdf")


def test_printing_the_receipt_is_audited_against_its_batch(staffed, tmp_path):
    report = import_paths(staffed, CLERK, _request(_card(tmp_path / "卡")))
    hand_in.record_receipt_printed(staffed, CLERK, report.batch_id, file="移交回执.pdf")
    with staffed.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).one()
    assert (event.target_kind, event.target_id, event.actor_name) == ("import_batch", report.batch_id, "保管员 陈静")
    assert json.loads(event.details) == {"document": "hand_in_receipt", "document_zh": "移交回执", "file": "移交回执.pdf"}


def test_the_receipt_keeps_the_deadline_set_at_the_hand_in_when_the_profile_changes(staffed, tmp_path):
    from evidenceroom.core import accounts, profiles
    from evidenceroom.core.models import Role

    with staffed.transaction() as s:
        registry.add_user(s, SETUP, "admin", "correct-horse-1", Role.ADMINISTRATOR, "系统管理员")
    now = _local_now(staffed)
    report = import_paths(staffed, CLERK, _request(_card(tmp_path / "卡"), activity_started_at=now - timedelta(hours=40),
                                                   activity_ended_at=now - timedelta(hours=30)))
    admin = accounts.sign_in(staffed, "admin", "correct-horse-1")
    text = profiles.template(profiles.by_key("zhongwei-2021")).replace("hand_in_hours = 24", "hand_in_hours = 72")
    assert profiles.save_copy(staffed, admin, text).hand_in_hours == 72
    facts = hand_in.receipt_facts(staffed, report.batch_id)
    assert facts.deadline_status == "late" and facts.hand_in_hours == 24
    assert facts.deadline_at == facts.activity_ended_at + timedelta(hours=24)

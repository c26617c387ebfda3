"""Recording that a device's storage was cleared after a verified import (ARC-10, 003§19)."""
from __future__ import annotations

import json
import os
import stat
import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from evidenceroom.core import audit, device_ledger, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.custody import EventKind
from evidenceroom.core.demo import write_tone
from evidenceroom.core.device_ledger import LedgerFilter, ledger, ledger_sheet
from evidenceroom.core.device_xlsx import export_ledger_xlsx
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, DeviceKind, ImportBatch, Person, Recording, Role
from evidenceroom.core.models.custody import CustodyEvent
from evidenceroom.core.storage_clearing import (
    clearing_status,
    record_storage_cleared,
    storage_clearing_for_batch,
    verify_batch,
)
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.verify import verify


@pytest.fixture
def staffed(archive):
    setup = Actor("测试准备")
    with archive.transaction() as s:
        registry.add_person(s, setup, "张伟", "13001", "水政监察支队一大队")
        registry.add_device(s, setup, "DSJ-07", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ-V9", "QS-ZF-007")
    return archive


@pytest.fixture
def device_card(tmp_path):
    """A recorder's card with two short voice clips of its own."""
    root = tmp_path / "可移动磁盘 (F)" / "RECORD"
    root.mkdir(parents=True)
    write_tone(root / "REC20261128_100200.WAV", 440, seconds=1)
    write_tone(root / "REC20261128_101500.WAV", 660, seconds=1)
    return root.parent


def _import(archive, clerk, card, device: str | None = "DSJ-07", **kw):
    return import_paths(archive, clerk, ImportRequest(paths=[card], officer_badge="13001", device_serial=device),
                        **kw)


def _events(archive, kind=EventKind.STORAGE_CLEARED.value):
    with archive.session() as s:
        return list(s.scalars(select(CustodyEvent).where(CustodyEvent.kind == kind)))


def _refused(archive, who, batch_id, words: str, **kw) -> None:
    with pytest.raises(ArchiveError) as err:
        record_storage_cleared(archive, who, batch_id, **kw)
    assert words in err.value.text.zh, err.value.text.zh
    assert err.value.text.en
    assert _events(archive) == []


def test_after_a_verified_import_the_clearing_is_recorded_in_the_ledger_with_its_audit_event(
        staffed, clerk, device_card):
    report = _import(staffed, clerk, device_card)
    assert len(report.imported) == 2
    status = clearing_status(staffed, report.batch_id)
    assert not status.allowed and "尚未核验" in status.refusal.zh

    check = verify_batch(staffed, clerk, report.batch_id)
    assert check.ok and check.checked == 2
    status = clearing_status(staffed, report.batch_id)
    assert status.allowed, status.refusal
    assert (status.device_serial, status.officer, status.recordings) == ("DSJ-07", "张伟（13001）", 2)

    done = record_storage_cleared(staffed, clerk, report.batch_id, note="格式化存储卡")
    assert (done.batch_id, done.device_serial, done.recordings, done.actor_name) == (
        report.batch_id, "DSJ-07", 2, "保管员 王五")
    assert storage_clearing_for_batch(staffed, report.batch_id) == done
    assert clearing_status(staffed, report.batch_id).cleared == done

    (event,) = _events(staffed)
    assert event.from_state == event.to_state == "in_store"
    assert json.loads(event.details)["batch_id"] == report.batch_id
    rows = ledger(staffed, LedgerFilter(kinds=(EventKind.STORAGE_CLEARED.value,)))
    assert [r.event.kind_zh for r in rows] == ["已清除设备存储"]
    assert rows[0].event.officer_name == "张伟" and rows[0].event.reason == "格式化存储卡"
    (line,) = ledger_sheet(staffed).lines
    assert line.kind_zh == "已清除设备存储" and f"导入批次 {report.batch_id} 的 2 个文件" in line.content

    with staffed.session() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "custody.storage_cleared")).one()
        assert (ev.target_kind, ev.target_id) == ("device", event.device_id)
        assert json.loads(ev.details)["batch_id"] == report.batch_id
        _count, breaks = audit.check_chain(s, staffed.head_path)
        assert breaks == []


def test_the_ledger_workbook_shows_the_clearing(staffed, clerk, device_card, tmp_path):
    from openpyxl import load_workbook

    report = _import(staffed, clerk, device_card)
    verify_batch(staffed, clerk, report.batch_id)
    record_storage_cleared(staffed, clerk, report.batch_id)
    out = export_ledger_xlsx(staffed, LedgerFilter(), tmp_path / "台账 导出.xlsx")
    cells = [str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value is not None]
    assert "已清除设备存储" in cells
    assert any(f"导入批次 {report.batch_id}" in c for c in cells)


def test_a_second_clearing_of_the_same_import_is_refused_naming_who_and_when(staffed, clerk, device_card):
    report = _import(staffed, clerk, device_card)
    verify_batch(staffed, clerk, report.batch_id)
    record_storage_cleared(staffed, clerk, report.batch_id)
    with pytest.raises(ArchiveError) as err:
        record_storage_cleared(staffed, clerk, report.batch_id)
    assert "已于" in err.value.text.zh and "保管员 王五" in err.value.text.zh and "不能重复登记" in err.value.text.zh
    assert len(_events(staffed)) == 1


def test_the_clearing_is_refused_while_the_import_runs(staffed, clerk, device_card):
    refusals = []

    def progress(_p):
        if refusals:
            return
        with staffed.session() as s:
            batch = s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).first()
        assert batch.status == "running"
        with pytest.raises(ArchiveError) as err:
            record_storage_cleared(staffed, clerk, batch.id)
        refusals.append(err.value.text.zh)

    _import(staffed, clerk, device_card, progress=progress)
    assert refusals and "导入尚未结束" in refusals[0]
    assert _events(staffed) == []


def test_a_cancelled_import_cannot_be_cleared_even_after_its_files_verify(staffed, clerk, device_card):
    cancel = threading.Event()

    def progress(p):
        if p.files_done >= 1:
            cancel.set()

    report = _import(staffed, clerk, device_card, progress=progress, cancel=cancel)
    assert report.cancelled and len(report.imported) == 1
    assert verify_batch(staffed, clerk, report.batch_id).ok
    _refused(staffed, clerk, report.batch_id, "导入已取消")


def test_an_import_without_a_device_has_nothing_to_clear(staffed, clerk, device_card):
    report = _import(staffed, clerk, device_card, device=None)
    verify_batch(staffed, clerk, report.batch_id)
    _refused(staffed, clerk, report.batch_id, "没有登记来源设备")


def test_an_import_that_stored_nothing_cannot_be_cleared(staffed, clerk, tmp_path):
    card = tmp_path / "空卡"
    card.mkdir()
    (card / "说明.txt").write_text("没有录像", encoding="utf-8")
    report = _import(staffed, clerk, card)
    verify_batch(staffed, clerk, report.batch_id)
    _refused(staffed, clerk, report.batch_id, "没有存入任何资料")


def test_a_file_that_could_not_be_read_keeps_the_device_uncleared(staffed, clerk, device_card):
    # A clip whose data went missing between listing and reading: it is only on the device.
    (device_card / "RECORD" / "REC20261128_103000.WAV").symlink_to(device_card / "不存在.WAV")
    report = _import(staffed, clerk, device_card)
    assert len(report.rejected) == 1 and len(report.imported) == 2
    assert verify_batch(staffed, clerk, report.batch_id).ok
    _refused(staffed, clerk, report.batch_id, "未能存入")


def test_a_file_found_altered_by_a_later_integrity_check_blocks_the_clearing(staffed, clerk, device_card):
    report = _import(staffed, clerk, device_card)
    assert verify_batch(staffed, clerk, report.batch_id).ok
    with staffed.session() as s:
        sha = s.scalars(select(Recording.sha256).where(Recording.batch_id == report.batch_id)).first()
    path = staffed.vault.path_for(sha)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    with open(path, "r+b") as f:
        f.seek(100)
        b = f.read(1)
        f.seek(100)
        f.write(bytes([b[0] ^ 0x01]))
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    assert not verify(staffed, clerk).ok

    _refused(staffed, clerk, report.batch_id, "完整性检查发现")
    # Verifying the batch again does not help while the file stays altered.
    check = verify_batch(staffed, clerk, report.batch_id)
    assert not check.ok and "SHA-256 不符" in check.problems[0].zh
    _refused(staffed, clerk, report.batch_id, "核验未通过")


def test_the_clearing_time_may_be_neither_in_the_future_nor_before_the_verification(staffed, clerk, device_card):
    report = _import(staffed, clerk, device_card)
    verify_batch(staffed, clerk, report.batch_id)
    _refused(staffed, clerk, report.batch_id, "晚于当前时间", cleared_at=utcnow() + timedelta(hours=2))
    _refused(staffed, clerk, report.batch_id, "早于该批次核验通过的时间", cleared_at=utcnow() - timedelta(hours=1))
    done = record_storage_cleared(staffed, clerk, report.batch_id, cleared_at=utcnow())
    assert done.cleared_at <= utcnow()


def test_only_the_custodian_or_an_administrator_records_the_clearing(staffed, clerk, device_card):
    report = _import(staffed, clerk, device_card)
    verify_batch(staffed, clerk, report.batch_id)
    for who in (Actor("周科长", role=Role.INSPECTOR.value), Actor("赵主任", role=Role.SUPERVISOR.value),
                Actor("无角色")):
        _refused(staffed, who, report.batch_id, "保管员")
        with pytest.raises(ArchiveError):
            verify_batch(staffed, who, report.batch_id)
    record_storage_cleared(staffed, Actor("系统管理员", role=Role.ADMINISTRATOR.value), report.batch_id)
    assert len(_events(staffed)) == 1


def test_an_unknown_batch_is_refused(staffed, clerk):
    _refused(staffed, clerk, 999, "没有编号为 999 的导入批次")


def test_a_cleared_card_does_not_move_the_device_on_the_board_or_block_its_next_check_out(
        staffed, clerk, device_card):
    from evidenceroom.core import custody
    from evidenceroom.core.custody import PreUseCheck

    report = _import(staffed, clerk, device_card)
    verify_batch(staffed, clerk, report.batch_id)
    record_storage_cleared(staffed, clerk, report.batch_id)
    cards = device_ledger.board(staffed)["in_store"]
    assert [c.serial for c in cards] == ["DSJ-07"]
    with staffed.session() as s:
        officer_id = s.scalars(select(Person.id).where(Person.badge_no == "13001")).one()
    info = custody.check_out(staffed, clerk, cards[0].id, officer_id, "现场检查", utcnow() + timedelta(hours=4),
                             PreUseCheck(True, True, True, True))
    assert info.kind == "check_out"
    assert [e.kind_zh for e in device_ledger.device_history(staffed, cards[0].id)] == ["已清除设备存储", "领用"]


def test_a_document_refused_as_no_recording_does_not_keep_the_device_uncleared(staffed, clerk, device_card):
    (device_card / "RECORD" / "笔录.txt").write_text("询问笔录", encoding="utf-8")
    report = _import(staffed, clerk, device_card)
    assert len(report.rejected) == 1 and len(report.imported) == 2
    verify_batch(staffed, clerk, report.batch_id)
    assert record_storage_cleared(staffed, clerk, report.batch_id).recordings == 2


def test_a_damaged_clip_keeps_the_device_uncleared(staffed, clerk, device_card):
    # An MP4 cut short while recording: no index (moov), flagged as damaged and kept as it is.
    ftyp = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    payload = os.urandom(64 * 1024)
    (device_card / "RECORD" / "20261128_110000_0003.MP4").write_bytes(
        ftyp + (len(payload) + 8).to_bytes(4, "big") + b"mdat" + payload)
    report = _import(staffed, clerk, device_card)
    assert len(report.imported) == 3 and any(i.damage for i in report.imported)
    verify_batch(staffed, clerk, report.batch_id)
    _refused(staffed, clerk, report.batch_id, "有损坏标记")


def test_a_lost_device_cannot_have_its_storage_recorded_as_cleared(staffed, clerk, device_card):
    from evidenceroom.core.device_faults import report_loss

    report = _import(staffed, clerk, device_card)
    verify_batch(staffed, clerk, report.batch_id)
    with staffed.session() as s:
        device_id = s.scalars(select(ImportBatch.device_id).where(ImportBatch.id == report.batch_id)).one()
    report_loss(staffed, clerk, device_id, "外出检查途中遗失", liable=False)
    assert "遗失" in clearing_status(staffed, report.batch_id).refusal.zh
    _refused(staffed, clerk, report.batch_id, "当前遗失")

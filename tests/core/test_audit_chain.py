"""The hash-chained audit log (SEC-02): every change appends an event; edits, gaps, a cut tail
and an older database put back are all found, and named by event number."""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from evidenceroom.core import audit, db, registry
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import AuditEvent, DeviceKind, Person
from evidenceroom.core.verify import verify
from sqlalchemy import select
from sqlalchemy.orm import Session


def _some_work(archive, clerk) -> None:
    """Five ordinary events after `archive.created`: a department, a person, a device, a case."""
    with archive.transaction() as s:
        registry.add_person(s, clerk, "张三", "33010001", department_name="执法一队")
    with archive.transaction() as s:
        registry.add_device(s, clerk, "DSJ-A8-0001", DeviceKind.BODY_CAMERA, model="DSJ-A8")
    with archive.transaction() as s:
        registry.case_for_import(s, clerk, "浙水罚〔2026〕12号")
    with archive.transaction() as s:
        registry.add_person(s, clerk, "李四", "33010002")


def _chain_problems(report, kind=None):
    return [p for p in report.problems if p.kind in ({kind} if kind else {"audit_chain", "audit_head"})]


def _files_beside(archive_dir: Path) -> list[str]:
    return sorted(p.name for p in archive_dir.iterdir() if p.name.startswith("archive.db"))


# --- appending -----------------------------------------------------------------------------------

def test_creating_a_person_a_device_and_a_case_each_appends_an_event(archive, clerk, rows):
    _some_work(archive, clerk)
    events = rows(archive, AuditEvent)
    assert [e.action for e in events] == ["archive.created", "department.created", "person.created",
                                          "device.created", "case.created", "person.created"]
    assert [e.seq for e in events] == [1, 2, 3, 4, 5, 6]
    assert all(e.actor_name == clerk.name for e in events[1:])
    person = json.loads(events[2].details)
    assert person["badge_no"] == "33010001" and person["name"] == "张三"
    assert json.loads(events[4].details)["case_no"] == "浙水罚〔2026〕12号"


def test_each_event_links_to_the_hash_of_the_one_before(archive, clerk, rows):
    _some_work(archive, clerk)
    events = rows(archive, AuditEvent)
    assert events[0].prev_hash == audit.GENESIS
    for before, after in zip(events, events[1:]):
        assert after.prev_hash == before.hash
    assert len({e.hash for e in events}) == len(events)


def test_an_import_records_its_start_each_file_and_its_end(archive, card, clerk, rows):
    report = import_paths(archive, clerk, ImportRequest(paths=[card]))
    actions = [e.action for e in rows(archive, AuditEvent)]
    assert actions[1] == "import.started"
    assert actions[-1] == "import.finished"
    assert actions.count("import.imported") == len(report.imported) == 4
    assert actions.count("import.skipped") == len(report.skipped) == 2
    imported = [e for e in rows(archive, AuditEvent) if e.action == "import.imported"]
    assert sorted(e.target_id for e in imported) == sorted(i.recording_id for i in report.imported)
    assert all(e.target_kind == "recording" for e in imported)


def test_the_head_file_names_the_newest_event(archive, archive_dir, clerk, rows):
    _some_work(archive, clerk)
    newest = rows(archive, AuditEvent)[-1]
    assert audit.read_head(archive_dir / "audit.head") == (newest.seq, newest.hash)


def test_a_change_that_is_rolled_back_leaves_no_event_and_the_head_file_alone(archive, archive_dir, clerk, rows):
    head_before = (archive_dir / "audit.head").read_bytes()
    with pytest.raises(RuntimeError):
        with archive.transaction() as s:
            registry.add_person(s, clerk, "王五", "33019999")
            raise RuntimeError("power cut before commit")
    assert [e.action for e in rows(archive, AuditEvent)] == ["archive.created"]
    assert rows(archive, Person) == []
    assert (archive_dir / "audit.head").read_bytes() == head_before


def test_a_clean_chain_checks_without_problems(archive, archive_dir, clerk):
    _some_work(archive, clerk)
    with archive.session() as s:
        checked, problems = audit.check_chain(s, archive_dir / "audit.head")
    assert (checked, problems) == (6, [])


# --- tampering -----------------------------------------------------------------------------------

def test_editing_an_audit_row_is_reported_at_that_event_number(archive, clerk, sql, reopen):
    _some_work(archive, clerk)
    archive.close()
    sql("UPDATE audit_event SET details = ? WHERE seq = 3", json.dumps({"badge_no": "33010009", "name": "张三"}))

    again = reopen()
    report = verify(again, clerk)

    broken = _chain_problems(report)
    assert not report.ok
    assert [(p.kind, p.path) for p in broken] == [("audit_chain", "audit_event #3")]
    assert "3" in broken[0].detail.zh and "audit event 3" in broken[0].detail.en


def test_editing_who_acted_is_reported_at_that_event_number(archive, clerk, sql, reopen):
    _some_work(archive, clerk)
    archive.close()
    sql("UPDATE audit_event SET actor_name = '他人' WHERE seq = 5")
    report = verify(reopen(), clerk)
    assert [(p.kind, p.path) for p in _chain_problems(report)] == [("audit_chain", "audit_event #5")]


def test_rehashing_an_edited_event_breaks_its_link_to_the_next_one(archive, archive_dir, clerk, reopen):
    _some_work(archive, clerk)
    archive.close()
    engine = db.make_engine(archive_dir / "archive.db")
    try:
        with Session(engine) as s, s.begin():
            ev = s.get(AuditEvent, 3)
            ev.details = json.dumps({"badge_no": "33010009"})
            ev.hash = audit._digest(ev)
    finally:
        engine.dispose()

    report = verify(reopen(), clerk)

    broken = _chain_problems(report)
    assert [(p.kind, p.path) for p in broken] == [("audit_chain", "audit_event #4")]
    assert "4" in broken[0].detail.zh


def test_rewriting_every_hash_after_an_edit_is_still_caught_by_the_head_file(archive, archive_dir, clerk, reopen):
    _some_work(archive, clerk)
    archive.close()
    engine = db.make_engine(archive_dir / "archive.db")
    try:
        with Session(engine) as s, s.begin():
            events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
            events[2].details = json.dumps({"badge_no": "33010009"})
            prev = events[1].hash
            for ev in events[2:]:
                ev.prev_hash = prev
                ev.hash = audit._digest(ev)
                prev = ev.hash
    finally:
        engine.dispose()

    report = verify(reopen(), clerk)

    assert [p.kind for p in _chain_problems(report)] == ["audit_head"]


def test_deleting_a_middle_event_is_reported(archive, clerk, sql, reopen):
    _some_work(archive, clerk)
    archive.close()
    sql("DELETE FROM audit_event WHERE seq = 3")

    report = verify(reopen(), clerk)

    broken = _chain_problems(report)
    assert broken and all(p.kind == "audit_chain" for p in broken)
    assert any("第 3 至 3 号审计事件缺失" in p.detail.zh for p in broken)
    assert any("audit event 4 does not link" in p.detail.en for p in broken)


def test_cutting_off_the_newest_events_is_reported_against_the_head_file(archive, archive_dir, clerk, sql, reopen):
    _some_work(archive, clerk)
    archive.close()
    sql("DELETE FROM audit_event WHERE seq > 4")

    report = verify(reopen(), clerk)

    broken = _chain_problems(report)
    assert [(p.kind, p.path) for p in broken] == [("audit_head", str(archive_dir / "audit.head"))]
    assert "6" in broken[0].detail.zh and "4" in broken[0].detail.zh


def test_a_cut_tail_is_still_reported_after_more_work_is_done(archive, archive_dir, clerk, sql, reopen):
    _some_work(archive, clerk)
    archive.close()
    sql("DELETE FROM audit_event WHERE seq > 3")

    again = reopen()
    with again.transaction() as s:
        registry.add_device(s, clerk, "DSJ-A8-0002", DeviceKind.BODY_CAMERA)
    first = verify(again, clerk)
    with again.transaction() as s:
        registry.add_device(s, clerk, "DSJ-A8-0003", DeviceKind.BODY_CAMERA)
    second = verify(again, clerk)
    again.close()
    third = verify(reopen(), clerk)

    for report in (first, second, third):
        assert [p.kind for p in _chain_problems(report)] == ["audit_head"], report.problems


def test_putting_back_an_older_copy_of_the_database_is_detected(archive, archive_dir, clerk, reopen, tmp_path):
    with archive.transaction() as s:
        registry.add_person(s, clerk, "张三", "33010001")
    archive.close()
    assert _files_beside(archive_dir) == ["archive.db"]  # nothing left in a WAL file
    old_copy = tmp_path / "archive-old.db"
    shutil.copy2(archive_dir / "archive.db", old_copy)

    later = reopen()
    with later.transaction() as s:
        registry.add_device(s, clerk, "DSJ-A8-0001", DeviceKind.BODY_CAMERA)
        registry.case_for_import(s, clerk, "浙水罚〔2026〕13号")
    later.close()
    shutil.copy2(old_copy, archive_dir / "archive.db")

    report = verify(reopen(), clerk)

    assert [p.kind for p in _chain_problems(report)] == ["audit_head"]


def test_an_older_database_put_back_stays_detected_after_more_work(archive, archive_dir, clerk, reopen, tmp_path):
    with archive.transaction() as s:
        registry.add_person(s, clerk, "张三", "33010001")
    archive.close()
    old_copy = tmp_path / "archive-old.db"
    shutil.copy2(archive_dir / "archive.db", old_copy)
    later = reopen()
    with later.transaction() as s:
        registry.add_device(s, clerk, "DSJ-A8-0001", DeviceKind.BODY_CAMERA)
        registry.case_for_import(s, clerk, "浙水罚〔2026〕13号")
    later.close()
    shutil.copy2(old_copy, archive_dir / "archive.db")

    again = reopen()
    for n in range(4):  # enough events to run past the head file's event number
        with again.transaction() as s:
            registry.add_person(s, clerk, f"新人{n}", f"3302000{n}")
    report = verify(again, clerk)

    assert [p.kind for p in _chain_problems(report)] == ["audit_head"]


def test_a_missing_head_file_is_reported(archive, archive_dir, clerk, reopen):
    _some_work(archive, clerk)
    archive.close()
    (archive_dir / "audit.head").unlink()
    report = verify(reopen(), clerk)
    broken = _chain_problems(report)
    assert [p.kind for p in broken] == ["audit_head"]
    assert "audit.head" in broken[0].detail.zh


def test_an_unreadable_head_file_is_reported(archive, archive_dir, clerk, reopen):
    _some_work(archive, clerk)
    archive.close()
    (archive_dir / "audit.head").write_text("garbage\n", encoding="ascii")
    report = verify(reopen(), clerk)
    assert [p.kind for p in _chain_problems(report)] == ["audit_head"]


# --- the head file after an interrupted write -------------------------------------------------------

def test_a_head_file_one_commit_behind_is_brought_forward_on_the_next_open(archive, archive_dir, clerk, rows, reopen):
    _some_work(archive, clerk)
    *_, previous, newest = rows(archive, AuditEvent)
    archive.close()
    head = archive_dir / "audit.head"
    head.write_text(f"{previous.seq} {previous.hash}\n", encoding="ascii")
    assert audit.read_head(head) == (previous.seq, previous.hash)

    again = reopen()

    assert audit.read_head(head) == (newest.seq, newest.hash)
    assert verify(again, clerk).ok


def test_a_lagging_head_file_that_does_not_match_its_event_is_not_brought_forward(
        archive, archive_dir, clerk, rows, reopen):
    _some_work(archive, clerk)
    previous = rows(archive, AuditEvent)[-2]
    archive.close()
    head = archive_dir / "audit.head"
    head.write_text(f"{previous.seq} {'f' * 64}\n", encoding="ascii")

    again = reopen()

    assert audit.read_head(head) == (previous.seq, "f" * 64)
    report = verify(again, clerk)
    assert [(p.kind, str(previous.seq) in p.detail.zh) for p in _chain_problems(report)] == [("audit_head", True)]


def test_a_removed_head_file_is_not_silently_recreated_by_later_work(archive, archive_dir, clerk, reopen):
    _some_work(archive, clerk)
    archive.close()
    (archive_dir / "audit.head").unlink()

    again = reopen()
    with again.transaction() as s:
        registry.add_device(s, clerk, "DSJ-A8-0009", DeviceKind.BODY_CAMERA)
    verify(again, clerk)

    assert not (archive_dir / "audit.head").exists()
    assert [p.kind for p in _chain_problems(verify(again, clerk))] == ["audit_head"]


def test_two_windows_writing_at_once_keep_one_unbroken_chain(archive, archive_dir, clerk, reopen):
    other_window = reopen()
    errors: list[BaseException] = []

    def work(a, who: str) -> None:
        try:
            for _ in range(50):
                with a.transaction() as s:
                    audit.record(s, audit.Actor(who), "test.event")
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(a, f"窗口{i}"))
               for i, a in enumerate([archive, other_window, archive, other_window])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    with archive.session() as s:
        checked, problems = audit.check_chain(s, archive_dir / "audit.head")
    assert (checked, problems) == (1 + 4 * 50, [])
    assert sorted(p.name for p in archive_dir.iterdir() if p.name.startswith("audit.head")) == ["audit.head"]

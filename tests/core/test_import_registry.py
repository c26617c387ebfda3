"""Filing a hand-in against the registry: officers by badge, devices by serial, cases by number.
An unknown officer or device stops the import before anything is stored; an unknown case number is
created, since footage often comes before the case."""
from __future__ import annotations

import json

import pytest
from evidenceroom.core import registry
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import (
    AuditEvent,
    Case,
    Device,
    DeviceKind,
    ImportBatch,
    Recording,
)


@pytest.fixture
def registered(archive, clerk):
    with archive.transaction() as s:
        officer = registry.add_person(s, clerk, "张三", "33010001", department_name="执法一队")
        carrier = registry.add_person(s, clerk, "李四", "33010002", department_name="执法一队")
        device = registry.add_device(s, clerk, "DSJ-A8-0001", DeviceKind.BODY_CAMERA, model="DSJ-A8",
                                     asset_no="ZC-2026-017")
        return {"officer": officer.id, "carrier": carrier.id, "device": device.id}


def _nothing_imported(archive, rows, events_before: int) -> None:
    assert rows(archive, ImportBatch) == []
    assert rows(archive, Recording) == []
    assert rows(archive, Case) == []
    assert list(archive.vault.iter_objects()) == []
    assert len(rows(archive, AuditEvent)) == events_before


def test_an_unknown_badge_stops_the_import_and_says_to_add_the_person(archive, clerk, card, rows, registered):
    events_before = len(rows(archive, AuditEvent))
    with pytest.raises(ArchiveError) as err:
        import_paths(archive, clerk, ImportRequest(paths=[card], officer_badge="33019999",
                                                   device_serial="DSJ-A8-0001", case_no="浙水罚〔2026〕30号"))
    assert "person add" in err.value.text.zh and "person add" in err.value.text.en
    assert "33019999" in err.value.text.en
    assert str(archive.root) in err.value.text.en
    _nothing_imported(archive, rows, events_before)


def test_an_unknown_handing_in_officer_stops_the_import(archive, clerk, card, rows, registered):
    events_before = len(rows(archive, AuditEvent))
    with pytest.raises(ArchiveError) as err:
        import_paths(archive, clerk, ImportRequest(paths=[card], officer_badge="33010001",
                                                   handed_in_by_badge="33018888"))
    assert "person add" in err.value.text.en and "33018888" in err.value.text.en
    _nothing_imported(archive, rows, events_before)


def test_an_unknown_device_stops_the_import_and_says_to_add_the_device(archive, clerk, card, rows, registered):
    events_before = len(rows(archive, AuditEvent))
    with pytest.raises(ArchiveError) as err:
        import_paths(archive, clerk, ImportRequest(paths=[card], officer_badge="33010001",
                                                   device_serial="DSJ-X9-9999", case_no="浙水罚〔2026〕30号"))
    assert "device add" in err.value.text.zh and "device add" in err.value.text.en
    assert "DSJ-X9-9999" in err.value.text.en
    _nothing_imported(archive, rows, events_before)


def test_an_unknown_case_number_is_created_and_the_footage_filed_under_it(archive, clerk, clips, rows, registered):
    report = import_paths(archive, clerk, ImportRequest(paths=[clips["mp4"], clips["wav"]],
                                                        case_no=" 浙水罚〔2026〕31号 "))
    (case,) = rows(archive, Case)
    assert case.case_no == "浙水罚〔2026〕31号"
    created = [e for e in rows(archive, AuditEvent) if e.action == "case.created"]
    assert [(e.target_kind, e.target_id) for e in created] == [("case", case.id)]
    assert json.loads(created[0].details) == {"case_no": "浙水罚〔2026〕31号"}
    assert created[0].actor_name == clerk.name
    assert {r.case_id for r in rows(archive, Recording)} == {case.id}
    assert rows(archive, ImportBatch)[0].case_id == case.id
    assert len(report.imported) == 2


def test_a_known_case_number_is_reused_without_a_second_creation(archive, clerk, clips, rows):
    import_paths(archive, clerk, ImportRequest(paths=[clips["mp4"]], case_no="浙水罚〔2026〕32号"))
    import_paths(archive, clerk, ImportRequest(paths=[clips["wav"]], case_no="浙水罚〔2026〕32号"))
    (case,) = rows(archive, Case)
    assert [e.action for e in rows(archive, AuditEvent)].count("case.created") == 1
    assert [r.case_id for r in rows(archive, Recording)] == [case.id, case.id]


def test_footage_is_filed_against_its_officer_device_and_hand_in(archive, clerk, clips, rows, registered):
    import_paths(archive, clerk, ImportRequest(paths=[clips["mp4"]], officer_badge="33010001",
                                               device_serial="DSJ-A8-0001", handed_in_by_badge="33010002"))
    (rec,) = rows(archive, Recording)
    assert (rec.officer_id, rec.device_id) == (registered["officer"], registered["device"])
    (batch,) = rows(archive, ImportBatch)
    assert (batch.officer_id, batch.device_id, batch.handed_in_by_id) == (
        registered["officer"], registered["device"], registered["carrier"])
    (device,) = rows(archive, Device)
    assert (device.kind, device.asset_no) == ("body_camera", "ZC-2026-017")
    started = next(e for e in rows(archive, AuditEvent) if e.action == "import.started")
    details = json.loads(started.details)
    assert (details["officer"], details["device"]) == ("33010001", "DSJ-A8-0001")


def test_the_officer_hands_in_when_no_one_else_is_named(archive, clerk, clips, rows, registered):
    import_paths(archive, clerk, ImportRequest(paths=[clips["wav"]], officer_badge="33010001"))
    (batch,) = rows(archive, ImportBatch)
    assert batch.handed_in_by_id == registered["officer"]


def test_a_badge_already_registered_to_someone_else_is_refused(archive, clerk, rows, registered):
    events_before = len(rows(archive, AuditEvent))
    with pytest.raises(ArchiveError):
        with archive.transaction() as s:
            registry.add_person(s, clerk, "王五", "33010001")
    assert len(rows(archive, AuditEvent)) == events_before


def test_a_device_serial_registered_twice_is_refused(archive, clerk, rows, registered):
    with pytest.raises(ArchiveError):
        with archive.transaction() as s:
            registry.add_device(s, clerk, " DSJ-A8-0001 ", DeviceKind.BODY_CAMERA)
    assert len(rows(archive, Device)) == 1

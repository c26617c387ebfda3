"""Reads whose number of SQL statements, and the length of their id lists, do not grow with the archive.

As in test_compliance_queries: each read is counted for an archive of N rows and again after it has
grown to 3N; the counts must be equal. Where a read once passed lists of ids, the bound parameters of
its statements are compared too.
"""
from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from itertools import count

import pytest
from sqlalchemy import select

from evidenceroom.core import device_register, findings, inspections, oversight, retention, spot_checks, yearly_review
from evidenceroom.core.models import Activity, Case, Department, Device, Person, Recording
from evidenceroom.core.models.oversight import Finding, Inspection, SpotCheck, SpotCheckItem
from evidenceroom.core.models.retention import RetentionMark
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.equipment_report import equipment_report_pdf
from sql_count import recording_template, statements

N = 3
_serial = count(1)


@pytest.fixture
def base(archive, card):
    """One real hand-in, whose recording's columns the rows added below copy."""
    columns, _officer, unit_id = recording_template(archive, card)
    columns["officer_id"] = None
    return columns, unit_id


def _recording(columns, **kw) -> Recording:
    i = next(_serial)
    return Recording(**{**columns, "sha256": f"{i:064x}", "case_id": None, "activity_id": None, **kw})


def _twice(archive, grow, read):
    """The statements (text, parameters) a read sends at N rows and at 3N, and its two results."""
    grow(N)
    with statements(archive) as first:
        small = read()
    grow(2 * N)
    with statements(archive) as second:
        large = read()
    return first, second, small, large


def _same_parameters(first, second, growing: str = "\x00"):
    """Every statement but the eager loads named by `growing` binds as many parameters at 3N as at N."""
    assert len(first) == len(second)
    return [(a, b) for (q, a), (_, b) in zip(first, second) if a != b and growing not in q]


def _spot_checks(archive, columns, unit_id, n: int) -> None:
    """n draws of today, each of two recordings: one of an officer in a new department, scored, one of no officer."""
    now = utcnow()
    with archive.transaction() as s:
        for _ in range(n):
            i = next(_serial)
            dept = Department(unit_id=unit_id, name=f"第{i}中队")
            s.add(dept)
            s.flush()
            officer = Person(name=f"警员{i}", badge_no=f"9{i:04d}", department_id=dept.id)
            s.add(officer)
            s.flush()
            recs = [_recording(columns, officer_id=officer.id), _recording(columns)]
            s.add_all(recs)
            check = SpotCheck(period_start=now - timedelta(days=1), period_end=now, proportion=0.5, seed=i,
                              population_size=2, population="[]", drawn_by_name="周科长", drawn_at=now)
            s.add(check)
            s.flush()
            s.add(SpotCheckItem(spot_check_id=check.id, position=1, recording_id=recs[0].id, notes="",
                                score_recorded=i % 10, score_uninterrupted=8, score_handover=7))
            s.add(SpotCheckItem(spot_check_id=check.id, position=2, recording_id=recs[1].id, notes=""))


def test_yearly_spot_check_figures_are_read_in_a_fixed_number_of_statements(archive, base):
    columns, unit_id = base
    now = utcnow()
    start, end = now - timedelta(days=1), now + timedelta(days=1)

    def grow(n: int) -> None:
        _spot_checks(archive, columns, unit_id, n)

    first, second, small, large = _twice(archive, grow, lambda: yearly_review._spot_check_figures(archive, start,
                                                                                                   end))
    assert len(first) == len(second) == 2
    assert (small.checks, small.sampled, small.scored) == (N, 2 * N, N)
    assert (large.checks, large.sampled, large.scored) == (3 * N, 6 * N, 3 * N)
    # The same figures as reading each draw on its own.
    with archive.session() as s:
        ids = s.scalars(select(SpotCheck.id).order_by(SpotCheck.id)).all()
    items = [i for cid in ids for i in spot_checks.spot_check_info(archive, cid).items]
    scored = [i for i in items if i.scored]
    assert large.item_averages == tuple(sum(i.scores[k] for i in scored) / len(scored) for k in range(3))
    by_dept: dict[str, list] = {}
    for i in items:
        by_dept.setdefault(i.department, []).append(i)
    assert large.by_department == tuple(
        (name, len(its), sum(i.scored for i in its),
         (sum(i.total for i in its if i.scored) / sum(i.scored for i in its)) if any(i.scored for i in its) else None)
        for name, its in sorted(by_dept.items()))
    assert (oversight.NO_DEPARTMENT, 3 * N, 0, None) in large.by_department


def _inspections(archive, officer: int, n: int, held_on: date, findings: int = 2) -> None:
    """n inspections of the officer on that day with two findings each, and one a year earlier."""
    now = utcnow()
    with archive.transaction() as s:
        for _ in range(n):
            row = Inspection(held_on=held_on, inspectors="周科长", notes="", officers=[s.get(Person, officer)],
                             recorded_by_name="周科长", recorded_at=now)
            s.add(row)
            s.flush()
            for _ in range(findings):
                s.add(Finding(kind="not_recorded", outcome="criticism", notes="", officer_id=officer,
                              inspection_id=row.id, recorded_by_name="周科长", recorded_at=now))
        s.add(Inspection(held_on=held_on.replace(year=held_on.year - 1), inspectors="外", notes="",
                         recorded_by_name="周科长", recorded_at=now))


def _officer(archive) -> int:
    with archive.session() as s:
        return s.scalar(select(Person.id).where(Person.badge_no == "13001"))


def test_inspections_count_their_findings_without_a_list_of_ids(archive, base):
    officer = _officer(archive)

    def grow(n: int) -> None:
        _inspections(archive, officer, n, date(2026, 3, 2))

    first, second, small, large = _twice(
        archive, grow, lambda: inspections.list_inspections(archive, date(2026, 1, 1), date(2027, 1, 1)))
    # Only the officers' eager load goes by the inspections' ids (in SQLAlchemy's lists of 500).
    assert _same_parameters(first, second, "inspection_officer") == []
    assert (len(small), len(large)) == (N, 3 * N)
    assert {i.findings for i in large} == {2} and large[0].officers == ("张伟",)


def _second_officer(archive, unit_id) -> int:
    with archive.transaction() as s:
        dept = Department(unit_id=unit_id, name="二大队")
        s.add(dept)
        s.flush()
        other = Person(name="李娜", badge_no="13002", department_id=dept.id)
        s.add(other)
        s.flush()
        return other.id


def _activities(archive, columns, officer: int, other: int, n: int) -> None:
    """n activities ended two hours ago, each in a case, of one officer, with a recording of another."""
    now = utcnow()
    with archive.transaction() as s:
        for _ in range(n):
            i = next(_serial)
            case = Case(case_no=f"秦水罚〔2026〕{i}号", created_at=now)
            s.add(case)
            s.flush()
            act = Activity(kind="现场检查", place=f"河道{i}", started_at=now - timedelta(hours=3),
                           ended_at=now - timedelta(hours=2), case_id=case.id, created_at=now,
                           officers=[s.get(Person, officer)])
            s.add(act)
            s.flush()
            s.add(_recording(columns, activity_id=act.id, case_id=case.id, officer_id=other))


def test_deadline_report_reads_cases_and_officers_by_the_period(archive, base):
    columns, unit_id = base
    now = utcnow()
    officer, other = _officer(archive), _second_officer(archive, unit_id)

    def grow(n: int) -> None:
        _activities(archive, columns, officer, other, n)

    first, second, small, large = _twice(archive, grow, lambda: _report_around(archive, now))
    # Only the activities' officers are eager-loaded by id (SQLAlchemy's lists of 500).
    assert _same_parameters(first, second, "activity_officer") == []
    assert (len(small.lines), len(large.lines)) == (N, 3 * N)
    assert {ln.officers for ln in large.lines} == {("张伟", "李娜")}
    assert {ln.departments for ln in large.lines} == {("一大队", "二大队")}
    assert all(ln.case_no.startswith("秦水罚〔2026〕") and ln.recordings == 1 for ln in large.lines)


def _report_around(archive, now: datetime) -> oversight.DeadlineReport:
    """The hand-in deadlines of the unit's days from yesterday to tomorrow."""
    with archive.session() as s:
        tz = archive.unit(s).timezone
    local = to_local(now, tz).replace(tzinfo=None)
    return oversight.deadline_report(archive, local - timedelta(days=1), local + timedelta(days=1), now=now)


def _marked_cases(archive, columns, n: int) -> None:
    """n recordings used as evidence, each in its own case."""
    now = utcnow()
    with archive.transaction() as s:
        for _ in range(n):
            i = next(_serial)
            case = Case(case_no=f"秦水罚〔2025〕{i}号", created_at=now, filed_on=date(2025, 5, 1),
                        file_retention_years=30)
            s.add(case)
            s.flush()
            rec = _recording(columns, case_id=case.id)
            s.add(rec)
            s.flush()
            s.add(RetentionMark(recording_id=rec.id, kind=retention.EVIDENCE, ground="证据", by_name="王五", at=now))


def _evidence_expiries(archive):
    with archive.session() as s:
        recs = s.scalars(select(Recording).where(Recording.case_id.is_not(None)).order_by(Recording.id)).all()
        return retention.expiries(s, recs)


def test_expiries_read_the_cases_of_evidence_in_bounded_lists(archive, base):
    columns, _ = base
    first, second, small, large = _twice(archive, lambda n: _marked_cases(archive, columns, n),
                                         lambda: _evidence_expiries(archive))
    assert len(first) == len(second)
    assert (len(small), len(large)) == (N, 3 * N)
    assert {e.expires_on for e in large.values()} == {date(2055, 5, 1)}  # the case file's 30 years decide

    _marked_cases(archive, columns, 510)
    with statements(archive) as seen:
        found = _evidence_expiries(archive)
    assert len(found) == 3 * N + 510 and {e.expires_on for e in found.values()} == {date(2055, 5, 1)}
    assert max(n for _, n in seen) <= 500


def _old_devices(archive, unit_id, n: int) -> None:
    now = utcnow()
    with archive.transaction() as s:
        previous = None
        for _ in range(n):
            i = next(_serial)
            dept = Department(unit_id=unit_id, name=f"第{i}中队")
            s.add(dept)
            s.flush()
            keeper = Person(name=f"保管{i}", department_id=dept.id)
            holder = Person(name=f"持有{i}", badge_no=f"8{i:04d}", department_id=dept.id)
            s.add_all([keeper, holder])
            s.flush()
            d = Device(kind="body_camera", serial=f"OLD-{i:04d}", created_at=now, department_id=dept.id,
                       custodian_id=keeper.id, holder_id=holder.id, state="checked_out", held_since=now,
                       in_service_on=date(2010, 1, 1), features=",gps,",
                       replaces_id=previous.id if previous else None)
            s.add(d)
            s.flush()
            previous = d


def test_device_list_is_one_statement(archive, base):
    _, unit_id = base
    first, second, small, large = _twice(archive, lambda n: _old_devices(archive, unit_id, n),
                                         lambda: device_register.list_devices(archive))
    assert len(first) == len(second) == 1
    assert _same_parameters(first, second) == []
    assert (len(small), len(large)) == (N + 1, 3 * N + 1)
    # The same as reading each device on its own.
    assert large == [device_register.get_device(archive, d.id) for d in large]
    old = [d for d in large if d.serial.startswith("OLD-")]
    assert all(d.department_name and d.custodian_name and d.holder_name for d in old)
    assert sum(d.replaces_serial is not None for d in old) == 3 * N - 2  # the first of each batch replaces none


def test_equipment_report_reads_the_devices_once(archive, base, tmp_path):
    _, unit_id = base
    first, second, small, large = _twice(archive, lambda n: _old_devices(archive, unit_id, n),
                                         lambda: equipment_report_pdf(archive, tmp_path / "设备 报表.pdf"))
    assert len(first) == len(second)
    text = subprocess.run(["pdftotext", "-layout", str(large), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"共 {3 * N} 台" in text
    lines = [ln for ln in text.splitlines() if "OLD-" in ln]
    assert len(lines) == 3 * N and all("中队" in ln for ln in lines)  # each with its department


def test_the_yearly_review_as_a_whole_does_not_grow_with_the_archive(archive, base):
    columns, unit_id = base
    officer, other = _officer(archive), _second_officer(archive, unit_id)
    today = archive.today()  # the unit's; the activities ended two hours ago fall in its year but on January 1

    def grow(n: int) -> None:
        _spot_checks(archive, columns, unit_id, n)
        _inspections(archive, officer, n, today, findings=1)  # the findings' officers come joined
        _activities(archive, columns, officer, other, n)
        _marked_cases(archive, columns, n)
        _old_devices(archive, unit_id, n)

    first, second, small, large = _twice(archive, grow, lambda: yearly_review.yearly_review(archive, today.year))
    assert len(first) == len(second)
    assert (small.spot_checks.checks, large.spot_checks.checks) == (N, 3 * N)
    assert (len(small.inspections), len(large.inspections)) == (N, 3 * N)
    assert large.total.activities == 3 * N


def test_the_findings_list_reads_officers_recordings_and_flags_in_one_statement(archive, base):
    officer = _officer(archive)
    first, second, small, large = _twice(archive, lambda n: _inspections(archive, officer, n, date(2026, 3, 2)),
                                         lambda: findings.list_findings(archive))
    assert len(first) == len(second) == 1
    assert (len(small), len(large)) == (2 * N, 6 * N)
    assert {f.officer for f in large} == {"张伟"} and {f.source for f in large} == {"inspection"}

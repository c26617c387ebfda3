"""Compliance reads whose number of SQL statements does not grow with the archive.

Each read is counted with SQLAlchemy's `before_cursor_execute` on the archive's engine for an
archive of N rows and again after it has grown to 3N: the count must be the same. Where a read
once passed lists of ids, the number of bound parameters is compared too.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import count

import pytest

from evidenceroom.core import accounts, dashboard, disposal, gaps, registry, retention, retention_lists, staffing
from evidenceroom.core.audit import Actor
from evidenceroom.core.chain_of_custody import chain_of_custody
from evidenceroom.core.models import Activity, Case, Department, Device, Person, Recording, Role
from evidenceroom.core.models.oversight import ActivityMatter, GapKind, GapStatus, RecordingGap
from evidenceroom.core.models.retention import DisposalProposal, RetentionHold, RetentionMark
from sql_count import recording_template, statements

N = 4
TODAY = date(2026, 6, 1)  # footage from March 2024 has expired under every profile's base period
CAPTURED = datetime(2024, 3, 1, 2, tzinfo=timezone.utc)
SINCE, UNTIL = datetime(2024, 2, 1), datetime(2024, 4, 1)
_serial = count(1)


@pytest.fixture
def grown(archive, card):
    """An archive with one real hand-in, and `grow(n)` adding n of everything the reads go over."""
    columns, officer, unit_id = recording_template(archive, card)
    big_case: dict[str, int] = {}

    def grow(n: int) -> None:
        now = datetime.now(timezone.utc)
        with archive.transaction() as s:
            if not big_case:
                case = Case(case_no="秦水罚〔2024〕大案", created_at=now)
                s.add(case)
                s.flush()
                big_case["id"] = case.id
            for _ in range(n):
                i = next(_serial)
                case = Case(case_no=f"秦水罚〔2024〕{i}号", created_at=now)
                dept = Department(unit_id=unit_id, name=f"第{i}中队", staffing_class="A")
                s.add_all([case, dept])
                s.flush()
                s.add(Device(kind="body_camera", serial=f"DSJ-X{i}", created_at=now, department_id=dept.id,
                             features=",gps,", state="in_store"))
                act = Activity(kind="现场检查", place=f"河道{i}", started_at=CAPTURED - timedelta(hours=1),
                               ended_at=CAPTURED + timedelta(hours=1), case_id=case.id, created_at=now)
                act.officers.append(s.get(Person, officer))
                s.add(act)
                s.flush()
                s.add(ActivityMatter(activity_id=act.id, stage="调查取证", matter="现场检查", marked_by_name="王五",
                                     marked_at=now))
                s.add(RecordingGap(activity_id=act.id, kind=GapKind.NO_RECORDING.value, ground="003-7-2", reason="紧急",
                                   status=GapStatus.PENDING.value, registered_by_name="王五", registered_at=now))
                recs = []
                for k, (case_id, activity_id) in enumerate(((case.id, act.id), (big_case["id"], None),
                                                            (None, None), (None, None))):
                    r = Recording(**{**columns, "sha256": f"{i:032x}{k:032x}", "case_id": case_id,
                                     "activity_id": activity_id, "recorded_at": CAPTURED, "imported_at": CAPTURED})
                    s.add(r)
                    recs.append(r)
                s.flush()
                s.add(RetentionHold(case_id=case.id, reason="投诉", placed_by_name="钱局长", placed_at=now))
                s.add(RetentionMark(recording_id=recs[2].id, kind=retention.LONG_TERM, ground="重大", by_name="王五",
                                    at=now))
                s.add(DisposalProposal(recording_id=recs[3].id, reason="无保存意义", status=disposal.PROPOSED,
                                       expired_on=date(2025, 3, 1), rule="基本期限", proposed_by_name="王五",
                                       proposed_at=now))
                disposed = Recording(**{**columns, "sha256": f"{i:032x}{9:032x}", "recorded_at": CAPTURED,
                                        "imported_at": CAPTURED, "disposed_at": now})
                s.add(disposed)

    grow.big_case = big_case
    return grow


def _same_count_for_n_and_3n(archive, grow, read):
    grow(N)
    with statements(archive) as first:
        small = read()
    grow(2 * N)
    with statements(archive) as second:
        large = read()
    return len(first), len(second), small, large, sum(n for _, n in first), sum(n for _, n in second)


def _in_session(archive, fn):
    def read():
        with archive.session() as s:
            return fn(s)
    return read


def test_retention_overview_holds_and_long_term_list_do_not_grow_with_the_archive(archive, grown):
    a, b, small, large, *params = _same_count_for_n_and_3n(
        archive, grown, _in_session(archive, lambda s: retention_lists.overview(s, TODAY)))
    assert a == b
    assert (len(small.holds), len(large.holds)) == (N, 3 * N)
    assert [h.recordings for h in large.holds] == [1] * (3 * N)
    assert large.holds[0].target_zh.startswith("案件 秦水罚〔2024〕")
    assert len(large.long_term_without_discs) == 3 * N
    assert len(large.expired_awaiting) > len(small.expired_awaiting)


def test_dashboard_counts_expiries_in_the_same_statements_however_many(archive, grown):
    a, b, small, large, *params = _same_count_for_n_and_3n(
        archive, grown, _in_session(archive, lambda s: retention_lists.totals(s, TODAY)))
    assert a == b
    assert large["expired_awaiting"] > small["expired_awaiting"]
    with archive.session() as s:  # the totals are those of the full lists
        assert retention_lists.totals(s, TODAY) == retention_lists.overview(s, TODAY).totals


def test_pending_disposals_are_read_in_one_statement(archive, grown):
    a, b, small, large, *params = _same_count_for_n_and_3n(archive, grown, _in_session(archive, disposal.pending_list))
    assert a == b == 1
    assert (len(small), len(large)) == (N, 3 * N)
    with archive.session() as s:
        assert [p.proposal_id for p in large] == [p.id for p in disposal.pending(s)]
    assert large[0].case_no is None and large[0].expired_on == date(2025, 3, 1)


def test_finishing_removals_reads_the_disposed_recordings_once(archive, grown):
    a, b, small, large, *params = _same_count_for_n_and_3n(archive, grown, lambda: disposal.finish_removals(archive))
    assert a == b == 1
    assert small == large == []  # no file of these rows was ever stored


def test_duty_report_does_not_grow_with_the_period(archive, grown):
    a, b, small, large, *params = _same_count_for_n_and_3n(archive, grown, lambda: gaps.duty_report(archive, SINCE, UNTIL))
    assert a == b
    # The officers are still loaded by id lists (500 a statement); everything else by subquery.
    assert params[1] - params[0] == 2 * N
    assert (len(small), len(large)) == (N, 3 * N)
    line = large[-1]
    assert line.case_no.startswith("秦水罚〔2024〕") and line.officers == ("张伟",) and line.recordings == 1


def test_staffing_reads_departments_and_devices_once(archive, grown):
    a, b, small, large, *params = _same_count_for_n_and_3n(archive, grown, lambda: staffing.staffing(archive))
    assert a == b
    assert len(large) == len(small) + 2 * N
    row = next(r for r in large if r.name.startswith("第"))
    assert (row.in_service, row.by_kind, row.by_feature) == (1, {"body_camera": 1}, {"gps": 1})


def test_chain_of_custody_of_a_case_does_not_grow_with_its_recordings(archive, grown):
    a, b, small, large, *params = _same_count_for_n_and_3n(
        archive, grown, lambda: chain_of_custody(archive, case_id=grown.big_case["id"]))
    assert a == b
    assert (len(small.recordings), len(large.recordings)) == (N, 3 * N)
    assert {r.case_no for r in large.recordings} == {"秦水罚〔2024〕大案"}


def test_the_dashboard_as_a_whole_does_not_grow_with_the_archive(archive, grown):
    now = datetime(2024, 3, 20, tzinfo=timezone.utc)
    a, b, small, large, *params = _same_count_for_n_and_3n(archive, grown, lambda: dashboard.dashboard(archive, now))
    assert a == b
    assert large.pending_gaps == 3 * N and small.pending_gaps == N


def test_a_batch_proposal_is_checked_in_the_same_reads_however_large(archive, grown):
    grown(4 * N)
    with archive.session() as s:
        expired = [r.recording_id for r in retention_lists.overview(s, TODAY, limit=None).expired_awaiting]
    assert len(expired) >= 4 * N
    with archive.transaction() as s:
        registry.add_user(s, Actor("准备"), "clerk", "correct-horse-1", Role.CLERK)
    clerk = accounts.sign_in(archive, "clerk", "correct-horse-1")

    def reads(ids: list[int]) -> list[str]:
        with statements(archive) as seen:
            disposal.propose(archive, clerk, ids, "已无保存意义", today=TODAY)
        # The rows written, and the audit chain's own reads, go with each recording; the checks do not.
        return [q for q, _ in seen if q.lstrip().upper().startswith("SELECT") and "audit_event" not in q]

    small, large = reads(expired[:N]), reads(expired[N:4 * N])
    assert len(small) == len(large)
    with archive.session() as s:
        assert len(disposal.pending_list(s)) == 4 * N + 4 * N  # the fixture's own proposals and these

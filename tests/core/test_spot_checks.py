"""Spot checks (DUT-10): a reproducible draw at the profile's proportion, scored on 003§26's items."""
from __future__ import annotations

from datetime import timedelta

import pytest

from evidenceroom.core import spot_checks
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.timeutil import to_local, utcnow
from tests.core.oversight_support import hand_in, sign_in, staff


@pytest.fixture
def recorded(archive, tmp_path):
    staff(archive)
    ids = []
    for n in range(5):
        ids += hand_in(archive, tmp_path / f"in{n}", None, 300 + 50 * n, badge="13001" if n % 2 else "13002")
    return ids


def _today(archive):
    with archive.session() as s:
        now = to_local(utcnow(), archive.unit(s).timezone).replace(tzinfo=None)
    return now - timedelta(days=30), now + timedelta(days=1)


def test_the_sample_is_reproducible_from_its_seed():
    population = list(range(1, 201))
    first = spot_checks.sample(population, 0.10, seed=20261130)
    assert len(first) == 20
    assert spot_checks.sample(list(reversed(population)), 0.10, seed=20261130) == first
    assert spot_checks.sample(population, 0.10, seed=20261131) != first


def test_sample_size_rounds_up_and_is_at_least_one():
    assert spot_checks.sample_size(200, 0.1) == 20
    assert spot_checks.sample_size(3, 0.05) == 1
    assert spot_checks.sample_size(21, 0.1) == 3
    assert spot_checks.sample_size(0, 0.1) == 0


def test_a_draw_is_kept_with_its_seed_and_a_redraw_is_a_new_check(archive, recorded, rows):
    inspector = sign_in(archive, "inspector")
    since, until = _today(archive)
    first = spot_checks.draw(archive, inspector, since, until, proportion=0.4, seed=7)
    assert first.population_size == 5 and len(first.items) == 2
    assert [i.recording_id for i in first.items] == spot_checks.sample(recorded, 0.4, 7)
    assert spot_checks.reproduces(archive, first.id)
    again = spot_checks.draw(archive, inspector, since, until, proportion=0.4, seed=7)
    assert [i.recording_id for i in again.items] == [i.recording_id for i in first.items]
    assert [c.id for c in spot_checks.list_spot_checks(archive)] == [again.id, first.id]
    drawn = [e for e in rows(archive, AuditEvent) if e.action == "spot_check.drawn"]
    assert len(drawn) == 2 and '"earlier_draws": [%d]' % first.id in drawn[1].details


def test_a_draw_of_one_department_samples_its_officers_only(archive, recorded):
    from evidenceroom.core.models import Department
    from sqlalchemy import select
    with archive.session() as s:
        dept = s.scalar(select(Department).where(Department.name == "一大队"))
    check = spot_checks.draw(archive, sign_in(archive, "inspector"), *_today(archive), department_id=dept.id,
                             proportion=1.0)
    assert check.population_size == 2 and {i.department for i in check.items} == {"一大队"}


def test_an_empty_period_is_refused_with_a_clear_message(archive, recorded, rows):
    since, _ = _today(archive)
    with pytest.raises(ArchiveError, match="没有音像资料"):
        spot_checks.draw(archive, sign_in(archive, "inspector"), since - timedelta(days=400), since - timedelta(days=300))
    assert rows(archive, spot_checks.SpotCheck) == []


def test_scores_on_three_items_are_audited_and_checked(archive, recorded, rows):
    inspector = sign_in(archive, "inspector")
    check = spot_checks.draw(archive, inspector, *_today(archive), proportion=0.2, seed=3)
    item = check.items[0]
    with pytest.raises(ArchiveError, match="0 到 10"):
        spot_checks.score(archive, inspector, item.id, 11, 5, 5)
    scored = spot_checks.score(archive, inspector, item.id, 10, 8, 9, "中途停录 2 分钟，已说明。")
    assert scored.scores == (10, 8, 9) and scored.total == 27 and scored.scored_by_name.startswith("周科长")
    event = [e for e in rows(archive, AuditEvent) if e.action == "spot_check.scored"][-1]
    assert "[10, 8, 9]" in event.details
    with pytest.raises(ArchiveError, match="执法监督"):
        spot_checks.score(archive, sign_in(archive, "clerk"), item.id, 1, 1, 1)

"""Spot checks (抽查, 003§26, DUT-10): a random sample of a period's recordings at the profile's
proportion, scored on three items for the enforcement quality assessment (执法质量考评).

The draw is reproducible: the population (recording ids in ascending order), the proportion and
the seed are stored, and `sample(population, proportion, seed)` gives the same sample again. A
new draw for the same period is a new spot check beside the first, logged; nothing is redrawn
in place.
"""
from __future__ import annotations

import json
import math
import random
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from evidenceroom.core import audit, profiles
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.findings import RECORDING_ROLES
from evidenceroom.core.models import Department, Person, Recording
from evidenceroom.core.models.oversight import SpotCheck, SpotCheckItem
from evidenceroom.core.oversight import NO_DEPARTMENT, NO_OFFICER, period_bounds
from evidenceroom.core.timeutil import utcnow

MAX_SCORE = 10  # points per item
ITEMS = (("score_recorded", "规定事项是否进行现场执法记录", "required matters recorded"),
         ("score_uninterrupted", "执法全过程是否不间断记录", "whole process recorded without interruption"),
         ("score_handover", "资料的移交、管理和使用情况", "hand-over, management and use of the material"))
CHECKING_ROLES = RECORDING_ROLES  # who checks is who records findings: inspectors, supervisors, administrators


@dataclass(frozen=True)
class ItemInfo:
    id: int
    position: int
    recording_id: int
    original_name: str
    recorded_at: datetime
    officer: str
    department: str
    scores: tuple[int | None, int | None, int | None]
    notes: str
    scored_by_name: str | None
    scored_at: datetime | None

    @property
    def scored(self) -> bool:
        return all(x is not None for x in self.scores)

    @property
    def total(self) -> int | None:
        return sum(self.scores) if self.scored else None


@dataclass(frozen=True)
class SpotCheckInfo:
    id: int
    period_start: datetime
    period_end: datetime
    department: str | None
    proportion: float
    seed: int
    population_size: int
    drawn_by_name: str
    drawn_at: datetime
    items: tuple[ItemInfo, ...]


def sample_size(population: int, proportion: float) -> int:
    """At least one when the population is not empty; rounded up, as a proportion is a minimum."""
    if population == 0:
        return 0
    return min(population, max(1, math.ceil(round(population * proportion, 9))))


def sample(population: list[int], proportion: float, seed: int) -> list[int]:
    """The recording ids drawn, in draw order: the same population, proportion and seed give the same."""
    ordered = sorted(population)
    return random.Random(seed).sample(ordered, sample_size(len(ordered), proportion))


def _check_role(who) -> None:
    require_role(who, CHECKING_ROLES, "抽查由执法监督人员或审批人进行。", "Spot checks are made by an inspector or a supervisor.")


def _population(s: Session, start: datetime, end: datetime, department_id: int | None) -> list[int]:
    # Disposed recordings (their files gone at expiry) are no longer there to check.
    q = select(Recording.id).where(Recording.recorded_at >= start, Recording.recorded_at < end,
                                   Recording.disposed_at.is_(None))
    if department_id is not None:
        q = q.join(Person, Person.id == Recording.officer_id).where(Person.department_id == department_id)
    return sorted(s.scalars(q))


def draw(archive: Archive, inspector, since: datetime, until: datetime, department_id: int | None = None,
         proportion: float | None = None, seed: int | None = None) -> SpotCheckInfo:
    """Draw and keep a sample of the recordings made in the period (naive times: the unit's local
    time; `until` exclusive), of one department's officers when given."""
    _check_role(inspector)
    who = actor_of(inspector)
    with archive.transaction() as s:
        start, end = period_bounds(s, archive, since, until)
        proportion = profiles.active(s).spot_check_proportion if proportion is None else proportion
        if not 0 < proportion <= 1:
            raise ArchiveError("抽查比例须大于 0、不超过 100%。", "The proportion must be above 0 and at most 100%.")
        dept = None
        if department_id is not None:
            dept = s.get(Department, department_id)
            if dept is None:
                raise ArchiveError(f"没有第 {department_id} 号部门。", f"There is no department {department_id}.")
        population = _population(s, start, end, department_id)
        if not population:
            raise ArchiveError("所选时段内没有音像资料，无法抽查。请选择其他时段或部门。",
                               "There are no recordings in that period to sample; choose another period or department.")
        seed = secrets.randbits(53) if seed is None else int(seed)
        drawn = sample(population, proportion, seed)
        earlier = s.scalars(select(SpotCheck.id).where(SpotCheck.period_start == start, SpotCheck.period_end == end,
                                                        SpotCheck.department_id.is_(department_id)
                                                        if department_id is None
                                                        else SpotCheck.department_id == department_id)).all()
        check = SpotCheck(period_start=start, period_end=end, department_id=department_id, proportion=proportion,
                          seed=seed, population_size=len(population), population=json.dumps(population),
                          drawn_by_user_id=who.user_id, drawn_by_name=who.name, drawn_at=utcnow())
        s.add(check)
        s.flush()
        for n, rec_id in enumerate(drawn, start=1):
            s.add(SpotCheckItem(spot_check_id=check.id, position=n, recording_id=rec_id, notes=""))
        s.flush()
        audit.record(s, who, "spot_check.drawn", "spot_check", check.id, period=[start.isoformat(), end.isoformat()],
                     department=dept.name if dept else None, proportion=proportion, seed=seed,
                     population_size=len(population), sample=drawn, earlier_draws=list(earlier))
        return _info(s, check)


def _info(s: Session, check: SpotCheck) -> SpotCheckInfo:
    items = s.scalars(select(SpotCheckItem).options(
        selectinload(SpotCheckItem.recording).selectinload(Recording.officer).selectinload(Person.department))
        .where(SpotCheckItem.spot_check_id == check.id).order_by(SpotCheckItem.position)).all()
    dept = s.get(Department, check.department_id) if check.department_id else None
    return SpotCheckInfo(check.id, check.period_start, check.period_end, dept.name if dept else None,
                         check.proportion, check.seed, check.population_size, check.drawn_by_name, check.drawn_at,
                         tuple(_item_info(i) for i in items))


def _item_info(i: SpotCheckItem) -> ItemInfo:
    r = i.recording
    officer = r.officer.name if r.officer else NO_OFFICER
    dept = r.officer.department.name if r.officer and r.officer.department else NO_DEPARTMENT
    return ItemInfo(i.id, i.position, r.id, r.original_name, r.recorded_at, officer, dept,
                    (i.score_recorded, i.score_uninterrupted, i.score_handover), i.notes, i.scored_by_name, i.scored_at)


def _check(s: Session, check_id: int) -> SpotCheck:
    check = s.get(SpotCheck, check_id)
    if check is None:
        raise ArchiveError(f"没有第 {check_id} 号抽查。", f"There is no spot check {check_id}.")
    return check


def spot_check_info(archive: Archive, check_id: int) -> SpotCheckInfo:
    with archive.session() as s:
        return _info(s, _check(s, check_id))


def list_spot_checks(archive: Archive, limit: int = 200) -> list[SpotCheckInfo]:
    with archive.session() as s:
        return [_info(s, c) for c in s.scalars(select(SpotCheck).order_by(SpotCheck.drawn_at.desc(),
                                                                          SpotCheck.id.desc()).limit(limit))]


def reproduces(archive: Archive, check_id: int) -> bool:
    """Whether the stored seed and population give exactly the stored sample."""
    with archive.session() as s:
        check = _check(s, check_id)
        kept = list(s.scalars(select(SpotCheckItem.recording_id).where(SpotCheckItem.spot_check_id == check.id)
                              .order_by(SpotCheckItem.position)))
        return sample(json.loads(check.population), check.proportion, check.seed) == kept


def score(archive: Archive, inspector, item_id: int, recorded: int, uninterrupted: int, handover: int,
          notes: str = "") -> ItemInfo:
    """Score one sampled recording on 003§26's three items, 0 to `MAX_SCORE` points each."""
    _check_role(inspector)
    who = actor_of(inspector)
    values = (recorded, uninterrupted, handover)
    for (_, zh, en), v in zip(ITEMS, values):
        if not isinstance(v, int) or not 0 <= v <= MAX_SCORE:
            raise ArchiveError(f"“{zh}”的得分须为 0 到 {MAX_SCORE} 的整数。",
                               f"The score for '{en}' must be a whole number from 0 to {MAX_SCORE}.")
    notes = (notes or "").strip()
    with archive.transaction() as s:
        item = s.get(SpotCheckItem, item_id)
        if item is None:
            raise ArchiveError(f"没有第 {item_id} 号抽查项。", f"There is no spot-check item {item_id}.")
        before = [item.score_recorded, item.score_uninterrupted, item.score_handover]
        item.score_recorded, item.score_uninterrupted, item.score_handover = values
        item.notes, item.scored_by_name, item.scored_at = notes, who.name, utcnow()
        s.flush()
        audit.record(s, who, "spot_check.scored", "spot_check_item", item.id, spot_check_id=item.spot_check_id,
                     recording_id=item.recording_id, scores=list(values), notes=notes,
                     before=before if any(x is not None for x in before) else None)
        return _item_info(s.scalars(select(SpotCheckItem).options(
            selectinload(SpotCheckItem.recording).selectinload(Recording.officer).selectinload(Person.department))
            .where(SpotCheckItem.id == item.id)).one())


@dataclass(frozen=True)
class SpotCheckSummary:
    id: int
    drawn_at: datetime
    population_size: int
    sampled: int


def summaries(archive: Archive, limit: int = 200) -> list[SpotCheckSummary]:
    """The latest draws for a chooser, newest first, in one query: not their items or populations."""
    sampled = (select(func.count(SpotCheckItem.id)).where(SpotCheckItem.spot_check_id == SpotCheck.id)
               .correlate(SpotCheck).scalar_subquery())
    with archive.session() as s:
        return [SpotCheckSummary(*row) for row in s.execute(
            select(SpotCheck.id, SpotCheck.drawn_at, SpotCheck.population_size, sampled)
            .order_by(SpotCheck.drawn_at.desc(), SpotCheck.id.desc()).limit(limit))]

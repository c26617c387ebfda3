"""Who approves viewing and copying, as data: the approval chain per request kind.

A small stand-in for the policy profiles: a chain is a list of steps, each naming the roles
(`Role` values) allowed to decide it and, where the regulation names an office, the titles
(职务, from the staff list) the approver must hold. A request keeps the name of the policy it was
made under, so a later change of policy does not alter a chain already under way.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AccessKind, Role


@dataclass(frozen=True)
class ApprovalStep:
    name_zh: str  # 审核 / 批准 / 审批
    name_en: str
    roles: tuple[str, ...]
    who_zh: str  # who decides it, for messages: 办公室主任
    who_en: str
    # Titles (Person.title of the approver's staff record) that may decide; empty: any title.
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class AccessPolicy:
    name: str
    chains: dict[str, tuple[ApprovalStep, ...]] = field(default_factory=dict)
    max_window_days: int = 7

    def chain(self, kind: str) -> tuple[ApprovalStep, ...]:
        steps = self.chains.get(kind)
        if not steps:
            raise ArchiveError(f"审批规则“{self.name}”没有“{kind}”类申请的审批流程。",
                               f"The approval policy '{self.name}' has no approval chain for '{kind}' requests.")
        return steps


SUPERVISOR_APPROVES = ApprovalStep("审批", "approval", (Role.SUPERVISOR.value,), "审批人", "a supervisor")

# 003§22: 报经办公室主任审核、经案件的局主管领导批准.
DIRECTOR_REVIEWS = ApprovalStep("审核", "review", (Role.SUPERVISOR.value,), "办公室主任", "the office director",
                                titles=("办公室主任",))
LEADER_APPROVES = ApprovalStep("批准", "approval", (Role.SUPERVISOR.value,), "局主管领导",
                               "the bureau leader in charge",
                               titles=("局主管领导", "局领导", "局长", "副局长"))

DEFAULT = AccessPolicy("default", {k.value: (SUPERVISOR_APPROVES,) for k in AccessKind})
REGULATION_003 = AccessPolicy("003", {k.value: (DIRECTOR_REVIEWS, LEADER_APPROVES) for k in AccessKind})

PRESETS: dict[str, AccessPolicy] = {p.name: p for p in (DEFAULT, REGULATION_003)}


def by_name(name: str) -> AccessPolicy:
    try:
        return PRESETS[name]
    except KeyError:
        raise ArchiveError(f"没有名为“{name}”的审批规则。", f"There is no approval policy named '{name}'.") from None

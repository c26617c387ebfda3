"""Every action the core writes to the audit log has words on the audit page (no raw codes)."""
from __future__ import annotations

import ast
from pathlib import Path

import evidenceroom
from evidenceroom.core.custody import EventKind
from evidenceroom.core.models import ImportOutcome
from evidenceroom.core.models.retention import RetentionMarkKind
from evidenceroom.ui.formatting import DisplayFormat

# What the f-strings and variables in `audit.record(...)` calls expand to.
DYNAMIC = {
    "f'custody.{kind.value}'": [f"custody.{k.value}" for k in EventKind],
    "f'import.{outcome.value}'": [f"import.{o.value}" for o in ImportOutcome],
    "f'retention.marked_{kind}'": [f"retention.marked_{k}" for k in
                                   (RetentionMarkKind.PERMANENT, RetentionMarkKind.LONG_TERM, RetentionMarkKind.EVIDENCE)],
    **{f"f'{{purpose}}.{end}'": [f"{p}.{end}" for p in ("login", "approval", "disposal_approval", "gap_approval")]
       for end in ("failed", "refused", "succeeded")},
    "action": ["disc_set.failed", "disc_set.cancelled"],
    "'gap.approved' if approve else 'gap.refused'": ["gap.approved", "gap.refused"],
}


def recorded_actions() -> set[str]:
    found: set[str] = set()
    for path in Path(evidenceroom.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 3:
                continue
            func = node.func
            if (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")) != "record":
                continue
            arg = node.args[2]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
            else:
                source = ast.unparse(arg)
                assert source in DYNAMIC, f"{path.name}: audit action {source} — add its expansions to DYNAMIC"
                found.update(DYNAMIC[source])
    return found


def test_every_recorded_action_has_words(qapp):
    display = DisplayFormat()
    actions = recorded_actions()
    assert len(actions) > 60
    raw = sorted(a for a in actions if display.action(a) == a)
    assert raw == []

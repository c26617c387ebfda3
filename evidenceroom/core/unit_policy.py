"""The unit's approval policy for viewing and copying (ACC-02): which preset of
`evidenceroom.core.policy` new requests follow, one for the whole unit.

Out of the box one supervisor approves (`policy.DEFAULT`); a unit under regulation 003 chooses
the two steps (the office director reviews, the bureau leader approves). Only an administrator
changes it, and the change is audited. A request keeps the policy it was registered under.
"""
from __future__ import annotations

import json

from evidenceroom.core import audit, policy as policies
from evidenceroom.core.accounts import SignedIn, require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.models import Role
from evidenceroom.core.unit_settings import put_setting, setting_value

APPROVAL_POLICY_KEY = "access.approval_policy"


def approval_policy(archive: Archive) -> policies.AccessPolicy:
    """The policy new requests are registered under; the default when none is set."""
    with archive.session() as s:
        value = setting_value(s, APPROVAL_POLICY_KEY)
    if value is None:
        return policies.DEFAULT
    return policies.PRESETS.get(json.loads(value), policies.DEFAULT)


def set_approval_policy(archive: Archive, admin: SignedIn, name: str) -> policies.AccessPolicy:
    """An administrator chooses the unit's approval policy by the preset's name."""
    require_role(admin, (Role.ADMINISTRATOR.value,), "只有管理员可以更改这项设置。", "Only an administrator can change this setting.")
    chosen = policies.by_name(name)
    value = json.dumps(chosen.name)
    with archive.transaction() as s:
        old = put_setting(s, APPROVAL_POLICY_KEY, value)
        before = json.loads(old) if old is not None else policies.DEFAULT.name
        audit.record(s, admin.actor, "setting.changed", None, None, key=APPROVAL_POLICY_KEY,
                     before=before, after=chosen.name)
    return chosen

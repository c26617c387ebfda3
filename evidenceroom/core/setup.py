"""First run: a new archive with its unit, departments and first administrator, in one step."""
from __future__ import annotations

from pathlib import Path

from evidenceroom.core import registry
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role
from evidenceroom.core.timeutil import DEFAULT_TIMEZONE


def create_archive(root: Path, unit_name: str, departments: list[str], admin_login: str | None,
                   admin_password: str | None, admin_name: str | None = None,
                   timezone: str = DEFAULT_TIMEZONE, actor: Actor | None = None) -> Archive:
    """Check everything first, so a refusal leaves no half-made archive behind."""
    if not unit_name.strip():
        raise ArchiveError("请填写单位名称（制作单位）。", "Enter the unit's name.")
    if admin_login is not None:
        if not admin_login.strip():
            raise ArchiveError("请填写管理员登录名。", "Enter the administrator's login name.")
        registry.check_password(admin_password or "")
    names = [d.strip() for d in departments if d.strip()]
    if len(set(names)) != len(names):
        raise ArchiveError("部门名称有重复。", "A department is listed twice.")
    archive = Archive.create(root, unit_name, timezone, actor=actor)
    actor = actor or Actor(name=f"首次设置 ({admin_login or '?'})")
    with archive.transaction() as s:
        for name in names:
            registry.department(s, actor, name)
        if admin_login is not None:
            registry.add_user(s, actor, admin_login, admin_password or "", Role.ADMINISTRATOR,
                              admin_name or admin_login)
    return archive

"""Who may play a recording, and on what basis (ACC-01, ACC-04).

Playing footage is viewing it, and viewing goes through the custodian: an approved request whose
viewing has been entered in the register (查阅人、查阅事由、查阅时间) before it starts. The one
exception is the custodian's own archive work: an administrator may allow clerks to play
recordings to check an import without a request — every such playback is audited all the same,
with its basis.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from evidenceroom.core import audit
from evidenceroom.core.accounts import SignedIn, require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.grants import valid_grant_for
from evidenceroom.core.models import Recording, RegisterEntry, Role, register_entry_recording
from evidenceroom.core.unit_settings import put_setting, setting_value

IMPORT_CHECK_KEY = "playback.import_check_roles"
# Out of the box the custodians (clerks) and administrators may check what they imported.
DEFAULT_IMPORT_CHECK_ROLES = (Role.CLERK.value, Role.ADMINISTRATOR.value)


@dataclass(frozen=True)
class PlaybackBasis:
    kind: str  # "register" (an open register entry) | "import_check"
    register_entry_id: int | None = None
    viewer_name: str = ""

    def as_details(self) -> dict:
        return {"basis": self.kind, "register_entry_id": self.register_entry_id, "viewer": self.viewer_name}


def import_check_roles(archive: Archive) -> tuple[str, ...]:
    with archive.session() as s:
        value = setting_value(s, IMPORT_CHECK_KEY)
    return tuple(json.loads(value)) if value is not None else DEFAULT_IMPORT_CHECK_ROLES


def set_import_check_roles(archive: Archive, admin: SignedIn, roles: tuple[str, ...]) -> None:
    """An administrator decides which roles may play recordings for the import check."""
    require_role(admin, (Role.ADMINISTRATOR.value,), "只有管理员可以更改这项设置。", "Only an administrator can change this setting.")
    unknown = set(roles) - {r.value for r in Role}
    if unknown:
        raise ArchiveError(f"未知的角色：{'、'.join(sorted(unknown))}", f"Unknown roles: {', '.join(sorted(unknown))}")
    value = json.dumps(sorted(set(roles)))
    with archive.transaction() as s:
        old = put_setting(s, IMPORT_CHECK_KEY, value)
        before = json.loads(old) if old is not None else sorted(DEFAULT_IMPORT_CHECK_ROLES)
        audit.record(s, admin.actor, "setting.changed", None, None, key=IMPORT_CHECK_KEY,
                     before=before, after=json.loads(value))


def _open_entry(archive: Archive, recording_id: int) -> RegisterEntry | None:
    with archive.session() as s:
        return s.scalars(
            select(RegisterEntry)
            .join(register_entry_recording, register_entry_recording.c.entry_id == RegisterEntry.id)
            .where(register_entry_recording.c.recording_id == recording_id, RegisterEntry.ended_at.is_(None))
            .order_by(RegisterEntry.started_at.desc()).limit(1)
        ).first()


def may_play(archive: Archive, user: SignedIn, recording_id: int) -> PlaybackBasis:
    """The basis on which `user` may play the recording now, or an ArchiveError saying what to do."""
    with archive.session() as s:
        disposed_at = s.scalar(select(Recording.disposed_at).where(Recording.id == recording_id))
    if disposed_at is not None:
        day = disposed_at.date().isoformat()
        raise ArchiveError(
            f"第 {recording_id} 号资料已于 {day} 经审批清除，原始文件已不在档案库中；其销毁记录保留在“合规”页和审计日志中。",
            f"Recording {recording_id} was disposed of with approval on {day}; the original is no longer in the "
            "archive. Its tombstone stays on the Compliance page and in the audit log.")
    entry = _open_entry(archive, recording_id)
    if entry is not None and valid_grant_for(archive, recording_id) is not None:
        return PlaybackBasis("register", entry.id, entry.viewer_name)
    if user.role in import_check_roles(archive):
        return PlaybackBasis("import_check")
    if valid_grant_for(archive, recording_id) is not None:
        raise ArchiveError(
            "该资料的调阅已获批准，但尚未登记查阅。请在“调阅申请”中点击“登记查阅”，登记查阅人、事由和时间后再播放。",
            "Viewing this recording is approved but not yet registered. Under Requests, choose Register "
            "viewing (viewer, reason, time), then play it.")
    raise ArchiveError(
        f"需经审批：第 {recording_id} 号资料须先登记调阅申请，经审批同意并登记查阅后方可播放。",
        f"Approval needed: register an access request for recording {recording_id}; it can be played once "
        "the request is approved and the viewing is registered.")

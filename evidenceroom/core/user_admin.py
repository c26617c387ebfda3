"""User accounts after the first run (SEC-01): the administrator adds, changes, unlocks and disables
accounts and sets temporary passwords; everyone changes their own password.

Each service checks its rule, changes the row and appends its audit event in one transaction. A
password never reaches the audit log, only the fact that it was set.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evidenceroom.core import accounts, audit, registry
from evidenceroom.core.accounts import AuthError, SignedIn
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Person, Role, User
from evidenceroom.core.timeutil import utcnow

ROLES = tuple(r.value for r in Role)


@dataclass(frozen=True)
class UserInfo:
    user_id: int
    login: str
    display_name: str
    role: str
    person_id: int | None
    person_name: str | None
    badge_no: str | None
    active: bool
    locked_until: datetime | None  # only while the lockout lasts
    last_sign_in: datetime | None

    @property
    def locked(self) -> bool:
        return self.locked_until is not None

    @property
    def status(self) -> str:
        """"disabled", "locked" or "active"."""
        return "disabled" if not self.active else "locked" if self.locked else "active"

    def as_json(self) -> dict:
        return {"id": self.user_id, "login": self.login, "name": self.display_name, "role": self.role,
                "person_id": self.person_id, "person": self.person_name, "badge": self.badge_no,
                "active": self.active, "status": self.status,
                "locked_until": self.locked_until.isoformat() if self.locked_until else None,
                "last_sign_in": self.last_sign_in.isoformat() if self.last_sign_in else None}


def _require_admin(who) -> None:
    accounts.require_role(who, Role.ADMINISTRATOR.value, "只有管理员可以管理用户账户。",
                          "Only an administrator can manage user accounts.")


def _role(role) -> str:
    value = role.value if isinstance(role, Role) else str(role)
    if value not in ROLES:
        raise ArchiveError(f"未知的角色“{value}”。", f"Unknown role '{value}'.")
    return value


def _user(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise ArchiveError(f"没有编号为 {user_id} 的用户。", f"There is no user number {user_id}.")
    return user


def _person_id(s: Session, person_id: int | None) -> int | None:
    if person_id is not None and s.get(Person, person_id) is None:
        raise ArchiveError(f"没有编号为 {person_id} 的人员。", f"There is no person number {person_id}.")
    return person_id


def _other_active_admins(s: Session, user_id: int) -> int:
    return s.scalar(select(func.count(User.id)).where(
        User.role == Role.ADMINISTRATOR.value, User.active.is_(True), User.id != user_id)) or 0


def _keep_an_admin(s: Session, user: User) -> None:
    if user.role == Role.ADMINISTRATOR.value and user.active and _other_active_admins(s, user.id) == 0:
        raise ArchiveError(f"“{user.login}”是最后一个在用的管理员账户，不能停用或改为其他角色；请先新增另一个管理员。",
                           f"'{user.login}' is the last active administrator account: it cannot be disabled "
                           "or given another role. Add another administrator first.")


def _check_login_free(s: Session, login: str, except_id: int | None = None) -> None:
    q = select(User.login).where(func.lower(User.login) == login.lower())
    if except_id is not None:
        q = q.where(User.id != except_id)
    taken = s.scalar(q)
    if taken is not None:
        raise ArchiveError(f"登录名“{login}”已被使用（“{taken}”，不区分大小写）。",
                           f"The login name '{login}' is taken ('{taken}'; case is not told apart).")


def find_user(archive, login: str) -> int:
    """The id of the account with this login (case not told apart)."""
    with archive.session() as s:
        user_id = s.scalar(select(User.id).where(func.lower(User.login) == login.strip().lower()))
    if user_id is None:
        raise ArchiveError(f"没有登录名为“{login}”的用户。", f"There is no user with the login '{login}'.")
    return user_id


def list_users(archive) -> list[UserInfo]:
    """Every account by login, with its linked person and its last successful sign-in."""
    now = utcnow()
    with archive.session() as s:
        rows = s.execute(select(User, Person.name, Person.badge_no)
                         .outerjoin(Person, User.person_id == Person.id).order_by(User.login)).all()
        last = dict(s.execute(select(AuditEvent.target_id, func.max(AuditEvent.at, type_=AuditEvent.at.type))
                              .where(AuditEvent.action == "login.succeeded", AuditEvent.target_kind == "user")
                              .group_by(AuditEvent.target_id)).all())
    out = []
    for user, person_name, badge in rows:
        locked = user.locked_until if user.locked_until is not None and user.locked_until > now else None
        out.append(UserInfo(user.id, user.login, user.display_name, user.role, user.person_id, person_name,
                            badge, bool(user.active), locked, last.get(user.id)))
    return out


def add_user(archive, admin, login: str, display_name: str, role, password: str,
             person_id: int | None = None) -> int:
    _require_admin(admin)
    login = login.strip()
    display_name = display_name.strip()
    role = Role(_role(role))
    with archive.transaction() as s:
        if login:
            _check_login_free(s, login)
        user = registry.add_user(s, _actor(admin), login, password, role, display_name or login)
        user.person_id = _person_id(s, person_id)
        if person_id is not None:
            audit.record(s, _actor(admin), "user.changed", "user", user.id,
                         before={"person_id": None}, after={"person_id": person_id})
        return user.id


def _actor(who):
    return who.actor if isinstance(who, SignedIn) else who


_UNSET = object()


def change_user(archive, admin, user_id: int, display_name=_UNSET, role=_UNSET, person_id=_UNSET) -> None:
    """Change name, role or linked person; the audit event holds each changed field before and after."""
    _require_admin(admin)
    with archive.transaction() as s:
        user = _user(s, user_id)
        before, after = {}, {}
        if display_name is not _UNSET:
            name = (display_name or "").strip()
            if not name:
                raise ArchiveError("姓名不能为空。", "The name must not be empty.")
            if name != user.display_name:
                before["display_name"], after["display_name"] = user.display_name, name
        if role is not _UNSET:
            value = _role(role)
            if value != user.role:
                _keep_an_admin(s, user)
                before["role"], after["role"] = user.role, value
        if person_id is not _UNSET:
            pid = _person_id(s, person_id)
            if pid != user.person_id:
                before["person_id"], after["person_id"] = user.person_id, pid
        if not after:
            return
        for field, value in after.items():
            setattr(user, field, value)
        audit.record(s, _actor(admin), "user.changed", "user", user.id, login=user.login,
                     before=before, after=after)


def reset_password(archive, admin, user_id: int, new_password: str) -> None:
    """The administrator sets a temporary password; it also lifts a lockout."""
    _require_admin(admin)
    registry.check_password(new_password)
    with archive.transaction() as s:
        user = _user(s, user_id)
        user.password_hash = accounts.hash_password(new_password)
        was_locked = user.locked_until is not None and user.locked_until > utcnow()
        user.failed_logins = 0
        user.locked_until = None
        audit.record(s, _actor(admin), "user.password_reset", "user", user.id, login=user.login,
                     unlocked=was_locked)


def unlock(archive, admin, user_id: int) -> None:
    _require_admin(admin)
    with archive.transaction() as s:
        user = _user(s, user_id)
        until = user.locked_until
        user.failed_logins = 0
        user.locked_until = None
        audit.record(s, _actor(admin), "user.unlocked", "user", user.id, login=user.login,
                     was_locked_until=until.isoformat() if until else None)


def set_active(archive, admin, user_id: int, active: bool, reason: str = "") -> None:
    """Disable (someone left) or enable again; a disabled account cannot sign in."""
    _require_admin(admin)
    reason = reason.strip()
    with archive.transaction() as s:
        user = _user(s, user_id)
        if bool(user.active) == bool(active):
            return
        if not active:
            if not reason:
                raise ArchiveError("请填写停用原因。", "Enter why the account is disabled.")
            if getattr(admin, "user_id", None) == user.id:
                raise ArchiveError("管理员不能停用自己的账户。", "An administrator cannot disable their own account.")
            _keep_an_admin(s, user)
        user.active = bool(active)
        if active:
            user.failed_logins = 0
            user.locked_until = None
        if active:
            audit.record(s, _actor(admin), "user.enabled", "user", user.id, login=user.login, reason=reason)
        else:
            audit.record(s, _actor(admin), "user.disabled", "user", user.id, login=user.login, reason=reason)


def change_own_password(archive, signed_in: SignedIn, old_password: str, new_password: str) -> None:
    """Any role. The old password is checked like a sign-in, so wrong ones count toward the lockout."""
    registry.check_password(new_password)
    if new_password == old_password:
        raise ArchiveError("新密码不能与原密码相同。", "The new password must differ from the old one.")
    failure: AuthError | None = None
    with archive.session() as s:
        with s.begin():
            try:
                accounts.authenticate(s, signed_in.login, old_password, purpose="password_change")
            except AuthError as exc:
                # Committed with its count and audit event, then raised.
                user = s.get(User, signed_in.user_id)
                left = accounts.MAX_FAILURES - (user.failed_logins if user is not None else 0)
                failure = exc if exc.locked or user is None or not user.active else AuthError(
                    f"原密码不正确（再错 {left} 次将锁定账户）。",
                    f"The old password is wrong ({left} more tries before the account is locked).")
            else:
                user = _user(s, signed_in.user_id)
                user.password_hash = accounts.hash_password(new_password)
                audit.record(s, signed_in.actor, "user.password_changed", "user", user.id, login=user.login)
    if failure is not None:
        raise failure

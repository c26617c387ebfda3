"""Signing in: argon2-checked passwords, lockout after repeated failures, every attempt audited.

The same check serves the login dialog and, later, a supervisor authenticating in person on an
approval dialog.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role, User
from evidenceroom.core.timeutil import utcnow

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)

ROLE_NAMES = {
    Role.ADMINISTRATOR.value: ("管理员", "Administrator"),
    Role.CLERK.value: ("保管员", "Clerk"),
    Role.SUPERVISOR.value: ("审批人", "Supervisor"),
    Role.INSPECTOR.value: ("执法监督", "Inspector"),
}


@dataclass(frozen=True)
class SignedIn:
    user_id: int
    login: str
    display_name: str
    role: str

    @property
    def actor(self) -> Actor:
        return Actor(name=f"{self.display_name} ({self.login})", user_id=self.user_id, role=self.role)


def authenticate(s: Session, login: str, password: str, purpose: str = "login") -> SignedIn:
    """Check a login and password; count failures toward the lockout. Commits nothing itself:
    the caller's transaction carries the audit event (and the failure count) either way."""
    login = login.strip()
    user = s.scalar(select(User).where(User.login == login))
    now = utcnow()
    anonymous = Actor(name=f"({login})" if login else "(?)")
    if user is None or not user.active:
        audit.record(s, anonymous, f"{purpose}.failed", None, None, login=login, why="unknown or inactive user")
        raise AuthError("用户名或密码不正确。", "Wrong user name or password.")
    actor = Actor(name=f"{user.display_name} ({user.login})", user_id=user.id)
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        audit.record(s, actor, f"{purpose}.refused", "user", user.id, why="locked")
        raise AuthError(f"该账户因多次密码错误已锁定，请 {minutes} 分钟后再试，或请管理员解锁。",
                        f"This account is locked after repeated wrong passwords; try again in {minutes} "
                        "minutes or ask an administrator to unlock it.", locked=True)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        locked = user.failed_logins >= MAX_FAILURES
        if locked:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
        audit.record(s, actor, f"{purpose}.failed", "user", user.id, locked=locked)
        if locked:
            raise AuthError(f"密码连续错误 {MAX_FAILURES} 次，账户已锁定 {LOCKOUT.seconds // 60} 分钟。",
                            f"{MAX_FAILURES} wrong passwords in a row: the account is locked for "
                            f"{LOCKOUT.seconds // 60} minutes.", locked=True)
        left = MAX_FAILURES - user.failed_logins
        raise AuthError(f"用户名或密码不正确（再错 {left} 次将锁定账户）。",
                        f"Wrong user name or password ({left} more tries before the account is locked).")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_logins = 0
    user.locked_until = None
    audit.record(s, actor, f"{purpose}.succeeded", "user", user.id)
    return SignedIn(user.id, user.login, user.display_name, user.role)


def require_role(who, allowed, zh: str, en: str) -> None:
    """Refuse `who` unless it carries one of the `allowed` roles; something without a role (a plain
    `Actor`, a stray object) is refused too, so a missing role never lets an action through."""
    if isinstance(allowed, str):
        allowed = (allowed,)  # one role: "in" a string would match a part of it
    role = getattr(who, "role", None)
    if role is None or role not in allowed:
        raise ArchiveError(zh, en)


class AuthError(ArchiveError):
    def __init__(self, zh: str, en: str, locked: bool = False):
        super().__init__(zh, en)
        self.locked = locked


def sign_in(archive, login: str, password: str, purpose: str = "login") -> SignedIn:
    """Authenticate in its own transaction, so a failure is counted and audited even though it raises."""
    with archive.session() as s:
        with s.begin():
            try:
                return authenticate(s, login, password, purpose)
            except AuthError as exc:
                failure = exc
        raise failure


def log_out(archive, who: SignedIn) -> None:
    with archive.transaction() as s:
        audit.record(s, who.actor, "logout", "user", who.user_id)

"""User accounts after the first run (SEC-01): add, change, reset, unlock, disable; own password."""
from __future__ import annotations

from datetime import timedelta

import pytest
from evidenceroom.core import accounts, audit, registry, user_admin
from evidenceroom.core.accounts import AuthError
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Role, User
from evidenceroom.core.timeutil import utcnow

PASSWORD = "correct-horse-1"


@pytest.fixture
def staffed(archive):
    setup = Actor("测试准备")
    with archive.transaction() as s:
        registry.add_person(s, setup, "赵主任", "13009", "办公室")
        registry.add_user(s, setup, "admin", PASSWORD, Role.ADMINISTRATOR, "系统管理员")
        registry.add_user(s, setup, "clerk", PASSWORD, Role.CLERK, "陈静")
    return archive


@pytest.fixture
def admin(staffed):
    return accounts.sign_in(staffed, "admin", PASSWORD)


def _person_id(archive, badge):
    with archive.session() as s:
        from evidenceroom.core.models import Person
        from sqlalchemy import select
        return s.scalar(select(Person.id).where(Person.badge_no == badge))


def _details(archive) -> list[tuple[str, str]]:
    with archive.session() as s:
        return [(e.action, e.details) for e in s.query(AuditEvent).order_by(AuditEvent.seq)]


def _chain_ok(archive) -> bool:
    with archive.session() as s:
        _, problems = audit.check_chain(s, archive.head_path)
    return problems == []


def test_add_user_links_person_and_signs_in(staffed, admin):
    pid = _person_id(staffed, "13009")
    uid = user_admin.add_user(staffed, admin, "director", "赵主任", Role.SUPERVISOR, "approve-me-42", person_id=pid)
    who = accounts.sign_in(staffed, "director", "approve-me-42")
    assert (who.user_id, who.role, who.display_name) == (uid, "supervisor", "赵主任")
    info = {u.login: u for u in user_admin.list_users(staffed)}["director"]
    assert (info.person_name, info.badge_no, info.status) == ("赵主任", "13009", "active")
    assert info.last_sign_in is not None and info.last_sign_in.tzinfo is not None
    assert "approve-me-42" not in repr(_details(staffed))
    assert _chain_ok(staffed)


@pytest.mark.parametrize("login, password, role, zh", [
    ("CLERK", "long-enough-1", "clerk", "已被使用"),  # case is not told apart
    ("new", "short", "clerk", "至少需要"),
    ("new", "long-enough-1", "boss", "未知的角色"),
    ("  ", "long-enough-1", "clerk", "登录名不能为空"),
])
def test_add_user_refusals_change_nothing(staffed, admin, login, password, role, zh):
    before = len(user_admin.list_users(staffed))
    events = len(_details(staffed))
    with pytest.raises(ArchiveError) as err:
        user_admin.add_user(staffed, admin, login, "某人", role, password)
    assert zh in err.value.text.zh and err.value.text.en
    assert len(user_admin.list_users(staffed)) == before
    assert len(_details(staffed)) == events


def test_unknown_person_refused(staffed, admin):
    with pytest.raises(ArchiveError, match="人员"):
        user_admin.add_user(staffed, admin, "new", "某人", "clerk", "long-enough-1", person_id=9999)
    assert "new" not in {u.login for u in user_admin.list_users(staffed)}


def test_non_admin_refused_everywhere(staffed):
    clerk = accounts.sign_in(staffed, "clerk", PASSWORD)
    admin_id = user_admin.find_user(staffed, "admin")
    for call in (lambda: user_admin.add_user(staffed, clerk, "x", "x", "clerk", "long-enough-1"),
                 lambda: user_admin.change_user(staffed, clerk, admin_id, role="clerk"),
                 lambda: user_admin.reset_password(staffed, clerk, admin_id, "long-enough-1"),
                 lambda: user_admin.unlock(staffed, clerk, admin_id),
                 lambda: user_admin.set_active(staffed, clerk, admin_id, False, "left"),
                 lambda: user_admin.add_user(staffed, Actor("no role"), "x", "x", "clerk", "long-enough-1")):
        with pytest.raises(ArchiveError, match="只有管理员"):
            call()


def test_change_user_audits_before_and_after(staffed, admin):
    uid = user_admin.find_user(staffed, "clerk")
    user_admin.change_user(staffed, admin, uid, display_name="陈静静", role="inspector")
    info = {u.login: u for u in user_admin.list_users(staffed)}["clerk"]
    assert (info.display_name, info.role) == ("陈静静", "inspector")
    action, details = _details(staffed)[-1]
    assert action == "user.changed"
    assert '"before": {"display_name": "陈静", "role": "clerk"}' in details
    assert '"after": {"display_name": "陈静静", "role": "inspector"}' in details
    # The signed-in role follows the row from the next sign-in.
    assert accounts.sign_in(staffed, "clerk", PASSWORD).role == "inspector"


def test_last_admin_cannot_be_demoted_or_disabled(staffed, admin):
    with pytest.raises(ArchiveError, match="最后一个"):
        user_admin.change_user(staffed, admin, admin.user_id, role="clerk")
    # From the command line too (no user to be "self").
    with pytest.raises(ArchiveError, match="最后一个"):
        user_admin.set_active(staffed, Actor("命令行", role="administrator"), admin.user_id, False, "left")
    second = user_admin.add_user(staffed, admin, "admin2", "副管理员", "administrator", "long-enough-1")
    user_admin.change_user(staffed, admin, second, role="clerk")  # another admin remains: fine
    user_admin.change_user(staffed, admin, second, role="administrator")
    user_admin.set_active(staffed, admin, second, False, "调离")
    with pytest.raises(ArchiveError, match="最后一个"):
        user_admin.change_user(staffed, admin, admin.user_id, role="supervisor")


def test_admin_cannot_disable_self(staffed, admin):
    user_admin.add_user(staffed, admin, "admin2", "副管理员", "administrator", "long-enough-1")
    with pytest.raises(ArchiveError, match="自己"):
        user_admin.set_active(staffed, admin, admin.user_id, False, "test")
    assert all(u.active for u in user_admin.list_users(staffed))


def test_disabled_user_cannot_sign_in_until_enabled(staffed, admin):
    uid = user_admin.find_user(staffed, "clerk")
    with pytest.raises(ArchiveError, match="原因"):
        user_admin.set_active(staffed, admin, uid, False, "  ")
    user_admin.set_active(staffed, admin, uid, False, "调离本单位")
    assert {u.login: u.status for u in user_admin.list_users(staffed)}["clerk"] == "disabled"
    with pytest.raises(AuthError):
        accounts.sign_in(staffed, "clerk", PASSWORD)
    action, details = _details(staffed)[-1]
    assert action == "login.failed" and "inactive" in details
    user_admin.set_active(staffed, admin, uid, True)
    assert accounts.sign_in(staffed, "clerk", PASSWORD).login == "clerk"
    assert [a for a, _ in _details(staffed) if a.startswith("user.")][-2:] == ["user.disabled", "user.enabled"]


def _lock(archive, login):
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(AuthError):
            accounts.sign_in(archive, login, "wrong-password")
    with pytest.raises(AuthError) as err:
        accounts.sign_in(archive, login, PASSWORD)
    assert err.value.locked


def test_reset_password_clears_lockout(staffed, admin):
    _lock(staffed, "clerk")
    assert {u.login: u.status for u in user_admin.list_users(staffed)}["clerk"] == "locked"
    uid = user_admin.find_user(staffed, "clerk")
    with pytest.raises(ArchiveError, match="至少需要"):
        user_admin.reset_password(staffed, admin, uid, "short")
    user_admin.reset_password(staffed, admin, uid, "temporary-pass-9")
    assert accounts.sign_in(staffed, "clerk", "temporary-pass-9").login == "clerk"
    with pytest.raises(AuthError):
        accounts.sign_in(staffed, "clerk", PASSWORD)  # the old one no longer works
    assert "temporary-pass-9" not in repr(_details(staffed))
    assert _chain_ok(staffed)


def test_unlock_lets_the_old_password_in(staffed, admin):
    _lock(staffed, "clerk")
    user_admin.unlock(staffed, admin, user_admin.find_user(staffed, "clerk"))
    assert accounts.sign_in(staffed, "clerk", PASSWORD).login == "clerk"
    assert any(a == "user.unlocked" for a, _ in _details(staffed))


def test_expired_lockout_is_not_shown_as_locked(staffed):
    with staffed.transaction() as s:
        s.query(User).filter(User.login == "clerk").one().locked_until = utcnow() - timedelta(minutes=1)
    assert {u.login: u.status for u in user_admin.list_users(staffed)}["clerk"] == "active"


def test_change_own_password(staffed):
    clerk = accounts.sign_in(staffed, "clerk", PASSWORD)
    user_admin.change_own_password(staffed, clerk, PASSWORD, "my-new-secret-7")
    assert accounts.sign_in(staffed, "clerk", "my-new-secret-7").login == "clerk"
    with pytest.raises(AuthError):
        accounts.sign_in(staffed, "clerk", PASSWORD)
    assert "my-new-secret-7" not in repr(_details(staffed))
    assert "user.password_changed" in [a for a, _ in _details(staffed)]
    assert _chain_ok(staffed)


def test_change_own_password_wrong_old_is_counted(staffed):
    clerk = accounts.sign_in(staffed, "clerk", PASSWORD)
    with pytest.raises(AuthError) as err:
        user_admin.change_own_password(staffed, clerk, "not-my-password", "my-new-secret-7")
    assert "原密码不正确" in err.value.text.zh and "4" in err.value.text.zh
    with staffed.session() as s:
        assert s.query(User).filter(User.login == "clerk").one().failed_logins == 1
    assert _details(staffed)[-1][0] == "password_change.failed"
    for _ in range(accounts.MAX_FAILURES - 1):
        with pytest.raises(AuthError):
            user_admin.change_own_password(staffed, clerk, "not-my-password", "my-new-secret-7")
    with pytest.raises(AuthError) as err:
        accounts.sign_in(staffed, "clerk", PASSWORD)
    assert err.value.locked  # the wrong old passwords locked the account


def test_change_own_password_rules(staffed):
    clerk = accounts.sign_in(staffed, "clerk", PASSWORD)
    with pytest.raises(ArchiveError, match="至少需要"):
        user_admin.change_own_password(staffed, clerk, PASSWORD, "short")
    with pytest.raises(ArchiveError, match="相同"):
        user_admin.change_own_password(staffed, clerk, PASSWORD, PASSWORD)
    assert accounts.sign_in(staffed, "clerk", PASSWORD).login == "clerk"

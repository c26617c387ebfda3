"""`evidenceroom user …`: accounts from the command line, the password only ever on stdin."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_support import REPO, cli_command, mentions, rows

from evidenceroom.core import accounts
from evidenceroom.core.accounts import AuthError
from evidenceroom.core.archive import Archive


def user(archive: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(cli_command("--archive", archive, "user", *args), input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=REPO)


def listed(archive: Path) -> dict[str, dict]:
    proc = user(archive, "list", "--json")
    assert proc.returncode == 0, proc.stderr
    return {u["login"]: u for u in json.loads(proc.stdout)["users"]}


def test_add_list_disable_enable(fresh_archive: Path, cli):
    cli("--archive", fresh_archive, "person", "add", "--name", "赵主任", "--badge", "13009", check=True)
    proc = user(fresh_archive, "add", "director", "--name", "赵主任", "--role", "supervisor", "--person", "13009",
                "--password-stdin", stdin="approve-me-42\n")
    assert proc.returncode == 0, proc.stderr
    proc = user(fresh_archive, "add", "boss", "--name", "局长", "--role", "administrator", stdin="boss-password-1\n")
    assert proc.returncode == 0, proc.stderr
    found = listed(fresh_archive)
    assert found["director"]["role"] == "supervisor" and found["director"]["status"] == "active"
    assert (found["director"]["person"], found["director"]["badge"]) == ("赵主任", "13009")
    with Archive.open(fresh_archive) as archive:
        assert accounts.sign_in(archive, "director", "approve-me-42").role == "supervisor"

    proc = user(fresh_archive, "disable", "director", "--reason", "调离本单位")
    assert proc.returncode == 0, proc.stderr
    assert listed(fresh_archive)["director"]["status"] == "disabled"
    with Archive.open(fresh_archive) as archive:
        try:
            accounts.sign_in(archive, "director", "approve-me-42")
            raise AssertionError("a disabled account signed in")
        except AuthError:
            pass
    assert user(fresh_archive, "enable", "director").returncode == 0
    assert listed(fresh_archive)["director"]["status"] == "active"
    # The password is nowhere in the audit log.
    details = " ".join(d for (d,) in rows(fresh_archive, "SELECT details FROM audit_event"))
    assert "approve-me-42" not in details and "boss-password-1" not in details
    assert "user.disabled" in {a for (a,) in rows(fresh_archive, "SELECT action FROM audit_event")}


def test_refusals(fresh_archive: Path):
    proc = user(fresh_archive, "add", "clerk", "--name", "陈静", "--role", "clerk", stdin="short\n")
    assert proc.returncode == 1 and mentions(proc.stderr, "至少需要", "at least")
    proc = user(fresh_archive, "add", "clerk", "--name", "陈静", "--role", "clerk", stdin="")
    assert proc.returncode == 1 and mentions(proc.stderr, "没有密码", "No password")
    assert user(fresh_archive, "add", "boss", "--name", "局长", "--role", "administrator",
                stdin="boss-password-1\n").returncode == 0
    proc = user(fresh_archive, "add", "BOSS", "--name", "重名", "--role", "clerk", stdin="long-enough-1\n")
    assert proc.returncode == 1 and mentions(proc.stderr, "已被使用", "is taken")
    proc = user(fresh_archive, "disable", "boss", "--reason", "test")
    assert proc.returncode == 1 and mentions(proc.stderr, "最后一个", "last active administrator")
    proc = user(fresh_archive, "unlock", "nobody")
    assert proc.returncode == 2 and mentions(proc.stderr, "没有登录名", "no user")
    proc = user(fresh_archive, "add", "x", "--name", "x", "--role", "clerk", "--person", "99999", stdin="long-enough-1\n")
    assert proc.returncode == 2
    assert set(listed(fresh_archive)) == {"boss"}


def test_passwd_and_unlock(fresh_archive: Path):
    assert user(fresh_archive, "add", "clerk", "--name", "陈静", "--role", "clerk",
                stdin="first-password-1\n").returncode == 0
    with Archive.open(fresh_archive) as archive:
        for _ in range(accounts.MAX_FAILURES):
            try:
                accounts.sign_in(archive, "clerk", "wrong-one")
            except AuthError:
                pass
    assert listed(fresh_archive)["clerk"]["status"] == "locked"
    assert user(fresh_archive, "unlock", "clerk").returncode == 0
    assert listed(fresh_archive)["clerk"]["status"] == "active"
    proc = user(fresh_archive, "passwd", "clerk", stdin="second-password-2\n")
    assert proc.returncode == 0, proc.stderr
    with Archive.open(fresh_archive) as archive:
        assert accounts.sign_in(archive, "clerk", "second-password-2").login == "clerk"


def test_password_file_and_plain_list(fresh_archive: Path, tmp_path: Path):
    secret = tmp_path / "密码 文件.txt"
    secret.write_text("from-a-file-1\nignored second line\n", encoding="utf-8")
    proc = user(fresh_archive, "add", "boss", "--name", "局长", "--role", "administrator", "--password-file", str(secret))
    assert proc.returncode == 0, proc.stderr
    with Archive.open(fresh_archive) as archive:
        assert accounts.sign_in(archive, "boss", "from-a-file-1").role == "administrator"
    proc = user(fresh_archive, "list")
    assert proc.returncode == 0 and "boss" in proc.stdout and "administrator" in proc.stdout and "局长" in proc.stdout
    proc = user(fresh_archive, "passwd", "boss", "--password-file", str(tmp_path / "missing.txt"))
    assert proc.returncode == 1 and mentions(proc.stderr, "无法读取密码文件", "cannot read the password file")

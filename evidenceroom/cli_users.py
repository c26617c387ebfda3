"""`evidenceroom user …`: user accounts from the command line (SEC-01).

    user add LOGIN --name NAME --role ROLE [--person BADGE]   password from stdin or --password-file
    user list [--json]
    user passwd LOGIN                                          a temporary password, from stdin
    user unlock LOGIN
    user disable LOGIN --reason R
    user enable LOGIN

A password is never taken from the command line itself (other users of the computer could read it
from the process list): it is the first line of standard input or of --password-file, or typed
twice at a terminal. Exit codes: 0 done, 1 refused, 2 usage.
"""
from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def _password_args(p) -> None:
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input (the default)")
    p.add_argument("--password-file", type=Path, metavar="FILE", help="file whose first line is the password")


def add_parser(sub) -> None:
    user = sub.add_parser("user", help="user accounts: add, list, set a password, unlock, disable") \
        .add_subparsers(dest="action", required=True)
    add = user.add_parser("add", help="add a user account")
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", required=True, help="the user's name as shown and printed")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--person", metavar="BADGE", help="badge number of the staff member the account belongs to")
    _password_args(add)
    lst = user.add_parser("list", help="every account with its role and state")
    lst.add_argument("--json", action="store_true", help="print one JSON object")
    pw = user.add_parser("passwd", help="set a temporary password (also lifts a lockout)")
    pw.add_argument("login", metavar="LOGIN")
    _password_args(pw)
    user.add_parser("unlock", help="lift a lockout after wrong passwords").add_argument("login", metavar="LOGIN")
    dis = user.add_parser("disable", help="disable an account (it can no longer sign in)")
    dis.add_argument("login", metavar="LOGIN")
    dis.add_argument("--reason", required=True)
    user.add_parser("enable", help="enable a disabled account again").add_argument("login", metavar="LOGIN")


def _read_password(args) -> str:
    if args.password_file:
        try:
            return args.password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise ArchiveError(f"无法读取密码文件 {args.password_file}：{exc}",
                               f"cannot read the password file {args.password_file}: {exc}") from None
    if sys.stdin.isatty() and not args.password_stdin:
        first = getpass.getpass("密码 / password: ")
        if getpass.getpass("再次输入 / again: ") != first:
            raise ArchiveError("两次输入的密码不一致。", "The two passwords differ.")
        return first
    line = sys.stdin.readline()
    if not line:
        raise ArchiveError("标准输入中没有密码。", "No password on standard input.")
    return line.rstrip("\r\n")


def _person(archive, badge: str) -> int:
    from evidenceroom.core import lookups

    found = [o.id for o in lookups.officers(archive) if o.badge == badge]
    if not found:
        raise ArchiveError(f"没有执法证号为 {badge} 的人员。", f"No one has the badge number {badge}.")
    return found[0]


def run(root: Path, args) -> int:
    from evidenceroom.core import user_admin
    from evidenceroom.core.archive import Archive, cli_actor

    actor = cli_actor()
    with Archive.open(root) as archive:
        if args.action == "list":
            users = user_admin.list_users(archive)
            if args.json:
                print(json.dumps({"users": [u.as_json() for u in users]}, ensure_ascii=False))
            else:
                for u in users:
                    person = f" {u.person_name} {u.badge_no or ''}".rstrip() if u.person_name else ""
                    print(f"{u.login:16} {u.role:13} {u.status:8} {u.display_name}{person}")
            return EXIT_OK
        # An unknown login or badge is a usage error (exit 2, from the caller); a refusal exits 1.
        person_id = _person(archive, args.person) if args.action == "add" and args.person else None
        user_id = user_admin.find_user(archive, args.login) if args.action != "add" else None
        try:
            if args.action == "add":
                user_admin.add_user(archive, actor, args.login, args.name, args.role, _read_password(args),
                                    person_id=person_id)
                print(f"user added: {args.login} ({args.role})")
                return EXIT_OK
            if args.action == "passwd":
                user_admin.reset_password(archive, actor, user_id, _read_password(args))
            elif args.action == "unlock":
                user_admin.unlock(archive, actor, user_id)
            elif args.action == "disable":
                user_admin.set_active(archive, actor, user_id, False, args.reason)
            elif args.action == "enable":
                user_admin.set_active(archive, actor, user_id, True)
        except ArchiveError as exc:
            print(f"evidenceroom: {exc}", file=sys.stderr)
            return EXIT_PROBLEM
    print(f"user {args.action}: {args.login}")
    return EXIT_OK

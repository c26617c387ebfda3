"""The command line: a thin shell over the core, for administrators and scripts.

Exit codes: 0 all fine; 1 something was rejected, verification found a problem, or the archive
could not be written (a full or failing disk); 2 a usage error (bad arguments, an unknown officer
or device, no archive where one was named).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from evidenceroom import __version__, cli_devices, cli_discs, cli_oversight, cli_papers, cli_reports, cli_retention
from evidenceroom import cli_users
from evidenceroom.cli_args import time_arg
from evidenceroom.core import errors
from evidenceroom.core.archive import Archive, cli_actor, default_archive_dir
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import DeviceKind

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="evidenceroom", description="EvidenceRoom — 执法音像资料管理")
    p.add_argument("--archive", type=Path, default=None, metavar="DIR",
                   help="archive folder (default: the user data folder)")
    p.add_argument("--version", action="version", version=f"EvidenceRoom {__version__}")
    p.add_argument("--lang", choices=["zh", "en"], default=None, help="language of messages")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation (archive, import, playback, printing) and exit")
    sub = p.add_subparsers(dest="command")

    init = sub.add_parser("init", help="create a new archive")
    init.add_argument("--unit", required=True, help="the unit's name (制作单位)")
    init.add_argument("--timezone", default="Asia/Shanghai")
    init.add_argument("--admin", metavar="USER", help="login of the first administrator")
    init.add_argument("--password-file", type=Path, metavar="FILE", help="file whose first line is the password")

    person = sub.add_parser("person", help="staff and officers").add_subparsers(dest="action", required=True)
    padd = person.add_parser("add", help="add an officer or staff member")
    padd.add_argument("--name", required=True)
    padd.add_argument("--badge", help="badge number (执法证号)")
    padd.add_argument("--department")
    padd.add_argument("--title")

    device = sub.add_parser("device", help="recording devices").add_subparsers(dest="action", required=True)
    dadd = device.add_parser("add", help="register a device")
    dadd.add_argument("--serial", required=True)
    dadd.add_argument("--kind", required=True, choices=[k.value for k in DeviceKind])
    dadd.add_argument("--model", default="")
    dadd.add_argument("--asset-no")
    cli_devices.add_actions(device, dadd)

    imp = sub.add_parser("import", help="import footage from files or folders")
    imp.add_argument("--case", metavar="NO", help="case number (案号); created if unknown")
    imp.add_argument("--officer", metavar="BADGE", help="badge number of the officer who recorded it")
    imp.add_argument("--handed-in-by", metavar="BADGE", help="badge number of who handed it in (default: officer)")
    imp.add_argument("--device", metavar="SERIAL", help="serial number of the device it came from")
    imp.add_argument("--activity-at", metavar="ISO8601", type=time_arg,
                     help="when the enforcement activity ended (local time unless an offset is given); "
                          "the hand-in deadline runs from it")
    imp.add_argument("--activity-start", metavar="ISO8601", type=time_arg,
                     help="when that activity started (with --activity-at; not after its end)")
    imp.add_argument("--clock-offset", metavar="SECONDS", type=float,
                     help="device clock minus this computer's clock, seconds, positive = fast (设备时钟偏差)")
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    ver = sub.add_parser("verify", help="re-hash every stored file and check the audit chain")
    ver.add_argument("--json", action="store_true")

    clr = sub.add_parser("storage-cleared", help="record that the device of an import had its storage cleared "
                                                 "(the import's files are re-hashed first)")
    clr.add_argument("batch", type=int, metavar="BATCH_ID", help="import batch number")
    clr.add_argument("--at", metavar="ISO8601", type=time_arg, help="when it was cleared (default: now)")
    clr.add_argument("--note", default="", help="how it was cleared")
    clr.add_argument("--json", action="store_true")

    rec = sub.add_parser("receipt", help="print an import's hand-in receipt (移交回执) to a PDF file")
    rec.add_argument("batch", type=int, metavar="BATCH_ID", help="import batch number")
    rec.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF file to write")

    sub.add_parser("demo", help="fill an archive with believable sample data")

    bak = sub.add_parser("backup", help="back up the archive to a folder on another drive (incremental)")
    bak.add_argument("dest", type=Path, metavar="DEST", help="backup folder: empty, new, or this archive's backup")
    bak.add_argument("--json", action="store_true")
    res = sub.add_parser("restore", help="restore a backup folder into an empty folder")
    res.add_argument("backup", type=Path, metavar="BACKUP", help="backup folder")
    res.add_argument("target", type=Path, metavar="DIR", nargs="?",
                     help="empty or new folder for the restored archive")
    res.add_argument("--check", action="store_true",
                     help="only re-read the backup against its manifest and name each bad file; nothing is restored")
    res.add_argument("--json", action="store_true")
    rep = sub.add_parser("repair", help="bring back missing or altered originals from this archive's backup")
    rep.add_argument("backup", type=Path, metavar="BACKUP", help="backup folder of this archive")
    rep.add_argument("--json", action="store_true")
    cli_discs.add_parser(sub)
    cpy = sub.add_parser("copy", help="copy recordings under an approved copy grant to a USB drive or folder")
    cpy.add_argument("grant", type=int, metavar="GRANT_ID")
    cpy.add_argument("target", type=Path, metavar="TARGET", help="an existing folder: the USB drive's mount point")
    cpy.add_argument("--recipient", required=True, metavar="NAME", help="who receives the copy")
    cpy.add_argument("--recording", type=int, action="append", metavar="ID",
                     help="a recording to include (repeat); default: everything the grant covers")
    cpy.add_argument("--medium", choices=["usb", "folder"], help="default: guessed from TARGET")
    cpy.add_argument("--json", action="store_true", help="print one JSON object")
    cli_papers.add_parser(sub)
    cli_oversight.add_parser(sub)
    cli_retention.add_parser(sub)
    cli_reports.add_parser(sub)
    cli_users.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        errors.set_language(args.lang)
    if args.self_test:
        from evidenceroom.selftest import run as self_test

        return self_test()
    if args.command is None:
        from evidenceroom.app import run_gui

        return run_gui(args.archive)
    root = args.archive or default_archive_dir()
    try:
        return COMMANDS[args.command](root, args)
    except ArchiveError as exc:
        print(f"evidenceroom: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, DBAPIError) as exc:
        # The disk under the archive filled up or failed: what was committed is complete, the rest
        # was never counted as stored, and the next open tidies up after this run.
        cause = getattr(exc, "orig", None) or exc
        message = errors.Text(
            f"无法写入档案库 {root}（{cause}）。已存入的资料完好；腾出空间或排除故障后重新运行同一命令即可。",
            f"could not write to the archive {root} ({cause}). What was stored is intact; free some space "
            "or fix the fault and run the same command again.")
        print(f"evidenceroom: {message}", file=sys.stderr)
        return EXIT_PROBLEM


def _init(root: Path, args) -> int:
    password = None
    if args.admin:
        if not args.password_file:
            raise ArchiveError("使用 --admin 时需要 --password-file。", "--admin needs --password-file.")
        try:
            password = args.password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise ArchiveError(f"无法读取密码文件 {args.password_file}：{exc}",
                               f"cannot read the password file {args.password_file}: {exc}") from None
    from evidenceroom.core.setup import create_archive

    with create_archive(root, args.unit, [], args.admin, password, timezone=args.timezone, actor=cli_actor()):
        pass
    print(f"archive created: {root}")
    return EXIT_OK


def _person(root: Path, args) -> int:
    from evidenceroom.core import registry

    with Archive.open(root) as archive, archive.transaction() as s:
        person = registry.add_person(s, cli_actor(), args.name, args.badge, args.department, args.title)
        print(f"person {person.id}: {person.name} {person.badge_no or ''}".rstrip())
    return EXIT_OK


def _device(root: Path, args) -> int:
    return cli_devices.run(root, args)


def _import(root: Path, args) -> int:
    from evidenceroom.core.ingest import ImportRequest, import_paths

    request = ImportRequest(paths=list(args.paths), case_no=args.case, officer_badge=args.officer,
                            device_serial=args.device, handed_in_by_badge=args.handed_in_by,
                            activity_ended_at=args.activity_at, activity_started_at=args.activity_start,
                            clock_offset_s=args.clock_offset)
    with Archive.open(root) as archive:
        report = import_paths(archive, cli_actor(), request)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for label, items in (("imported", report.imported), ("duplicate", report.duplicates),
                             ("rejected", report.rejected), ("skipped", report.skipped)):
            for item in items:
                extra = item.reason or item.damage or ""
                ident = f"#{item.recording_id} {item.sha256[:12]}" if item.sha256 else ""
                print(f"{label:9} {item.path} {ident} {extra}".rstrip())
        print(f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
              f"{len(report.rejected)} rejected, {len(report.skipped)} skipped")
    return EXIT_PROBLEM if report.rejected else EXIT_OK


def _copy(root: Path, args) -> int:
    """A new folder under TARGET with the originals, each read back and checked (ACC-06)."""
    from evidenceroom.core.usb_copy import copy_to_folder

    try:
        with Archive.open(root) as archive:
            report = copy_to_folder(archive, cli_actor(), args.grant, args.recording, args.target, args.recipient,
                                    medium=args.medium)
    except ArchiveError as exc:  # a refusal or a failed copy: nothing was logged as a copy
        if args.json:
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        print(f"evidenceroom: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    files = [{"recording_id": f.recording_id, "name": f.name, "size": f.size, "sha256": f.sha256}
             for f in report.files]
    if args.json:
        print(json.dumps({"ok": True, "folder": str(report.folder), "request_id": report.request_id,
                          "grant_id": report.grant_id, "recipient": report.recipient, "medium": report.medium,
                          "manifest_sha256": report.manifest_sha256, "files": files}, ensure_ascii=False))
    else:
        for f in report.files:
            print(f"{f.sha256}  {f.size:>12}  {f.name}")
        print(f"{len(report.files)} file(s) copied to {report.folder} for {report.recipient}; every SHA-256 "
              "read back matches the vault")
    return EXIT_OK


def _receipt(root: Path, args) -> int:
    from evidenceroom.core.hand_in import record_receipt_printed
    from evidenceroom.printing.hand_in_receipt import hand_in_receipt_pdf

    with Archive.open(root) as archive:
        path = hand_in_receipt_pdf(archive, args.batch, args.out)
        record_receipt_printed(archive, cli_actor(), args.batch, file=path.name)
    print(path)
    return EXIT_OK


def _verify(root: Path, args) -> int:
    from evidenceroom.core.verify import verify

    with Archive.open(root) as archive:
        report = verify(archive, cli_actor(), trigger="cli")
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for p in report.problems:
            print(f"{p.kind:11} {p.path or ''}  {p.detail}")
        print(f"{report.checked} files re-hashed, {report.audit_events} audit events checked: "
              f"{'OK' if report.ok else f'{len(report.problems)} problem(s)'}")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _storage_cleared(root: Path, args) -> int:
    from evidenceroom.core.storage_clearing import record_storage_cleared, verify_batch

    with Archive.open(root) as archive:
        check = verify_batch(archive, cli_actor(), args.batch)
        for problem in check.problems:
            print(f"evidenceroom: {problem}", file=sys.stderr)
        done = record_storage_cleared(archive, cli_actor(), args.batch, cleared_at=args.at, note=args.note)
    if args.json:
        print(json.dumps({"event_id": done.event_id, "batch_id": done.batch_id, "device": done.device_serial,
                          "recordings": done.recordings, "cleared_at": done.cleared_at.isoformat(),
                          "by": done.actor_name}, ensure_ascii=False))
    else:
        print(f"batch {done.batch_id}: storage of device {done.device_serial} recorded as cleared "
              f"({done.recordings} file(s) verified) at {done.cleared_at:%Y-%m-%d %H:%M} UTC by {done.actor_name}")
    return EXIT_OK


def _demo(root: Path, args) -> int:
    from evidenceroom.core.demo import fill_demo

    summary = fill_demo(root)
    print(summary)
    return EXIT_OK


def _backup(root: Path, args) -> int:
    from evidenceroom.core.backup import BackupFailed, backup

    with Archive.open(root) as archive:
        try:
            report = backup(archive, cli_actor(), args.dest)
        except BackupFailed as exc:
            report = exc.report
            print(f"evidenceroom: {exc}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for p in report.problems:
            print(f"{p.kind:8} {p.detail}")
        print(f"backup {report.status}: {report.objects_copied} copied, {report.objects_present} already there, "
              f"{len(report.problems)} problem(s), {report.bytes_copied} bytes -> {report.destination}")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _restore(root: Path, args) -> int:
    from evidenceroom.core.restore import check_backup, restore

    if args.check:
        problems = check_backup(args.backup)
        if args.json:
            print(json.dumps({"ok": not problems, "backup": str(args.backup),
                              "problems": [p.as_json() for p in problems]}, ensure_ascii=False))
        else:
            for p in problems:
                print(f"{p.kind:8} {p.detail}")
            print(f"backup {args.backup}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        return EXIT_OK if not problems else EXIT_PROBLEM
    if args.target is None:
        raise ArchiveError("请给出恢复到的文件夹（空文件夹或新文件夹）。",
                           "give the folder to restore into (an empty or new folder).")
    try:
        report = restore(args.backup, args.target, cli_actor())
    except OSError as exc:
        message = errors.Text(f"恢复未完成：无法写入 {args.target}（{exc}）。已写入的部分已删除；排除故障后重新恢复。",
                              f"the restore did not finish: cannot write to {args.target} ({exc}). What was "
                              "written was removed; fix the fault and restore again.")
        print(f"evidenceroom: {message}", file=sys.stderr)
        return EXIT_PROBLEM
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for p in report.problems:
            print(f"{p.kind:13} {p.detail}")
        print(f"restored {report.restored} file(s) into {report.target}: "
              f"{'OK' if report.ok else f'{len(report.problems)} problem(s)'}")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _repair(root: Path, args) -> int:
    from evidenceroom.core.restore import repair_from_backup

    with Archive.open(root) as archive:
        report = repair_from_backup(archive, cli_actor(), args.backup)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for p in report.restored + report.unrepaired:
            print(f"{p.kind:8} {p.detail}")
        print(f"{len(report.restored)} file(s) restored from {report.backup}, "
              f"{len(report.unrepaired)} could not be: {'OK' if report.ok else 'problem(s) remain'}")
    return EXIT_OK if report.ok else EXIT_PROBLEM


COMMANDS = {"init": _init, "person": _person, "device": _device, "import": _import,
            "verify": _verify, "demo": _demo, "backup": _backup, "restore": _restore, "repair": _repair,
            "storage-cleared": _storage_cleared, "receipt": _receipt, "copy": _copy,
            "disc": cli_discs.run, "papers": cli_papers.run, "oversight": cli_oversight.run,
            "policy": cli_retention.run_policy, "retention": cli_retention.run_retention,
            "report": cli_reports.run, "user": cli_users.run}

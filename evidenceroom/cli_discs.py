"""`evidenceroom disc …`: evidence discs from the command line.

`disc verify PATH` needs no archive at all: it checks a mounted disc, a folder or an .iso against
the disc's own manifests, on any PC, years later. With `--copy ID` it also records the result
against that copy in the archive. Exit codes: 0 intact / done, 1 a problem or a refusal, 2 usage.
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from evidenceroom.cli_args import time_arg
from evidenceroom.core.errors import ArchiveError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def add_parser(sub) -> None:
    disc = sub.add_parser("disc", help="evidence discs: make, verify, file, burn, rebuild").add_subparsers(
        dest="action", required=True)
    ver = disc.add_parser("verify", help="check a disc, folder or .iso against its own manifests (no archive needed)")
    ver.add_argument("path", type=Path, metavar="PATH", help="mounted disc, folder with bagit.txt, or .iso image")
    ver.add_argument("--copy", type=int, metavar="ID", help="also record the result for this disc copy")
    ver.add_argument("--json", action="store_true", help="print one JSON object")

    make = disc.add_parser("make", help="make a disc set under an approved copy grant")
    make.add_argument("--grant", type=int, required=True, metavar="N")
    make.add_argument("--medium", choices=["cd", "dvd", "bd"], default="dvd")
    make.add_argument("--recording", type=int, action="append", metavar="ID",
                      help="a recording to include (repeat); default: everything the grant covers")
    make.add_argument("--extractor", required=True, metavar="NAME", help="who took the copy out (提取人)")
    make.add_argument("--extracted-at", type=time_arg, metavar="ISO8601", help="extraction time (default: now)")
    make.add_argument("--kind", choices=["evidence", "long_term", "copy"], default="evidence")
    make.add_argument("--copies", type=int, choices=[1, 2], default=2)
    make.add_argument("--folder", type=Path, metavar="DIR", help="where the images go (default: <archive>/discs)")
    make.add_argument("--json", action="store_true")

    lst = disc.add_parser("list", help="the disc register")
    lst.add_argument("--case", default="", metavar="NO", help="part of a case number")
    lst.add_argument("--json", action="store_true")

    fil = disc.add_parser("file", help="record where a disc copy is kept")
    fil.add_argument("copy", type=int, metavar="COPY_ID")
    fil.add_argument("--place", required=True, choices=["case_file", "evidence_room", "given"])
    fil.add_argument("--location", required=True, help="e.g. '案卷 2026-31 第3卷', '档案室柜2', or who received it")
    fil.add_argument("--notes", default="")

    burn = disc.add_parser("burn", help="burn a copy's image to a blank disc")
    burn.add_argument("copy", type=int, metavar="COPY_ID")
    burn.add_argument("--device", metavar="DEV", help="the burner, e.g. /dev/sr0 (default: the first found)")

    reb = disc.add_parser("rebuild", help="write a set's images again from the vault (same discs, same manifests)")
    reb.add_argument("set", type=int, metavar="SET_ID")
    reb.add_argument("--json", action="store_true")

    drives = disc.add_parser("drives", help="list burners and burning tools found on this PC")
    drives.add_argument("--json", action="store_true")


def run(root: Path, args) -> int:
    action = {"verify": _verify, "make": _make, "list": _list, "file": _file, "burn": _burn, "drives": _drives,
              "rebuild": _rebuild}
    try:
        return action[args.action](root, args)
    except ArchiveError as exc:
        # A refusal (no grant, wrong disc, nothing to burn with): nothing was changed.
        if getattr(args, "json", False):
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        print(f"evidenceroom: {exc}", file=sys.stderr)
        return EXIT_PROBLEM


_PHASES = {"stage": ("暂存", "staging"), "image": ("写映像", "writing the image"), "verify": ("校验", "verifying")}


def _progress():
    """A progress line on the terminal's stderr; nothing when run from a script."""
    if not sys.stderr.isatty():
        return None
    from evidenceroom.core.errors import Text

    def show(p) -> None:
        zh, en = _PHASES.get(p.phase, (p.phase, p.phase))
        percent = 100 * p.done // max(p.total, 1)
        print(f"\r{Text(zh, en)} {percent:3d}%  {p.item[:50]:50}", end="", file=sys.stderr, flush=True)

    return show


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _print_report(report, as_json: bool, extra: dict | None = None) -> None:
    if as_json:
        out = report.to_dict()
        out.update(extra or {})
        print(json.dumps(out, ensure_ascii=False))
        return
    info = report.bag_info
    if info.get("Set-Number"):
        print(f"{info.get('Set-Number')} {info.get('Disc-Number', '')} {info.get('Case-Number', '')}".rstrip())
    for note in report.notes:
        print(f"  ({note})")
    for message in report.messages():
        print(f"  {message}")
    print(report.summary)


def _verify(root: Path, args) -> int:
    from evidenceroom.core.disc_verify import verify_disc

    if not args.path.exists():
        print(f"evidenceroom: 找不到 {args.path} / {args.path} does not exist", file=sys.stderr)
        return EXIT_USAGE
    if args.copy is None:
        report = verify_disc(args.path, _progress())  # no archive is opened: this works on any PC
        _end_progress()
        _print_report(report, args.json)
        return EXIT_OK if report.intact else EXIT_PROBLEM
    from evidenceroom.core.archive import Archive, cli_actor
    from evidenceroom.core.disc_register import verify_copy

    with Archive.open(root) as archive:
        result = verify_copy(archive, cli_actor(), args.copy, args.path, _progress())
    _end_progress()
    _print_report(result.report, args.json, {"copy_id": result.copy.id, "recorded_ok": result.copy.verified})
    return EXIT_OK if result.copy.verified else EXIT_PROBLEM


def _set_json(info) -> dict:
    return {"id": info.id, "set_no": info.set_no, "kind": info.kind, "grant_id": info.grant_id,
            "case_no": info.case_no, "medium": info.medium, "maker": info.maker_name,
            "extractor": info.extractor_name, "made_at": info.made_at.isoformat(), "status": info.status,
            "status_zh": info.status_zh, "folder": str(info.folder), "description": str(info.description_path),
            "discs": [{"number": d.number, "count": d.count, "image": str(d.image_path),
                       "image_sha256": d.image_sha256, "manifest_sha256": d.manifest_sha256,
                       "recordings": [f.recording_id for f in d.files],
                       "copies": [{"id": c.id, "copy": c.copy, "place": c.place, "location": c.location,
                                   "verified": c.verified,
                                   "verified_at": c.latest.at.isoformat() if c.latest else None}
                                  for c in d.copies]} for d in info.discs]}


def _make(root: Path, args) -> int:
    from evidenceroom.core.archive import Archive, cli_actor
    from evidenceroom.core.discs import make_disc_set
    from evidenceroom.printing.descriptions import render_description

    with Archive.open(root) as archive:
        info = make_disc_set(archive, cli_actor(), args.grant, render_description=render_description,
                             extractor=args.extractor, extracted_at=args.extracted_at,
                             recording_ids=args.recording, medium=args.medium, kind=args.kind, copies=args.copies,
                             folder=args.folder, progress=_progress())
    _end_progress()
    if args.json:
        print(json.dumps({"ok": True, **_set_json(info)}, ensure_ascii=False))
    else:
        for d in info.discs:
            print(f"{info.set_no} {d.number}/{d.count}  {d.image_path}  manifest {d.manifest_sha256[:16]}…")
        print(f"{info.set_no}: {len(info.discs)} disc(s), copies {'/'.join(c.copy for c in info.discs[0].copies)}, "
              f"description {info.description_path}")
    return EXIT_OK


def _list(root: Path, args) -> int:
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.disc_register import list_disc_sets

    with Archive.open(root) as archive:
        sets = list_disc_sets(archive, case_no=args.case)
    if args.json:
        print(json.dumps({"sets": [_set_json(s) for s in sets]}, ensure_ascii=False))
        return EXIT_OK
    for info in sets:
        print(f"{info.set_no}  {info.kind}  {info.case_no}  {info.status_zh}")
        for d in info.discs:
            for c in d.copies:
                state = ("通过" if c.verified else "未通过") if c.latest else "未校验"
                print(f"    copy #{c.id}  {d.number}/{d.count} {c.copy}  {c.place_zh} {c.location}  {state}")
    return EXIT_OK


def _file(root: Path, args) -> int:
    from evidenceroom.core.archive import Archive, cli_actor
    from evidenceroom.core.disc_register import file_copy

    with Archive.open(root) as archive:
        c = file_copy(archive, cli_actor(), args.copy, args.place, args.location, args.notes)
    print(f"copy #{c.id} {c.copy}: {c.place_zh} {c.location}")
    return EXIT_OK


def _burn(root: Path, args) -> int:
    from evidenceroom.core.archive import Archive, cli_actor
    from evidenceroom.core.burning import burn_copy, detect_burners

    burner = None
    if args.device:
        burner = next((b for b in detect_burners() if b.device == args.device), None)
        if burner is None:
            print(f"evidenceroom: 没有找到刻录机 {args.device} / no burner at {args.device}", file=sys.stderr)
            return EXIT_PROBLEM
    with Archive.open(root) as archive:
        used = burn_copy(archive, cli_actor(), args.copy, burner, on_output=print)
    print(f"burned with {used.tool} on {used.device}; now verify it: evidenceroom disc verify {used.device} "
          f"--copy {args.copy}")
    return EXIT_OK


def _rebuild(root: Path, args) -> int:
    from evidenceroom.core.archive import Archive, cli_actor
    from evidenceroom.core.disc_rebuild import rebuild_images
    from evidenceroom.printing.descriptions import render_description

    with Archive.open(root) as archive:
        info = rebuild_images(archive, cli_actor(), args.set, render_description, _progress())
    _end_progress()
    if args.json:
        print(json.dumps({"ok": True, **_set_json(info)}, ensure_ascii=False))
    else:
        for d in info.discs:
            print(f"{info.set_no} {d.number}/{d.count}  {d.image_path}")
    return EXIT_OK


def _drives(root: Path, args) -> int:
    from evidenceroom.core.burning import burn_tools, detect_burners, why_no_burner

    burners, tools = detect_burners(), burn_tools()
    if args.json:
        print(json.dumps({"burners": [asdict(b) for b in burners], "tools": tools,
                          "message": None if burners else str(why_no_burner())}, ensure_ascii=False))
    else:
        for b in burners:
            print(f"{b.device}  {b.tool}  {b.tool_path}")
        if not burners:
            print(why_no_burner())
    return EXIT_OK

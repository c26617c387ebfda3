"""`evidenceroom papers SET_ID --out DIR`: a disc set's papers as PDF files, without the window.

Writes the labels (A4 label sheet and printable disc), one sleeve per disc and copy, and the
written description (the copy filed with the set when it still matches its recorded SHA-256),
with the unit's print settings; each file is audited as `document.printed`. Exit codes: 0 done,
1 a refusal (no such set, a folder that cannot be written), 2 usage.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from evidenceroom.core.errors import ArchiveError

EXIT_OK, EXIT_PROBLEM = 0, 1
WHAT = ("labels-a4", "labels-disc", "sleeves", "description")  # printing.disc_papers.ALL


def add_parser(sub) -> None:
    p = sub.add_parser("papers", help="a disc set's labels, sleeves and written description as PDF files")
    p.add_argument("set", type=int, metavar="SET_ID", help="the set's ID (see `disc list`)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PDF files")
    p.add_argument("--what", choices=WHAT, action="append", help="only these papers (repeat); default: all")
    p.add_argument("--json", action="store_true", help="print one JSON object listing the files")


def run(root: Path, args) -> int:
    from evidenceroom.core.archive import Archive, cli_actor
    from evidenceroom.core.disc_register import disc_set_info
    from evidenceroom.printing.disc_papers import print_papers

    try:
        with Archive.open(root) as archive:
            info = disc_set_info(archive, args.set)
            written = print_papers(archive, cli_actor(), info, args.out, args.what or WHAT)
    except (ArchiveError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEM
    if args.json:
        print(json.dumps({"set_no": info.set_no, "files": [str(p) for p in written]}, ensure_ascii=False))
    else:
        for path in written:
            print(path)
    return EXIT_OK

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
WHAT = ("labels-a4", "labels-disc", "sleeves", "description")


def add_parser(sub) -> None:
    p = sub.add_parser("papers", help="a disc set's labels, sleeves and written description as PDF files")
    p.add_argument("set", type=int, metavar="SET_ID", help="the set's ID (see `disc list`)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PDF files")
    p.add_argument("--what", choices=WHAT, action="append", help="only these papers (repeat); default: all")
    p.add_argument("--json", action="store_true", help="print one JSON object listing the files")


def _write(out: Path, name: str, data: bytes) -> Path:
    path = out / name
    part = path.with_name(f".{name}.part")
    part.write_bytes(data)
    part.replace(path)
    return path


def run(root: Path, args) -> int:
    from evidenceroom.core import print_settings
    from evidenceroom.core.archive import Archive, cli_actor
    from evidenceroom.core.disc_papers import set_disc_facts
    from evidenceroom.core.disc_register import disc_set_info
    from evidenceroom.printing.descriptions import set_description_pdf
    from evidenceroom.printing.labels import render_labels
    from evidenceroom.printing.sleeve import render_sleeve

    wanted = args.what or list(WHAT)
    written: list[Path] = []
    try:
        with Archive.open(root) as archive:
            info = disc_set_info(archive, args.set)
            settings = print_settings.print_settings(archive)
            discs = set_disc_facts(archive, info.id)
            args.out.mkdir(parents=True, exist_ok=True)
            who = cli_actor()

            def done(path: Path, document: str, **details) -> None:
                written.append(path)
                print_settings.record_printed(archive, who, document, "disc_set", info.id, set_no=info.set_no,
                                              file=path.name, **details)

            for layout in ("a4", "disc"):
                if f"labels-{layout}" in wanted:
                    done(_write(args.out, f"光盘标签-{info.set_no}-{layout}.pdf",
                                render_labels(discs, layout, settings)), f"disc_label_{layout}")
            if "sleeves" in wanted:
                for d in discs:
                    done(_write(args.out, f"光盘封套-{info.set_no}-{d.disc_no}{d.copy}.pdf", render_sleeve(d, settings)),
                         "disc_sleeve", disc=f"{d.disc_no}/{d.disc_count} {d.copy}")
            if "description" in wanted:
                data, same = set_description_pdf(archive, info, settings)
                done(_write(args.out, f"文字说明材料-{info.set_no}.pdf", data), "disc_description", same_as_disc=same)
    except (ArchiveError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEM
    if args.json:
        print(json.dumps({"set_no": info.set_no, "files": [str(p) for p in written]}, ensure_ascii=False))
    else:
        for path in written:
            print(path)
    return EXIT_OK

"""`evidenceroom report …`: the year-end reports an inspector asks for, as PDFs.

    report chain --recording ID | --case NO --out FILE.pdf   chain of custody (RPT-09)
    report devices [--from DAY] [--to DAY] --out FILE.pdf     device status (RPT-04)
    report retention [--days N] [--from DAY] [--to DAY] --out FILE.pdf   retention (RPT-08)

Each file is written whole or not at all, and audited as `document.printed`. Exit codes: 0 done
(for `chain`: and the audit chain verified), 1 a refusal or the audit chain broken, 2 usage.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evidenceroom.cli_args import date_arg
from evidenceroom.core.errors import ArchiveError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def _pdf(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(f"the output must be a .pdf file: {value!r}")
    return path


def add_parser(sub) -> None:
    rep = sub.add_parser("report", help="year-end reports as PDF: chain of custody, device status, retention") \
        .add_subparsers(dest="report", required=True)
    chain = rep.add_parser("chain", help="every audited event of a recording or case, with the audit chain's check")
    which = chain.add_mutually_exclusive_group(required=True)
    which.add_argument("--recording", type=int, metavar="ID")
    which.add_argument("--case", metavar="NO", help="the case number")
    dev = rep.add_parser("devices", help="devices by status, service life, losses with compensation")
    ret = rep.add_parser("retention", help="by retention basis, expiring soon, long-term without discs, disposals")
    ret.add_argument("--days", type=int, default=90, metavar="N", help="expiring within N days (default 90)")
    for p in (chain, dev, ret):
        if p is not chain:
            p.add_argument("--from", dest="start", type=date_arg, metavar="DAY", help="losses or disposals from this day")
            p.add_argument("--to", dest="end", type=date_arg, metavar="DAY", help="... up to and including this day")
        p.add_argument("--out", type=_pdf, required=True, metavar="FILE.pdf")
        p.add_argument("--json", action="store_true", help="print one JSON object")


def run(root: Path, args) -> int:
    from evidenceroom.core import print_settings
    from evidenceroom.core.archive import Archive, cli_actor

    try:
        with Archive.open(root) as archive:
            summary, ok = _REPORTS[args.report](archive, args)
            target_kind, target_id = summary.pop("target", (None, None))
            print_settings.record_printed(archive, cli_actor(), summary["document"], target_kind, target_id,
                                          file=args.out.name, **{k: v for k, v in summary.items() if k != "document"})
    except (ArchiveError, OSError) as exc:
        if args.json:
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        print(f"evidenceroom: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    summary["file"] = str(args.out)
    if args.json:
        print(json.dumps({"ok": ok, **summary}, ensure_ascii=False))
    else:
        print(f"{args.out}: " + "，".join(f"{k} {v}" for k, v in summary.items() if k not in ("file", "document")))
    return EXIT_OK if ok else EXIT_PROBLEM


def _chain(archive, args) -> tuple[dict, bool]:
    from evidenceroom.core.chain_of_custody import chain_of_custody
    from evidenceroom.printing.chain_report import chain_report_pdf

    report = chain_of_custody(archive, recording_id=args.recording, case_no=args.case)
    chain_report_pdf(report, args.out)
    return ({"document": "chain_of_custody", "target": (report.subject_kind, report.subject_id),
             "subject": report.subject_zh, "events": len(report.events), "audit_chain": report.verdict_zh},
            report.chain_ok)


def _devices(archive, args) -> tuple[dict, bool]:
    from evidenceroom.core.device_status import device_status
    from evidenceroom.printing.device_status_report import device_status_pdf

    report = device_status(archive, start=args.start, end=args.end)
    device_status_pdf(archive, args.out, report)
    return ({"document": "device_status", "devices": report.device_count, "past_life": len(report.past_life),
             "near_life": len(report.near_life), "losses": len(report.losses)}, True)


def _retention(archive, args) -> tuple[dict, bool]:
    from evidenceroom.core.retention_report import retention_report
    from evidenceroom.printing.retention_report import retention_report_pdf

    report = retention_report(archive, days=args.days, start=args.start, end=args.end)
    retention_report_pdf(archive, args.out, report)
    return ({"document": "retention_report", "days": report.days, "expiring": len(report.expiring),
             "long_term_without_discs": len(report.long_term_without_discs), "disposals": len(report.disposals)},
            True)


_REPORTS = {"chain": _chain, "devices": _devices, "retention": _retention}

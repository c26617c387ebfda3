"""`evidenceroom oversight …`: hand-in deadlines, spot checks and the yearly review from the
command line. Dates are the unit's local dates; a period's last day is included.
Exit codes: 0 done, 1 a problem (late or missing hand-ins with --fail-on-overdue), 2 usage."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from evidenceroom.cli_args import date_arg
from evidenceroom.core import oversight, registry, spot_checks
from evidenceroom.core.archive import Archive, cli_actor

EXIT_OK, EXIT_PROBLEM = 0, 1


def add_parser(sub) -> None:
    ov = sub.add_parser("oversight", help="hand-in deadlines, spot checks, the yearly review").add_subparsers(
        dest="action", required=True)
    dl = ov.add_parser("deadlines", help="activities handed in late or not at all in a period")
    dl.add_argument("--from", dest="since", type=date_arg, required=True, metavar="DATE")
    dl.add_argument("--to", dest="until", type=date_arg, required=True, metavar="DATE", help="last day, included")
    dl.add_argument("--all", action="store_true", help="list on-time activities too")
    dl.add_argument("--fail-on-overdue", action="store_true", help="exit 1 when anything is late or missing")
    dl.add_argument("--json", action="store_true")
    sc = ov.add_parser("spot-check", help="draw a reproducible sample of a period's recordings")
    sc.add_argument("--from", dest="since", type=date_arg, required=True, metavar="DATE")
    sc.add_argument("--to", dest="until", type=date_arg, required=True, metavar="DATE", help="last day, included")
    sc.add_argument("--department", metavar="NAME", help="only this department's officers")
    sc.add_argument("--proportion", type=float, metavar="P", help="e.g. 0.05 (default: the profile's)")
    sc.add_argument("--seed", type=int, metavar="N", help="repeat a draw with its seed (default: a new one)")
    sc.add_argument("--json", action="store_true")
    rv = ov.add_parser("review", help="print the yearly review (PDF)")
    rv.add_argument("--year", type=int, required=True)
    rv.add_argument("--out", type=Path, required=True, metavar="PDF")


def _period(args) -> tuple[datetime, datetime]:
    return datetime.combine(args.since, datetime.min.time()), \
        datetime.combine(args.until + timedelta(days=1), datetime.min.time())


def _department_id(archive: Archive, name: str | None) -> int | None:
    if not name:
        return None
    with archive.session() as s:
        return registry.department_by_name(s, name).id


def run(root: Path, args) -> int:
    with Archive.open(root) as archive:
        if args.action == "deadlines":
            report = oversight.deadline_report(archive, *_period(args))
            lines = [ln for ln in report.lines if args.all or ln.status in (oversight.LATE, oversight.MISSING)]
            if args.json:
                print(json.dumps({"hand_in_hours": report.hand_in_hours, "lines": [
                    {"activity_id": ln.activity_id, "kind": ln.kind, "officers": list(ln.officers),
                     "departments": list(ln.departments), "deadline_at": ln.deadline_at.isoformat(),
                     "handed_in_at": ln.handed_in_at.isoformat() if ln.handed_in_at else None,
                     "status": ln.status, "late_by_seconds": ln.late_by_seconds} for ln in lines]},
                    ensure_ascii=False))
            else:
                for ln in lines:
                    print(f"{ln.activity_id:6} {ln.kind:10} {'、'.join(ln.officers):12} {'、'.join(ln.departments):12} "
                          f"{oversight.describe(ln)}")
                t = report.total
                print(f"{t.activities} activities: {t.on_time} on time, {t.late} late, {t.missing} missing, "
                      f"{t.pending} not yet due ({report.hand_in_hours} h)")
            overdue = any(ln.status in (oversight.LATE, oversight.MISSING) for ln in report.lines)
            return EXIT_PROBLEM if args.fail_on_overdue and overdue else EXIT_OK
        if args.action == "spot-check":
            check = spot_checks.draw(archive, cli_actor(), *_period(args),
                                     department_id=_department_id(archive, args.department),
                                     proportion=args.proportion, seed=args.seed)
            if args.json:
                print(json.dumps({"id": check.id, "seed": check.seed, "proportion": check.proportion,
                                  "population_size": check.population_size,
                                  "recordings": [i.recording_id for i in check.items]}, ensure_ascii=False))
            else:
                print(f"spot check {check.id}: {len(check.items)} of {check.population_size} recording(s), "
                      f"seed {check.seed}")
                for i in check.items:
                    print(f"{i.position:4} #{i.recording_id:<6} {i.original_name}  {i.officer}  {i.department}")
            return EXIT_OK
        from evidenceroom.printing.yearly_review import yearly_review_pdf

        print(yearly_review_pdf(archive, args.year, args.out))
        return EXIT_OK

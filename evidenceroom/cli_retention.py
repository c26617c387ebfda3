"""`evidenceroom policy …` and `evidenceroom retention …`: the shipped policy profiles, checking a
unit's own profile file before an administrator loads it, and the retention lists.

Choosing a profile and disposal need a signed-in administrator or supervisor in person, so they
are done in the application, not here. Exit codes: 0 fine, 1 a profile file is refused, 2 usage.
"""
from __future__ import annotations

import json
from pathlib import Path

from evidenceroom.cli_args import date_arg
from evidenceroom.core import profiles, retention_lists
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError

EXIT_OK, EXIT_PROBLEM = 0, 1


def add_parser(sub) -> None:
    pol = sub.add_parser("policy", help="policy profiles: list, check a file, show the unit's").add_subparsers(
        dest="action", required=True)
    pol.add_parser("list", help="the five shipped profiles")
    chk = pol.add_parser("check", help="check a profile file (TOML); the faulty rule is named")
    chk.add_argument("file", type=Path, metavar="FILE")
    show = pol.add_parser("show", help="the archive's profile in force")
    show.add_argument("--json", action="store_true")
    sheet = pol.add_parser("sheet", help="print the profile in force with its articles (PDF)")
    sheet.add_argument("--out", type=Path, required=True, metavar="PDF")
    ret = sub.add_parser("retention", help="retention lists").add_subparsers(dest="action", required=True)
    lst = ret.add_parser("list", help="expiring soon, expired awaiting a decision, long-term without discs, holds")
    lst.add_argument("--today", type=date_arg, metavar="DATE", help="as if today were DATE (default: today)")
    lst.add_argument("--json", action="store_true")


def _facts(p: profiles.Profile) -> dict:
    r = p.retention
    return {"key": p.key, "name_zh": p.name_zh, "name_en": p.name_en, "regulation": p.regulation,
            "valid_until": p.valid_until.isoformat() if p.valid_until else None,
            "retention_months": r.base_months, "retention_article": r.article, "starts_from": r.starts_from,
            "evidence_follows_case_file": r.evidence_follows_case_file, "permanent_grounds": list(r.permanent_grounds),
            "long_term_grounds": list(r.long_term_grounds), "hand_in_hours": p.hand_in_hours,
            "approval_policy": p.approval_policy, "spot_check_proportion": p.spot_check_proportion,
            "staffing": {c.code: c.officers_per_device for c in p.staffing}, "checklist_matters": len(p.checklist)}


def run_policy(root: Path, args) -> int:
    if args.action == "list":
        for p in profiles.builtin():
            print(f"{p.key:20} {p.retention.base_months:4} months  {p.name_zh}  {p.regulation}")
        return EXIT_OK
    if args.action == "check":
        try:
            p = profiles.load(args.file)
        except ArchiveError as exc:
            print(f"evidenceroom: {exc}")
            return EXIT_PROBLEM
        print(f"OK: {p.name_zh} — {p.retention.base_months} months ({p.retention.article}), "
              f"{p.hand_in_hours} h hand-in, approval '{p.approval_policy}'")
        return EXIT_OK
    if args.action == "sheet":
        from evidenceroom.printing.policy_sheet import policy_sheet_pdf

        with Archive.open(root) as archive:
            print(policy_sheet_pdf(archive, args.out))
        return EXIT_OK
    with Archive.open(root) as archive, archive.session() as s:
        p = profiles.active(s)
        chosen = profiles.is_chosen(s)
    facts = _facts(p) | {"chosen": chosen}
    if args.json:
        print(json.dumps(facts, ensure_ascii=False))
    else:
        for key, value in facts.items():
            print(f"{key:28} {value}")
    return EXIT_OK


def run_retention(root: Path, args) -> int:
    with Archive.open(root) as archive, archive.session() as s:
        view = retention_lists.overview(s, args.today, limit=None)
    lists = {"expiring_soon": view.expiring_soon, "expired_awaiting": view.expired_awaiting,
             "long_term_without_discs": view.long_term_without_discs}
    if args.json:
        out = {name: [{"recording_id": r.recording_id, "original_name": r.original_name, "case_no": r.case_no,
                       "expires_on": r.expiry.expires_on.isoformat() if r.expiry.expires_on else None,
                       "rule": r.expiry.deciding.kind, "article": r.expiry.deciding.article} for r in rows]
               for name, rows in lists.items()}
        out["holds"] = [{"hold_id": h.hold_id, "target": h.target_en, "reason": h.reason, "recordings": h.recordings}
                        for h in view.holds]
        out["today"] = view.today.isoformat()
        print(json.dumps(out, ensure_ascii=False))
        return EXIT_OK
    for name, rows in lists.items():
        print(f"{name}: {len(rows)}")
        for r in rows:
            label, basis = r.expiry.label(view.today), r.expiry.basis()
            print(f"  #{r.recording_id:<6} {r.original_name}  {r.case_no or '-'}  {label[0]}  {basis[0]}")
    print(f"holds: {len(view.holds)}")
    for h in view.holds:
        print(f"  {h.hold_id:4} {h.target_zh}  {h.reason}  ({h.recordings} recording(s))")
    return EXIT_OK

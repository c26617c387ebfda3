"""`evidenceroom device …`: the device register, its Excel files, the ledger and the equipment report.

    device add --serial S --kind K [--make --model --asset-no --department --custodian BADGE
               --purchased DATE --in-service DATE --price YUAN --feature F ... --notes]
    device list [--json] [--feature F] [--state S]
    device import-xlsx FILE        all rows or none; exit 1 listing each bad row
    device export-xlsx FILE
    device ledger [--serial S] [--officer BADGE] [--department NAME] [--from DATE] [--to DATE]
                  (--pdf F | --xlsx F | --json)
    device report FILE             equipment report (配备情况) PDF under the unit's profile
    device alerts [--json]
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path

from evidenceroom.cli_args import date_arg
from evidenceroom.core.archive import Archive, cli_actor
from evidenceroom.core.errors import ArchiveError, language
from evidenceroom.core.models import DeviceKind

EXIT_OK, EXIT_PROBLEM = 0, 1


def add_actions(device, dadd) -> None:
    """Extend `device add` and add the other device actions to the `device` subparsers."""
    from evidenceroom.core.custody import DeviceState
    from evidenceroom.core.device_register import FEATURE_NAMES

    features = sorted(FEATURE_NAMES)
    dadd.add_argument("--make", default="", help="brand (品牌)")
    dadd.add_argument("--department", help="department name; created if new")
    dadd.add_argument("--custodian", metavar="BADGE", help="badge number of the named custodian (保管人)")
    dadd.add_argument("--purchased", type=date_arg, metavar="DATE", help="purchase date, e.g. 2024-01-15")
    dadd.add_argument("--in-service", type=date_arg, metavar="DATE", help="commissioning date (service life runs from it)")
    dadd.add_argument("--price", metavar="YUAN", help="purchase price in yuan (原价)")
    dadd.add_argument("--feature", action="append", choices=features, default=[], help="a feature; repeatable")
    dadd.add_argument("--notes", default="")
    lst = device.add_parser("list", help="list the device register")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--feature", choices=features)
    lst.add_argument("--state", choices=[s.value for s in DeviceState])
    imp = device.add_parser("import-xlsx", help="add devices from an Excel register (all rows or none)")
    imp.add_argument("file", type=Path, metavar="FILE")
    exp = device.add_parser("export-xlsx", help="write the device register to an Excel file")
    exp.add_argument("file", type=Path, metavar="FILE")
    led = device.add_parser("ledger", help="the custody ledger (台账) as PDF, Excel or JSON")
    led.add_argument("--serial", help="one device")
    led.add_argument("--officer", metavar="BADGE", help="one officer")
    led.add_argument("--department", metavar="NAME", help="the devices registered to one department")
    led.add_argument("--from", dest="start", type=date_arg, metavar="DATE")
    led.add_argument("--to", dest="end", type=date_arg, metavar="DATE", help="inclusive")
    out = led.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="FILE")
    out.add_argument("--xlsx", type=Path, metavar="FILE")
    out.add_argument("--json", action="store_true")
    rep = device.add_parser("report", help="equipment report (配备情况) PDF for the budget request")
    rep.add_argument("file", type=Path, metavar="FILE")
    al = device.add_parser("alerts", help="devices overdue, at the end of their service life, or not checked")
    al.add_argument("--json", action="store_true")


def _plain(value):
    if isinstance(value, (date, Decimal)):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def run(root: Path, args) -> int:
    action = args.action.replace("-", "_")
    with Archive.open(root) as archive:
        return globals()[f"_{action}"](archive, args)


def _add(archive: Archive, args) -> int:
    from evidenceroom.core import registry

    with archive.transaction() as s:
        dept = registry.department(s, cli_actor(), args.department.strip()) if args.department else None
        custodian = registry.officer_by_badge(s, args.custodian).id if args.custodian else None
        device = registry.add_device(s, cli_actor(), args.serial, DeviceKind(args.kind), args.model, args.asset_no,
                                     make=args.make, department_id=dept.id if dept else None, custodian_id=custodian,
                                     purchased_on=args.purchased, in_service_on=args.in_service,
                                     purchase_price=args.price, features=frozenset(args.feature), notes=args.notes)
        print(f"device {device.id}: {device.kind} {device.serial}")
    return EXIT_OK


def _list(archive: Archive, args) -> int:
    from evidenceroom.core.custody import STATE_NAMES
    from evidenceroom.core.device_register import list_devices

    devices = list_devices(archive, feature=args.feature, states=(args.state,) if args.state else None)
    if args.json:
        print(json.dumps([_plain(asdict(d)) for d in devices], ensure_ascii=False, default=str))
        return EXIT_OK
    en = language() == "en"
    for d in devices:
        state = STATE_NAMES[d.state][1 if en else 0]
        holder = f" {d.holder_name}" if d.holder_name else ""
        print(f"{d.id:4} {d.serial:16} {d.kind:18} {d.model:16} {state}{holder}".rstrip())
    return EXIT_OK


def _import_xlsx(archive: Archive, args) -> int:
    from evidenceroom.core.device_xlsx import import_devices_xlsx

    result = import_devices_xlsx(archive, cli_actor(), args.file)
    en = language() == "en"
    for p in result.problems:
        print(f"row {p.row}: {p.en if en else p.zh}", file=sys.stderr)
    if not result.ok:
        print(f"nothing imported: {len(result.problems)} bad row(s)", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{len(result.added)} devices imported")
    return EXIT_OK


def _export_xlsx(archive: Archive, args) -> int:
    from evidenceroom.core.device_xlsx import export_devices_xlsx

    print(export_devices_xlsx(archive, args.file))
    return EXIT_OK


def _ledger(archive: Archive, args) -> int:
    from evidenceroom.core import registry
    from evidenceroom.core.device_ledger import LedgerFilter, ledger

    with archive.session() as s:
        device = registry.device_by_serial(s, args.serial).id if args.serial else None
        officer = registry.officer_by_badge(s, args.officer).id if args.officer else None
        department = registry.department_by_name(s, args.department).id if args.department else None
    if args.start and args.end and args.end < args.start:
        raise ArchiveError("结束日期早于开始日期。", "The end date is before the start date.")
    filt = LedgerFilter(device_id=device, officer_id=officer, start=args.start, end=args.end,
                        department_id=department)
    if args.pdf or args.xlsx:
        from evidenceroom.core.print_settings import record_printed

        if args.pdf:
            from evidenceroom.printing.ledger import ledger_pdf

            written, document = ledger_pdf(archive, filt, args.pdf), "device_ledger"
        else:
            from evidenceroom.core.device_xlsx import export_ledger_xlsx

            written, document = export_ledger_xlsx(archive, filt, args.xlsx), "device_ledger_xlsx"
        # Printed from the command line is printed all the same: audited like the Devices page does.
        record_printed(archive, cli_actor(), document, "device" if device else None, device, file=Path(written).name)
        print(written)
    else:
        rows = [dict(_plain(asdict(r.event)), recording_ids=list(r.recording_ids)) for r in ledger(archive, filt)]
        print(json.dumps(rows, ensure_ascii=False, default=str))
    return EXIT_OK


def _report(archive: Archive, args) -> int:
    from evidenceroom.core.print_settings import record_printed
    from evidenceroom.printing.equipment_report import equipment_report_pdf

    written = equipment_report_pdf(archive, args.file)
    record_printed(archive, cli_actor(), "equipment_report", file=Path(written).name)
    print(written)
    return EXIT_OK


def _alerts(archive: Archive, args) -> int:
    from evidenceroom.core.device_alerts import unit_alerts

    alerts = unit_alerts(archive)
    if args.json:
        print(json.dumps([asdict(a) for a in alerts], ensure_ascii=False))
    else:
        for a in alerts:
            print(f"{a.serial:16} {a}")
    return EXIT_OK

"""`evidenceroom device …` in a child process: register a device with its facts, list it, the
Excel round trip with a refused bad workbook, the ledger and the equipment report."""
from __future__ import annotations

import json
import shutil
import subprocess

from openpyxl import Workbook

from cli_support import rows, scalar


def test_device_register_excel_ledger_and_report(cli, fresh_archive, tmp_path):
    a = fresh_archive
    cli("--archive", a, "person", "add", "--name", "张伟", "--badge", "13001", "--department", "水政监察支队",
        check=True)
    out = cli("--archive", a, "device", "add", "--serial", "DSJ-07", "--kind", "body_camera", "--model", "DSJ-V9",
              "--make", "海康威视", "--department", "水政监察支队", "--custodian", "13001", "--purchased", "2024-01-10",
              "--in-service", "2024-01-15", "--price", "2800", "--feature", "gps", "--feature", "live_upload",
              check=True)
    assert out.stdout.startswith("device 1: body_camera DSJ-07")
    listed = json.loads(cli("--archive", a, "device", "list", "--json", check=True).stdout)
    assert [(d["serial"], d["custodian_name"], d["purchase_price"], d["features"]) for d in listed] == \
        [("DSJ-07", "张伟", "2800.00", ["gps", "live_upload"])]
    assert json.loads(cli("--archive", a, "device", "list", "--json", "--feature", "explosion_proof",
                          check=True).stdout) == []

    bad = cli("--archive", a, "device", "add", "--serial", "X-1", "--kind", "camera", "--purchased", "2024-02-01",
              "--in-service", "2024-01-01")
    assert bad.returncode == 2 and "早于购置日期" in bad.stderr and "Traceback" not in bad.stderr
    dup = cli("--archive", a, "--lang", "en", "device", "add", "--serial", "DSJ-07", "--kind", "camera")
    assert dup.returncode == 2 and "already registered" in dup.stderr

    xlsx = tmp_path / "导出 台账.xlsx"
    cli("--archive", a, "device", "export-xlsx", xlsx, check=True)
    again = cli("--archive", a, "device", "import-xlsx", xlsx)
    assert again.returncode == 1 and "row 2:" in again.stderr and "DSJ-07" in again.stderr

    wb = Workbook()
    wb.active.append(["序列号", "设备类型", "启用日期"])
    wb.active.append(["NEW-1", "摄像机", "2024-01-01"])
    wb.active.append(["NEW-2", "飞艇", "2024-01-01"])
    wb.active.append(["NEW-3", "照相机", "昨天"])
    wb.save(tmp_path / "新设备.xlsx")
    refused = cli("--archive", a, "device", "import-xlsx", tmp_path / "新设备.xlsx")
    assert refused.returncode == 1 and "row 3:" in refused.stderr and "row 4:" in refused.stderr
    assert scalar(a, "SELECT count(*) FROM device") == 1
    wb.active.delete_rows(3, 2)
    wb.save(tmp_path / "新设备.xlsx")
    assert "1 devices imported" in cli("--archive", a, "device", "import-xlsx", tmp_path / "新设备.xlsx",
                                       check=True).stdout
    assert rows(a, "SELECT serial, kind, state FROM device ORDER BY id") == \
        [("DSJ-07", "body_camera", "in_store"), ("NEW-1", "camcorder", "in_store")]

    assert json.loads(cli("--archive", a, "device", "ledger", "--serial", "DSJ-07", "--json", check=True).stdout) == []
    pdf = tmp_path / "台账.pdf"
    cli("--archive", a, "device", "ledger", "--from", "2026-01-01", "--to", "2026-12-31", "--pdf", pdf, check=True)
    assert pdf.read_bytes().startswith(b"%PDF")
    nobody = cli("--archive", a, "device", "ledger", "--department", "没有的部门", "--json")
    assert nobody.returncode == 2 and "没有的部门" in nobody.stderr
    unknown = cli("--archive", a, "device", "ledger", "--serial", "NOPE", "--json")
    assert unknown.returncode == 2 and "NOPE" in unknown.stderr
    report = tmp_path / "配备情况.pdf"
    cli("--archive", a, "device", "report", report, check=True)
    text = subprocess.run([shutil.which("pdftotext"), "-layout", str(report), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "音像记录设备配备情况" in text and "水政监察支队" in text
    printed = [json.loads(d)["document"] for (d,) in rows(
        a, "SELECT details FROM audit_event WHERE action = 'document.printed' ORDER BY seq")]
    assert printed == ["device_ledger", "equipment_report"]  # printed from the command line, audited all the same
    alerts = json.loads(cli("--archive", a, "device", "alerts", "--json", check=True).stdout)
    assert isinstance(alerts, list)

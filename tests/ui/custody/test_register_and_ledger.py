"""The register tab (add, edit, features, Excel in and out), the ledger's filters, the ratios;
every file written is audited as printed (document.printed) with its document kind."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from evidenceroom.core import custody, device_register, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.models import AuditEvent, Device
from evidenceroom.ui.custody.register_tab import BadRowsDialog

ALL_PASS = custody.PreUseCheck(battery_ok=True, storage_ok=True, clock_ok=True, no_fault=True)


def _column(model, header: str) -> int:
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header)


def _cells(model, header: str) -> list[str]:
    col = _column(model, header)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _printed(archive) -> list[dict]:
    """The details of every document.printed event, oldest first."""
    with archive.session() as s:
        return [json.loads(e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.printed").order_by(AuditEvent.seq))]


def _written(qtbot, job):
    """Wait for a file job started from a tab (the file is written on a worker); its saved path."""
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    return job.saved


@pytest.fixture
def register_tab(page):
    page.tabs.setCurrentWidget(page.register_tab)
    return page.register_tab


def test_add_a_body_camera_with_gps_and_wireless_upload(qtbot, page, register_tab, staffed_archive):
    dialog = register_tab.open_dialog(None)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("body_camera"))
    dialog.serial_edit.setText("DSJ-0117")
    dialog.model_edit.setText("DSJ-V9")
    dialog.price_edit.setText("2800")
    dialog.feature_checks["gps"].setChecked(True)
    dialog.feature_checks["live_upload"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = _cells(register_tab.model, "序列号").index("DSJ-0117")
    features = _cells(register_tab.model, "功能")[row]
    assert "GPS定位" in features and "数据无线实时上传" in features
    assert _cells(register_tab.model, "原价（元）")[row] == "2,800.00"
    # the board has the new card at once
    assert any(c.card.serial == "DSJ-0117" for c in page.board.columns["in_store"].cards)


def test_filter_on_explosion_proof_lists_only_those(qtbot, register_tab, staffed_archive, clerk):
    device_register.add_device(staffed_archive, clerk, device_register.DeviceInput(
        serial="FB-01", kind="handheld_terminal", features=frozenset({"explosion_proof"})))
    register_tab.refresh()
    assert sorted(_cells(register_tab.model, "序列号")) == ["DSJ-07", "FB-01"]
    register_tab.feature_combo.setCurrentIndex(register_tab.feature_combo.findData("explosion_proof"))
    assert _cells(register_tab.model, "序列号") == ["FB-01"]


def test_edit_a_device_and_a_duplicate_serial_is_refused(qtbot, register_tab, staffed_archive, clerk):
    device_register.add_device(staffed_archive, clerk, device_register.DeviceInput(serial="DSJ-08", kind="body_camera"))
    register_tab.refresh()
    register_tab.view.selectRow(_cells(register_tab.model, "序列号").index("DSJ-08"))
    dialog = register_tab.edit_selected()
    assert dialog.serial_edit.text() == "DSJ-08"
    dialog.serial_edit.setText("DSJ-07")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "DSJ-07" in dialog.error.text()
    dialog.serial_edit.setText("DSJ-08")
    dialog.make_edit.setText("警翼")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "警翼" in _cells(register_tab.model, "品牌")


def _workbook(path, rows) -> None:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_an_excel_file_with_bad_rows_lists_them_and_imports_nothing(register_tab, staffed_archive, tmp_path):
    bad = tmp_path / "设备 台账.xlsx"
    _workbook(bad, [("序列号", "设备类型", "启用日期"),
                    ("DSJ-20", "执法记录仪", "2024-03-01"),
                    ("DSJ-21", "执法记录仪", "2024-13-45"),
                    ("DSJ-07", "执法记录仪", "2024-03-01")])
    before = len(device_register.list_devices(staffed_archive))
    assert register_tab.import_file(bad) is False
    dialog = register_tab.bad_rows
    assert isinstance(dialog, BadRowsDialog) and dialog.isVisible()
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(lines) == 2
    assert lines[0].startswith("第 3 行：") and lines[1].startswith("第 4 行：")
    assert register_tab.message.isVisible() and "2 处问题" in register_tab.message.text()
    assert len(device_register.list_devices(staffed_archive)) == before


def test_excel_export_then_a_good_file_imports(qtbot, register_tab, staffed_archive, tmp_path):
    out = tmp_path / "导出.xlsx"
    assert _written(qtbot, register_tab.export_file(out, open_after=False)) == out
    assert [(d["document"], d["file"]) for d in _printed(staffed_archive)] == [("device_register_xlsx", "导出.xlsx")]
    sheet = load_workbook(out).worksheets[0]
    serials = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert serials == ["DSJ-07"]
    good = tmp_path / "新设备.xlsx"
    _workbook(good, [("序列号", "设备类型", "功能"), ("DSJ-30", "执法记录仪", "GPS定位")])
    assert register_tab.import_file(good) is True
    assert "DSJ-30" in _cells(register_tab.model, "序列号")
    assert "导入 1 台设备" in register_tab.message.text()


def test_ledger_filters_by_officer_and_device(page, staffed_archive, clerk, camera_id, officer_ids):
    other = device_register.add_device(staffed_archive, clerk,
                                       device_register.DeviceInput(serial="DSJ-09", kind="body_camera")).id
    at = datetime.now().astimezone() - timedelta(hours=5)
    custody.check_out(staffed_archive, clerk, camera_id, officer_ids["13001"], "巡查", at + timedelta(hours=8),
                      ALL_PASS, at=at)
    custody.check_out(staffed_archive, clerk, other, officer_ids["13002"], "调查取证", at + timedelta(hours=8),
                      ALL_PASS, at=at)
    custody.return_device(staffed_archive, clerk, camera_id, condition="完好", recorded="", has_footage=False,
                          at=at + timedelta(hours=2))
    tab = page.ledger_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 3
    tab.officer_combo.setCurrentIndex(tab.officer_combo.findData(officer_ids["13001"]))
    tab.filter_button.click()
    assert _cells(tab.model, "事项") == ["归还", "领用"]
    assert set(_cells(tab.model, "使用人员")) == {"张伟（13001）"}
    tab.officer_combo.setCurrentIndex(0)
    tab.device_combo.setCurrentIndex(tab.device_combo.findData(other))
    tab.filter_button.click()
    assert _cells(tab.model, "设备") == ["执法记录仪 DSJ-09"]
    tab.device_combo.setCurrentIndex(0)
    tab.from_check.setChecked(True)
    tab.from_edit.setDate(tab.to_edit.date().addDays(1))
    tab.filter_button.click()
    assert tab.model.rowCount() == 0
    assert tab.count_label.text() == "共 0 条记录"
    # Per department (RPT-02): only the devices registered to it.
    with staffed_archive.transaction() as s:
        dept = registry.department(s, Actor("准备"), "二大队")
        s.get(Device, other).department_id = dept.id
    tab._fill_pickers()
    tab.from_check.setChecked(False)
    tab.department_combo.setCurrentIndex(tab.department_combo.findText("二大队"))
    tab.filter_button.click()
    assert _cells(tab.model, "设备") == ["执法记录仪 DSJ-09"]


def test_ledger_exports_to_excel(qtbot, page, staffed_archive, clerk, camera_id, officer_ids, tmp_path):
    at = datetime.now().astimezone() - timedelta(hours=5)
    custody.check_out(staffed_archive, clerk, camera_id, officer_ids["13001"], "巡查", at + timedelta(hours=8),
                      ALL_PASS, at=at)
    tab = page.ledger_tab
    page.tabs.setCurrentWidget(tab)
    out = tmp_path / "台账 2026.xlsx"
    assert _written(qtbot, tab.export(out, "xlsx", open_after=False)) == out
    text = " ".join(str(c) for row in load_workbook(out).worksheets[0].iter_rows(values_only=True) for c in row if c)
    assert "DSJ-07" in text and "张伟" in text
    assert [d["document"] for d in _printed(staffed_archive)] == ["device_ledger_xlsx"]


def test_ratios_show_the_shortfall_in_colour_and_words(qtbot, page, staffed_archive, clerk, officer_ids):
    tab = page.ratios_tab
    page.tabs.setCurrentWidget(tab)
    names = _cells(tab.model, "部门")
    row = names.index("水政监察支队一大队")
    tab.view.selectRow(row)
    dialog = tab.edit_selected()
    dialog.class_combo.setCurrentIndex(dialog.class_combo.findData("A"))
    dialog.count_spin.setValue(11)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "第一责任人" in dialog.error.text()  # both people are required (DEV-02)
    for combo in (dialog.first_combo, dialog.admin_combo):
        combo.setCurrentIndex(combo.findData(officer_ids["13001"]))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = _cells(tab.model, "部门").index("水政监察支队一大队")
    per = int(_cells(tab.model, "配备比例")[row].split()[1])
    required = -(-11 // per)
    assert _cells(tab.model, "应配")[row] == str(required)
    assert _cells(tab.model, "缺/超")[row] == f"缺 {required}"  # no device is in the department yet
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor("#fdecea")
    assert _cells(tab.model, "第一责任人")[row] == "张伟"


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_ledger_prints_the_filtered_rows_as_pdf(qtbot, page, staffed_archive, clerk, camera_id, officer_ids,
                                                tmp_path):
    at = datetime.now().astimezone() - timedelta(hours=5)
    custody.check_out(staffed_archive, clerk, camera_id, officer_ids["13001"], "巡查", at + timedelta(hours=8),
                      ALL_PASS, at=at)
    tab = page.ledger_tab
    page.tabs.setCurrentWidget(tab)
    tab.device_combo.setCurrentIndex(tab.device_combo.findData(camera_id))
    out = tmp_path / "设备 台账.pdf"
    job = tab.export(out, "pdf", open_after=False)
    assert not tab.pdf_button.isEnabled()  # written on a worker; the button waits for it
    assert _written(qtbot, job) == out and tab.pdf_button.isEnabled()
    text = _pdf_text(out)
    assert "DSJ-07" in text and "张伟" in text
    assert str(out) in tab.message.text()
    [printed] = _printed(staffed_archive)
    assert printed["document"] == "device_ledger" and printed["document_zh"] == "设备台账"
    with staffed_archive.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.printed")).one()
    assert (event.target_kind, event.target_id) == ("device", camera_id)


def test_the_equipment_report_prints_from_the_ratios_tab(qtbot, page, staffed_archive, tmp_path):
    tab = page.ratios_tab
    page.tabs.setCurrentWidget(tab)
    out = tmp_path / "配备 情况.pdf"
    assert _written(qtbot, tab.print_report(out, open_after=False)) == out
    assert "水政监察支队一大队" in _pdf_text(out)
    assert [d["document"] for d in _printed(staffed_archive)] == ["equipment_report"]


def test_the_device_status_report_prints_from_the_ratios_tab(qtbot, page, staffed_archive, tmp_path):
    """RPT-04 from the Devices page: every device under its state, saved, audited, button back."""
    tab = page.ratios_tab
    page.tabs.setCurrentWidget(tab)
    button = tab.status_button
    assert button.text() == "打印设备状况报告(&S)…" and button.accessibleName() == "打印设备状况报告"
    out = tmp_path / "设备 状况" / "报告.pdf"
    job = tab.print_status_report(out, open_after=False)
    assert not button.isEnabled()
    assert _written(qtbot, job) == out and button.isEnabled()
    text = _pdf_text(out)
    assert "设备状况报告" in text and "DSJ-07" in text
    assert [(d["document"], d["file"]) for d in _printed(staffed_archive)] == [("device_status", "报告.pdf")]
    assert "已保存" in tab.message.text()


def test_the_table_models_pass_the_model_tester(qtmodeltester, page, staffed_archive, clerk, camera_id, officer_ids):
    at = datetime.now().astimezone() - timedelta(hours=2)
    custody.check_out(staffed_archive, clerk, camera_id, officer_ids["13001"], "巡查", at + timedelta(hours=8),
                      ALL_PASS, at=at)
    for tab in (page.register_tab, page.ledger_tab, page.ratios_tab):
        page.tabs.setCurrentWidget(tab)
        assert tab.model.rowCount() > 0
        qtmodeltester.check(tab.model)


def test_a_long_table_is_read_a_chunk_at_a_time(qtmodeltester, monkeypatch):
    from evidenceroom.ui.custody import table_model

    monkeypatch.setattr(table_model, "CHUNK", 3)
    model = table_model.RowsModel(("编号",), lambda n: (str(n),))
    model.set_rows(list(range(7)))
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()
    assert model.index(6, 0).data() == "6"
    qtmodeltester.check(model)

"""Screenshots of each screen for docs/screenshots/, taken on a real X display.

    python tools/screenshots.py [--lang zh|en] [--out DIR]

Without a display it starts itself again under xvfb-run (1366×768, the smallest screen the
office PCs have). Builds a demo archive in a temporary folder, walks through the first-run
wizard, the sign-in, and each page of the main window with a clip playing in the review pane,
and photographs the whole screen with ImageMagick's `import -window root` (which, unlike
QWidget.grab(), also catches the video that libvlc draws).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))
from shot_support import make_demo_archive, under_xvfb  # noqa: E402
WIDTH, HEIGHT = 1366, 768




def stage_devices(archive, user) -> None:
    """Give the devices page something to show: one camera out past its return, one faulty, one
    in repair, and the detachments' staffing classes and responsible people."""
    from datetime import date, datetime, timedelta

    from evidenceroom.core import custody, device_register, lookups

    devices = {d.serial: d for d in device_register.list_devices(archive)}
    officers = [o for o in lookups.officers(archive, active_only=True) if o.badge]
    if any(d.state != "in_store" for d in devices.values()) or len(devices) < 4 or len(officers) < 2:
        return
    serials = sorted(devices)
    out, faulty, repair = devices[serials[0]], devices[serials[1]], devices[serials[3]]
    old = devices[serials[2]]
    device_register.edit_device(archive, user, old.id, device_register.DeviceInput(
        serial=old.serial, kind=old.kind, model=old.model, asset_no=old.asset_no, purchase_price="2800",
        in_service_on=date.today().replace(year=date.today().year - 9), features=frozenset({"encryption"})))
    at = datetime.now().astimezone() - timedelta(hours=10)
    check = custody.PreUseCheck(battery_ok=True, storage_ok=True, clock_ok=True, no_fault=True)
    custody.check_out(archive, user, out.id, officers[0].id, "河道采砂现场检查", at + timedelta(hours=8), check, at=at)
    custody.report_fault(archive, user, faulty.id, "开机后无法录像，屏幕提示存储卡错误")
    custody.report_fault(archive, user, repair.id, "镜头进水")
    custody.send_to_repair(archive, user, repair.id, "市数码设备售后服务中心")
    for n, dept in enumerate(device_register.list_departments(archive)):
        device_register.save_department(archive, user, dept.id, first_responsible_id=officers[0].id,
                                        administrator_id=officers[1].id, staffing_class="AB"[n % 2],
                                        officer_count_override=11 if n == 0 else None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    under_xvfb(WIDTH, HEIGHT)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from evidenceroom.core import accounts
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.demo import DEMO_PASSWORD
    from evidenceroom.ui.application import install_translation
    from evidenceroom.ui.login_dialog import LoginDialog
    from evidenceroom.ui.main_window import MainWindow
    from evidenceroom.ui.setup_wizard import SetupWizard

    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("EvidenceRoom-screenshots")
    QSettings().clear()
    install_translation(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "zh" else "_en"

    def shot(name: str, wait_ms: int = 400) -> None:
        QTest.qWait(wait_ms)
        target = args.out / f"{name}{suffix}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    with tempfile.TemporaryDirectory(prefix="evidenceroom-shots-") as tmp:
        wizard = SetupWizard(Path(tmp) / "新档案库")
        wizard.show()
        wizard.move(200, 120)
        shot("setup_location")
        wizard.next()
        wizard.unit_page.unit.setText("秦皇岛市水务局")
        wizard.unit_page.departments.setPlainText("法制办公室\n水政监察支队一大队\n水政监察支队二大队")
        shot("setup_unit")
        wizard.close()

        root = Path(tmp) / "演示档案库"
        make_demo_archive(root)
        with Archive.open(root) as archive:
            login = LoginDialog(archive)
            login.login.setText("clerk")
            login.show()
            login.move(470, 250)
            shot("login")
            login.close()

            window = MainWindow(archive, accounts.sign_in(archive, "clerk", DEMO_PASSWORD))
            window.setGeometry(0, 0, WIDTH, HEIGHT)
            window.show()
            QTest.qWait(500)
            browser = window.archive_page
            QTest.qWait(500)
            browser.recording_table.selectRow(2)
            shot("main_archive", 600)
            browser.search.setText("093012")
            QTest.qWait(800)
            rec = browser.recordings.recording_at(0)
            window.open_for_review(rec.id)
            window.review_pane.play()
            QTest.qWait(1500)
            window.review_pane.pause()
            window.review_pane.add_marker("到达现场，出示执法证件并告知全程录音录像")
            shot("main_review", 800)
            browser.search.clear()
            QTest.qWait(500)
            for key, name in (("import", "main_import"), ("requests", "main_requests"), ("register", "main_register"),
                              ("audit", "main_audit"), ("settings", "main_settings")):
                window.show_page(key)
                if key == "audit":
                    window.audit_page.refresh()
                    window.audit_page.check_chain()
                shot(name)
            stage_devices(archive, window.user)
            window.show_page("devices")
            devices = window.devices_page
            devices.refresh()
            shot("devices-board")
            checkout = devices.act(devices.board.columns["in_store"].cards[0].card.device_id, "check_out")
            checkout.move(420, 90)
            shot("devices-checkout")
            checkout.reject()
            for tab, name in ((devices.register_tab, "devices-register"), (devices.ledger_tab, "devices-ledger"),
                              (devices.ratios_tab, "devices-ratios")):
                devices.tabs.setCurrentWidget(tab)
                shot(name)
            window.review_pane.close_recording()
            window.close()
            QTest.qWait(200)
    return 0


if __name__ == "__main__":
    sys.exit(main())

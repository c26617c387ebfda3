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




def stage_oversight(archive) -> None:
    """The compliance page's material: the checklist profile of 004, an activity of a listed matter
    with no footage, an overdue one, gap statements (one approved), and a scored spot check."""
    from datetime import datetime, timedelta

    from evidenceroom.core import (accounts, findings, gaps, inspections, lookups, profiles, review_records,
                                   spot_checks)
    from evidenceroom.core.demo import DEMO_PASSWORD

    admin = accounts.sign_in(archive, "admin", DEMO_PASSWORD)
    clerk = accounts.sign_in(archive, "clerk", DEMO_PASSWORD)
    inspector = accounts.sign_in(archive, "inspector", DEMO_PASSWORD)
    profiles.choose(archive, admin, "yuxian-yingji-2024")
    officers = [o.id for o in lookups.officers(archive, active_only=True) if o.badge]
    from evidenceroom.core.timeutil import to_local, utcnow

    now = to_local(utcnow()).replace(tzinfo=None, second=0, microsecond=0)  # the unit's local time
    sealed = gaps.register_activity(archive, clerk, kind="封存的现场执行", place="戴河下游右岸砂场",
                                    started_at=now - timedelta(hours=30), ended_at=now - timedelta(hours=29),
                                    officer_ids=officers[:2], matter="封存的现场执行")
    served = gaps.register_activity(archive, clerk, kind="留置送达", place="抚宁区某公司",
                                    started_at=now - timedelta(hours=6), ended_at=now - timedelta(hours=5),
                                    officer_ids=officers[2:4], matter="留置送达过程")
    gaps.register_gap(archive, clerk, served, "no_recording", "003-7-2",
                      "当事人突发疾病，现场情况紧急，未能开启执法记录仪，已制作工作记录。")
    gap = gaps.register_gap(archive, clerk, sealed, "no_recording", "003-7-3",
                            "执法记录仪存储卡故障，无法录像，已当场报告部门负责人。")
    gaps.decide_gap(archive, clerk, gap.id, "director", DEMO_PASSWORD, True, "情况属实，同意备案")
    for activity_id, matter in ((1, "现场检查"), (2, "调查取证")):  # the demo's hand-ins, with footage
        gaps.mark_matter(archive, clerk, activity_id, matter)
    gaps.register_activity(archive, clerk, kind="先行登记保存", place="秦皇岛港务区", started_at=now - timedelta(hours=3),
                           ended_at=now - timedelta(hours=2), officer_ids=officers[:1], matter="先行登记保存")
    check = spot_checks.draw(archive, inspector, datetime(2020, 1, 1), now + timedelta(days=1), proportion=0.5,
                             seed=20261130)
    for item, scores in zip(check.items, ((10, 9, 10), (8, 6, 9))):
        spot_checks.score(archive, inspector, item.id, *scores, "中途停录约 2 分钟，已有语音说明。"
                          if scores[1] < 9 else "")
    findings.add_finding(archive, inspector, "not_recorded", "written_self_criticism", "到达现场后约 3 分钟才开机。",
                         spot_check_item_id=check.items[-1].id)
    inspections.record_inspection(archive, inspector, now.date(), "周科长、赵主任", officers[:3],
                                  "检查执法记录仪佩戴和开机情况", [inspections.FindingInput(
                                      officers[2], "non_work_use", "criticism", "记录仪存有与工作无关的视频")])
    review_records.record_review(archive, inspector, now.date(), "本年度各大队现场检查、调查取证音像资料",
                                 "周科长、赵主任", 36, "1 件到达现场后未及时开机；2 件移交逾期",
                                 "当事人书面检查；移交情况纳入月度通报")


def stage_discs(archive, user) -> None:
    """A long-term disc set of the first case, made under an approved copy grant; copy A verified
    and filed with the case file, copy B not yet, so the page shows a set 未完成 (1/2)."""
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import select

    from evidenceroom.core import access, disc_register, discs
    from evidenceroom.core.demo import CASES, DEMO_PASSWORD
    from evidenceroom.core.models import AccessKind, AccessPurpose, Case, Person
    from evidenceroom.printing.descriptions import render_description

    if disc_register.list_disc_sets(archive):
        return
    with archive.session() as s:
        requester = s.scalars(select(Person).where(Person.badge_no.is_not(None)).order_by(Person.id)).first().id
        case_id = s.scalars(select(Case.id).where(Case.case_no == CASES[0][0])).one()
    now = datetime.now(timezone.utc)
    request = access.create_request(
        archive, user, kind=AccessKind.COPY, requester=requester, reason="作为行政处罚案件证据，复制为光盘后附卷",
        purpose=AccessPurpose.LITIGATION, items=access.Items(case_ids=(case_id,)),
        window_start=now - timedelta(minutes=5), window_end=now + timedelta(days=1))
    access.decide(archive, user, request.id, "director", DEMO_PASSWORD, "approve", "同意复制")
    grant = access.request_info(archive, request.id).grant_id
    info = discs.make_disc_set(archive, user, grant, render_description=render_description, extractor="王五",
                               medium="cd", kind="long_term", copies=2)
    [disc] = info.discs[:1]
    copy_a = disc.copies[0]
    disc_register.verify_copy(archive, user, copy_a.id, disc.image_path)
    disc_register.file_copy(archive, user, copy_a.id, "case_file", f"{CASES[0][0]} 第 1 卷")


def stage_retention(archive, user, compliance) -> None:
    """The retention tab as it will look 25 months on: the demo's footage expired under 004's two
    years, one clip marked permanent, one proposed for disposal (nothing in the archive is aged)."""
    from datetime import date, timedelta

    from evidenceroom.core import accounts, disposal, profiles, retention
    from evidenceroom.core.demo import DEMO_PASSWORD
    from evidenceroom.ui.compliance.retention_tab import EXPIRED

    later = date.today() + timedelta(days=760)
    clerk = accounts.sign_in(archive, "clerk", DEMO_PASSWORD)
    tab = compliance.retention_tab
    with archive.session() as s:
        ids = [r.recording_id for r in retention.overview(s, today=later).expired_awaiting]
        grounds = retention.choices(profiles.active(s), "permanent")[1]
    if len(ids) >= 2:
        retention.mark(archive, clerk, ids[0], "permanent", grounds[1])
        disposal.propose(archive, clerk, [ids[1]], "日常巡查，当事人无异议，已无保存意义", today=later)
    tab.today = later
    tab.refresh()
    tab.tabs.setCurrentIndex(EXPIRED)


def stage_backup(archive, user, dest: Path) -> None:
    """One complete backup, and two integrity checks: a clean one, then one that finds a file gone."""
    from evidenceroom.core.backup import backup
    from evidenceroom.core.verify import verify
    from evidenceroom.ui.backup.backup_section import BackupSection

    backup(archive, user.actor, dest)
    verify(archive, user.actor)
    last = sorted(archive.vault.iter_objects())[-1]
    last.chmod(0o600)
    last.unlink()
    verify(archive, user.actor, trigger="idle")
    for section in widgets_of(BackupSection):
        section.destination.setText(str(dest))
        section.refresh()


def shoot_clock_offset(window, card: Path, shot) -> None:
    """The import form with a device clock 12 minutes fast: the warning naming the device (ARC-09)."""
    from PySide6.QtTest import QTest

    from evidenceroom.core.demo import write_tone

    card.mkdir(parents=True)
    write_tone(card / "REC20261130_091200.WAV", 523, seconds=1.0)
    window.show_page("import")
    page = window.import_page
    page.set_sources([card])
    for _ in range(200):
        if page.files.files() is not None:
            break
        QTest.qWait(50)
    details = page.details
    details.select_officer(details.officer_combo.itemData(0))
    cameras = [i for i in range(details.device_combo.count()) if "执法记录仪" in details.device_combo.itemText(i)]
    details.select_device(details.device_combo.itemData(cameras[0] if cameras else 0))
    details.clock_field.spin.setValue(12 * 60)
    shot("import-clock-offset")
    details.reset()


def shoot_storage_cleared(window, card: Path, shot) -> None:
    """An import's result once its files are verified: 已清除设备存储 available, then its confirmation (ARC-10)."""
    from PySide6.QtTest import QTest

    from evidenceroom.core import custody
    from evidenceroom.core.demo import write_tone
    from evidenceroom.ui.imports.import_wizard import RESULT

    card.mkdir(parents=True)
    write_tone(card / "REC20261130_141500.WAV", 587, seconds=1.0)
    write_tone(card / "REC20261130_143000.WAV", 659, seconds=1.0)
    window.show_page("import")
    page = window.import_page
    page.restart()
    page.set_sources([card])
    for _ in range(200):
        if page.files.files() is not None:
            break
        QTest.qWait(50)
    details = page.details
    details.select_officer(details.officer_combo.itemData(0))
    # A camera in store: a lost or sealed one has no storage the custodian may clear.
    in_store = [c for c in custody.board(window.archive)["in_store"] if c.kind == "body_camera"]
    details.select_device(in_store[0].serial)
    page.start_import()
    for _ in range(600):
        if page.step() == RESULT and page.result.clear_button.isEnabled():
            break
        QTest.qWait(50)
    shot("import-storage-cleared")
    page.result.clear_button.click()
    page.result.confirm_box.move(480, 260)
    shot("import-storage-cleared-confirm")
    page.result.confirm_box.reject()


def shoot_hand_in_receipt(window, card: Path, folder: Path, shot) -> None:
    """The import form with the activity's start and end, then the result with the hand-in receipt
    printed (ARC-06)."""
    from PySide6.QtCore import QDateTime
    from PySide6.QtTest import QTest

    from evidenceroom.core.demo import write_tone
    from evidenceroom.ui.imports.import_wizard import RESULT

    card.mkdir(parents=True)
    write_tone(card / "REC20261130_101500.WAV", 440, seconds=1.0)
    window.show_page("import")
    page = window.import_page
    page.restart()
    page.set_sources([card])
    for _ in range(200):
        if page.files.files() is not None:
            break
        QTest.qWait(50)
    details = page.details
    details.select_officer(details.officer_combo.itemData(0))
    details.select_device(details.device_combo.itemData(0))
    now = QDateTime.currentDateTime()
    details.ended_check.setChecked(True)
    details.ended_edit.setDateTime(now.addSecs(-3600))
    details.started_check.setChecked(True)
    details.started_edit.setDateTime(now.addSecs(-3 * 3600))
    details.kind_combo.setEditText("日常执法检查")
    details.place_edit.setText("戴河下游左岸 K3+200")
    shot("import-activity-start")
    page.start_import()
    for _ in range(600):
        if page.step() == RESULT:
            break
        QTest.qWait(50)
    report = page.result.print_receipt(target=folder / "移交回执.pdf", open_after=False)
    for _ in range(600):
        if report.finished:
            break
        QTest.qWait(50)
    shot("import-receipt-printed")


def shoot_activity_timeline(window, shot) -> None:
    """The review page with an inspection's timeline (ARC-08, REV-02): the demo's two clips from two
    cameras and its photo, the time not recorded before, between and after them, the second clip open."""
    from datetime import datetime

    from PySide6.QtTest import QTest
    from sqlalchemy import select

    from evidenceroom.core import gaps, lookups
    from evidenceroom.core.models import Recording

    archive = window.archive
    officers = [o.id for o in lookups.officers(archive, active_only=True) if o.badge]
    activity = gaps.register_activity(archive, window.user, kind="现场检查", place="戴河下游左岸 K3+200",
                                      started_at=datetime(2026, 11, 28, 9, 27), ended_at=datetime(2026, 11, 28, 9, 50),
                                      officer_ids=officers[:2], case_no="秦水罚〔2026〕31号")
    names = ("20261128_093012_0001.MP4", "IMG_20261128_093500.JPG", "20261128_094530_0002.MP4")
    with archive.transaction() as s:
        for rec in s.scalars(select(Recording).where(Recording.original_name.in_(names))):
            rec.activity_id = activity
        second = s.scalar(select(Recording.id).where(Recording.original_name == names[2]))
    window.open_for_review(second)
    window.review_pane.play()
    QTest.qWait(1500)
    window.review_pane.pause()
    shot("review-activity-timeline", 800)


def shoot_user_accounts(archive, shot) -> None:
    """Settings → User accounts as the administrator sees it: one account locked, one disabled."""
    from PySide6.QtWidgets import QScrollArea

    from evidenceroom.core import accounts, user_admin
    from evidenceroom.core.accounts import AuthError
    from evidenceroom.core.demo import DEMO_PASSWORD
    from evidenceroom.ui.main_window import MainWindow
    from evidenceroom.ui.users_section import UsersSection

    admin = accounts.sign_in(archive, "admin", DEMO_PASSWORD)
    gone = user_admin.add_user(archive, admin, "liqiang", "李强", "clerk", "temporary-2026")
    user_admin.set_active(archive, admin, gone, False, "调离本单位")
    for _ in range(accounts.MAX_FAILURES):
        try:
            accounts.sign_in(archive, "leader", "wrong-password")
        except AuthError:
            pass
    window = MainWindow(archive, admin)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    window.show_page("settings")
    section = window.findChild(UsersSection)
    section.select_login("leader")
    scroll = section.parentWidget().parentWidget().parentWidget()
    if isinstance(scroll, QScrollArea):
        scroll.ensureWidgetVisible(section, 0, 0)
    shot("settings-users", 600)
    window.close()


def widgets_of(cls):
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.allWidgets() if isinstance(w, cls)]


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
        from evidenceroom.ui import workers

        for _ in range(600):  # pages read their figures on workers: shoot once they are shown
            if not workers.running_jobs():
                break
            QTest.qWait(50)
        QTest.qWait(wait_ms)
        target = args.out / f"{name}{suffix}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    with tempfile.TemporaryDirectory(prefix="evidenceroom-shots-") as tmp:
        wizard = SetupWizard(Path(tmp) / "新档案库")
        wizard.show()
        wizard.move(200, 120)
        shot("setup_location")
        wizard.location_page.restore_choice.from_backup.setChecked(True)
        wizard.location_page.restore_choice.backup.setText("F:\\证据室备份")
        shot("setup-restore")
        wizard.location_page.restore_choice.new_archive.setChecked(True)
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
            shoot_clock_offset(window, Path(tmp) / "存储卡 (F)", shot)
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
            stage_oversight(archive)
            window.show_page("compliance")
            compliance = window.compliance_page
            compliance.dashboard.refresh()
            shot("compliance-dashboard", 800)
            for key, name in (("deadlines", "compliance-deadlines"), ("duty", "compliance-duty"),
                              ("spot_checks", "compliance-spot-checks"), ("yearly_review", "compliance-yearly-review")):
                compliance.show_tab(key)
                getattr(compliance, f"{key}_tab").refresh() if key != "spot_checks" else \
                    compliance.spot_checks.reload_checks()
                shot(name)
            stage_discs(archive, window.user)
            window.show_page("discs")
            window.discs_page.refresh()
            shot("discs-page")
            making = window.discs_page.make_set(exec_dialog=False)
            making.show()
            making.move(300, 80)
            shot("discs-make")
            making.reject()
            stage_retention(archive, window.user, compliance)
            window.show_page("compliance")
            compliance.show_tab("retention")
            QTest.qWait(800)
            shot("compliance-retention")
            stage_backup(archive, window.user, Path(tmp) / "移动硬盘 F" / "证据室备份")
            window.show_page("settings")
            window.backup_status.refresh()
            shot("settings-backup")
            window.show_page("compliance")
            compliance.show_tab("integrity")
            compliance.integrity_tab.refresh()
            shot("compliance-integrity")
            shoot_storage_cleared(window, Path(tmp) / "存储卡 (G)", shot)
            shoot_hand_in_receipt(window, Path(tmp) / "存储卡 (H)", Path(tmp) / "打印", shot)
            shoot_activity_timeline(window, shot)  # last: it moves demo files into a new activity
            window.review_pane.close_recording()
            window.close()
            QTest.qWait(200)
            shoot_user_accounts(archive, shot)  # after the clerk's window: it adds and locks accounts
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The clerk's window: navigation on the left, one page at a time on the right."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from evidenceroom.core import accounts
from evidenceroom.core.accounts import ROLE_NAMES, SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import language
from evidenceroom.core.models import Role
from evidenceroom.ui.audit_page import AuditLogPage
from evidenceroom.ui.settings_page import SettingsPage
from evidenceroom.ui.verify_action import VerifyRunner

# Roles that take footage in (SEC-01: an inspector or approver sees no import).
IMPORTING_ROLES = {Role.ADMINISTRATOR.value, Role.CLERK.value}


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, user: SignedIn, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.logged_out = False
        with archive.session() as s:
            self.unit_name = archive.unit(s).name
        self.setWindowTitle(self.tr("EvidenceRoom — {0}").format(self.unit_name))
        self.setMinimumSize(QSize(1024, 640))

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("导航"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(150)
        self.pages = QStackedWidget()
        self._page_index: dict[str, int] = {}
        self._build_pages()

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self._build_menus()
        self._build_status_bar()
        from evidenceroom.ui.backup.status import attach as attach_backup_status

        self.backup_status = attach_backup_status(self)  # backup reminder, integrity check at idle times
        self._restore_state()

    # --- pages -----------------------------------------------------------------------------

    def _add_page(self, key: str, title: str, icon: QStyle.StandardPixmap, widget: QWidget) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.nav.addItem(item)
        self._page_index[key] = self.pages.addWidget(widget)

    def _build_pages(self) -> None:
        from evidenceroom.ui.archive.browser import ArchivePage
        from evidenceroom.ui.player.review_pane import ReviewPane

        SP = QStyle.StandardPixmap
        self.archive_page = ArchivePage(self.archive, self.user)
        self._add_page("archive", self.tr("档案"), SP.SP_DirHomeIcon, self.archive_page)
        # The review pane has a page of its own: at 1366×768 the video, its controls and the
        # markers need the full width, and the archive list needs it too.
        self.review_pane = ReviewPane(self.archive, self.user)
        self._add_page("review", self.tr("审看"), SP.SP_MediaPlay, self.review_pane)
        self.archive_page.recordingActivated.connect(self.open_for_review)
        self.archive_page.activityTimelineRequested.connect(self.open_activity_timeline)

        self.import_page = None
        if self.user.role in IMPORTING_ROLES:
            from evidenceroom.ui.imports.import_wizard import ImportPage

            self.import_page = ImportPage(self.archive, self.user)
            self.import_page.importFinished.connect(lambda _batch: self.archive_page.refresh())
            self._add_page("import", self.tr("导入"), SP.SP_ArrowDown, self.import_page)

        from evidenceroom.ui.requests.register_page import RegisterPage
        from evidenceroom.ui.requests.requests_page import RequestsPage

        self.requests_page = RequestsPage(self.archive, self.user)
        self._add_page("requests", self.tr("调阅申请"), SP.SP_FileDialogDetailedView, self.requests_page)
        self.requests_page.pendingCountChanged.connect(self._show_pending)
        self.requests_page.expiringTodayChanged.connect(self._show_expiring)
        self.requests_page.refresh()  # its first count was sent before anyone listened
        self.register_page = RegisterPage(self.archive, self.user)
        self._add_page("register", self.tr("登记簿"), SP.SP_FileDialogInfoView, self.register_page)
        from evidenceroom.ui.discs.discs_page import DiscsPage

        self.discs_page = DiscsPage(self.archive, self.user)
        self._add_page("discs", self.tr("光盘"), SP.SP_DriveCDIcon, self.discs_page)
        from evidenceroom.ui.custody.devices_page import DevicesPage

        self.devices_page = DevicesPage(self.archive, self.user)
        self._add_page("devices", self.tr("设备"), SP.SP_ComputerIcon, self.devices_page)
        self.devices_page.importFootage.connect(self.import_returned_footage)
        from evidenceroom.ui.compliance.compliance_page import CompliancePage

        self.compliance_page = CompliancePage(self.archive, self.user)
        self._add_page("compliance", self.tr("合规"), SP.SP_MessageBoxWarning, self.compliance_page)
        self.audit_page = AuditLogPage(self.archive, self.user)
        self._add_page("audit", self.tr("审计日志"), SP.SP_FileDialogContentsView, self.audit_page)
        self._add_page("settings", self.tr("设置"), SP.SP_FileDialogListView, SettingsPage(self.archive, self.user))

    def request_for_selection(self) -> None:
        """Register a viewing or copying request for the recording selected in the archive."""
        selected = self.archive_page.selected_recording_id()
        self.show_page("requests")
        self.requests_page.new_request((selected,) if selected else ())

    def import_returned_footage(self, facts) -> None:
        """A device came back with footage: the import page, with officer, device and activity filled in."""
        if self.import_page is None:
            return
        if not self.import_page.start_hand_in(facts.officer_badge, facts.device_serial, facts.activity_id,
                                              facts.activity_ended, facts.activity_description):
            self.devices_page.say(self.tr("正在进行另一批导入：完成后请在“导入”页导入设备 {0} 的音像资料。").format(
                facts.device_serial))
            return
        self.show_page("import")

    def _show_pending(self, count: int) -> None:
        """The number of requests waiting for a decision stands on the navigation item."""
        item = self.nav.item(self._page_index["requests"])
        title = self.tr("调阅申请")
        item.setText(self.tr("{0}（{1}）").format(title, count) if count else title)

    def _show_expiring(self, count: int) -> None:
        item = self.nav.item(self._page_index["requests"])
        item.setToolTip(self.tr("今日到期的授权：{0} 项").format(count) if count else "")

    def open_for_review(self, recording_id: int) -> None:
        self.review_pane.open_recording(recording_id)
        self.show_page("review")

    def open_activity_timeline(self, activity_id: int) -> None:
        self.review_pane.open_activity(activity_id)
        self.show_page("review")

    def show_page(self, key: str) -> None:
        index = self._page_index.get(key)
        if index is not None:
            self.nav.setCurrentRow(index)

    # --- menus -----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        if self.import_page is not None:
            file_menu.addAction(self._action(self.tr("导入音像资料(&I)…"), lambda: self.show_page("import"), "Ctrl+I"))
        if self.user.role in IMPORTING_ROLES:
            file_menu.addAction(self._action(self.tr("为所选资料登记调阅申请(&Q)…"), self.request_for_selection,
                                             "Ctrl+Shift+Q"))
        self.verify_runner = VerifyRunner(self.archive, self.user, self)
        file_menu.addAction(self._action(self.tr("校验档案库(&V)"), self.verify_runner.start, "Ctrl+Shift+V"))
        file_menu.addSeparator()
        self.change_password_action = self._action(self.tr("修改密码(&W)…"), self.change_own_password)
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self._action(self.tr("注销(&L)"), self.log_out, "Ctrl+L"))
        file_menu.addAction(self._action(self.tr("退出(&Q)"), self.close, QKeySequence.StandardKey.Quit))

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        for n, key in enumerate(self._page_index):
            title = self.nav.item(self._page_index[key]).text()
            view_menu.addAction(self._action(title, lambda _=False, k=key: self.show_page(k), f"Ctrl+{n + 1}"))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("刷新(&R)"), self.archive_page.refresh, QKeySequence.StandardKey.Refresh))

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于 EvidenceRoom(&A)"), self._about))

    def change_own_password(self) -> None:
        from evidenceroom.ui.user_dialogs import ChangeOwnPasswordDialog

        if ChangeOwnPasswordDialog(self.archive, self.user, self).exec():
            self.statusBar().showMessage(self.tr("密码已修改。"), 5000)

    def _about(self) -> None:
        from evidenceroom.ui.about import about_box

        about_box(self, self.archive.root).exec()

    def _build_status_bar(self) -> None:
        zh, en = ROLE_NAMES.get(self.user.role, (self.user.role, self.user.role))
        role = en if language() == "en" else zh
        who = QLabel(self.tr("当前用户：{0}（{1}）").format(self.user.display_name, role))
        who.setAccessibleName(self.tr("当前用户"))
        where = QLabel(self.tr("档案库：{0}").format(self.archive.root))
        where.setAccessibleName(self.tr("档案库位置"))
        self.statusBar().addWidget(who)
        self.statusBar().addPermanentWidget(where)

    # --- state -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        for splitter in self._splitters():
            state = settings.value(f"main/splitter/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def _save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        for splitter in self._splitters():
            settings.setValue(f"main/splitter/{splitter.objectName()}", splitter.saveState())

    def _splitters(self) -> list[QSplitter]:
        return [sp for sp in self.findChildren(QSplitter) if sp.objectName()]

    def log_out(self) -> None:
        self.logged_out = True
        self.close()

    def busy_reason(self) -> tuple[str, str] | None:
        """Why the window must not close now (title, text), or None. Closing would cancel the work:
        for an import that is safe but unfinished; a disc cancelled mid-burn is spoilt."""
        if self.import_page is not None and self.import_page.is_running():
            return self.tr("正在导入"), self.tr("导入尚未完成。请等待完成或先取消导入，再关闭窗口。")
        if self.discs_page.job is not None:
            return self.tr("正在处理光盘"), self.tr("正在制作、校验或刻录光盘。请等待完成或先取消，再关闭窗口。")
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        busy = self.busy_reason()
        if busy is not None:
            QMessageBox.information(self, *busy)
            event.ignore()
            return
        self.review_pane.close_recording()
        self._save_state()
        accounts.log_out(self.archive, self.user)
        super().closeEvent(event)

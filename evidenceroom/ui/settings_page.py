"""Settings: language, playback for import checks, approval flow, policy profile, backups, printing."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from evidenceroom.core import playback_rules, policy as policies, unit_policy
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role
from evidenceroom.ui.application import LANGUAGE_KEY
from evidenceroom.ui.backup.backup_section import BackupSection
from evidenceroom.ui.discs.print_settings_section import PrintSettingsSection
from evidenceroom.ui.policy_section import PolicySection
from evidenceroom.ui.users_section import UsersSection


class SettingsPage(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent=None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        heading = QLabel(self.tr("设置"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("界面语言"))
        for code, text in (("system", self.tr("跟随系统")), ("zh", "简体中文"), ("en", "English")):
            self.language.addItem(text, code)
        current = str(QSettings().value(LANGUAGE_KEY, "system"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        label = QLabel(self.tr("界面语言(&G)："))
        label.setBuddy(self.language)
        self.note = QLabel(self.tr("更改语言后，重新启动程序生效。"))
        self.note.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(label, self.language)
        # The sections together are taller than a 1366×768 screen: the page scrolls.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.note)

        # Which roles may play footage without a request, to check what they imported (ACC-01).
        self.import_check = QCheckBox(self.tr("保管员可为核对导入而播放资料（无需调阅申请，每次播放仍记入审计日志）"))
        self.import_check.setAccessibleName(self.tr("保管员核对导入时播放"))
        self.import_check.setChecked(Role.CLERK.value in playback_rules.import_check_roles(archive))
        self.import_check.setEnabled(user.role == Role.ADMINISTRATOR.value)
        if user.role != Role.ADMINISTRATOR.value:
            self.import_check.setToolTip(self.tr("只有管理员可以更改。"))
        self.import_check.toggled.connect(self._import_check_changed)
        self.setting_message = QLabel()
        self.setting_message.setAccessibleName(self.tr("设置提示"))
        layout.addWidget(self.import_check)

        # Who approves viewing and copying: one step, or the two of regulation 003 (ACC-02).
        self.approval_policy = QComboBox()
        self.approval_policy.setAccessibleName(self.tr("审批流程"))
        self.approval_policy.addItem(self.tr("一级审批"), policies.DEFAULT.name)
        self.approval_policy.addItem(self.tr("两级审批（办公室主任审核、局领导批准，003§22）"),
                                     policies.REGULATION_003.name)
        current_policy = unit_policy.approval_policy(archive).name
        self.approval_policy.setCurrentIndex(max(0, self.approval_policy.findData(current_policy)))
        self.approval_policy.setEnabled(user.role == Role.ADMINISTRATOR.value)
        if user.role != Role.ADMINISTRATOR.value:
            self.approval_policy.setToolTip(self.tr("只有管理员可以更改。"))
        self.approval_policy.currentIndexChanged.connect(self._approval_policy_changed)
        policy_label = QLabel(self.tr("审批流程(&P)："))
        policy_label.setBuddy(self.approval_policy)
        policy_form = QFormLayout()
        policy_form.addRow(policy_label, self.approval_policy)
        layout.addLayout(policy_form)
        layout.addWidget(self.setting_message)
        layout.addWidget(PolicySection(archive, user, self))  # the unit's policy profile
        layout.addWidget(BackupSection(archive, user, self))  # backups to another drive (SEC-06)
        layout.addWidget(PrintSettingsSection(archive, user, self))  # label offsets and page size (DSC-04)
        layout.addWidget(UsersSection(archive, user, self))  # user accounts, administrators only (SEC-01)
        layout.addStretch(1)
        scroll.setWidget(content)

    def _import_check_changed(self, allowed: bool) -> None:
        roles = (Role.ADMINISTRATOR.value,) + ((Role.CLERK.value,) if allowed else ())
        try:
            playback_rules.set_import_check_roles(self.archive, self.user, roles)
        except ArchiveError as exc:
            self.setting_message.setText(str(exc))
            return
        self.setting_message.setText(self.tr("已保存。"))

    def _approval_policy_changed(self) -> None:
        try:
            unit_policy.set_approval_policy(self.archive, self.user, self.approval_policy.currentData())
        except ArchiveError as exc:
            self.setting_message.setText(str(exc))
            return
        self.setting_message.setText(self.tr("已保存。"))

    def _language_changed(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())

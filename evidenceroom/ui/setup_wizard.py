"""First run: where the archive lives, the unit and its departments, the first administrator."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWizard,
    QWizardPage,
)

from evidenceroom.core import profiles
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.setup import create_archive
from evidenceroom.ui.backup.restore_choice import RestoreChoice
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.policy_section import ProfileChoice


class LocationPage(QWizardPage):
    def __init__(self, default: Path):
        super().__init__()
        self.setTitle(self.tr("档案库位置"))
        self.setSubTitle(self.tr("音像资料原件和数据库将保存在这个文件夹中。请选择本单位专用的存储设备，"
                                 "例如 D:\\EvidenceRoom。文件夹须为空或尚不存在。"))
        self.path = QLineEdit(str(default))
        browse = QPushButton(self.tr("浏览(&B)…"))
        browse.setAccessibleName(self.tr("选择档案库文件夹"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        label = QLabel(self.tr("文件夹(&F)："))
        label.setBuddy(self.path)
        self.path.setAccessibleName(self.tr("档案库文件夹"))
        form.addRow(label, row)
        self.restore_choice = RestoreChoice(self)  # or bring the archive back from a backup (SEC-06)
        self.restore_choice.changed.connect(lambda: self.setFinalPage(self.restore_choice.restoring()))
        form.addRow(self.restore_choice)
        self.registerField("location", self.path)  # prefilled: Qt treats an unchanged mandatory field as empty

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择档案库文件夹"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def nextId(self) -> int:
        return -1 if self.restore_choice.restoring() else super().nextId()

    def validatePage(self) -> bool:
        if not self.path.text().strip():
            self.wizard().show_error(self.tr("请选择档案库文件夹。"))
            return False
        root = Path(self.path.text().strip())
        if self.restore_choice.restoring():
            return self.restore_choice.restore_into(self.wizard(), root)
        if Archive.exists(root):
            return True  # an existing archive is opened as it is
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            self.wizard().show_error(self.tr("这个文件夹不是空的。请选择一个空文件夹或输入一个新文件夹的路径。"))
            return False
        return True


class UnitPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("单位与部门"))
        self.setSubTitle(self.tr("单位名称将印在光盘标签和文字说明上（制作单位）。部门每行一个，之后可在设置中修改。"))
        form = QFormLayout(self)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("例如：秦皇岛市水务局"))
        labelled_row(form, self.tr("单位名称(&U)："), self.unit, self.tr("单位名称"))
        self.departments = QPlainTextEdit()
        self.departments.setPlaceholderText(self.tr("法制办公室\n水政监察支队一大队\n水政监察支队二大队"))
        self.departments.setTabChangesFocus(True)
        labelled_row(form, self.tr("部门(&D)："), self.departments, self.tr("部门列表，每行一个"))
        self.profile = ProfileChoice(self)  # the unit's policy profile (保存期限、时限、审批、比例)
        form.addRow(self.profile)
        self.registerField("unit*", self.unit)

    def department_names(self) -> list[str]:
        return [line.strip() for line in self.departments.toPlainText().splitlines() if line.strip()]


class AdminPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("第一个管理员账户"))
        self.setSubTitle(self.tr("管理员负责设置单位、人员、用户和规则。密码至少 8 个字符，以 argon2 方式保存。"))
        form = QFormLayout(self)
        self.login = QLineEdit("admin")
        labelled_row(form, self.tr("登录名(&L)："), self.login, self.tr("管理员登录名"))
        self.name = QLineEdit()
        labelled_row(form, self.tr("姓名(&N)："), self.name, self.tr("管理员姓名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        labelled_row(form, self.tr("密码(&P)："), self.password, self.tr("管理员密码"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        labelled_row(form, self.tr("确认密码(&C)："), self.confirm, self.tr("再次输入管理员密码"))
        self.registerField("admin", self.login)
        self.registerField("password*", self.password)

    def validatePage(self) -> bool:
        if self.password.text() != self.confirm.text():
            self.wizard().show_error(self.tr("两次输入的密码不一致。"))
            return False
        return self.wizard().create()


class SetupWizard(QWizard):
    """Creates the archive when the last page is accepted; `archive` is then open."""

    def __init__(self, default_root: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("EvidenceRoom 首次设置"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 460)
        self.archive: Archive | None = None
        self.location_page = LocationPage(default_root)
        self.unit_page = UnitPage()
        self.admin_page = AdminPage()
        for page in (self.location_page, self.unit_page, self.admin_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("建立档案库(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("错误信息"))
        self.currentIdChanged.connect(lambda _id: self.error.clear())

    def show_error(self, text: str) -> None:
        """Show the problem on the current page, under its fields; the page stays."""
        page = self.currentPage()
        if self.error.parent() is not page:
            page.layout().addRow(self.error)
        self.error.setText(text)
        self.error.show()

    def create(self) -> bool:
        root = Path(self.location_page.path.text().strip())
        if Archive.exists(root):
            try:
                self.archive = Archive.open(root)
            except ArchiveError as exc:
                self.show_error(str(exc))
                return False
            return True
        try:
            self.archive = create_archive(
                root, self.unit_page.unit.text(), self.unit_page.department_names(),
                self.admin_page.login.text(), self.admin_page.password.text(),
                self.admin_page.name.text().strip() or None)
            profiles.first_choice(self.archive, Actor(f"首次设置 ({self.admin_page.login.text().strip()})"),
                                  self.unit_page.profile.chosen_key())
        except (ArchiveError, OSError) as exc:
            self.show_error(str(exc))
            return False
        return True

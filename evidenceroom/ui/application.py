"""Start-up: language, first-run wizard, sign-in, main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from evidenceroom import __version__
from evidenceroom.core import errors
from evidenceroom.core.archive import Archive, default_archive_dir
from evidenceroom.core.errors import ArchiveError
from evidenceroom.resources import resource_path

ORG = "EvidenceRoom"
APP = "EvidenceRoom"
LANGUAGE_KEY = "ui/language"  # "system" | "zh" | "en"
ARCHIVE_KEY = "archive/path"


def chosen_language(settings: QSettings) -> str:
    choice = str(settings.value(LANGUAGE_KEY, "system"))
    if choice in ("zh", "en"):
        return choice
    # Simplified Chinese is the default; English when the system speaks English.
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh"


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Source strings are Simplified Chinese; English comes from resources/translations."""
    errors.set_language(language)
    if language != "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", "evidenceroom_en.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def app_icon() -> QIcon:
    """The application's icon at every size rendered from resources/icons/evidenceroom.svg."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"evidenceroom-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def archive_location(explicit: Path | None, settings: QSettings) -> Path:
    if explicit is not None:
        return explicit
    saved = settings.value(ARCHIVE_KEY)
    return Path(str(saved)) if saved else default_archive_dir()


def run(archive_dir: Path | None, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("evidenceroom")  # ties windows to the .desktop entry and its icon
    settings = QSettings()
    install_translation(app, chosen_language(settings))
    from evidenceroom.core import media

    media.warm_up()  # libvlc takes up to a second to start; let it while the clerk signs in

    root = archive_location(archive_dir, settings)
    if not Archive.exists(root):
        from evidenceroom.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(root)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.archive is None:
            return 0
        archive = wizard.archive
        if archive_dir is None:
            settings.setValue(ARCHIVE_KEY, str(archive.root))
    else:
        try:
            archive = Archive.open(root)
        except ArchiveError as exc:
            QMessageBox.critical(None, QCoreApplication.translate("Application", "无法打开档案库"), str(exc))
            return 1

    from evidenceroom.ui.login_dialog import LoginDialog
    from evidenceroom.ui.main_window import MainWindow

    with archive:
        while True:
            login = LoginDialog(archive)
            if login.exec() != QDialog.DialogCode.Accepted or login.signed_in is None:
                return 0
            window = MainWindow(archive, login.signed_in)
            window.show()
            app.exec()
            if not window.logged_out:
                return 0


if __name__ == "__main__":
    sys.exit(run(None, sys.argv))

"""Help → About: what this program is, its version (from pyproject.toml) and what it runs on."""
from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from evidenceroom import __version__
from evidenceroom.ui.application import app_icon


def _libvlc_version() -> str | None:
    from evidenceroom.core import media

    if media.libvlc_unavailable() is not None:
        return None
    import vlc

    return vlc.libvlc_get_version().decode("utf-8", "replace").split()[0]


class AboutBox(QMessageBox):
    def __init__(self, parent: QWidget | None, archive_root: Path | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 EvidenceRoom"))
        self.setAccessibleName(self.tr("关于 EvidenceRoom"))
        self.setIconPixmap(app_icon().pixmap(64, 64))
        self.setText(self.about_text(archive_root))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # versions can be copied
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    def about_text(self, archive_root: Path | None) -> str:
        build = self.tr("安装版") if getattr(sys, "frozen", False) else self.tr("源代码运行")
        lines = [
            f"EvidenceRoom {__version__}",
            self.tr("执法音像资料管理：一次写入的档案库、当面审批、一式两份的证据光盘、设备台账。"),
            self.tr("本程序完全离线运行，不连接任何网络。"),
            "",
        ]
        if archive_root is not None:
            lines.append(self.tr("档案库：{0}").format(archive_root))
        system = f"{platform.system()} {platform.release()}"
        libvlc = _libvlc_version() or self.tr("未找到")
        lines.append(self.tr("运行环境：{0}；Qt {1}，Python {2}，libvlc {3}；{4}").format(
            build, qVersion(), platform.python_version(), libvlc, system))
        return "\n".join(lines)


def about_box(parent: QWidget | None, archive_root: Path | None) -> AboutBox:
    return AboutBox(parent, archive_root)

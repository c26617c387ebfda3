"""Help → About: what this program is, its version (from pyproject.toml) and what it runs on."""
from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from evidenceroom import __version__
from evidenceroom.ui.application import app_icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def _libvlc_version() -> str:
    from evidenceroom.core import media

    if media.libvlc_unavailable() is not None:
        return _tr("未找到")
    import vlc

    return vlc.libvlc_get_version().decode("utf-8", "replace").split()[0]


def about_text(archive_root: Path | None) -> str:
    build = _tr("安装版") if getattr(sys, "frozen", False) else _tr("源代码运行")
    lines = [
        f"EvidenceRoom {__version__}",
        _tr("执法音像资料管理：一次写入的档案库、当面审批、一式两份的证据光盘、设备台账。"),
        _tr("本程序完全离线运行，不连接任何网络。"),
        "",
    ]
    if archive_root is not None:
        lines.append(_tr("档案库：{0}").format(archive_root))
    system = f"{platform.system()} {platform.release()}"
    lines.append(_tr("运行环境：{0}；Qt {1}，Python {2}，libvlc {3}；{4}").format(
        build, qVersion(), platform.python_version(), _libvlc_version(), system))
    return "\n".join(lines)


def about_box(parent: QWidget | None, archive_root: Path | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("关于 EvidenceRoom"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text(archive_root))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # versions can be copied
    box.setAccessibleName(_tr("关于 EvidenceRoom"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box

"""`evidenceroom --self-test`: does this installation work, end to end, on this PC?

Runs in a checkout and in the frozen build alike. Each check prints one line, "ok   <check>" or
"FAIL <check>: <reason>", and the exit code is 1 when any check failed. Nothing outside a temporary
folder is touched: the archive is made in it and removed afterwards.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from evidenceroom import __version__
from evidenceroom.resources import resource_path, resource_root

SAMPLE_CLIP = "20261128_094530_0002.MP4"  # H.264 + AAC, 6 s, 51 KB
LABEL_TEXT = "证据光盘 自检 EvidenceRoom"
PLAY_TIMEOUT_S = 20.0


class CheckFailed(Exception):
    """A check's own verdict, with the reason to print."""


@dataclass
class SelfTest:
    out: Callable[[str], None] = print
    failures: int = 0
    state: dict = field(default_factory=dict)
    passed: set[str] = field(default_factory=set)

    def check(self, name: str, func: Callable[[], str | None], needs: tuple[str, ...] = ()) -> None:
        missing = [n for n in needs if n not in self.passed]
        if missing:
            self._fail(name, "not run, as this failed: " + ", ".join(missing))
            return
        try:
            detail = func()
        except CheckFailed as exc:
            self._fail(name, str(exc))
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - python-vlc calls sys.exit() when libvlc is missing
            last = traceback.extract_tb(exc.__traceback__)[-1:] or [None]
            where = f" ({Path(last[0].filename).name}:{last[0].lineno})" if last[0] else ""
            self._fail(name, f"{type(exc).__name__}: {exc}{where}")
        else:
            self.passed.add(name)
            self.out(f"ok   {name}" + (f" ({detail})" if detail else ""))

    def _fail(self, name: str, reason: str) -> None:
        self.failures += 1
        self.out(f"FAIL {name}: {' '.join(reason.split())}")


# --- the checks ---------------------------------------------------------------------------------

def _resources(t: SelfTest) -> str:
    root = resource_root()
    needed = [resource_path("samples", SAMPLE_CLIP), resource_path("translations", "evidenceroom_en.qm"),
              resource_path("icons", "evidenceroom.svg")]
    absent = [str(p) for p in needed if not p.is_file()]
    if absent:
        raise CheckFailed(f"missing: {', '.join(absent)}")
    from evidenceroom.core.archive import default_archive_dir

    default_archive_dir()  # the user data folder is found (not created) the way the first start finds it
    return str(root)


def _policies(t: SelfTest) -> str:
    from evidenceroom.core import profiles

    found = profiles.builtin()
    if not found:
        raise CheckFailed(f"no policy profile in {profiles.policy_dir()}")
    return f"{len(found)} profiles"


def _libvlc(t: SelfTest) -> str:
    try:
        import vlc
    except SystemExit:  # python-vlc exits when the library it was pointed at does not load
        raise CheckFailed("python-vlc cannot load libvlc from PYTHON_VLC_LIB_PATH="
                          f"{os.environ.get('PYTHON_VLC_LIB_PATH')!r} / PYTHON_VLC_MODULE_PATH="
                          f"{os.environ.get('PYTHON_VLC_MODULE_PATH')!r}") from None
    except (ImportError, OSError, NameError, AttributeError) as exc:
        raise CheckFailed(f"libvlc is not installed ({exc})") from None

    instance = vlc.Instance(_headless_args())
    if instance is None:
        raise CheckFailed("libvlc could not start (no plugins found?)")
    t.state["vlc"] = instance
    version = vlc.libvlc_get_version().decode("utf-8", "replace")
    library = _loaded_from(vlc.dll)
    t.state["libvlc_path"] = library
    return f"{version.split()[0]}, {library}"


def _loaded_from(dll) -> str:
    """The file a ctypes library was actually loaded from (the frozen build must use its own)."""
    name = str(getattr(dll, "_name", "?"))
    if sys.platform == "win32":
        import ctypes

        buffer = ctypes.create_unicode_buffer(1024)
        if ctypes.windll.kernel32.GetModuleFileNameW(ctypes.c_void_p(dll._handle), buffer, 1024):
            return buffer.value
    elif sys.platform.startswith("linux"):
        base = Path(name).name
        try:
            for line in Path("/proc/self/maps").read_text().splitlines():
                mapped = line.split(maxsplit=5)[-1]
                if Path(mapped).name.startswith(base):
                    return mapped
        except OSError:
            pass
    return name


def _plugin_folders() -> list[str]:
    """Where the loaded VLC plugins came from (Linux): the frozen build must use only its own."""
    try:
        maps = Path("/proc/self/maps").read_text().splitlines()
    except OSError:
        return []
    folders = set()
    for line in maps:
        mapped = line.split(maxsplit=5)[-1]
        if mapped.endswith("_plugin.so"):
            folders.add(str(Path(mapped).parent.parent))  # .../plugins/<family>/lib…_plugin.so
    return sorted(folders)


def _headless_args() -> list[str]:
    from evidenceroom.core.media import HEADLESS_ARGS

    return list(HEADLESS_ARGS)


def _open_archive(t: SelfTest) -> str:
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.audit import Actor

    # A Chinese folder name with a space: the archive must work wherever the clerk puts it.
    root = Path(t.state["tmp"]) / "自检 档案库"
    archive = Archive.create(root, "自检单位", actor=Actor(name="自检"))
    t.state["archive"] = archive
    return str(root)


def _import_clip(t: SelfTest) -> str:
    import shutil

    from evidenceroom.core.audit import Actor
    from evidenceroom.core.ingest import ImportRequest, import_paths

    card = Path(t.state["tmp"]) / "存储卡" / "DCIM"
    card.mkdir(parents=True)
    shutil.copy2(resource_path("samples", SAMPLE_CLIP), card / SAMPLE_CLIP)
    archive = t.state["archive"]
    report = import_paths(archive, Actor(name="自检"), ImportRequest(paths=[card.parent], case_no="自检〔2026〕1号"))
    if len(report.imported) != 1:
        reasons = [r.reason for r in report.rejected + report.skipped] or ["nothing imported"]
        raise CheckFailed("; ".join(str(r) for r in reasons))
    item = report.imported[0]
    if item.damage:
        raise CheckFailed(f"imported but marked damaged: {item.damage}")
    from evidenceroom.core.models import Recording

    with archive.session() as s:
        recording = s.get(Recording, item.recording_id)
        duration = recording.duration_ms
    if not duration:
        raise CheckFailed("imported, but libvlc found no duration")
    t.state["stored"] = archive.vault.path_for(item.sha256)
    return f"{item.sha256[:12]}…, {duration / 1000:.1f} s"


def _play_clip(t: SelfTest) -> str:
    import vlc

    player = t.state["vlc"].media_player_new()
    player.set_media(t.state["vlc"].media_new_path(str(t.state["stored"])))
    try:
        if player.play() != 0:
            raise CheckFailed("libvlc refused to start playback")
        deadline = time.monotonic() + PLAY_TIMEOUT_S
        first = None
        while time.monotonic() < deadline:
            state = player.get_state()
            if state in (vlc.State.Error, vlc.State.Ended, vlc.State.Stopped) and first is None:
                raise CheckFailed(f"playback stopped in state {state}")
            now = player.get_time()
            if state == vlc.State.Playing and now > 0:
                if first is None:
                    first = now
                elif now > first:
                    plugins = _plugin_folders()
                    return f"playing, time advanced {first} → {now} ms" + (
                        f", plugins from {', '.join(plugins)}" if plugins else "")
            time.sleep(0.05)
        raise CheckFailed(f"no playback within {PLAY_TIMEOUT_S:.0f} s (state {player.get_state()}, "
                          f"time {player.get_time()} ms)")
    finally:
        player.stop()
        player.release()


def _label_pdf(t: SelfTest) -> str:
    """A disc label as the discs page prints it, for a disc holding the imported clip."""
    from datetime import datetime, timezone

    from evidenceroom.core.disc_facts import DiscFacts
    from evidenceroom.printing.fonts import cjk_font_path
    from evidenceroom.printing.labels import render_labels

    disc = DiscFacts(unit="自检单位", set_no="自检-0001", case_no="自检〔2026〕1号", case_name=LABEL_TEXT,
                     activity="现场检查", maker="自检", made_at=datetime.now(timezone.utc), copy="A",
                     disc_no=1, disc_count=1, manifest_sha256="0" * 64, recordings=())
    data = render_labels([disc], layout="disc")
    pdf = Path(t.state["tmp"]) / "自检 标签.pdf"
    pdf.write_bytes(data)
    if not data.startswith(b"%PDF"):
        raise CheckFailed(f"{pdf} is not a PDF")
    if b"/FontFile2" not in data:
        raise CheckFailed("the Chinese font is not embedded (no FontFile2 stream)")
    return f"{len(data)} bytes, font {cjk_font_path()} embedded"


def _verify(t: SelfTest) -> str:
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.verify import verify

    report = verify(t.state["archive"], Actor(name="自检"))
    if not report.ok:
        raise CheckFailed("; ".join(str(p.detail) for p in report.problems))
    return f"{report.checked} files, audit chain intact"


def _qt(t: SelfTest) -> str:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "evidenceroom"])
    translator = QTranslator()
    if not translator.load(str(resource_path("translations", "evidenceroom_en.qm"))):
        raise CheckFailed("the English translation does not load")
    icon = QIcon(str(resource_path("icons", "evidenceroom.svg")))
    if icon.pixmap(64, 64).isNull():
        raise CheckFailed("the SVG icon does not render (Qt's svg plugin missing?)")
    label = QLabel("证据室")
    label.deleteLater()
    import importlib

    # The window's modules and what they import: a module left out of the build shows here.
    for module in ("setup_wizard", "login_dialog", "main_window"):
        importlib.import_module(f"evidenceroom.ui.{module}")
    return f"Qt {_qt_version()}, platform {app.platformName()}"


def _qt_version() -> str:
    from PySide6 import QtCore

    return QtCore.qVersion()


# --- running ------------------------------------------------------------------------------------

def run(out: Callable[[str], None] = print) -> int:
    t = SelfTest(out=out)
    frozen = "frozen build" if getattr(sys, "frozen", False) else "checkout"
    out(f"EvidenceRoom {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})")
    with tempfile.TemporaryDirectory(prefix="evidenceroom-selftest-", ignore_cleanup_errors=True) as tmp:
        t.state["tmp"] = tmp
        try:
            t.check("resources", lambda: _resources(t))
            t.check("policy profiles", lambda: _policies(t))
            t.check("libvlc", lambda: _libvlc(t))
            t.check("open a temporary archive", lambda: _open_archive(t))
            t.check("import sample clip", lambda: _import_clip(t), needs=("open a temporary archive", "libvlc"))
            t.check("play sample clip through libvlc", lambda: _play_clip(t), needs=("import sample clip",))
            t.check("label PDF with Chinese text", lambda: _label_pdf(t))
            t.check("verify the archive", lambda: _verify(t), needs=("open a temporary archive",))
            t.check("Qt widgets, translation and icon", lambda: _qt(t))
        finally:
            archive = t.state.get("archive")
            if archive is not None:
                archive.close()
            _writable(Path(tmp))  # the vault's files are read-only; let the folder go
    out("self-test passed" if t.failures == 0 else f"self-test FAILED: {t.failures} check(s)")
    return 0 if t.failures == 0 else 1


def _writable(root: Path) -> None:
    for path in root.rglob("*"):
        try:
            path.chmod(0o700 if path.is_dir() else 0o600)
        except OSError:
            pass

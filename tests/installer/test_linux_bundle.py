"""The Linux bundle, built from this tree with PyInstaller, runs its self-test on its own.

The build takes one to a few minutes; it is done once for the module. The bundle is run with a
bare environment (no virtualenv, no PYTHONPATH) from a folder with Chinese and a space in its path.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from evidenceroom import __version__

REPO = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1500

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT_S + 300),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Iterator[tuple[Path, Path]]:
    """(the tar.gz, the folder it was unpacked into); both are removed afterwards (500 MB)."""
    out = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    proc = subprocess.run(
        ["bash", str(REPO / "installer" / "linux" / "build_bundle.sh"), str(out)], cwd=REPO,
        capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
        env={**os.environ, "EVIDENCEROOM_PYTHON": sys.executable, "TMPDIR": str(out)})
    assert proc.returncode == 0, proc.stderr[-4000:]
    tarball = Path(proc.stdout.strip().splitlines()[-1])
    built_in = time.monotonic() - started
    unpacked = tmp_path_factory.mktemp("unpacked") / "证据室 程序"
    unpacked.mkdir()
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(unpacked)], check=True)  # as a user would
    folder = unpacked / f"evidenceroom-{__version__}"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle built in {built_in:.0f} s: {tarball.name} {tarball.stat().st_size / 2**20:.0f} MiB, "
          f"unpacked {size / 2**20:.0f} MiB")
    yield tarball, folder
    shutil.rmtree(unpacked.parent, ignore_errors=True)
    tarball.unlink(missing_ok=True)


def run_bundle(folder: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    bare = {"PATH": "/usr/bin:/bin", "HOME": str(folder.parent), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(folder.parent), **env}
    return subprocess.run([str(folder / "evidenceroom"), *args], cwd=folder.parent, capture_output=True,
                          text=True, encoding="utf-8", timeout=180, env=bare)


def test_bundle_is_named_after_the_version_and_carries_desktop_entry_and_icon(bundle):
    tarball, folder = bundle
    assert tarball.name == f"evidenceroom-{__version__}-linux-x86_64.tar.gz"
    for name in ("evidenceroom", "evidenceroom.desktop", "evidenceroom.png", "install-desktop-entry.sh"):
        assert (folder / name).is_file(), name
    assert os.access(folder / "evidenceroom", os.X_OK)
    desktop = (folder / "evidenceroom.desktop").read_text(encoding="utf-8")
    assert "Exec=evidenceroom" in desktop and "Name[zh_CN]=" in desktop
    internal = folder / "_internal"
    assert (internal / "libvlc.so.5").is_file() and (internal / "libvlccore.so.9").is_file()
    for family in ("access", "codec", "demux", "video_output", "audio_output", "packetizer"):
        assert any((internal / "vlc" / "plugins" / family).glob("*_plugin.so")), family
    assert list((internal / "resources" / "translations").glob("*.qm"))
    assert list((internal / "resources" / "policies").glob("*.toml"))
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (internal / "licences" / "fonts-wqy-microhei" / "copyright").is_file()


def test_bundle_reports_the_version_from_pyproject(bundle):
    _, folder = bundle
    proc = run_bundle(folder, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"EvidenceRoom {__version__}"


def test_bundle_self_test_passes_with_its_own_libvlc_and_plugins(bundle):
    _, folder = bundle
    proc = run_bundle(folder, "--self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert "frozen build" in lines[0]
    assert lines[-1] == "self-test passed"
    assert all(line.startswith("ok   ") for line in lines[1:-1]), proc.stdout
    assert len(lines) == 11, proc.stdout
    internal = str(folder / "_internal")
    libvlc = next(line for line in lines if line.startswith("ok   libvlc "))
    assert f"{internal}/libvlc.so" in libvlc
    played = next(line for line in lines if line.startswith("ok   play sample clip"))
    assert played.endswith(f"plugins from {internal}/vlc/plugins)"), played
    resources = next(line for line in lines if line.startswith("ok   resources"))
    assert internal in resources


def test_bundle_self_test_fails_when_libvlc_is_missing(bundle, tmp_path):
    _, folder = bundle
    # Not named libvlc.so.5: the frozen ctypes retries a failed path with its base name in the bundle.
    proc = run_bundle(folder, "--self-test", PYTHON_VLC_LIB_PATH=str(tmp_path / "absent" / "libvlc-none.so"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAIL libvlc: python-vlc cannot load libvlc" in proc.stdout
    assert proc.stdout.splitlines()[-1].startswith("self-test FAILED")


def test_bundle_fills_and_verifies_a_demo_archive(bundle, tmp_path):
    _, folder = bundle
    archive = tmp_path / "演示 档案库"
    demo = run_bundle(folder, "--archive", str(archive), "demo")
    assert demo.returncode == 0, demo.stdout + demo.stderr
    verify = run_bundle(folder, "--archive", str(archive), "verify", "--json")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert '"ok": true' in verify.stdout


# Starts the program on an X display, waits until something is drawn, photographs the screen and
# reports whether the program was still running then.
X_SESSION = """
"$1" --archive "$2" >"$3.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
    sleep 1
    kill -0 $pid 2>/dev/null || { wait $pid; echo "exited rc=$?"; exit 0; }
    import -window root "$3" 2>/dev/null || continue
    [ "$(convert "$3" -format '%[fx:standard_deviation]' info:)" != "0" ] && break
done
sleep 1
import -window root "$3"
kill -0 $pid && echo running
kill $pid
"""


def test_bundle_opens_its_first_run_window_on_an_x_display(bundle, tmp_path):
    """Qt's xcb platform plugin and its libraries came along: the first-run wizard appears."""
    from PIL import Image

    _, folder = bundle
    script = tmp_path / "x session.sh"
    script.write_text(X_SESSION, encoding="utf-8")
    shot = tmp_path / "screen.png"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1024x768x24", "bash", str(script),
                           str(folder / "evidenceroom"), str(tmp_path / "新 档案库"), str(shot)],
                          capture_output=True, text=True, timeout=180, env=env)
    log = shot.with_name("screen.png.log").read_text(encoding="utf-8", errors="replace")
    assert "running" in proc.stdout, proc.stdout + proc.stderr + log
    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 20  # a window with text, not an empty screen


WQY = Path("/usr/share/fonts/truetype/wqy")
HIDE_WQY = f'mount -t tmpfs none "{WQY}" && exec "$0" "$@"'


def can_hide_system_font() -> bool:
    """Root in a private mount namespace can lay an empty folder over the system's CJK font."""
    if os.geteuid() != 0 or not WQY.is_dir() or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", HIDE_WQY, "true"],
                           capture_output=True)
    return probe.returncode == 0


def test_bundle_prints_with_its_own_font_on_a_pc_without_one(bundle):
    if not can_hide_system_font():
        pytest.skip("needs root and mount namespaces to hide the system's font")
    _, folder = bundle
    proc = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", HIDE_WQY,
         str(folder / "evidenceroom"), "--self-test"], cwd=folder.parent, capture_output=True, text=True,
        encoding="utf-8", timeout=180,
        env={"PATH": "/usr/bin:/bin", "HOME": str(folder.parent), "LANG": "C.UTF-8",
             "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(folder.parent)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    label = next(line for line in proc.stdout.splitlines() if line.startswith("ok   label PDF"))
    assert f"{folder}/_internal/resources/fonts/wqy-microhei.ttc embedded" in label

"""`evidenceroom --self-test` in the checkout: every check passes, and a missing libvlc fails it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from evidenceroom.selftest import SelfTest

REPO = Path(__file__).resolve().parents[2]
CHECKS = ["resources", "policy profiles", "libvlc", "open a temporary archive", "import sample clip",
          "play sample clip through libvlc", "label PDF with Chinese text", "verify the archive",
          "Qt widgets, translation and icon"]


def self_test(**env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "evidenceroom", "--self-test"], cwd=REPO, capture_output=True,
                          text=True, encoding="utf-8", timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def check_lines(stdout: str) -> dict[str, str]:
    """{check name: "ok" or the failure reason}, from the one line each check prints."""
    found = {}
    for line in stdout.splitlines()[1:-1]:
        if line.startswith("ok   "):
            found[line[5:].split(" (", 1)[0]] = "ok"
        else:
            assert line.startswith("FAIL "), line
            name, _, reason = line[5:].partition(": ")
            found[name] = reason
    return found


def test_self_test_passes_in_the_checkout():
    proc = self_test()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("EvidenceRoom ") and "checkout" in lines[0]
    assert lines[-1] == "self-test passed"
    assert check_lines(proc.stdout) == {name: "ok" for name in CHECKS}
    played = next(line for line in lines if line.startswith("ok   play sample clip"))
    assert "time advanced" in played
    label = next(line for line in lines if line.startswith("ok   label PDF"))
    assert "embedded" in label


def test_self_test_fails_without_libvlc(tmp_path):
    proc = self_test(PYTHON_VLC_LIB_PATH=str(tmp_path / "no such" / "libvlc.so.5"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    results = check_lines(proc.stdout)
    assert "cannot load libvlc" in results["libvlc"]
    assert results["import sample clip"].startswith("not run")
    assert results["play sample clip through libvlc"].startswith("not run")
    # What does not need libvlc is still checked and reported.
    assert results["label PDF with Chinese text"] == "ok"
    assert results["open a temporary archive"] == "ok"
    assert proc.stdout.splitlines()[-1] == "self-test FAILED: 3 check(s)"


def test_a_check_that_raises_is_reported_with_its_reason():
    printed: list[str] = []
    t = SelfTest(out=printed.append)

    def broken() -> str:
        raise OSError("disk gone")

    t.check("first", lambda: "fine")
    t.check("second", broken)
    t.check("third", lambda: "never", needs=("second",))
    assert printed[0] == "ok   first (fine)"
    assert printed[1].startswith("FAIL second: OSError: disk gone")
    assert printed[2] == "FAIL third: not run, as this failed: second"
    assert t.failures == 2

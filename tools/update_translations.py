"""Refresh the English translation from the tr() strings in the code, then compile it.

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --check  # exit 1 if any string is new or unfinished

Source strings are Simplified Chinese (the default UI language); English is the translation.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "evidenceroom_en.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "evidenceroom").rglob("*.py")
                  if "migrations" not in p.parts)


def lupdate(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en", *sources(), "-ts", str(ts)],
                   cwd=REPO, check=True, capture_output=True)


def unfinished(ts: Path) -> list[str]:
    """Messages still in use whose English is missing; vanished and obsolete ones do not count."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / TS.name
            shutil.copy(TS, copy)
            lupdate(copy)
            missing = unfinished(copy)
        for line in missing:
            print(f"untranslated: {line}")
        return 1 if missing else 0
    lupdate(TS)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    missing = unfinished(TS)
    print(f"{TS.name}: {len(missing)} strings still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())

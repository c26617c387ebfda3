"""Hand the untranslated English strings out in batches and take the translations back.

    python tools/translation_batches.py export DIR [--parts N]   # DIR/batch-1.json … (after lupdate)
    python tools/translation_batches.py import DIR               # reads DIR/*.en.json, then lrelease

A batch is a JSON list of {"context", "source"}; a translated batch is the same list with an
"english" field added to each entry. Whole contexts stay in one batch so a translator sees a page's
strings together and keeps its terms consistent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import QM, TS, _tool, lupdate  # noqa: E402


def _open_messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                yield name, message


def export(out: Path, parts: int) -> int:
    lupdate(TS)
    by_context: dict[str, list[dict]] = {}
    for name, message in _open_messages(ET.parse(TS).getroot()):
        by_context.setdefault(name, []).append({"context": name, "source": message.findtext("source")})
    batches: list[list[dict]] = [[] for _ in range(max(1, parts))]
    for entries in sorted(by_context.values(), key=len, reverse=True):
        min(batches, key=len).extend(entries)
    out.mkdir(parents=True, exist_ok=True)
    for n, batch in enumerate(batches, 1):
        (out / f"batch-{n}.json").write_text(json.dumps(batch, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"batch-{n}.json: {len(batch)} strings")
    return 0


def import_(folder: Path) -> int:
    english: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob("*.en.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            if entry.get("english", "").strip():
                english[(entry["context"], entry["source"])] = entry["english"]
    lupdate(TS)  # the strings added since the export are in the file before they are filled
    tree = ET.parse(TS)
    filled = 0
    for name, message in _open_messages(tree.getroot()):
        text = english.get((name, message.findtext("source")))
        if text is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = text
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    left = sum(1 for _ in _open_messages(ET.parse(TS).getroot()))
    print(f"{filled} strings filled, {left} still to translate")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("folder", type=Path)
    ex.add_argument("--parts", type=int, default=1)
    im = sub.add_parser("import")
    im.add_argument("folder", type=Path)
    args = parser.parse_args()
    return export(args.folder, args.parts) if args.command == "export" else import_(args.folder)


if __name__ == "__main__":
    sys.exit(main())

"""The window only calls core services: no module under evidenceroom/ui reaches for SQLAlchemy."""
from __future__ import annotations

import ast
from pathlib import Path

import evidenceroom.ui


def sql_imports(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            found += [f"{path.relative_to(root)}:{node.lineno} {n}" for n in names
                      if n == "sqlalchemy" or n.startswith("sqlalchemy.")]
    return found


def test_no_ui_module_imports_sqlalchemy():
    assert sql_imports(Path(evidenceroom.ui.__file__).parent) == []


def test_the_scan_finds_an_import_of_sqlalchemy(tmp_path):
    (tmp_path / "page.py").write_text("from sqlalchemy import select\nimport sqlalchemy.orm as orm\n", encoding="utf-8")
    (tmp_path / "ok.py").write_text("from evidenceroom.core import gaps\n", encoding="utf-8")
    assert sql_imports(tmp_path) == ["page.py:1 sqlalchemy", "page.py:2 sqlalchemy.orm"]

"""The English translation: every tr() string has one, and the main window speaks only English.

Source strings are Simplified Chinese; `resources/translations/evidenceroom_en.ts` holds the English.
A new tr() string without English fails here rather than showing Chinese to an English user.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from sqlalchemy import select

from evidenceroom.core import accounts, errors
from evidenceroom.core.models import Case, Department, Device, Person, Unit, User
from evidenceroom.ui.application import install_translation
from evidenceroom.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]

# Han characters and the full-width punctuation that goes with them (，：（）、。 and the
# ideographic space): none of it belongs in an English label.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

# Examples quoted as data: a case number is entered exactly as it stands on the paper case file.
EXAMPLE_VALUES = ("秦水罚〔2026〕31号",)


def test_every_tr_string_has_an_english_translation():
    result = subprocess.run([sys.executable, str(REPO / "tools" / "update_translations.py"), "--check"],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, (
        "strings without English; run tools/update_translations.py and translate them in "
        f"resources/translations/evidenceroom_en.ts:\n{result.stdout}{result.stderr}")


@pytest.fixture
def english(qapp):
    """The English translator for one test; Chinese again afterwards for every other test."""
    before = errors.language()
    translator = install_translation(qapp, "en")
    assert translator is not None, "resources/translations/evidenceroom_en.qm did not load"
    yield translator
    qapp.removeTranslator(translator)
    translator.deleteLater()
    errors.set_language(before)


def _data_values(archive) -> list[str]:
    """Everything the window may show that was typed in by people: names, units, numbers, paths."""
    values: list[str] = [str(archive.root), *EXAMPLE_VALUES]
    with archive.session() as s:
        for column in (Unit.name, Department.name, Person.name, Person.badge_no, Person.title,
                       User.display_name, User.login, Device.serial, Device.model, Device.asset_no,
                       Case.case_no, Case.title, Case.category):
            values.extend(v for v in s.scalars(select(column)) if v)
    # Longest first, so that a name inside a longer value (a model name holding a kind) goes with it.
    return sorted(set(values), key=len, reverse=True)


def _headers(view: QTableView | QTreeView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            for c in range(model.columnCount(QModelIndex()))]


def _window_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text of the window that comes from tr()."""
    texts = [("window title", window.windowTitle())]
    for menu_action in window.menuBar().actions():
        texts.append(("menu", menu_action.text()))
        texts.extend(("menu action", a.text()) for a in menu_action.menu().actions())
    texts.extend(("navigation", window.nav.item(i).text()) for i in range(window.nav.count()))
    for w in window.findChildren(QWidget):
        where = f"{type(w).__name__} in {type(w.parent()).__name__}"
        texts.append((f"accessible name of {where}", w.accessibleName()))
        texts.append((f"tooltip of {where}", w.toolTip()))
        if isinstance(w, QLabel):
            texts.append((f"label {where}", w.text()))
        elif isinstance(w, QAbstractButton):
            texts.append((f"button {where}", w.text()))
        elif isinstance(w, QGroupBox):
            texts.append((f"group {where}", w.title()))
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            texts.append((f"placeholder of {where}", w.placeholderText()))
        elif isinstance(w, (QTableView, QTreeView)):
            texts.extend((f"header of {w.accessibleName()}", h) for h in _headers(w))
        elif isinstance(w, QTabWidget):
            texts.extend((f"tab of {w.accessibleName()}", w.tabText(i)) for i in range(w.count()))
    return [(where, text) for where, text in texts if text]


def test_the_main_window_in_english_shows_no_chinese_of_its_own(qtbot, english, staffed_archive, password):
    window = MainWindow(staffed_archive, accounts.sign_in(staffed_archive, "clerk", password))
    qtbot.addWidget(window)
    window.show()

    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == ["Archive", "Review", "Import", "Requests", "Register", "Discs", "Devices", "Compliance", "Audit log",
                   "Settings"]
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "陈静" in status and "Clerk" in status

    data = _data_values(staffed_archive)
    chinese = []
    for where, text in _window_texts(window):
        rest = text
        for value in data:
            rest = rest.replace(value, "")
        if CJK.search(rest):
            chinese.append(f"{where}: {text!r}")
    assert chinese == [], "Chinese left in the English window:\n" + "\n".join(sorted(set(chinese)))


def test_every_string_has_the_context_it_is_looked_up_in(tmp_path):
    """`tr = widget.tr` or a bare `tr("…")` hides the class from lupdate: the string lands in a context
    named after a variable (or none) and is never found at run time, where the class name is used."""
    import ast
    import xml.etree.ElementTree as ET

    sys.path.insert(0, str(REPO / "tools"))
    from update_translations import _tool, sources

    known: set[str] = set()
    for source in sources():
        for node in ast.walk(ast.parse((REPO / source).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("translate", "QT_TRANSLATE_NOOP"):
                    known.add(node.args[0].value)
    ts = tmp_path / "probe.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts)], cwd=REPO, check=True,
                   capture_output=True)
    stray = {c.findtext("name"): [m.findtext("source") for m in c.iter("message")]
             for c in ET.parse(ts).getroot().iter("context") if c.findtext("name") not in known}
    assert stray == {}

"""Small helpers every form uses, so a field is always tied to its label and named for screen readers."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def labelled_row(form: QFormLayout, text: str, field: QWidget, name: str) -> QLabel:
    """Add `field` under a label that is its buddy (Alt+mnemonic focuses it) and give it `name`."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(name)
    form.addRow(label, field)
    return label


def without_mnemonic(text: str) -> str:
    """A caption as a screen reader or a sentence should read it: "电池电量充足(&B)" → "电池电量充足",
    "&Battery charged" → "Battery charged" ("&&" stays a literal "&")."""
    text = re.sub(r"[(（]&[^)）][)）]", "", text)
    return re.sub(r"&(.)", r"\1", text).rstrip("：:")

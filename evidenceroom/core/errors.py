"""Errors a person can act on, in both of the product's languages.

The core has no Qt, so it cannot call tr(); it carries each message in Simplified Chinese (the
default) and English, and the shell that shows it (CLI or UI) picks the language.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

_language = "en" if os.environ.get("EVIDENCEROOM_LANG", "zh").lower().startswith("en") else "zh"


def set_language(language: str) -> None:
    global _language
    _language = "en" if language.lower().startswith("en") else "zh"


def language() -> str:
    return _language


@dataclass(frozen=True)
class Text:
    zh: str
    en: str

    def __str__(self) -> str:
        return self.en if _language == "en" else self.zh


class ArchiveError(Exception):
    """Something the user must fix; nothing in the archive was changed."""

    def __init__(self, zh: str, en: str):
        self.text = Text(zh, en)
        super().__init__(str(self.text))

    def __str__(self) -> str:
        return str(self.text)

"""Display names for the disc core's values (kinds, places, media), translated in one context."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "DiscNames"

KINDS = {
    "evidence": QT_TRANSLATE_NOOP("DiscNames", "证据光盘"),
    "long_term": QT_TRANSLATE_NOOP("DiscNames", "长期保存光盘"),
    "copy": QT_TRANSLATE_NOOP("DiscNames", "复制光盘"),
}
PLACES = {
    "unfiled": QT_TRANSLATE_NOOP("DiscNames", "未归档"),
    "case_file": QT_TRANSLATE_NOOP("DiscNames", "附卷"),
    "evidence_room": QT_TRANSLATE_NOOP("DiscNames", "档案室保存"),
    "given": QT_TRANSLATE_NOOP("DiscNames", "已交付"),
}
MEDIA = {"cd": "CD", "dvd": "DVD", "bd": "BD"}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_name(kind: str) -> str:
    return _t(KINDS[kind]) if kind in KINDS else kind


def place_name(place: str) -> str:
    return _t(PLACES[place]) if place in PLACES else place


def medium_name(medium: str) -> str:
    return MEDIA.get(medium, medium)

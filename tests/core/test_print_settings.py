"""Print settings (page size, label offsets) as an audited unit setting, and printed documents audited."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from evidenceroom.core import accounts, print_settings, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Role, Setting
from evidenceroom.core.print_settings import PrintSettings

PASSWORD = "正确的密码-2026"


@pytest.fixture
def users(archive):
    with archive.transaction() as s:
        for login, role in (("wangwu", Role.CLERK), ("zhou", Role.INSPECTOR)):
            registry.add_user(s, Actor("测试准备"), login, PASSWORD, role, login)
    return {login: accounts.sign_in(archive, login, PASSWORD) for login in ("wangwu", "zhou")}


def _events(archive, action: str) -> list[dict]:
    with archive.session() as s:
        return [json.loads(e.details) for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action))]


def test_defaults_until_the_clerk_sets_a_shift_then_it_is_kept_and_audited(archive, users):
    assert print_settings.print_settings(archive) == PrintSettings("A4", 0.0, 0.0)
    chosen = print_settings.set_print_settings(archive, users["wangwu"], PrintSettings("Letter", 1.26, -2.0))
    assert chosen == PrintSettings("Letter", 1.3, -2.0)
    assert print_settings.print_settings(archive) == chosen
    [event] = [e for e in _events(archive, "setting.changed") if e["key"] == print_settings.PRINT_SETTINGS_KEY]
    assert event["before"]["page_size"] == "A4" and event["after"] == {"page_size": "Letter", "offset_x_mm": 1.3,
                                                                       "offset_y_mm": -2.0}


@pytest.mark.parametrize("bad, words", [(PrintSettings("A5"), "A4 或 Letter"),
                                        (PrintSettings("A4", 12.0, 0.0), "水平偏移"),
                                        (PrintSettings("A4", 0.0, float("nan")), "垂直偏移")])
def test_bad_settings_are_refused_and_change_nothing(archive, users, bad, words):
    with pytest.raises(ArchiveError, match=words):
        print_settings.set_print_settings(archive, users["wangwu"], bad)
    assert print_settings.print_settings(archive) == print_settings.DEFAULT
    assert _events(archive, "setting.changed") == []


def test_an_inspector_cannot_change_them(archive, users):
    with pytest.raises(ArchiveError, match="只有管理员或保管人"):
        print_settings.set_print_settings(archive, users["zhou"], PrintSettings("Letter"))
    assert print_settings.print_settings(archive) == print_settings.DEFAULT


def test_a_damaged_stored_value_falls_back_to_the_defaults(archive):
    with archive.transaction() as s:
        s.add(Setting(key=print_settings.PRINT_SETTINGS_KEY, value='{"page_size": "A4"'))
    assert print_settings.print_settings(archive) == print_settings.DEFAULT


def test_printing_a_document_is_audited_with_what_was_printed(archive, users):
    print_settings.record_printed(archive, users["wangwu"], "disc_label_a4", "disc_set", 7, set_no="GP-2026-0007",
                                  copies=["1A", "1B"])
    [event] = _events(archive, "document.printed")
    assert event == {"document": "disc_label_a4", "document_zh": "光盘标签（A4 标签纸）", "set_no": "GP-2026-0007",
                     "copies": ["1A", "1B"]}
    with pytest.raises(ArchiveError, match="未知的文档类型"):
        print_settings.record_printed(archive, users["wangwu"], "poster")

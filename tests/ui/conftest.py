"""Fixtures for widget tests: a real archive with staff, users and imported clips."""
from __future__ import annotations

import pytest

from evidenceroom.core import accounts, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import DeviceKind, Role

PASSWORD = "correct-horse-1"


@pytest.fixture
def staffed_archive(archive):
    """The archive with an officer (badge 13001), a body camera (DSJ-07) and a user per role."""
    setup = Actor("测试准备")
    with archive.transaction() as s:
        registry.add_person(s, setup, "张伟", "13001", "水政监察支队一大队")
        registry.add_person(s, setup, "李娜", "13002", "水政监察支队二大队")
        registry.add_device(s, setup, "DSJ-07", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ-V9", "QS-ZF-007")
        for login, name, role in (("admin", "系统管理员", Role.ADMINISTRATOR), ("clerk", "陈静", Role.CLERK),
                                  ("director", "赵主任", Role.SUPERVISOR), ("inspector", "周科长", Role.INSPECTOR)):
            registry.add_user(s, setup, login, PASSWORD, role, name)
    return archive


@pytest.fixture
def clerk(staffed_archive):
    return accounts.sign_in(staffed_archive, "clerk", PASSWORD)


@pytest.fixture
def filled_archive(staffed_archive, card):
    """Staffed, with a card's clips imported under case 秦水罚〔2026〕31号."""
    import_paths(staffed_archive, Actor("测试准备"), ImportRequest(
        paths=[card], case_no="秦水罚〔2026〕31号", officer_badge="13001", device_serial="DSJ-07"))
    return staffed_archive


@pytest.fixture
def password() -> str:
    """The password of every user in `staffed_archive`."""
    return PASSWORD


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Work a test left running (a page's background read, the check after an import) is cancelled
    and waited for before the test's archive is closed, so no thread outlives its test."""
    try:
        return (yield)
    finally:
        from evidenceroom.ui import workers

        if workers.running_jobs():
            workers.stop_all()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):
    """Window geometry and language choices go to a temporary folder, not the tester's own."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("EvidenceRoom-tests")
    QCoreApplication.setApplicationName("EvidenceRoom-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    QSettings().clear()
    yield

"""The register page shows each row's kind, the clips played and each approver with their step; copies
are rows of their own, and the kind filter narrows the list (RPT-01, ACC-04)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from evidenceroom.core import access, playback_rules, register, review, usb_copy
from evidenceroom.core.access import Items
from evidenceroom.core.models import Person, Recording
from evidenceroom.ui.requests.register_page import RegisterPage


def _grant(archive, clerk, password, kind: str, rec_ids: tuple[int, ...]) -> int:
    with archive.session() as s:
        officer = s.scalars(select(Person.id).where(Person.badge_no == "13002")).one()
    now = datetime.now(timezone.utc)
    request = access.create_request(
        archive, clerk, kind=kind, requester=officer, reason=f"{kind} 复核现场检查过程", purpose="supervision",
        items=Items(recording_ids=rec_ids), window_start=now - timedelta(minutes=1), window_end=now + timedelta(hours=2))
    return access.decide(archive, clerk, request.id, "director", password, "approve", "同意").grant_id


def _filled(archive, clerk, password, tmp_path) -> tuple[int, int]:
    with archive.session() as s:
        a, b = s.scalars(select(Recording.id).where(Recording.media_kind == "video").order_by(Recording.id)).all()[:2]
    entry = register.start_viewing(archive, clerk, _grant(archive, clerk, password, "view", (a, b)), [a, b])
    for rec_id in (b, a):
        basis = playback_rules.may_play(archive, clerk, rec_id)
        review.end_playback(archive, clerk, review.start_playback(archive, clerk, rec_id, basis), 800)
    register.end_viewing(archive, clerk, entry.id)
    usb_copy.copy_to_folder(archive, clerk, _grant(archive, clerk, password, "copy", (a,)), [a], tmp_path, "",
                            medium="folder")
    return a, b


def _column(page: RegisterPage, title: str) -> int:
    heads = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    return heads.index(title)


def test_the_page_shows_kind_played_clips_approvers_by_step_and_copies(qtbot, filled_archive, clerk, password,
                                                                        tmp_path):
    a, b = _filled(filled_archive, clerk, password, tmp_path)
    page = RegisterPage(filled_archive, clerk)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 2
    kind, played, approvers, custodian = (_column(page, t) for t in ("类别", "实际播放", "审批环节及审批人", "保管人"))
    copy_row, view_row = 0, 1  # newest first
    assert page.table.item(view_row, kind).text() == "查阅"
    assert page.table.item(copy_row, kind).text() == "复制"
    assert page.table.item(view_row, played).text() == f"#{b}, #{a}"  # in the order played
    assert page.table.item(copy_row, played).text() == "—"
    assert page.table.item(view_row, approvers).text() == "审批：赵主任 (director)"
    assert page.table.item(copy_row, approvers).text() == "审批：赵主任 (director)"
    assert page.table.item(copy_row, custodian).text() == "陈静 (clerk)"
    tip = page.table.item(view_row, played).toolTip().splitlines()  # the file names behind the numbers
    assert [t.split()[0] for t in tip] == [f"#{b}", f"#{a}"] and all("MP4" in t.upper() for t in tip)
    assert page.message.text() == "共 2 条"

    page.kind.setCurrentIndex(page.kind.findData("copy"))  # the filter refreshes the list
    assert page.table.rowCount() == 1 and page.table.item(0, kind).text() == "复制"
    page.kind.setCurrentIndex(page.kind.findData("view"))
    assert page.table.rowCount() == 1 and page.table.item(0, kind).text() == "查阅"


def test_the_kind_filter_is_labelled_and_named(qtbot, filled_archive, clerk):
    page = RegisterPage(filled_archive, clerk)
    qtbot.addWidget(page)
    assert page.kind.accessibleName() == "类别"
    assert any(label.buddy() is page.kind for label in page.findChildren(QLabel))
    assert [page.kind.itemData(i) for i in range(page.kind.count())] == ["", "view", "copy", "provide"]
    assert page.table.rowCount() == 0

"""The viewing and copying register's rows (RPT-01, ACC-04): kind, approvers with their step, the
items actually played, copies as 复制 rows, one row per grant used in the period."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from evidenceroom.core import discs, register, usb_copy
from evidenceroom.core.access import OutsideParty
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.exports import viewing_register, viewing_register_xlsx
from evidenceroom.core.models import AuditEvent
from evidenceroom.core.register import RegisterFilter
from evidenceroom.core.timeutil import to_local, utcnow

from core.disc_support import render_test_description
from core.register_support import CHAIN, COPY_REASON, REASON, USES, Desk
from sql_count import statements


@pytest.fixture
def desk(archive, card) -> Desk:
    return Desk(archive, card)


def _uses(archive, since) -> int:
    with archive.session() as s:
        return len(list(s.scalars(select(AuditEvent.seq).where(AuditEvent.action.in_(USES), AuditEvent.at >= since))))


def _local(when):
    return to_local(when, "Asia/Shanghai").replace(tzinfo=None)


def test_a_viewing_row_shows_its_kind_each_approver_with_their_step_and_the_clips_played(archive, desk: Desk):
    grant = desk.grant()
    entry = register.start_viewing(archive, desk.clerk, grant, [desk.a, desk.b])
    assert entry.approver_steps == CHAIN and entry.played_ids == ()
    desk.play(desk.b)
    desk.play(desk.a)
    desk.play(desk.b)  # played again: listed once, in the order first played
    ended = register.end_viewing(archive, desk.clerk, entry.id)
    assert ended.played_ids == (desk.b, desk.a)

    [row] = register.register_rows(archive)
    assert (row.kind, row.kind_name, row.source) == ("view", "查阅", "viewing")
    assert row.approver_steps == CHAIN
    assert row.approvers_text == "审核：李主任 (lizhuren)；批准：赵局长 (zhaojuzhang)"
    assert row.played_ids == (desk.b, desk.a)
    assert (row.viewer_name, row.reason, row.clerk_name) == ("张三", REASON, "王五 (wangwu)")
    assert row.started_at <= row.ended_at

    [line] = viewing_register(archive).lines
    assert line.played_text.splitlines() == [f"#{desk.b} {desk.name_b}", f"#{desk.a} {desk.name_a}"]


def test_what_is_played_under_another_entry_or_for_the_import_check_is_not_listed(archive, desk: Desk):
    desk.play(desk.a)  # the clerk's import check, before any viewing
    first = register.start_viewing(archive, desk.clerk, desk.grant(), [desk.a])
    desk.play(desk.a)
    register.end_viewing(archive, desk.clerk, first.id)
    second = register.start_viewing(archive, desk.clerk, desk.grant(), [desk.b])
    desk.play(desk.b)
    rows = {r.id: r for r in register.register_rows(archive)}
    assert rows[first.id].played_ids == (desk.a,)
    assert rows[second.id].played_ids == (desk.b,)  # still going: its plays so far
    assert rows[second.id].ended_at is None


def test_a_usb_copy_and_a_disc_set_are_copy_rows_with_the_recipient_files_and_approvers(archive, desk: Desk,
                                                                                     tmp_path: Path):
    grant = desk.grant("copy", COPY_REASON)
    usb = tmp_path / "U盘 (F)"
    usb.mkdir()
    report = usb_copy.copy_to_folder(archive, desk.clerk, grant, [desk.a], usb, "", medium="usb")
    made = discs.make_disc_set(archive, desk.clerk, grant, render_description=render_test_description,
                               extractor="王五", medium="cd", folder=tmp_path / "光盘", kind="copy")

    disc_row, usb_row = register.copy_rows(archive)  # newest first
    for row in (disc_row, usb_row):
        assert (row.kind, row.kind_name, row.is_copy) == ("copy", "复制", True)
        assert (row.viewer_name, row.viewer_organisation, row.reason) == ("张三", "", COPY_REASON)
        assert row.approver_steps == CHAIN and row.clerk_name == "王五 (wangwu)"
        assert row.grant_id == grant and row.played_ids == ()
    assert usb_row.source == "usb_copy" and usb_row.recording_ids == (desk.a,)
    assert usb_row.copy_ref == report.folder.name
    assert disc_row.source == "disc_set" and disc_row.copy_ref == made.set_no
    assert set(disc_row.recording_ids) >= {desk.a, desk.b}

    register_ = viewing_register(archive)
    assert [line.entry.source for line in register_.lines] == ["usb_copy", "disc_set"]  # in the order made
    assert register_.lines[0].content_text.splitlines()[0] == f"复制到：{report.folder.name}"
    assert desk.name_a in register_.lines[0].content_text and register_.lines[0].played_text == "—"
    # Viewings only, or copies only.
    assert register.register_records(archive, RegisterFilter(kind="view")) == []
    assert len(register.register_records(archive, RegisterFilter(kind="copy"))) == 2


def test_a_copy_for_someone_else_names_that_recipient_and_a_provide_grant_is_its_own_kind(archive, desk: Desk,
                                                                                         tmp_path: Path):
    grant = desk.grant("copy", COPY_REASON)
    usb_copy.copy_to_folder(archive, desk.clerk, grant, [desk.a], tmp_path, "李四 区法院", medium="folder")
    outside = desk.grant("provide", "行政诉讼举证", OutsideParty("陈律师", "某某律师事务所", "110101199001011234"))
    usb_copy.copy_to_folder(archive, desk.clerk, outside, [desk.b], tmp_path, "", medium="folder")
    provided, copied = register.copy_rows(archive)
    assert (copied.viewer_name, copied.viewer_organisation) == ("李四 区法院", "")
    assert (provided.kind_name, provided.viewer_name, provided.viewer_organisation) == (
        "对外提供", "陈律师", "某某律师事务所")
    assert [r.request_id for r in register.copy_rows(archive, RegisterFilter(viewer="陈"))] == [provided.request_id]
    assert register.copy_rows(archive, RegisterFilter(recording_id=desk.a)) == [copied]
    with pytest.raises(ArchiveError, match="没有“借阅”这一类别"):
        register.register_records(archive, RegisterFilter(kind="借阅"))


def test_the_rows_for_a_period_are_the_grants_used_in_it(archive, desk: Desk, tmp_path: Path):
    before = register.start_viewing(archive, desk.clerk, desk.grant(), [desk.a])  # before the period
    register.end_viewing(archive, desk.clerk, before.id)
    since = utcnow()
    view = desk.grant()
    for clips in ([desk.a], [desk.a, desk.b]):
        entry = register.start_viewing(archive, desk.clerk, view, clips)
        register.end_viewing(archive, desk.clerk, entry.id)
    copy = desk.grant("copy", COPY_REASON)
    usb_copy.copy_to_folder(archive, desk.clerk, copy, None, tmp_path, "", medium="folder")
    register.start_viewing(archive, desk.clerk, copy, [desk.b])  # viewed under the copy grant as well

    period = RegisterFilter(since=_local(since))
    rows = register.register_records(archive, period)
    assert len(rows) == _uses(archive, since) == 4
    assert before.id not in {r.id for r in rows if not r.is_copy}
    assert len(viewing_register(archive, period).lines) == 4
    assert len(register.register_records(archive)) == 5
    # The page size holds over viewings and copies together.
    assert len(register.register_records(archive, RegisterFilter(limit=2))) == 2
    assert register.register_records(archive, RegisterFilter(limit=2, offset=1))[0] == rows[1]


def test_the_xlsx_has_the_kind_the_played_clips_and_the_approvers_by_step(archive, desk: Desk, tmp_path: Path):
    from openpyxl import load_workbook

    entry = register.start_viewing(archive, desk.clerk, desk.grant(), [desk.a, desk.b])
    desk.play(desk.a)
    register.end_viewing(archive, desk.clerk, entry.id)
    usb_copy.copy_to_folder(archive, desk.clerk, desk.grant("copy", COPY_REASON), [desk.b], tmp_path, "",
                            medium="folder")
    ws = load_workbook(viewing_register_xlsx(archive, None, tmp_path / "登记簿.xlsx")).active
    head = [c.value for c in ws[1]]
    view, copy = ([c.value for c in row] for row in ws.iter_rows(min_row=2))
    col = {name: head.index(name) for name in ("类别", "实际播放", "审批环节及审批人", "保管人")}
    assert (view[col["类别"]], copy[col["类别"]]) == ("查阅", "复制")
    assert view[col["实际播放"]] == f"#{desk.a} {desk.name_a}" and copy[col["实际播放"]] == "—"
    assert view[col["审批环节及审批人"]] == copy[col["审批环节及审批人"]] == \
        "审核：李主任 (lizhuren)\n批准：赵局长 (zhaojuzhang)"
    assert copy[col["保管人"]] == "王五 (wangwu)"


def _counted(archive, read) -> tuple[int, int]:
    with statements(archive) as seen:
        read()
    return len(seen), max(n for _, n in seen)


def test_the_register_is_read_in_a_fixed_number_of_statements(archive, desk: Desk, tmp_path: Path):
    def grow(n: int) -> None:
        grant = desk.grant()
        for _ in range(n):
            entry = register.start_viewing(archive, desk.clerk, grant, [desk.a, desk.b])
            desk.play(desk.a)
            desk.play(desk.b)
            register.end_viewing(archive, desk.clerk, entry.id)
        usb_copy.copy_to_folder(archive, desk.clerk, desk.grant("copy", COPY_REASON), [desk.a], tmp_path, "",
                                medium="folder")

    grow(1)
    small = _counted(archive, lambda: register.register_records(archive))
    small_print = _counted(archive, lambda: viewing_register(archive))
    grow(4)
    assert len(register.register_records(archive)) == 7
    assert _counted(archive, lambda: register.register_records(archive))[0] == small[0]
    assert _counted(archive, lambda: viewing_register(archive))[0] == small_print[0]
    with archive.session() as s:
        plays = [json.loads(d) for d in s.scalars(select(AuditEvent.details)
                                                   .where(AuditEvent.action == "playback.started"))]
    assert len(plays) == 10 and all(p["basis"] == "register" for p in plays)

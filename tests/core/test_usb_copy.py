"""Copies to a USB drive or folder under a grant (ACC-06): checked on the target, logged once."""
from __future__ import annotations

import json
import shutil
import threading
import time
from datetime import timedelta
from pathlib import Path

import bagit
import pytest
from sqlalchemy import select

from evidenceroom.core import access, grants, usb_copy
from evidenceroom.core.access import Items, OutsideParty
from evidenceroom.core.audit import Actor
from evidenceroom.core.chain_of_custody import chain_of_custody
from evidenceroom.core.disc_verify import DiscProgress, verify_disc
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Recording, Role
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.vault import Cancelled

from core.disc_support import PASSWORD, copy_grant, make_desk


@pytest.fixture
def desk(archive, card):
    return make_desk(archive, card)


@pytest.fixture
def usb(tmp_path) -> Path:
    """A USB drive's mount point: Chinese and a space in its name, something already on it."""
    root = tmp_path / "U盘 (F)"
    root.mkdir()
    (root / "别人的文件.txt").write_text("不要动我", encoding="utf-8")
    return root


def _events(archive, prefix: str = "copy.") -> list[AuditEvent]:
    with archive.session() as s:
        return [e for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq)) if e.action.startswith(prefix)]


def _vault(archive) -> dict[int, tuple[str, Path]]:
    with archive.session() as s:
        return {r.id: (r.sha256, archive.vault.path_for(r.sha256)) for r in s.scalars(select(Recording))}


def test_a_copy_under_a_copy_grant_is_byte_identical_verifies_and_is_logged_once(archive, desk, usb):
    grant_id = copy_grant(archive, desk)
    seen: list[DiscProgress] = []
    report = usb_copy.copy_to_folder(archive, desk.clerk, grant_id, None, usb, "李四 区法院", progress=seen.append,
                                     medium="usb")

    assert report.folder.parent == usb and report.folder.name.startswith(f"证据复制_申请{report.request_id}_")
    assert sorted(p.name for p in usb.iterdir()) == sorted(["别人的文件.txt", report.folder.name])
    assert (usb / "别人的文件.txt").read_text(encoding="utf-8") == "不要动我"
    vault = _vault(archive)
    assert sorted(f.recording_id for f in report.files) == sorted(desk.recording_ids)
    for f in report.files:
        written = report.folder / "data" / f.name
        assert written.read_bytes() == vault[f.recording_id][1].read_bytes()
        assert f.sha256 == vault[f.recording_id][0] and f.size == written.stat().st_size
    # Progress in bytes: written once and read back once.
    assert seen[-1].done == seen[-1].total == 2 * report.total_bytes
    assert {p.phase for p in seen} == {"stage", "verify"}

    # The copy checks with the disc verifier and with the BagIt reference library.
    checked = verify_disc(report.folder)
    assert checked.intact and checked.kind == "folder" and checked.manifest_sha256 == report.manifest_sha256
    bag = bagit.Bag(str(report.folder))
    bag.validate()
    assert bag.info["Recipient"] == "李四 区法院"

    [made] = _events(archive)
    d = json.loads(made.details)
    assert (made.action, made.target_kind, made.target_id, made.actor_user_id) == (
        "copy.made", "access_grant", grant_id, desk.clerk.user_id)
    assert (d["recipient"], d["medium"], d["folder"], d["grant_id"]) == ("李四 区法院", "usb", str(report.folder), grant_id)
    assert {(f["recording_id"], f["sha256"], f["size"]) for f in d["files"]} == {
        (f.recording_id, f.sha256, f.size) for f in report.files}

    [entry] = usb_copy.copy_log(archive)
    assert (entry.recipient, entry.medium, entry.folder, entry.made_by) == ("李四 区法院", "usb", str(report.folder),
                                                                            "王五 (wangwu)")
    assert entry.files == report.files

    rec = desk.recording_ids[0]
    chain = chain_of_custody(archive, recording_id=rec)
    [ev] = [e for e in chain.events if e.action == "copy.made"]
    assert "接收人 李四 区法院" in ev.summary and "介质 U盘" in ev.summary and vault[rec][0] in ev.summary
    assert chain.chain_ok


def test_a_part_of_the_grant_and_a_second_copy_never_overwrite(archive, desk, usb):
    grant_id = copy_grant(archive, desk)
    one = desk.recording_ids[:1]
    first = usb_copy.copy_to_folder(archive, desk.clerk, grant_id, one, usb, "")
    second = usb_copy.copy_to_folder(archive, desk.clerk, grant_id, one, usb, "")
    assert first.folder != second.folder and first.folder.is_dir() and second.folder.is_dir()
    assert [f.recording_id for f in first.files] == one
    assert first.recipient == "张三"  # the requester, when no recipient is named
    assert [e.folder for e in usb_copy.copy_log(archive)] == [str(second.folder), str(first.folder)]


def _refused(archive, usb, call, match: str | None, error=ArchiveError) -> None:
    before = sorted(usb.iterdir())
    with pytest.raises(error, match=match):
        call()
    assert sorted(usb.iterdir()) == before
    assert usb_copy.copy_log(archive) == []


def test_refused_without_a_usable_grant_for_a_stranger_or_in_a_missing_folder(archive, desk, usb):
    grant_id = copy_grant(archive, desk)
    clerk = desk.clerk
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, clerk, 999, None, usb, "x"), "没有第 999 号.*不能复制")
    view = copy_grant(archive, desk, kind="view")
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, clerk, view, None, usb, "x"), "只允许查阅")
    inspector = Actor("督察 钱七", role=Role.INSPECTOR.value)
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, inspector, grant_id, None, usb, "x"), "保管员")
    supervisor = Actor("赵局长", role=Role.SUPERVISOR.value)
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, supervisor, grant_id, None, usb, "x"), "保管员")
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, clerk, grant_id, None, usb / "没有 这个", "x"),
             "不存在")
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, clerk, grant_id, None, usb / "别人的文件.txt", "x"),
             "不是文件夹")
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, clerk, grant_id, [424242], usb, "x"),
             "没有第 424242 号资料")
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, clerk, grant_id, None, usb, "x", medium="cd"),
             "无效的介质")
    # A grant that has ended, and one revoked, allow no copy.
    # Long enough for the approval to be made on a busy machine (argon2), then waited out.
    ended = copy_grant(archive, desk, hours=6 / 3600)
    time.sleep(max(0.0, (grants.grant_info(archive, ended).window_end - utcnow()).total_seconds()) + 0.1)
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, clerk, ended, None, usb, "x"), "时段已过")
    grants.revoke_grant(archive, clerk, grant_id, "误批")
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, clerk, grant_id, None, usb, "x"), "已于 .* 撤销，不能复制")
    assert _events(archive) == []  # refused before anything was written: not even an attempt


def test_a_recording_outside_the_grant_is_refused(archive, desk, usb):
    only_first = copy_grant(archive, desk, items=Items(recording_ids=(desk.recording_ids[0],)))
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, desk.clerk, only_first, desk.recording_ids[1:2],
                                                           usb, "x"), "不在第")


def test_a_mismatch_on_read_back_removes_the_copy_and_logs_no_copy(archive, desk, usb):
    grant_id = copy_grant(archive, desk)
    hit: list[Path] = []

    def spoil(path: Path) -> None:  # the drive gives back other bytes than it was given
        if not hit:
            hit.append(path)
            data = bytearray(path.read_bytes())
            data[len(data) // 2] ^= 0xFF
            path.write_bytes(bytes(data))

    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, desk.clerk, grant_id, None, usb, "x",
                                                           after_write=spoil), "回读校验未通过")
    assert hit and not hit[0].exists()
    [failed] = _events(archive)
    assert failed.action == "copy.failed" and "回读校验未通过" in json.loads(failed.details)["reason"]


def test_a_drive_pulled_out_mid_copy_removes_the_copy_and_says_so(archive, desk, usb):
    grant_id = copy_grant(archive, desk)
    pulled: list[Path] = []

    def pull(path: Path) -> None:  # the drive is gone after the first file: the next write fails
        if not pulled:
            pulled.append(path)
            shutil.rmtree(path.parent.parent)

    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, desk.clerk, grant_id, None, usb, "x",
                                                           after_write=pull), "U盘是否被拔出.*已写出的部分已删除")
    assert pulled and pulled[0].parent.parent.name.endswith("_未完成")
    assert [e.action for e in _events(archive)] == ["copy.failed"]


def test_a_cancel_mid_copy_removes_what_was_written(archive, desk, usb):
    grant_id = copy_grant(archive, desk)
    cancel = threading.Event()
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, desk.clerk, grant_id, None, usb, "x",
                                                           cancel=cancel, after_write=lambda p: cancel.set()), None, Cancelled)
    assert [e.action for e in _events(archive)] == ["copy.cancelled"]


def test_cancel_raises_cancelled(archive, desk, usb):
    grant_id = copy_grant(archive, desk)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        usb_copy.copy_to_folder(archive, desk.clerk, grant_id, None, usb, "x", cancel=cancel)
    assert sorted(p.name for p in usb.iterdir()) == ["别人的文件.txt"]


def test_an_outside_requester_needs_a_provide_grant(archive, desk, usb):
    from evidenceroom.core import policy
    now = utcnow()
    req = access.create_request(archive, desk.clerk, kind="copy",
                                requester=OutsideParty("李律师", "某某律师事务所", "110101199001011234"), reason="代理诉讼", purpose="litigation", items=Items(case_ids=(desk.case_id,)),
                                window_start=now, window_end=now + timedelta(hours=2), policy=policy.DEFAULT)
    gid = access.decide(archive, desk.clerk, req.id, "zhaojuzhang", PASSWORD, "approve", "同意").grant_id
    _refused(archive, usb, lambda: usb_copy.copy_to_folder(archive, desk.clerk, gid, None, usb, ""), "对外提供")


def test_the_medium_is_guessed_from_the_mount_point():
    assert usb_copy.guess_medium("/media/王五/U盘") == "usb"
    assert usb_copy.guess_medium("/run/media/wangwu/KINGSTON") == "usb"
    assert usb_copy.guess_medium("/home/wangwu/文档") == "folder"

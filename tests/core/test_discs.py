"""Disc sets made under a copy grant: BagIt bags on ISO images, read back, recorded, audited."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import threading
import time
from datetime import timedelta
from pathlib import Path

import bagit
import pycdlib
import pytest
from sqlalchemy import func, select

from evidenceroom.core import discs, grants
from evidenceroom.core.access import Items
from evidenceroom.core.audit import Actor
from evidenceroom.core.disc_papers import set_description_facts, set_disc_facts
from evidenceroom.core.disc_staging import VaultFileAltered
from evidenceroom.core.disc_verify import DiscProgress, verify_disc
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Recording
from evidenceroom.core.models.discs import Disc, DiscCopy, DiscFile, DiscSet
from evidenceroom.core.platform import make_writable
from evidenceroom.core.timeutil import utcnow
from evidenceroom.core.vault import Cancelled
from evidenceroom.core.verify import verify

from core.disc_support import CASE_NO, copy_grant, make_desk, render_test_description


@pytest.fixture
def desk(archive, card):
    return make_desk(archive, card)


@pytest.fixture
def out(tmp_path) -> Path:
    return tmp_path / "刻录 输出"


def _make(archive, desk, grant_id, out, **kw):
    kw.setdefault("extractor", "王五")
    kw.setdefault("medium", "cd")
    return discs.make_disc_set(archive, desk.clerk, grant_id, render_description=render_test_description,
                               folder=out, **kw)


def _iso_bytes(iso: pycdlib.PyCdlib, **path) -> bytes:
    buf = io.BytesIO()
    iso.get_file_from_iso_fp(buf, **path)
    return buf.getvalue()


def _counts(archive) -> tuple[int, ...]:
    with archive.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (DiscSet, Disc, DiscFile, DiscCopy))


def _actions(archive) -> list[str]:
    with archive.session() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def _vault_hashes(archive) -> dict[int, str]:
    with archive.session() as s:
        return dict(s.execute(select(Recording.id, Recording.sha256)).all())


def test_a_set_under_a_copy_grant_holds_the_originals_byte_for_byte_with_its_manifests(archive, desk, out):
    grant_id = copy_grant(archive, desk)
    info = _make(archive, desk, grant_id, out, keep_staging=True)

    assert info.set_no.startswith("GP-2026-") or info.set_no.startswith("GP-")
    assert (info.kind, info.medium, info.copies, info.case_no) == ("evidence", "cd", 2, CASE_NO)
    assert info.status_zh == "未完成 (0/2)" and not info.complete
    [disc] = info.discs
    assert (disc.number, disc.count) == (1, 1) and disc.image_path.exists()
    assert [c.copy for c in disc.copies] == ["A", "B"]
    assert sorted(f.recording_id for f in disc.files) == sorted(desk.recording_ids)
    assert hashlib.sha256(disc.image_path.read_bytes()).hexdigest() == disc.image_sha256
    assert info.description_path.read_bytes() == render_test_description(set_description_facts(archive, info.id))

    vault = _vault_hashes(archive)
    iso = pycdlib.PyCdlib()
    iso.open(str(disc.image_path))
    try:
        assert iso.has_udf() and iso.has_joliet()
        manifest = _iso_bytes(iso, joliet_path="/manifest-sha256.txt")
        assert hashlib.sha256(manifest).hexdigest() == disc.manifest_sha256
        lines = manifest.decode().splitlines()
        assert len(lines) == len(desk.recording_ids)
        for f in disc.files:
            for key in ("joliet_path", "udf_path"):
                data = _iso_bytes(iso, **{key: "/" + f.path})
                assert hashlib.sha256(data).hexdigest() == f.sha256 == vault[f.recording_id]
            assert f"{f.sha256}  {f.path}" in lines
            # Plain ISO 9660 readers see a short name with the same bytes.
            short = "/DATA/" + f"R{f.recording_id:06d}." + f.path.rsplit(".", 1)[1].upper()[:3] + ";1"
            assert hashlib.sha256(_iso_bytes(iso, iso_path=short)).hexdigest() == f.sha256
        chinese = [f.path for f in disc.files if "现场 录音" in f.path]
        assert chinese and _iso_bytes(iso, udf_path="/" + chinese[0])
        info_txt = _iso_bytes(iso, joliet_path="/bag-info.txt").decode()
        assert f"Set-Number: {info.set_no}" in info_txt and "Disc-Number: 1/1" in info_txt
        assert "Source-Organization: 测试市水务局" in info_txt and f"Case-Number: {CASE_NO}" in info_txt
        assert "Extracted-By: 王五" in info_txt and "Made-By: 王五 (wangwu)" in info_txt
        rows = list(csv.DictReader(io.StringIO(_iso_bytes(iso, joliet_path="/recordings.csv").decode("utf-8-sig"))))
        assert {int(r["recording_id"]) for r in rows} == set(desk.recording_ids)
        assert {r["officer"] for r in rows} == {"张三（执法证号 3201001）"}
        assert {r["device"] for r in rows} == {"执法记录仪 DSJ-2024-0117"}
        assert all(r["recorded_at"] and r["place"] == "秦淮河 东岸 3 号码头" for r in rows)
        assert _iso_bytes(iso, joliet_path="/文字说明材料.pdf") == info.description_path.read_bytes()
        tags = _iso_bytes(iso, joliet_path="/tagmanifest-sha256.txt").decode()
        for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "recordings.csv", "文字说明材料.pdf"):
            assert hashlib.sha256(_iso_bytes(iso, joliet_path="/" + name)).hexdigest() + "  " + name in tags
    finally:
        iso.close()

    # The staged bag is a valid bag for the BagIt reference library as well.
    bag = bagit.Bag(str(info.folder / "disc1"))
    bag.validate()
    assert bag.info["Set-Number"] == info.set_no

    report = verify_disc(disc.image_path)
    assert report.intact and str(report.summary) == f"校验 {len(desk.recording_ids)}/{len(desk.recording_ids)} 通过"
    made = [e for e in _events(archive) if e.action == "disc_set.made"]
    assert len(made) == 1 and made[0].actor_user_id == desk.clerk.user_id
    assert json.loads(made[0].details)["discs"][0]["manifest_sha256"] == disc.manifest_sha256
    assert verify(archive, Actor("测试")).problems == []


def _events(archive) -> list[AuditEvent]:
    with archive.session() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def test_one_corrupted_byte_in_the_image_is_found_and_the_file_named(archive, desk, out, tmp_path):
    info = _make(archive, desk, copy_grant(archive, desk), out)
    [disc] = info.discs
    target = max(disc.files, key=lambda f: f.size)
    iso = pycdlib.PyCdlib()
    iso.open(str(disc.image_path))
    offset = iso.get_record(joliet_path="/" + target.path).extent_location() * 2048 + 1000
    iso.close()
    bad = tmp_path / "坏的 映像.iso"
    data = bytearray(disc.image_path.read_bytes())
    data[offset] ^= 0xFF
    bad.write_bytes(bytes(data))

    report = verify_disc(bad)
    assert not report.intact
    assert [(f.path, f.status) for f in report.bad] == [(target.path, "altered")]
    assert any(target.path in str(m) for m in report.messages())
    assert "校验未通过" in str(report.summary)

    # Recorded against copy A: the same disc (its manifest), one wrong file.
    from evidenceroom.core.disc_register import disc_set_info, verify_copy
    result = verify_copy(archive, desk.clerk, disc.copies[0].id, bad)
    assert not result.copy.verified and result.copy.latest.files_ok == len(disc.files) - 1
    assert any(target.path in p for p in result.copy.latest.problems)
    assert disc_set_info(archive, info.id).status_zh == "未完成 (0/2)"


def test_copies_a_and_b_are_verified_separately_and_the_set_completes_with_both(archive, desk, out):
    from evidenceroom.core.disc_register import (disc_set_info, file_copy, has_verified_two_copy_set,
                                                 list_disc_sets, verify_copy, with_verified_two_copy_set)
    info = _make(archive, desk, copy_grant(archive, desk), out, kind="long_term")
    [disc] = info.discs
    a, b = disc.copies
    rec = desk.recording_ids[0]
    with archive.session() as s:
        assert not has_verified_two_copy_set(s, rec)

    first = verify_copy(archive, desk.clerk, a.id, disc.image_path)
    assert first.copy.verified and first.report.intact
    assert disc_set_info(archive, info.id).status_zh == "未完成 (1/2)"
    with archive.session() as s:
        assert not has_verified_two_copy_set(s, rec)

    verify_copy(archive, desk.clerk, b.id, disc.image_path)
    done = disc_set_info(archive, info.id)
    assert done.status_zh == "完成" and done.status == "complete"
    with archive.session() as s:
        assert has_verified_two_copy_set(s, rec)
        assert with_verified_two_copy_set(s, desk.recording_ids + [4242]) == set(desk.recording_ids)

    filed = file_copy(archive, desk.clerk, a.id, "case_file", "案卷 2026-31 第3卷")
    assert (filed.place_zh, filed.location, filed.filed_by_name) == ("附卷", "案卷 2026-31 第3卷", "王五 (wangwu)")
    with pytest.raises(ArchiveError, match="请填写存放位置"):
        file_copy(archive, desk.clerk, b.id, "evidence_room", "  ")
    file_copy(archive, desk.clerk, b.id, "evidence_room", "档案室柜2")

    [listed] = list_disc_sets(archive, case_no="31号")
    assert [c.location for c in listed.discs[0].copies] == ["案卷 2026-31 第3卷", "档案室柜2"]
    assert list_disc_sets(archive, case_no="不存在的案号") == []
    assert [s.id for s in list_disc_sets(archive, recording_id=rec)] == [info.id]
    actions = _actions(archive)
    assert actions.count("disc_copy.verified") == 2 and actions.count("disc_copy.filed") == 2


def test_a_disc_of_another_set_is_not_taken_for_this_copy(archive, desk, out):
    from evidenceroom.core.disc_register import disc_set_info, verify_copy
    grant_id = copy_grant(archive, desk)
    first = _make(archive, desk, grant_id, out, recording_ids=desk.recording_ids[:1])
    second = _make(archive, desk, grant_id, out, recording_ids=desk.recording_ids[1:2])
    assert first.set_no != second.set_no
    before = _actions(archive)
    with pytest.raises(ArchiveError, match="读取的不是"):
        verify_copy(archive, desk.clerk, first.discs[0].copies[0].id, second.discs[0].image_path)
    with pytest.raises(ArchiveError, match="找不到"):
        verify_copy(archive, desk.clerk, first.discs[0].copies[0].id, out / "没有这个.iso")
    junk = out / "不是光盘.iso"
    junk.write_bytes(b"\0" * 40000)
    with pytest.raises(ArchiveError, match="无法从 .* 读出光盘清单"):
        verify_copy(archive, desk.clerk, first.discs[0].copies[0].id, junk)
    assert _actions(archive) == before
    assert disc_set_info(archive, first.id).discs[0].copies[0].verification_count == 0


@pytest.mark.parametrize("case", ["no grant", "view only", "revoked", "expired"])
def test_no_disc_without_an_approved_unexpired_unrevoked_copy_grant(archive, desk, out, case):
    if case == "no grant":
        grant_id, match = 999, "没有第 999 号调阅批准"
    elif case == "view only":
        grant_id, match = copy_grant(archive, desk, kind="view"), "只允许查阅"
    elif case == "revoked":
        grant_id, match = copy_grant(archive, desk), "已于 .* 撤销"
        grants.revoke_grant(archive, desk.clerk, grant_id, "申请人撤回")
    else:
        # Long enough for the approval to be made on a busy machine (argon2), then waited out.
        grant_id, match = copy_grant(archive, desk, hours=6 / 3600), "时段已过"
        from evidenceroom.core.grants import grant_info
        time.sleep(max(0.0, (grant_info(archive, grant_id).window_end - utcnow()).total_seconds()) + 0.1)
    before = _counts(archive)
    with pytest.raises(ArchiveError, match=match):
        _make(archive, desk, grant_id, out)
    with pytest.raises(ArchiveError, match=match):
        discs.plan_disc_set(archive, grant_id)
    assert _counts(archive) == before
    assert not out.exists() or not any(out.iterdir())


def test_recordings_outside_the_grant_are_refused(archive, desk, out):
    first, other = desk.recording_ids[0], desk.recording_ids[1]
    grant_id = copy_grant(archive, desk, items=Items(recording_ids=(first,)))
    assert discs.plan_disc_set(archive, grant_id).recording_ids == (first,)
    with pytest.raises(ArchiveError, match=f"第 {other} 号资料不在第 {grant_id} 号批准的范围内"):
        _make(archive, desk, grant_id, out, recording_ids=[first, other])
    with pytest.raises(ArchiveError, match="没有第 4242 号资料"):
        discs.plan_disc_set(archive, grant_id, recording_ids=[4242])
    assert _counts(archive) == (0, 0, 0, 0)


def test_a_set_larger_than_the_medium_is_split_into_discs_each_with_its_own_manifest(archive, desk, out):
    grant_id = copy_grant(archive, desk)
    with archive.session() as s:
        biggest = max(s.scalars(select(Recording.size)))
    room = discs._footprint(biggest) + 4096  # one largest file per disc, a small one may join it
    plan = discs.plan_disc_set(archive, grant_id, medium="dvd", capacity=room)
    assert plan.disc_count >= 2
    info = _make(archive, desk, grant_id, out, medium="dvd", capacity=room)
    assert len(info.discs) == plan.disc_count
    seen = []
    for d in info.discs:
        assert d.count == plan.disc_count
        report = verify_disc(d.image_path)
        assert report.intact and report.manifest_sha256 == d.manifest_sha256
        assert report.bag_info["Disc-Number"] == f"{d.number}/{d.count}"
        assert sorted(f.path for f in report.payload) == sorted(f.path for f in d.files)
        seen += [f.recording_id for f in d.files]
    assert sorted(seen) == sorted(desk.recording_ids)
    assert len({d.manifest_sha256 for d in info.discs}) == len(info.discs)
    assert len(set_disc_facts(archive, info.id)) == 2 * len(info.discs)

    with pytest.raises(ArchiveError, match="大于一张 DVD 光盘的容量"):
        discs.plan_disc_set(archive, grant_id, medium="dvd", capacity=1000)
    with pytest.raises(ArchiveError, match="无效的光盘类型"):
        discs.plan_disc_set(archive, grant_id, medium="floppy")


def test_a_vault_file_altered_before_staging_stops_the_run_and_nothing_is_counted(archive, desk, out):
    grant_id = copy_grant(archive, desk)
    victim = desk.recording_ids[-1]
    path = archive.vault.path_for(_vault_hashes(archive)[victim])
    make_writable(path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))

    with pytest.raises(VaultFileAltered, match=f"第 {victim} 号资料") as caught:
        _make(archive, desk, grant_id, out)
    assert caught.value.recording_id == victim
    assert _counts(archive) == (0, 0, 0, 0)
    assert not out.exists() or list(out.iterdir()) == []
    failed = [e for e in _events(archive) if e.action == "disc_set.failed"]
    assert len(failed) == 1 and json.loads(failed[0].details)["recording_id"] == victim


def test_the_description_must_be_complete_before_a_set_is_made(archive, desk, out):
    grant_id = copy_grant(archive, desk)
    with pytest.raises(ArchiveError, match="提取人"):
        _make(archive, desk, grant_id, out, extractor="  ")
    draft = discs.draft_description(archive, desk.clerk, grant_id, extractor="王五")
    assert discs.description_gaps(draft) == []
    assert draft.set_no.startswith("GP-") and draft.approved_by == "赵局长 (zhaojuzhang)"
    assert draft.purpose == "复制为光盘后附卷" and draft.disc_count == 1
    with archive.transaction() as s:
        s.get(Recording, desk.recording_ids[0]).activity.place = ""
    with pytest.raises(ArchiveError, match="取证地点"):
        _make(archive, desk, grant_id, out)
    assert _counts(archive) == (0, 0, 0, 0)


def test_progress_is_reported_and_a_cancelled_run_leaves_nothing(archive, desk, out):
    grant_id = copy_grant(archive, desk)
    cancel = threading.Event()
    seen: list[DiscProgress] = []

    def progress(p: DiscProgress) -> None:
        seen.append(p)
        if p.phase == "stage":
            cancel.set()

    with pytest.raises(Cancelled):
        _make(archive, desk, grant_id, out, progress=progress, cancel=cancel)
    assert seen and _counts(archive) == (0, 0, 0, 0)
    assert not out.exists() or list(out.iterdir()) == []
    assert "disc_set.cancelled" in _actions(archive)

    phases = []
    _make(archive, desk, grant_id, out, progress=lambda p: phases.append(p.phase))
    assert {"stage", "image", "verify"} <= set(phases)


def test_labels_and_description_facts_come_from_the_recorded_set(archive, desk, out):
    info = _make(archive, desk, copy_grant(archive, desk), out)
    desc = set_description_facts(archive, info.id)
    assert (desc.set_no, desc.case_no, desc.extractor, desc.disc_count) == (info.set_no, CASE_NO, "王五", 1)
    assert desc.maker == "王五 (wangwu)" and desc.unit == "测试市水务局"
    assert desc.made_at.utcoffset() == timedelta(hours=8)
    assert {r.sha256 for r in desc.recordings} == set(_vault_hashes(archive).values())
    labels = set_disc_facts(archive, info.id)
    assert [(f.copy, f.disc_no, f.disc_count) for f in labels] == [("A", 1, 1), ("B", 1, 1)]
    assert {f.manifest_sha256 for f in labels} == {info.discs[0].manifest_sha256}


def test_a_recording_counts_as_attached_only_with_a_verified_copy_in_the_case_file(archive, desk, out):
    from evidenceroom.core.disc_register import attached_verified, file_copy, unattached_recordings, verify_copy
    first, second = desk.recording_ids[0], desk.recording_ids[1]
    assert unattached_recordings(archive, desk.case_id) == desk.recording_ids
    info = _make(archive, desk, copy_grant(archive, desk), out, recording_ids=[first])
    a, b = info.discs[0].copies
    with archive.session() as s:
        assert attached_verified(s, [first, second]) == set()
    file_copy(archive, desk.clerk, a.id, "case_file", "案卷 2026-31 第3卷")
    with archive.session() as s:
        assert attached_verified(s, [first, second]) == set()  # filed, not yet verified
    verify_copy(archive, desk.clerk, b.id, info.discs[0].image_path)
    with archive.session() as s:
        assert attached_verified(s, [first]) == set()  # the verified copy is not the one in the case file
    verify_copy(archive, desk.clerk, a.id, info.discs[0].image_path)
    with archive.session() as s:
        assert attached_verified(s, [first, second]) == {first}
    assert unattached_recordings(archive, desk.case_id) == [i for i in desk.recording_ids if i != first]
    assert unattached_recordings(archive, desk.case_id, [first]) == []


def test_only_the_custodian_makes_discs_and_a_stale_half_made_set_is_cleared(archive, desk, out):
    import os

    from evidenceroom.core.accounts import SignedIn
    grant_id = copy_grant(archive, desk)
    inspector = SignedIn(desk.clerk.user_id, "sunjiancha", "孙监督", "inspector")
    with pytest.raises(ArchiveError, match="光盘由保管员制作"):
        discs.make_disc_set(archive, inspector, grant_id, render_description=render_test_description,
                            extractor="王五", folder=out)
    with pytest.raises(ArchiveError, match="长期保存的光盘须一式两份"):
        _make(archive, desk, grant_id, out, kind="long_term", copies=1)

    stale = out / ".GP-2026-0099.part-deadbeef"
    (stale / "disc1").mkdir(parents=True)
    fresh = out / ".GP-2026-0098.part-cafe0000"
    fresh.mkdir()
    day_ago = time.time() - discs.STALE_WORK_SECONDS - 60
    os.utime(stale, (day_ago, day_ago))
    info = _make(archive, desk, grant_id, out, copies=1)
    assert not stale.exists() and fresh.exists()  # a run still writing is left alone
    assert [c.copy for c in info.discs[0].copies] == ["A"]


def test_an_outside_recipient_needs_a_provide_grant_and_the_copy_log_names_the_recipient(archive, desk, out):
    from evidenceroom.core import access, policy
    from evidenceroom.core.access import OutsideParty

    def outside_grant(kind: str) -> int:
        now = utcnow()
        req = access.create_request(archive, desk.clerk, kind=kind, requester=OutsideParty(
            "李律师", "某某律师事务所", "110101199001011234"), reason="诉讼举证", purpose="litigation",
            items=Items(case_ids=(desk.case_id,)), window_start=now, window_end=now + timedelta(hours=4),
            policy=policy.DEFAULT)
        return access.decide(archive, desk.clerk, req.id, "zhaojuzhang", "正确的密码-2026", "approve").grant_id

    copy_only = outside_grant("copy")
    with pytest.raises(ArchiveError, match="外单位人员.*不能对外提供"):
        discs.plan_disc_set(archive, copy_only)
    assert _counts(archive) == (0, 0, 0, 0)
    info = _make(archive, desk, outside_grant("provide"), out, kind="copy", copies=1)
    [made] = [e for e in _events(archive) if e.action == "disc_set.made"]
    details = json.loads(made.details)
    assert details["recipient"] == "李律师 某某律师事务所" and details["medium"] == "cd"
    assert sorted(sha for _, sha in details["discs"][0]["files"]) == sorted(f.sha256 for f in info.discs[0].files)


def test_a_set_number_taken_elsewhere_meanwhile_keeps_nothing_of_this_run(archive, desk, out):
    grant_id = copy_grant(archive, desk)
    set_no = discs.draft_description(archive, desk.clerk, grant_id, extractor="王五").set_no
    other = out / set_no

    def another_desk_finishes_first(p: DiscProgress) -> None:
        if p.phase == "verify" and not other.exists():
            other.mkdir(parents=True)
            (other / "另一处的映像.iso").write_bytes(b"theirs")

    with pytest.raises(ArchiveError, match=f"光盘组 {set_no} 刚由另一处制作"):
        _make(archive, desk, grant_id, out, progress=another_desk_finishes_first)
    assert _counts(archive) == (0, 0, 0, 0)
    assert sorted(p.name for p in out.iterdir()) == [set_no]
    assert [p.name for p in other.iterdir()] == ["另一处的映像.iso"]


def test_bad_extraction_times_and_an_unwritable_folder_are_refused_before_anything_is_written(archive, desk, out,
                                                                                              tmp_path):
    grant_id = copy_grant(archive, desk)
    with pytest.raises(ArchiveError, match="晚于现在"):
        _make(archive, desk, grant_id, out, extracted_at=utcnow() + timedelta(days=1))
    with pytest.raises(ArchiveError, match="早于第 .* 号批准的时段"):
        _make(archive, desk, grant_id, out, extracted_at=utcnow() - timedelta(days=1))
    from evidenceroom.core.grants import grant_info
    start = grant_info(archive, grant_id).window_start
    assert _make(archive, desk, grant_id, out, extracted_at=start.replace(second=0, microsecond=0),
                 recording_ids=desk.recording_ids[:1]).set_no
    out = tmp_path / "另一个 输出"
    a_file = tmp_path / "不是文件夹.txt"
    a_file.write_text("x")
    with pytest.raises(ArchiveError, match="无法在 .* 中写入光盘映像"):
        _make(archive, desk, grant_id, a_file)
    assert _counts(archive)[0] == 1 and not out.exists()
    assert a_file.read_text() == "x"


def test_only_approved_unrevoked_unexpired_copy_or_provide_grants_are_offered(archive, desk):
    from evidenceroom.core import access, policy

    copying = copy_grant(archive, desk, hours=2)
    providing = copy_grant(archive, desk, kind="provide", hours=4)
    viewing = copy_grant(archive, desk, kind="view")
    revoked = copy_grant(archive, desk)
    grants.revoke_grant(archive, desk.clerk, revoked, "申请人撤回")
    now = utcnow()
    pending = access.create_request(archive, desk.clerk, kind="copy", requester=desk.officer_id, reason="待批",
                                    purpose="litigation", items=Items(case_ids=(desk.case_id,)), window_start=now,
                                    window_end=now + timedelta(hours=8), policy=policy.DEFAULT)
    offered = discs.usable_grants(archive)
    assert [g.grant_id for g in offered] == [providing, copying]  # newest request first
    assert offered[1].requester and offered[1].reason == "复制为光盘后附卷"
    assert offered[1].window_end == grants.grant_info(archive, copying).window_end
    assert viewing not in [g.grant_id for g in offered] and pending.grant_id is None
    # Once its window has ended a grant is no longer offered; a session may be passed instead.
    end = grants.grant_info(archive, copying).window_end
    with archive.session() as s:
        assert [g.grant_id for g in discs.usable_grants(s, now=end - timedelta(seconds=1))] == [providing, copying]
        assert [g.grant_id for g in discs.usable_grants(s, now=end)] == [providing]
    for g in discs.usable_grants(archive):  # each one offered is one a set may be made under
        with archive.session() as s:
            discs.usable_grant(s, g.grant_id)

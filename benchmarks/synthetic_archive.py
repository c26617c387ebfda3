"""A large archive made up straight in the database, for measuring the archive browser.

The rows look like a water bureau's years of footage — case numbers, officers with badge
numbers, body cameras, activities, hand-in status — but no vault files exist and the SHA-256
values and audit hashes are random: such an archive is for timing only and fails verification.
"""
from __future__ import annotations

import os
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, insert, select

from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.models import (
    Activity,
    AuditEvent,
    Case,
    Device,
    ImportBatch,
    Person,
    Recording,
    activity_officer,
)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "霞",
         "平", "刚", "桂英", "建华", "志强", "海燕", "丽", "建国", "晓东", "卫东", "春梅", "国庆", "红"]
TEAMS = ["水政监察支队一大队", "水政监察支队二大队", "水政监察支队三大队", "河道管理处", "水资源管理科"]
PREFIXES = ["秦水罚", "秦水监", "秦水许", "秦水责改"]
CATEGORIES = ["现场检查", "调查取证", "询问笔录", "查封扣押", "听证", "文书送达", "执法巡查"]
PLACES = ["戴河下游左岸", "洋河水库库区", "石河入海口", "抚宁区某工业园取水口", "青龙河右岸", "汤河桥下游",
          "饮马河堤防", "新开河河口", "北戴河湿地", "昌黎县某砂场"]
DEEDS = ["未经许可河道采砂案", "未批先建取水工程案", "河道管理范围内违法堆放案", "擅自设置排污口案",
         "超计划取水案", "破坏水利设施案", "非法侵占河道案", "未按规定安装计量设施案", "围垦河道案"]
WHO = ["某砂场", "某建材公司", "某养殖场", "某村委会", "某物流公司", "某化工厂", "个人", "某开发公司"]
START = datetime(2019, 1, 1, tzinfo=timezone.utc)
SPAN_S = int((datetime(2026, 11, 28, tzinfo=timezone.utc) - START).total_seconds())


def _file_name(at: datetime, n: int, kind: str) -> str:
    local = at + timedelta(hours=8)
    stamp = local.strftime("%Y%m%d_%H%M%S")
    if kind == "photo":
        return f"IMG_{stamp}.JPG"
    if kind == "audio":
        return f"REC{stamp}.WAV"
    return f"{stamp}_{n:04d}.MP4"


def populate(archive: Archive, recordings: int, cases: int, seed: int = 20261128,
             officers: int = 300, devices: int = 400, unfiled_share: float = 0.03,
             chunk: int = 50_000, progress=None) -> None:
    """Add `cases` cases and `recordings` recordings (with their activities, batches and import
    events) to a freshly created archive, in a few large transactions."""
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)

    def say(msg: str) -> None:
        if progress is not None:
            progress(msg)

    with archive.engine.begin() as conn:
        people = []
        for i in range(officers):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            people.append({"id": i + 1, "name": name, "badge_no": f"1303{i + 1:04d}", "department_id": None,
                           "title": "执法人员", "active": True})
        conn.execute(insert(Person.__table__), people)
        conn.execute(insert(Device.__table__), [
            {"id": i + 1, "kind": "body_camera" if i % 5 else "camera", "serial": f"DSJ-V9-{i + 1:04d}",
             "model": "执法记录仪 DSJ-V9", "asset_no": f"QS-ZF-{i + 1:04d}", "created_at": now}
            for i in range(devices)])
        case_rows = []
        for i in range(cases):
            year = 2019 + i * 8 // cases
            case_rows.append({
                "id": i + 1, "case_no": f"{PREFIXES[i % len(PREFIXES)]}〔{year}〕{i + 1}号",
                "title": f"{rng.choice(WHO)}{rng.choice(DEEDS)}", "category": rng.choice(CATEGORIES),
                "major_case": rng.random() < 0.02, "obstruction": rng.random() < 0.01,
                "emergency_or_dispute": rng.random() < 0.02, "other_major": False,
                "penalty_case": rng.random() < 0.4, "created_at": now})
        conn.execute(insert(Case.__table__), case_rows)
    say(f"{officers} officers, {devices} devices, {cases} cases")

    # One activity (and one hand-in batch) per case; between them, every 21st activity's footage
    # was never filed under a case.
    unfiled_activities = max(1, cases // 20)
    n_activities = cases + unfiled_activities
    filed_acts = [a for a in range(1, n_activities + 1) if a % 21 != 0][:cases]
    loose_acts = [a for a in range(1, n_activities + 1) if a % 21 == 0 or a > filed_acts[-1]]
    case_of = {a: i + 1 for i, a in enumerate(filed_acts)}
    with archive.engine.begin() as conn:
        acts, links, batches = [], [], []
        for a in range(1, n_activities + 1):
            case_id = case_of.get(a)
            start = START + timedelta(seconds=(a - 1) * SPAN_S // n_activities + rng.randrange(3600))
            end = start + timedelta(minutes=rng.randrange(20, 240))
            kind = case_rows[case_id - 1]["category"] if case_id else rng.choice(CATEGORIES)
            acts.append({"id": a, "kind": kind, "place": rng.choice(PLACES),
                         "started_at": start, "ended_at": end, "remote": rng.random() < 0.1,
                         "returned_at": None, "case_id": case_id, "created_at": end})
            officer = rng.randrange(1, officers + 1)
            links.append({"activity_id": a, "person_id": officer})
            batches.append({"id": a, "started_at": end + timedelta(hours=2), "finished_at": end + timedelta(hours=3),
                            "actor_user_id": None, "actor_name": "保管员 陈静", "handed_in_by_id": officer,
                            "officer_id": officer, "device_id": rng.randrange(1, devices + 1), "activity_id": a,
                            "case_id": case_id, "sources": "E:\\", "status": "finished"})
        conn.execute(insert(Activity.__table__), acts)
        conn.execute(insert(activity_officer), links)
        conn.execute(insert(ImportBatch.__table__), batches)
    say(f"{n_activities} activities and import batches")

    filed = recordings - int(recordings * unfiled_share)
    seq = _last_seq(archive)
    rec_id = 0
    while rec_id < recordings:
        rows, events = [], []
        for _ in range(min(chunk, recordings - rec_id)):
            rec_id += 1
            if rec_id <= filed:
                a = filed_acts[(rec_id - 1) * cases // filed]
            else:
                a = loose_acts[(rec_id - filed - 1) * len(loose_acts) // (recordings - filed)]
            act, batch = acts[a - 1], batches[a - 1]
            at = act["started_at"] + timedelta(seconds=rng.randrange(0, 3600))
            roll = rng.random()
            kind = "photo" if roll < 0.2 else "audio" if roll < 0.3 else "video"
            status_roll = rng.random()
            if act["case_id"] is None and status_roll < 0.5:
                status, late = "unknown", None
            elif status_roll < 0.12:
                status, late = "late", rng.randrange(600, 96 * 3600)
            elif status_roll < 0.15:
                status, late = "unknown", None
            else:
                status, late = "on_time", None
            name = _file_name(at, rec_id % 10000, kind)
            ext = name.rsplit(".", 1)[1].lower()
            sha = os.urandom(32).hex()
            rows.append({
                "id": rec_id, "sha256": sha, "size": rng.randrange(200_000, 900_000_000) if kind == "video"
                else rng.randrange(50_000, 8_000_000), "media_kind": kind, "original_name": name,
                "extension": ext, "source_path": f"E:\\DCIM\\100MEDIA\\{name}", "device_id": batch["device_id"],
                "officer_id": batch["officer_id"], "activity_id": a, "case_id": act["case_id"],
                "batch_id": batch["id"], "recorded_at": at, "recorded_at_source": "metadata",
                "imported_at": batch["started_at"], "duration_ms": None if kind == "photo"
                else rng.randrange(5_000, 1_800_000), "tracks": "video h264 1920x1080; audio mp4a 2ch"
                if kind == "video" else "", "damage": "文件末尾不完整（写入中断），已按原样保存"
                if rng.random() < 0.002 else None,
                "deadline_at": act["ended_at"] + timedelta(hours=24), "deadline_status": status,
                "late_by_seconds": late})
            seq += 1
            events.append({"seq": seq, "at": batch["started_at"], "actor_user_id": None,
                           "actor_name": "保管员 陈静", "action": "import.imported", "target_kind": "recording",
                           "target_id": rec_id, "details": f'{{"sha256": "{sha}"}}',
                           "prev_hash": os.urandom(32).hex(), "hash": os.urandom(32).hex()})
        with archive.engine.begin() as conn:
            conn.execute(insert(Recording.__table__), rows)
            conn.execute(insert(AuditEvent.__table__), events)
        say(f"{rec_id} recordings")


def _last_seq(archive: Archive) -> int:
    with archive.session() as s:
        return s.scalar(select(func.max(AuditEvent.seq))) or 0


def create(root: Path, recordings: int, cases: int, progress=None) -> None:
    with Archive.create(root, "秦皇岛市水务局（性能测试）", actor=Actor("性能测试")) as archive:
        populate(archive, recordings, cases, progress=progress)

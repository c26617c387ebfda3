"""Believable sample data for trying the product and for screenshots.

Builds a water bureau's enforcement detachment: departments, officers with badge numbers, users
for each role, devices, cases and activities, and imports real sample clips through the ordinary
import path (so the demo archive verifies like any other).
"""
from __future__ import annotations

import math
import shutil
import struct
import tempfile
import wave
from datetime import datetime, timedelta
from pathlib import Path

from evidenceroom.core import registry
from evidenceroom.core.archive import Archive, cli_actor
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import DeviceKind, Role
from evidenceroom.resources import resource_path

DEMO_PASSWORD = "demo-2026"
UNIT = "秦皇岛市水务局（演示）"

OFFICERS = [
    ("张伟", "13030001", "水政监察支队一大队"),
    ("李娜", "13030002", "水政监察支队一大队"),
    ("王强", "13030003", "水政监察支队二大队"),
    ("刘洋", "13030004", "水政监察支队二大队"),
    ("陈静", "13030005", "法制办公室"),
]
USERS = [
    ("admin", "系统管理员", Role.ADMINISTRATOR),
    ("clerk", "陈静", Role.CLERK),
    ("director", "赵主任", Role.SUPERVISOR),
    ("leader", "孙局长", Role.SUPERVISOR),
    ("inspector", "周科长", Role.INSPECTOR),
]
DEVICES = [
    ("DSJ-V9-0007", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ-V9", "QS-ZF-2023-007"),
    ("DSJ-V9-0012", DeviceKind.BODY_CAMERA, "执法记录仪 DSJ-V9", "QS-ZF-2023-012"),
    ("SONY-RX100-31", DeviceKind.CAMERA, "照相机 RX100", "QS-ZX-2021-031"),
    ("PEN-A8-05", DeviceKind.AUDIO_RECORDER, "录音笔 A8", "QS-LY-2022-005"),
]
# (case number, title, category, officer badge, device serial, activity place, hours since the activity ended, files)
CASES = [
    ("秦水罚〔2026〕31号", "某砂场未经许可河道采砂案", "现场检查", "13030001", "DSJ-V9-0007",
     "戴河下游左岸 K3+200", 20, ["20261128_093012_0001.MP4", "IMG_20261128_093500.JPG"]),
    ("秦水罚〔2026〕32号", "某公司未批先建取水工程案", "调查取证", "13030003", "DSJ-V9-0012",
     "抚宁区某工业园取水口", 30, ["20261128_094530_0002.MP4"]),
    ("秦水罚〔2026〕33号", "河道管理范围内违法堆放案", "询问笔录", "13030002", "PEN-A8-05",
     "水政监察支队询问室", 5, ["REC20261128_100200.WAV", "tone"]),
]


def write_tone(path: Path, freq: float, seconds: float = 3.0, rate: int = 8000) -> None:
    """A short voice-recorder file made here, so each demo recording has its own content."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = b"".join(struct.pack("<h", int(3000 * math.sin(2 * math.pi * freq * i / rate)))
                          for i in range(int(seconds * rate)))
        w.writeframes(frames)


def _demo_viewing(archive: Archive, actor) -> None:
    """One approved and registered viewing, so the requests and the register have something to show."""
    from datetime import timezone

    from sqlalchemy import select

    from evidenceroom.core import access, register
    from evidenceroom.core.models import AccessKind, AccessPurpose, AccessRequest, Case, Person

    with archive.session() as s:
        if s.scalar(select(AccessRequest.id).limit(1)) is not None:
            return
        requester = s.scalars(select(Person).where(Person.badge_no == "13030005")).one().id
        case_id = s.scalars(select(Case.id).where(Case.case_no == CASES[0][0])).one()
    now = datetime.now(timezone.utc)
    request = access.create_request(
        archive, actor, kind=AccessKind.VIEW, requester=requester,
        reason="复核现场检查过程，核对是否全程录音录像并告知当事人", purpose=AccessPurpose.SUPERVISION,
        items=access.Items(case_ids=(case_id,)), window_start=now - timedelta(minutes=5),
        window_end=now + timedelta(days=1))
    access.decide(archive, actor, request.id, "director", DEMO_PASSWORD, "approve", "同意调阅")
    grant = access.request_info(archive, request.id).grant_id
    with archive.session() as s:
        from evidenceroom.core.models import Recording

        ids = list(s.scalars(select(Recording.id).where(Recording.case_id == case_id)))
    entry = register.start_viewing(archive, actor, grant, ids)
    register.end_viewing(archive, actor, entry.id)


def fill_demo(root: Path) -> str:
    actor = cli_actor()
    archive = Archive.open(root) if Archive.exists(root) else Archive.create(root, UNIT, actor=actor)
    samples = resource_path("samples")
    imported = 0
    with archive:
        with archive.transaction() as s:
            for name, badge, dept in OFFICERS:
                if not registry.person_exists(s, badge):
                    registry.add_person(s, actor, name, badge, dept, "执法人员")
            for login, display, role in USERS:
                if not registry.user_exists(s, login):
                    registry.add_user(s, actor, login, DEMO_PASSWORD, role, display)
            for serial, kind, model, asset in DEVICES:
                if not registry.device_exists(s, serial):
                    registry.add_device(s, actor, serial, kind, model, asset)
        with tempfile.TemporaryDirectory(prefix="evidenceroom-demo-") as tmp:
            for n, (case_no, title, category, badge, serial, place, hours_ago, files) in enumerate(CASES):
                card = Path(tmp) / f"card {n}" / "DCIM" / "100MEDIA"
                card.mkdir(parents=True)
                for f in files:
                    if f == "tone":
                        write_tone(card / f"REC20261128_1015{n:02d}.WAV", 330 + 40 * n)
                    else:
                        shutil.copy2(samples / f, card / f)
                ended = datetime.now().astimezone() - timedelta(hours=hours_ago)
                report = import_paths(archive, actor, ImportRequest(
                    paths=[card.parent.parent], case_no=case_no, officer_badge=badge, device_serial=serial,
                    activity_ended_at=ended, activity_kind=category, activity_place=place))
                imported += len(report.imported)
                with archive.transaction() as s:
                    registry.describe_case(s, actor, case_no, title, category)
            unfiled = Path(tmp) / "unfiled"
            unfiled.mkdir()
            write_tone(unfiled / "REC20261129_081500.WAV", 520)
            imported += len(import_paths(archive, actor, ImportRequest(paths=[unfiled],
                                                                        officer_badge="13030004")).imported)
        _demo_viewing(archive, actor)
        from evidenceroom.core.device_demo import fill_devices

        fill_devices(archive, actor, "director", DEMO_PASSWORD)
    return (f"demo archive ready at {root}: {imported} recordings imported; "
            f"users {', '.join(u[0] for u in USERS)} with password {DEMO_PASSWORD}")

"""An archive with a thousand recordings written straight into its database, for paging."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.models import Case, Device, ImportBatch, Person, Recording

BULK = 1000


@pytest.fixture
def bulk_archive(archive_dir):
    """1,000 recordings of one officer and camera in 10 cases, one every ten minutes, the newest
    found damaged at import; no vault files (the browser never reads them)."""
    start = datetime(2026, 3, 1, tzinfo=timezone.utc)
    with Archive.create(archive_dir, "测试市水务局", actor=Actor("测试准备")) as archive:
        with archive.engine.begin() as conn:
            conn.execute(insert(Person.__table__), [{"id": 1, "name": "张伟", "badge_no": "13001", "active": True}])
            conn.execute(insert(Device.__table__), [{"id": 1, "kind": "body_camera", "serial": "DSJ-07",
                                                    "model": "执法记录仪", "created_at": start}])
            conn.execute(insert(Case.__table__), [
                {"id": c, "case_no": f"秦水罚〔2026〕{c}号", "title": "河道采砂案", "category": "现场检查",
                 "major_case": False, "obstruction": False, "emergency_or_dispute": False, "other_major": False,
                 "penalty_case": False, "created_at": start} for c in range(1, 11)])
            conn.execute(insert(ImportBatch.__table__), [{"id": 1, "started_at": start, "actor_name": "测试准备",
                                                         "sources": "E:\\", "status": "finished"}])
            conn.execute(insert(Recording.__table__), [{
                "id": i, "sha256": f"{i:064x}", "size": 1000 + i, "media_kind": "video",
                "original_name": f"20260301_{i:04d}.MP4", "extension": "mp4", "source_path": f"E:\\{i}.MP4",
                "device_id": 1, "officer_id": 1, "case_id": 1 + i % 10, "batch_id": 1,
                "recorded_at": start + timedelta(minutes=10 * i), "recorded_at_source": "metadata",
                "imported_at": start + timedelta(days=30), "duration_ms": 1000 * i, "tracks": "",
                "deadline_status": "late" if i % 4 == 0 else "on_time",
                "late_by_seconds": 3600 * (1 + i % 7) if i % 4 == 0 else None,
                "damage": "文件末尾不完整（写入中断），已按原样保存" if i == BULK else None,
            } for i in range(1, BULK + 1)])
        yield archive

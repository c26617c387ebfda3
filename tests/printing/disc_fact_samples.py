"""Disc facts as the disc core fills them, for the printing tests, and poppler helpers."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from evidenceroom.core.disc_facts import DescriptionFacts, DiscFacts, RecordingFacts

CST = timezone(timedelta(hours=8))
UNIT = "南京市秦淮区水务局"
SET_NO = "GP-2026-0007"
CASE_NO = "秦水罚〔2026〕31号"
CASE_NAME = "某建筑公司未经许可在河道管理范围内建设案"
MANIFEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
COLLECTOR = "张伟（执法证号 15010001）"
PLACE = "秦淮区中山南路 88 号河道管理范围内"


def recording(i: int) -> RecordingFacts:
    digest = f"{i:02x}" + "c0ffee" * 10 + f"{i:02x}"
    return RecordingFacts(
        file_name=f"20260315_0930{i:02d}_现场检查_{i}.mp4", sha256=digest, size=12_345_678 + i,
        media_kind="video", recorded_at=datetime(2026, 3, 15, 9, 30, i, tzinfo=CST), duration_s=65.4 + i,
        collector=COLLECTOR, place=PLACE, device=f"执法记录仪 DSJ-2024-01{i:02d}", activity="现场检查",
        case_no=CASE_NO, case_name=CASE_NAME)


def disc(copy: str = "A", n: int = 1, m: int = 1, files: int = 2, **changes) -> DiscFacts:
    facts = dict(unit=UNIT, set_no=SET_NO, case_no=CASE_NO, case_name=CASE_NAME, activity="现场检查", maker="王五",
                 made_at=datetime(2026, 3, 16, 14, 5, tzinfo=CST), copy=copy, disc_no=n, disc_count=m,
                 manifest_sha256=MANIFEST, recordings=tuple(recording(i) for i in range(1, files + 1)))
    facts.update(changes)
    return DiscFacts(**facts)


def description(files: int = 2, **changes) -> DescriptionFacts:
    facts = dict(unit=UNIT, set_no=SET_NO, case_no=CASE_NO, case_name=CASE_NAME, activity="现场检查", maker="王五",
                 made_at=datetime(2026, 3, 16, 14, 5, tzinfo=CST), extractor="李四（执法证号 15010002）",
                 extracted_at=datetime(2026, 3, 16, 13, 50, tzinfo=CST), purpose="作为行政处罚案件证据附卷",
                 approved_by="赵局长", disc_count=2, recordings=tuple(recording(i) for i in range(1, files + 1)))
    facts.update(changes)
    return DescriptionFacts(**facts)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is needed for this test: apt-get install poppler-utils")
    return path


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def save(pdf: bytes, path: Path) -> Path:
    assert pdf.startswith(b"%PDF")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    return path


def flat(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return re.sub(r"\s+", "", run(tool("pdftotext"), *pages, "-raw", pdf, "-"))


def page_count(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", run(tool("pdfinfo"), pdf)).group(1))


def page_size(pdf: Path) -> tuple[float, float]:
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run(tool("pdfinfo"), pdf))
    return float(m.group(1)), float(m.group(2))


def assert_fonts_embedded(pdf: Path) -> None:
    lines = run(tool("pdffonts"), pdf).splitlines()[2:]
    assert lines, "no font at all"
    for line in lines:
        # name type encoding emb sub uni object ID: emb is the fourth column from the end but three
        assert line.split()[-5] == "yes", f"font not embedded: {line}"


def words(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points from the top left, from `pdftotext -bbox`."""
    html = run(tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), pdf, "-")
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def renders(pdf: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    run(tool("pdftoppm"), "-r", "40", "-png", pdf, out_dir / "page")
    pngs = sorted(out_dir.glob("page*.png"))
    assert len(pngs) == page_count(pdf)
    return pngs

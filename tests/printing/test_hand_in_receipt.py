"""The hand-in receipt on paper (ARC-06): both people, the officer, the device, the activity, every
file with its SHA-256 and signature lines; the CJK font embedded; the page size from the settings."""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from evidenceroom.core import hand_in, registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.demo import write_tone
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.models import DeviceKind
from evidenceroom.core.print_settings import PrintSettings
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.hand_in_receipt import hand_in_receipt_pdf, render_receipt

SETUP = Actor("测试准备")
CLERK = Actor("陈静", role="clerk")


def _run(*args) -> str:
    tool = shutil.which(str(args[0]))
    if tool is None:
        pytest.fail(f"{args[0]} is needed for this test: apt-get install poppler-utils")
    return subprocess.run([tool, *map(str, args[1:])], check=True, capture_output=True, text=True).stdout


def handed_in(archive, tmp_path: Path) -> int:
    """Two voice clips from officer 张伟's body camera, handed in by 李娜 for a case; the batch id."""
    with archive.transaction() as s:
        registry.add_person(s, SETUP, "张伟", "13001", "水政监察支队")
        registry.add_person(s, SETUP, "李娜", "13002", "水政监察支队")
        registry.add_device(s, SETUP, "DSJ-07", DeviceKind.BODY_CAMERA, "DSJ-V9", "QS-ZF-007")
        tz = archive.unit(s).timezone
    card = tmp_path / "存储卡 (F)" / "录音"
    card.mkdir(parents=True)
    for n, freq in enumerate((300, 400)):
        write_tone(card / f"REC20261128_10{n}200.WAV", freq, seconds=1.0)
    (card / "Thumbs.db").write_bytes(b"junk")
    now = to_local(utcnow(), tz).replace(tzinfo=None, microsecond=0)
    report = import_paths(archive, CLERK, ImportRequest(
        paths=[card], officer_badge="13001", handed_in_by_badge="13002", device_serial="DSJ-07",
        case_no="秦水罚〔2026〕31号", activity_started_at=now - timedelta(hours=4),
        activity_ended_at=now - timedelta(hours=2), activity_kind="日常执法检查", activity_place="戴河下游左岸 K3+200"))
    return report.batch_id


def test_the_receipt_names_both_people_the_device_the_files_and_has_signature_lines(archive, tmp_path):
    batch = handed_in(archive, tmp_path)
    facts = hand_in.receipt_facts(archive, batch)
    pdf = hand_in_receipt_pdf(archive, batch, tmp_path / "回执 输出" / "移交回执.pdf")
    text = " ".join(_run("pdftotext", "-layout", pdf, "-").split())
    assert "音像资料移交回执" in text and f"第 {batch} 号" in text
    assert "张伟（13001）" in text and "李娜（13002）" in text and "陈静（保管人）" in text
    assert "DSJ-07" in text and "QS-ZF-007" in text and "执法记录仪" in text
    assert "秦水罚〔2026〕31号" in text and "日常执法检查" in text and "戴河下游左岸 K3+200" in text
    assert "REC20261128_100200.WAV" in text and "REC20261128_101200.WAV" in text
    # The full SHA-256 of each file, in small type (pdftotext may break it at the cell's edge).
    squeezed = text.replace(" ", "")
    assert all(f.sha256 in squeezed for f in facts.files)
    assert "按时移交" in text and "另有跳过 1 个" in text
    assert "移交人（签字）" in text and "接收人（签字）" in text and text.count("日期：") == 2
    assert "第1页共1页" in squeezed and facts.audit_head_text.split()[1] in text
    fonts = _run("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    assert not list(pdf.parent.glob(".*.part"))


def test_the_page_size_follows_the_print_settings_and_a_long_batch_runs_on(archive, tmp_path):
    facts = hand_in.receipt_facts(archive, handed_in(archive, tmp_path))
    many = dataclasses.replace(facts, files=tuple(
        dataclasses.replace(facts.files[0], recording_id=n, name=f"VID_{n:04d}.MP4") for n in range(70)))
    pdf = render_receipt(many, tmp_path / "letter.pdf", PrintSettings("Letter"))
    info = _run("pdfinfo", pdf)
    assert "612 x 792 pts (letter)" in info
    text = " ".join(_run("pdftotext", "-layout", pdf, "-").split())
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 2 and f"第{pages}页共{pages}页" in text.replace(" ", "") and "音像资料移交回执（续）" in text
    assert "VID_0069.MP4" in text and text.index("VID_0069.MP4") < text.index("移交人（签字）")
    assert "共存入 70 个文件" in text
    a4 = render_receipt(facts, tmp_path / "a4.pdf")
    assert "(A4)" in _run("pdfinfo", a4)


def test_the_command_line_imports_with_the_activity_start_and_prints_the_receipt(archive_dir, tmp_path, cli):
    cli("--archive", archive_dir, "init", "--unit", "秦皇岛市水务局", check=True)
    cli("--archive", archive_dir, "person", "add", "--name", "张伟", "--badge", "13001", check=True)
    cli("--archive", archive_dir, "device", "add", "--serial", "DSJ-07", "--kind", "body_camera", check=True)
    card = tmp_path / "卡"
    card.mkdir()
    write_tone(card / "REC20261128_100200.WAV", 300, seconds=1.0)
    end = utcnow() - timedelta(hours=2)
    bad = cli("--archive", archive_dir, "--lang", "zh", "import", "--officer", "13001", "--device", "DSJ-07",
              "--activity-at", end.isoformat(), "--activity-start", (end + timedelta(hours=1)).isoformat(), card)
    assert bad.returncode == 2 and "活动开始时间须早于结束时间" in bad.stderr and "未导入任何文件" in bad.stderr
    cli("--archive", archive_dir, "import", "--officer", "13001", "--device", "DSJ-07", "--activity-at",
        end.isoformat(), "--activity-start", (end - timedelta(hours=1)).isoformat(), card, check=True)
    out = tmp_path / "回执" / "第1批 回执.pdf"
    done = cli("--archive", archive_dir, "receipt", "1", "--out", out, check=True)
    assert done.stdout.strip() == str(out)
    text = " ".join(_run("pdftotext", "-layout", out, "-").split())
    assert "张伟（13001）" in text and "REC20261128_100200.WAV" in text and "命令行" in text
    missing = cli("--archive", archive_dir, "--lang", "en", "receipt", "7", "--out", tmp_path / "x.pdf")
    assert missing.returncode == 2 and "no import batch 7" in missing.stderr and not (tmp_path / "x.pdf").exists()

"""The printed review report: answered items, the marker's time point, flags, embedded CJK font."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from evidenceroom.core import review, review_form
from evidenceroom.core.review_form import Answer
from evidenceroom.printing.review_report import review_report_pdf
from tests.core.oversight_support import sign_in
from tests.core.test_review_form import all_yes, reviewed_clip


def _run(tool: str, *args) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is needed for this test: apt-get install poppler-utils")
    return subprocess.run([path, *map(str, args)], check=True, capture_output=True, text=True).stdout


def _text(pdf) -> str:
    return " ".join(_run("pdftotext", "-layout", pdf, "-").split())


def test_the_report_shows_the_notice_item_met_at_its_marker_and_the_flag(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024")
    inspector = sign_in(archive, "inspector")
    marker = review.add_marker(archive, inspector, rec, 8000, "告知录音")
    answers = all_yes(review_form.form_items(archive, rec),
                      **{"opening.notice": Answer("yes", marker_id=marker.id),
                         "checklist.5": Answer("comment", "数量未拍清楚")})
    review_form.save_review(archive, inspector, rec, answers, "基本符合要求")
    review_form.flag_problem(archive, inspector, rec, "unrelated_content", 190_000, "拍摄私人聊天")
    pdf = review_report_pdf(archive, rec, tmp_path / "评查 报告" / "评查表.pdf")
    text = _text(pdf)
    assert "音像资料评查表" in text and "先行 登记.WAV" in text and "评查人：周科长" in text
    assert "已告知当事人" in text and "002§9 是 00:00:08 告知录音" in text
    assert "清单记录内容（先行登记保存）" in text
    assert "数量或者面积 004清单 说明 数量未拍清楚" in text and "执行情况" in text and "现场地点" in text and "评查意见：基本符合要求" in text
    assert "00:03:10 与工作无关内容 拍摄私人聊天 张伟" in text
    fonts = _run("pdffonts", pdf)
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows), fonts  # every font embedded
    assert not list(pdf.parent.glob(".*.part"))


def test_without_a_review_the_blank_form_is_printed(archive, tmp_path):
    rec = reviewed_clip(archive, tmp_path / "卡", "yuxian-yingji-2024", seconds=2)
    text = _text(review_report_pdf(archive, rec, tmp_path / "空白.pdf"))
    assert "空白评查表" in text and "现行登记保存的证据物品编号" in text and "未标记问题。" in text

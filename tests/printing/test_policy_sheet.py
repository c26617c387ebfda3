"""The policy sheet (RPT-10): every value with its article, the regulation's validity, a warning
once it has lapsed; Chinese text in an embedded font."""
from __future__ import annotations

import subprocess
from datetime import date

import pytest

from evidenceroom.core import profiles
from evidenceroom.printing.policy_sheet import policy_sheet_pdf, rows, validity


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_sheet_lists_each_value_with_its_article(archive, tmp_path):
    pdf = policy_sheet_pdf(archive, tmp_path / "策略 一览.pdf", profiles.by_key("qinhuangdao-shuiwu"))
    text = _text(pdf)
    for needle in ("执法音像记录管理规定一览", "12 个月", "003§20", "办公室主任审核", "003§22", "003§5(1)",
                   "为保护您的合法权益", "003§12", "秦皇岛市水务局"):
        assert needle in text, needle
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded


def test_a_lapsed_regulation_is_flagged():
    zw = profiles.by_key("zhongwei-2021")
    assert validity(zw, date(2026, 5, 6)) == ("施行日期：2021-05-06；有效期至：2026-05-06", False)
    assert validity(zw, date(2026, 5, 7))[1] is True
    assert validity(profiles.by_key("qinhuangdao-shuiwu"), date(2099, 1, 1))[1] is False


@pytest.mark.parametrize("key", ["zhongwei-2021", "liaoning-renfang", "zhanhe-sifa-2019", "qinhuangdao-shuiwu",
                                 "yuxian-yingji-2024"])
def test_every_row_names_its_source_or_says_the_unit_set_it(key):
    lines = rows(profiles.by_key(key))
    assert lines[0][0] == "基本保存期限" and all(article for _, _, article in lines)
    if key == "zhanhe-sifa-2019":
        assert ("长期保存（刻录光盘一式两份）的情形" in {item for item, _, _ in lines})
        assert dict((i, a) for i, _, a in lines)["到期处理"] == "002§15"


def test_the_lapsed_zhongwei_regulation_is_warned_on_paper(archive, tmp_path):
    text = _text(policy_sheet_pdf(archive, tmp_path / "zw.pdf", profiles.by_key("zhongwei-2021")))
    assert "有效期至：2026-05-06" in text
    assert ("已于 2026-05-06 到期失效" in text) == (date.today() > date(2026, 5, 6))

"""Reading a policy profile's TOML and refusing a missing or contradictory rule by name.

Every message names the rule as it is written in the file (`retention.base_months`,
`service_life.body_camera`, `staffing[2].officers_per_device` …), so the person editing the
unit's copy finds it at once.
"""
from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

from evidenceroom.core import policy as policies
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import DeviceKind
from evidenceroom.core.profiles import (AS_NEEDED, WHOLE_PROCESS, ChecklistItem, Profile, RetentionRule, ServiceLife,
                                         StaffingClass)

_STARTS = ("recorded_at", "imported_at")


def _bad(zh: str, en: str) -> ArchiveError:
    return ArchiveError(f"策略文件有误：{zh}", f"The policy file is wrong: {en}")


# --- reading and checking a profile ---------------------------------------------------------

_OPTIONAL_INTS = ("clock_tolerance_seconds", "gap_tolerance_seconds", "maintenance_interval_days",
                  "service_life_lead_months", "verify_interval_days")
_TOP = {"name_zh", "name_en", "issuer", "regulation", "valid_from", "valid_until", "hand_in_hours",
        "hand_in_article", "approval_policy", "approval_article", "minimum_service_years",
        "service_life_article", "device_check_stale_days", "spot_check_proportion", "spot_check_article",
        "backup_interval_days", "retention", "staffing", "service_life", "checklist", *_OPTIONAL_INTS,
        "review_due", "notice_words", "two_person_carry", "evidence_use_exempts_provision"}
_REQUIRED = ("name_zh", "name_en", "issuer", "regulation", "hand_in_hours", "approval_policy",
             "minimum_service_years", "spot_check_proportion", "backup_interval_days", "retention",
             "service_life")
_RETENTION = {"base_months", "starts_from", "article", "evidence_follows_case_file", "evidence_article",
              "permanent_grounds", "permanent_article", "long_term_grounds", "long_term_article"}
_STAFFING = {"code", "name_zh", "name_en", "officers_per_device", "article"}
_CHECKLIST = {"stage", "matter", "device", "place", "content", "department", "recorder", "duty", "article"}
DUTIES = (WHOLE_PROCESS, AS_NEEDED)


def _unknown(table: dict[str, Any], allowed: set[str], where: str) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        raise _bad(f"{where}有不认识的项“{extra[0]}”（拼写错误？）。",
                   f"{where or 'the top level'} has an unknown entry '{extra[0]}' (a misspelling?).")


def _typed(table: dict[str, Any], name: str, kind: type | tuple[type, ...], where: str = "") -> Any:
    value = table[name]
    # TOML booleans are ints in Python: true is not a number of months.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _bad(f"“{where}{name}”的类型不对（{value!r}）。", f"'{where}{name}' has the wrong type ({value!r}).")
    return value


def _positive(table: dict[str, Any], name: str, where: str = "", allow_zero: bool = False) -> int:
    value = _typed(table, name, int, where)
    if value < 0 or (value == 0 and not allow_zero):
        raise _bad(f"“{where}{name}”必须是正数，现为 {value}。",
                   f"'{where}{name}' must be a positive number, not {value}.")
    return value


def _text(table: dict[str, Any], name: str, where: str = "", default: str = "") -> str:
    return default if name not in table else _typed(table, name, str, where)


def parse_text(text: str, key: str) -> Profile:
    """Read a profile from TOML text; refuse a missing or contradictory rule, naming it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _bad(f"不是有效的 TOML（{exc}）。", f"not valid TOML ({exc}).") from None
    _unknown(data, _TOP, "")
    for name in _REQUIRED:
        if name not in data:
            raise _bad(f"缺少规则“{name}”。", f"the rule '{name}' is missing.")
    retention = _retention(data["retention"])
    hand_in = _positive(data, "hand_in_hours")
    approval = _typed(data, "approval_policy", str)
    if approval not in policies.PRESETS:
        raise _bad(f"“approval_policy”：没有名为“{approval}”的审批规则（可选：{'、'.join(policies.PRESETS)}）。",
                   f"'approval_policy': there is no approval policy named '{approval}' "
                   f"(known: {', '.join(policies.PRESETS)}).")
    minimum = _positive(data, "minimum_service_years")
    lives = _service_lives(data["service_life"], minimum)
    proportion = _typed(data, "spot_check_proportion", (int, float))
    if not 0 < proportion <= 1:
        raise _bad(f"“spot_check_proportion”必须大于 0 且不超过 1，现为 {proportion}。",
                   f"'spot_check_proportion' must be above 0 and at most 1, not {proportion}.")
    valid_from = _date(data, "valid_from")
    valid_until = _date(data, "valid_until")
    if valid_from and valid_until and valid_until < valid_from:
        raise _bad("“valid_until”早于“valid_from”。", "'valid_until' is before 'valid_from'.")
    extra: dict[str, Any] = {name: _positive(data, name) for name in _OPTIONAL_INTS if name in data}
    for name in ("two_person_carry", "evidence_use_exempts_provision"):
        if name in data:
            extra[name] = _typed(data, name, bool)
    extra["notice_words"] = _text(data, "notice_words")
    extra["review_due"] = _review_due(data)
    return Profile(
        **extra,
        key=key,
        name_zh=_text(data, "name_zh"), name_en=_text(data, "name_en"),
        issuer=_text(data, "issuer"), regulation=_text(data, "regulation"),
        valid_from=valid_from, valid_until=valid_until,
        retention=retention,
        hand_in_hours=hand_in, hand_in_article=_text(data, "hand_in_article"),
        approval_policy=approval, approval_article=_text(data, "approval_article"),
        staffing=_staffing(data.get("staffing", [])),
        minimum_service_years=minimum, service_life=lives,
        service_life_article=_text(data, "service_life_article"),
        device_check_stale_days=(_positive(data, "device_check_stale_days")
                                 if "device_check_stale_days" in data else 30),
        spot_check_proportion=float(proportion), spot_check_article=_text(data, "spot_check_article"),
        backup_interval_days=_positive(data, "backup_interval_days"),
        checklist=_checklist(data.get("checklist", [])),
        text=text,
    )


def _review_due(data: dict[str, Any]) -> str:
    value = _text(data, "review_due")
    try:
        if value:
            date.fromisoformat(f"2024-{value}")  # a leap year, so 02-29 is a real day
    except ValueError:
        raise _bad(f"“review_due”须写成 月-日，如 11-01，现为“{value}”。",
                   f"'review_due' must be month-day such as 11-01, not '{value}'.") from None
    return value


def _date(data: dict[str, Any], name: str) -> date | None:
    if name not in data:
        return None
    value = data[name]
    if not isinstance(value, date) or hasattr(value, "hour"):
        raise _bad(f"“{name}”必须是日期，如 2026-05-06。", f"'{name}' must be a date such as 2026-05-06.")
    return value


def _retention(table: Any) -> RetentionRule:
    if not isinstance(table, dict):
        raise _bad("“retention”必须是一个表 [retention]。", "'retention' must be a table [retention].")
    _unknown(table, _RETENTION, "retention.")
    if "base_months" not in table:
        raise _bad("缺少规则“retention.base_months”（保存期限）。", "the rule 'retention.base_months' is missing.")
    months = _positive(table, "base_months", "retention.")
    starts = _text(table, "starts_from", "retention.", "recorded_at")
    if starts not in _STARTS:
        raise _bad(f"“retention.starts_from”只能是 {' 或 '.join(_STARTS)}，现为“{starts}”。",
                   f"'retention.starts_from' must be {' or '.join(_STARTS)}, not '{starts}'.")
    follows = table.get("evidence_follows_case_file", False)
    if not isinstance(follows, bool):
        raise _bad("“retention.evidence_follows_case_file”必须是 true 或 false。",
                   "'retention.evidence_follows_case_file' must be true or false.")
    grounds = {}
    for name in ("permanent_grounds", "long_term_grounds"):
        value = table.get(name, [])
        if not isinstance(value, list) or not all(isinstance(g, str) and g.strip() for g in value):
            raise _bad(f"“retention.{name}”必须是非空文字的列表。",
                       f"'retention.{name}' must be a list of non-empty texts.")
        grounds[name] = tuple(value)
    return RetentionRule(
        base_months=months, starts_from=starts, article=_text(table, "article", "retention."),
        evidence_follows_case_file=follows, evidence_article=_text(table, "evidence_article", "retention."),
        permanent_grounds=grounds["permanent_grounds"], permanent_article=_text(table, "permanent_article"),
        long_term_grounds=grounds["long_term_grounds"], long_term_article=_text(table, "long_term_article"),
    )


def _service_lives(table: Any, minimum: int) -> dict[str, ServiceLife]:
    if not isinstance(table, dict):
        raise _bad("“service_life”必须是一个表 [service_life]。", "'service_life' must be a table [service_life].")
    kinds = {k.value for k in DeviceKind}
    lives = {}
    for kind, life in table.items():
        where = f"service_life.{kind}"
        if kind not in kinds:
            raise _bad(f"“{where}”：不认识的设备类型“{kind}”（可选：{'、'.join(sorted(kinds))}）。",
                       f"'{where}': unknown device kind '{kind}' (known: {', '.join(sorted(kinds))}).")
        if not isinstance(life, dict) or set(life) != {"min_years", "max_years"}:
            raise _bad(f"“{where}”须写成 {{ min_years = …, max_years = … }}。",
                       f"'{where}' must read {{ min_years = …, max_years = … }}.")
        low = _positive(life, "min_years", where + ".")
        high = _positive(life, "max_years", where + ".")
        if low > high:
            raise _bad(f"“{where}”：最短使用年限 {low} 年大于最长 {high} 年。",
                       f"'{where}': the minimum of {low} years is above the maximum of {high} years.")
        if high < minimum:
            raise _bad(f"“{where}”：最长使用年限 {high} 年低于最低使用年限 {minimum} 年（minimum_service_years）。",
                       f"'{where}': the maximum of {high} years is below minimum_service_years ({minimum}).")
        lives[kind] = ServiceLife(low, high)
    return lives


def _staffing(rows: Any) -> tuple[StaffingClass, ...]:
    if not isinstance(rows, list):
        raise _bad("“staffing”必须写成 [[staffing]] 表的列表。", "'staffing' must be a list of [[staffing]] tables.")
    out: list[StaffingClass] = []
    for i, row in enumerate(rows, 1):
        where = f"staffing[{i}]."
        if not isinstance(row, dict):
            raise _bad(f"“staffing”第 {i} 项不是表。", f"'staffing' entry {i} is not a table.")
        _unknown(row, _STAFFING, where)
        for name in ("code", "name_zh", "name_en"):
            if name not in row:
                raise _bad(f"缺少规则“{where}{name}”。", f"the rule '{where}{name}' is missing.")
        code = _typed(row, "code", str, where)
        if any(c.code == code for c in out):
            raise _bad(f"配备类别“{code}”出现了两次。", f"the staffing class '{code}' appears twice.")
        # Leaving out officers_per_device means "as needed" (按需配备); a ratio must be a whole number ≥ 1.
        ratio = _positive(row, "officers_per_device", where) if "officers_per_device" in row else None
        out.append(StaffingClass(code, _typed(row, "name_zh", str, where), _typed(row, "name_en", str, where),
                                 ratio, _text(row, "article", where)))
    return tuple(out)


def _checklist(rows: Any) -> tuple[ChecklistItem, ...]:
    if not isinstance(rows, list):
        raise _bad("“checklist”必须写成 [[checklist]] 表的列表。", "'checklist' must be a list of [[checklist]] tables.")
    out = []
    stage = ""
    for i, row in enumerate(rows, 1):
        where = f"checklist[{i}]."
        if not isinstance(row, dict):
            raise _bad(f"“checklist”第 {i} 项不是表。", f"'checklist' entry {i} is not a table.")
        _unknown(row, _CHECKLIST, where)
        if "matter" not in row or not str(row["matter"]).strip():
            raise _bad(f"缺少规则“{where}matter”（执法事项）。", f"the rule '{where}matter' is missing.")
        # As on paper, a row without a stage belongs to the stage above it.
        stage = _text(row, "stage", where) or stage
        if not stage:
            raise _bad(f"缺少规则“{where}stage”（执法类别）。", f"the rule '{where}stage' is missing.")
        matter = _text(row, "matter", where).strip()
        # The matter is the activity type an activity is judged by: listed twice, its duty would be ambiguous.
        twice = next((j for j, other in enumerate(out, 1) if other.matter == matter), None)
        if twice:
            raise _bad(f"“{where}matter”：事项“{matter}”已在 checklist[{twice}] 列出，同一事项只能列一次。",
                       f"'{where}matter': the matter '{matter}' is already listed as checklist[{twice}]; "
                       "list a matter once.")
        duty = _text(row, "duty", where, "whole_process")
        if duty not in DUTIES:
            raise _bad(f"“{where}duty”只能是 {' 或 '.join(DUTIES)}，现为“{duty}”。",
                       f"'{where}duty' must be {' or '.join(DUTIES)}, not '{duty}'.")
        out.append(ChecklistItem(stage, matter, *(
            _text(row, n, where) for n in ("device", "place", "content", "department", "recorder")),
            duty=duty, article=_text(row, "article", where)))
    return tuple(out)

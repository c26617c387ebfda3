"""How this desk's printer takes disc labels and paper (DSC-02, DSC-04), and the record of what
was printed.

Printers feed label sheets and printable discs a millimetre or two off; the clerk measures the
shift once and enters it here, and every label and sleeve is drawn shifted by it. The page size
(A4 or Letter) is the paper the label sheets and the written description are printed on. One
setting for the unit, kept in the `Setting` table; each change is audited. Printing a document
is audited too (`document.printed`), naming what was printed.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass

from evidenceroom.core import audit
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import SignedIn, require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import Actor
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role
from evidenceroom.core.unit_settings import put_setting, setting_value

PRINT_SETTINGS_KEY = "printing.discs"
PAGE_SIZES = ("A4", "Letter")
MAX_OFFSET_MM = 10.0  # a larger shift is a wrong paper or tray, not a printer's tolerance
# The clerk calibrates the printer at the desk; an administrator may do it too.
CHANGING_ROLES = {Role.ADMINISTRATOR.value, Role.CLERK.value}
# What may be named in a document.printed event.
DOCUMENT_KINDS = {
    "disc_label_a4": ("光盘标签（A4 标签纸）", "disc label (A4 label sheet)"),
    "disc_label_disc": ("光盘标签（直接打印光盘）", "disc label (printable disc)"),
    "disc_sleeve": ("光盘封套", "disc sleeve"),
    "disc_description": ("文字说明材料", "written description"),
    "request_form": ("调阅审批表", "approval form"),
    "viewing_register": ("查阅登记簿", "viewing register"),
    "chain_of_custody": ("监管链报告", "chain-of-custody report"),
    "device_status": ("设备状况报告", "device-status report"),
    "retention_report": ("保存期限报告", "retention report"),
    "device_ledger": ("设备台账", "device ledger"),
    "device_ledger_xlsx": ("设备台账（Excel）", "device ledger (Excel)"),
    "device_register_xlsx": ("设备登记表（Excel）", "device register (Excel)"),
    "equipment_report": ("设备配备情况报告", "equipment report"),
    "deadline_report": ("移交情况统计表", "hand-in report"),
    "spot_check_sheet": ("抽查评分表", "spot-check score sheet"),
    "yearly_review": ("年度评查报告", "yearly review report"),
    "policy_sheet": ("规定一览", "policy sheet"),
    "hand_in_receipt": ("移交回执", "hand-in receipt"),
    "review_report": ("音像资料评查表", "recording review form"),
}


@dataclass(frozen=True)
class PrintSettings:
    page_size: str = "A4"  # "A4" or "Letter"
    offset_x_mm: float = 0.0  # positive: the printout moves right
    offset_y_mm: float = 0.0  # positive: the printout moves down


DEFAULT = PrintSettings()


def _checked(settings: PrintSettings) -> PrintSettings:
    if settings.page_size not in PAGE_SIZES:
        raise ArchiveError(f"纸张大小只能是 A4 或 Letter，不能是“{settings.page_size}”。",
                           f"The page size must be A4 or Letter, not “{settings.page_size}”.")
    for name_zh, name_en, value in (("水平", "horizontal", settings.offset_x_mm),
                                    ("垂直", "vertical", settings.offset_y_mm)):
        if not isinstance(value, (int, float)) or not math.isfinite(value) or abs(value) > MAX_OFFSET_MM:
            raise ArchiveError(
                f"{name_zh}偏移 {value} 毫米超出范围：只能在 -{MAX_OFFSET_MM:g} 到 {MAX_OFFSET_MM:g} 毫米之间。",
                f"The {name_en} offset {value} mm is out of range: it must be between "
                f"-{MAX_OFFSET_MM:g} and {MAX_OFFSET_MM:g} mm.")
    return PrintSettings(settings.page_size, round(float(settings.offset_x_mm), 1),
                         round(float(settings.offset_y_mm), 1))


def print_settings(archive: Archive) -> PrintSettings:
    """The unit's print settings; the defaults (A4, no shift) when none are set."""
    with archive.session() as s:
        value = setting_value(s, PRINT_SETTINGS_KEY)
    if value is None:
        return DEFAULT
    try:
        stored = json.loads(value)
        return _checked(PrintSettings(str(stored["page_size"]), float(stored["offset_x_mm"]),
                                      float(stored["offset_y_mm"])))
    except (ValueError, KeyError, TypeError, ArchiveError):
        return DEFAULT  # a damaged value must not stop printing; the defaults are safe


def set_print_settings(archive: Archive, user: SignedIn, settings: PrintSettings) -> PrintSettings:
    """The clerk (or an administrator) sets the page size and the label offsets; audited."""
    require_role(user, CHANGING_ROLES, "只有管理员或保管人可以更改打印设置。",
                 "Only an administrator or the custodian can change the print settings.")
    chosen = _checked(settings)
    value = json.dumps(asdict(chosen), sort_keys=True)
    with archive.transaction() as s:
        old = put_setting(s, PRINT_SETTINGS_KEY, value)
        before = json.loads(old) if old is not None else asdict(DEFAULT)
        audit.record(s, user.actor, "setting.changed", None, None, key=PRINT_SETTINGS_KEY,
                     before=before, after=asdict(chosen))
    return chosen


def record_printed(archive: Archive, who: SignedIn | Actor, document: str, target_kind: str | None = None,
                   target_id: int | None = None, **details) -> None:
    """Audit that `who` (a signed-in user, or the command line's actor) printed or saved for
    printing a document: which kind, of what."""
    if document not in DOCUMENT_KINDS:
        raise ArchiveError(f"未知的文档类型：{document}", f"Unknown document kind: {document}")
    with archive.transaction() as s:
        audit.record(s, actor_of(who), "document.printed", target_kind, target_id, document=document,
                     document_zh=DOCUMENT_KINDS[document][0], **details)

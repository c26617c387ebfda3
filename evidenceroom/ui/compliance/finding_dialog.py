"""Record a finding (DUT-13) for a sampled recording: the kind of problem and its outcome (003§28)."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from evidenceroom.core import findings
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.spot_checks import ItemInfo
from evidenceroom.ui.compliance.gap_dialogs import FormDialog
from evidenceroom.ui.forms import labelled_row


class FindingNames(QObject):
    """How kinds, outcomes and sources of findings read in the user's language."""

    def kinds(self) -> dict[str, str]:
        return {"not_recorded": self.tr("未按规定记录"), "deleted_or_altered": self.tr("删除、修改音像资料"),
                "device_lent": self.tr("转借、交由他人使用设备"), "leaked": self.tr("泄露音像资料"),
                "faked_or_edited": self.tr("弄虚作假、剪辑"), "non_work_use": self.tr("与工作无关的使用"),
                "poor_care": self.tr("保管不善致损坏、丢失"), "other": self.tr("其他")}

    def outcomes(self) -> dict[str, str]:
        return {"criticism": self.tr("批评教育"), "written_self_criticism": self.tr("书面检查"),
                "bureau_notice": self.tr("全局通报批评"), "no_award": self.tr("取消当年评优评先资格"),
                "sanction": self.tr("行政处分"), "pending": self.tr("待处理")}

    def sources(self) -> dict[str, str]:
        return {"spot_check": self.tr("抽查"), "inspection": self.tr("督导检查"), "review": self.tr("评查标记"),
                "entered": self.tr("直接登记")}


def fill_choices(kind: QComboBox | None, outcome: QComboBox | None) -> None:
    """The kinds and outcomes of findings, in the core's order, each with its key as data."""
    names = FindingNames()
    for combo, keys, texts in ((kind, findings.KINDS, names.kinds()), (outcome, findings.OUTCOMES, names.outcomes())):
        if combo is not None:
            for key in keys:
                combo.addItem(texts[key], key)


class FindingDialog(FormDialog):
    def __init__(self, archive: Archive, user: SignedIn, item: ItemInfo, parent: QWidget | None = None):
        super().__init__(self.tr("登记发现的问题"), self.tr("登记"), parent)
        self.archive, self.user, self.item = archive, user, item
        about = QLabel(self.tr("资料 #{0} {1}，执法人员 {2}").format(item.recording_id, item.original_name, item.officer))
        about.setWordWrap(True)
        about.setAccessibleName(self.tr("问题涉及的资料"))
        self.layout_.insertWidget(0, about)
        self.kind = QComboBox()
        self.outcome = QComboBox()
        fill_choices(self.kind, self.outcome)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        labelled_row(self.form, self.tr("问题类型(&K)："), self.kind, self.tr("问题类型"))
        labelled_row(self.form, self.tr("处理结果(&O)："), self.outcome, self.tr("处理结果"))
        labelled_row(self.form, self.tr("说明(&N)："), self.notes, self.tr("问题说明"))
        self.finish_layout()

    def submit(self) -> None:
        self.run(lambda: findings.add_finding(self.archive, self.user, self.kind.currentData(),
                                              self.outcome.currentData(), self.notes.toPlainText(),
                                              spot_check_item_id=self.item.id))

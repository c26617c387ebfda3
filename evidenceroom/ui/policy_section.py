"""The unit's policy profile in Settings (choose one of the five, or copy and edit one as TOML
text, checked before it is kept) and the profile page of the first-run wizard."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import errors, profiles, unit_policy
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive, unit_today
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role
from evidenceroom.ui.forms import labelled_row
from evidenceroom.ui.imports.common import hint_label, message_label, show_error, show_notice


def _pick(zh: str, en: str) -> str:
    return en if errors.language() == "en" and en else zh


def _profile_combo(widget: QWidget, current_key: str | None = None) -> QComboBox:
    combo = QComboBox(widget)
    for p in profiles.builtin():
        combo.addItem(f"{_pick(p.name_zh, p.name_en)} — {p.regulation}", p.key)
    if current_key:
        combo.setCurrentIndex(max(0, combo.findData(current_key)))
    return combo


def summary(widget: QWidget, p: profiles.Profile, today: date | None = None) -> str:
    """Each number with its article, as the policy sheet lists them (RPT-10)."""
    # One context for the summary wherever it is shown (Settings, the wizard), spelled out so lupdate finds it.
    r = p.retention
    lines = [QCoreApplication.translate("PolicySummary", "基本保存期限：{0} 个月（{1}）").format(r.base_months, r.article or "—")]
    if r.evidence_follows_case_file:
        lines.append(QCoreApplication.translate("PolicySummary", "作为证据使用的：与案卷保存期限相同（{0}）").format(r.evidence_article))
    if r.permanent_grounds:
        lines.append(QCoreApplication.translate("PolicySummary", "永久保存情形：{0} 项（{1}）").format(len(r.permanent_grounds), r.permanent_article))
    if r.long_term_grounds:
        lines.append(QCoreApplication.translate("PolicySummary", "长期保存（光盘一式两份）情形：{0} 项（{1}）").format(len(r.long_term_grounds),
                                                                   r.long_term_article))
    lines.append(QCoreApplication.translate("PolicySummary", "移交时限：活动结束后 {0} 小时内（{1}）").format(p.hand_in_hours, p.hand_in_article or "—"))
    lines.append(QCoreApplication.translate("PolicySummary", "调阅审批：{0}（{1}）").format(
        QCoreApplication.translate("PolicySummary", "办公室主任审核、局主管领导批准") if p.approval_policy == "003" else QCoreApplication.translate("PolicySummary", "一级审批"), p.approval_article or "—"))
    ratios = [QCoreApplication.translate("PolicySummary", "{0}：{1}").format(
                  _pick(c.name_zh, c.name_en),
                  QCoreApplication.translate("PolicySummary", "{0} 人一台").format(c.officers_per_device)
                  if c.officers_per_device else QCoreApplication.translate("PolicySummary", "按需配备"))
              for c in p.staffing]
    if ratios:
        lines.append(QCoreApplication.translate("PolicySummary", "配备比例：")
                     + QCoreApplication.translate("PolicySummary", "；").join(ratios))
    lines.append(QCoreApplication.translate("PolicySummary", "抽查比例：{0:g}%").format(p.spot_check_proportion * 100))
    if p.checklist:
        lines.append(QCoreApplication.translate("PolicySummary", "音像记录清单：{0} 项").format(len(p.checklist)))
    if p.valid_until:
        lines.append(QCoreApplication.translate("PolicySummary", "有效期至 {0}").format(p.valid_until.isoformat()))
        if today and p.valid_until < today:
            lines.append(QCoreApplication.translate("PolicySummary", "注意：该规定已过有效期，请确认本单位现行规定。"))
    return "\n".join(lines)


class PolicySection(QGroupBox):
    """Settings: which regulation's numbers the unit follows. Only an administrator changes it."""

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("执法音像记录管理规定（策略）"))
        self.archive = archive
        self.user = user
        admin = user.role == Role.ADMINISTRATOR.value
        layout = QVBoxLayout(self)
        self.current = hint_label()
        self.current.setAccessibleName(self.tr("当前策略"))
        layout.addWidget(self.current)
        form = QFormLayout()
        self.combo = _profile_combo(self)
        labelled_row(form, self.tr("选择规定(&R)："), self.combo, self.tr("选择规定"))
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("采用所选规定(&A)"))
        self.apply_button.setAccessibleName(self.tr("采用所选规定"))
        self.edit_button = QPushButton(self.tr("复制并编辑(&E)…"))
        self.edit_button.setAccessibleName(self.tr("复制并编辑策略"))
        for b in (self.apply_button, self.edit_button):
            b.setEnabled(admin)
            if not admin:
                b.setToolTip(self.tr("只有管理员可以更改。"))
            buttons.addWidget(b)
        self.print_button = QPushButton(self.tr("打印规定一览(&S)…"))
        self.print_button.setAccessibleName(self.tr("打印规定一览"))
        self.print_button.clicked.connect(lambda: self._print())
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.details = hint_label()
        self.details.setAccessibleName(self.tr("策略内容"))
        layout.addWidget(self.details)
        self.message = message_label(self.tr("策略提示"))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.apply_button.clicked.connect(self._apply)
        self.edit_button.clicked.connect(self._edit)
        self.refresh()

    def refresh(self) -> None:
        with self.archive.session() as s:
            p = profiles.active(s)
            chosen = profiles.is_chosen(s)
            today = unit_today(s)
        name = _pick(p.name_zh, p.name_en)
        self.current.setText(self.tr("本单位现行：{0}").format(name) if chosen
                             else self.tr("尚未选择，暂按默认数值（中卫市办法）执行。"))
        self.combo.setCurrentIndex(max(0, self.combo.findData(p.key)))
        self.details.setText(summary(self, p, today))

    def _apply(self) -> None:
        try:
            profiles.choose(self.archive, self.user, self.combo.currentData())
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        show_notice(self.message, self.tr("已采用，自现在起生效；已有记录不受影响。"))
        self.refresh()
        self._sync_approval_choice()

    def _sync_approval_choice(self) -> None:
        """The profile also set the approval chain: the Settings page's own choice shows it."""
        holder = self.parent()
        while holder is not None and not isinstance(getattr(holder, "approval_policy", None), QComboBox):
            holder = holder.parent()
        if holder is not None:
            combo = holder.approval_policy
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(unit_policy.approval_policy(self.archive).name)))
            combo.blockSignals(False)

    def _print(self, path: str | None = None, open_after: bool = True):
        """The policy sheet (RPT-10) as a PDF: each value with its article and the validity; written
        on a worker, audited and opened. Returns the running job, or None if cancelled."""
        from evidenceroom.printing.policy_sheet import policy_sheet_pdf
        from evidenceroom.ui import reports

        return reports.print_document(
            self, self.archive, self.user, self.message, self.print_button, self.tr("保存规定一览"),
            self.tr("规定一览.pdf"), lambda out: policy_sheet_pdf(self.archive, out), "policy_sheet",
            target=Path(path) if path else None, open_after=open_after)

    def _edit(self) -> None:
        with self.archive.session() as s:
            base = profiles.active(s)
        if base.key == profiles.DEFAULT.key or not base.text:
            base = profiles.by_key(self.combo.currentData())
        dialog = PolicyEditor(self.archive, self.user, base, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            show_notice(self.message, self.tr("本单位的策略已保存，自现在起生效。"))
            self.refresh()
            self._sync_approval_choice()


class PolicyEditor(QDialog):
    """The profile as TOML text: checked on every "检查" and before it is kept; a refusal names the rule."""

    def __init__(self, archive: Archive, user: SignedIn, base: profiles.Profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.setWindowTitle(self.tr("编辑本单位的策略"))
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr("以所选规定为底稿修改。每个数值后的注释写明条款；保存前会检查缺项和矛盾。")))
        form = QFormLayout()
        self.key = QLineEdit(base.key if base.key.endswith("-本单位") else f"{base.key}-本单位")
        labelled_row(form, self.tr("名称(&N)："), self.key, self.tr("策略名称"))
        layout.addLayout(form)
        self.text = QPlainTextEdit(profiles.template(base))
        self.text.setFont(QFont("monospace"))
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("策略文本（TOML）"))
        label = QLabel(self.tr("策略文本(&T)："))
        label.setBuddy(self.text)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        self.message = message_label(self.tr("检查结果"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.check_button = QPushButton(self.tr("检查(&C)"))
        self.check_button.setAccessibleName(self.tr("检查策略"))
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存并采用"))
        save.setAccessibleName(self.tr("保存并采用"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        self.check_button.clicked.connect(self.check)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def check(self) -> bool:
        try:
            p = profiles.parse(self.text.toPlainText(), self.key.text().strip() or "custom")
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            self._go_to(exc.text.en)
            return False
        show_notice(self.message, self.tr("检查通过：") + summary(self, p).replace("\n", "；"))
        return True

    def _go_to(self, message: str) -> None:
        """Put the cursor on the line of the rule the message names ('retention.base_months' →
        the first 'base_months =' line after '[retention]'), or on the line TOML reports."""
        lines = self.text.toPlainText().split("\n")
        target = None
        line_no = re.search(r"at line (\d+)", message)
        named = re.search(r"'([A-Za-z_.\[\]0-9]+)'", message)
        if line_no:
            target = int(line_no.group(1)) - 1
        elif named:
            parts = re.sub(r"\[\d+\]", "", named.group(1)).split(".")
            start = 0
            if len(parts) > 1:
                start = next((i for i, ln in enumerate(lines)
                              if ln.strip() in (f"[{parts[0]}]", f"[[{parts[0]}]]")), 0)
            target = next((i for i, ln in enumerate(lines[start:], start)
                           if re.match(rf"\s*{re.escape(parts[-1])}\s*=", ln)), None)
        if target is None or not 0 <= target < len(lines):
            return
        cursor = self.text.textCursor()
        cursor.setPosition(sum(len(ln) + 1 for ln in lines[:target]))
        cursor.movePosition(cursor.MoveOperation.EndOfLine, cursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def save(self) -> None:
        try:
            profiles.save_copy(self.archive, self.user, self.text.toPlainText(), self.key.text())
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        self.accept()


class ProfileChoice(QWidget):
    """First run: the regulation the unit follows, on the wizard's unit page; Settings changes it later."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.combo = _profile_combo(self, "zhongwei-2021")
        self.combo.setAccessibleName(self.tr("本单位执行的规定"))
        label = QLabel(self.tr("执行的规定(&R)："))
        label.setBuddy(self.combo)
        self.details = hint_label()
        self.details.setAccessibleName(self.tr("规定要点"))
        for w in (label, self.combo, self.details):
            column.addWidget(w)
        self.combo.currentIndexChanged.connect(self._show)
        self._show()

    def _show(self) -> None:
        p = profiles.by_key(self.combo.currentData())
        full = summary(self, p, date.today())
        # Two lines (retention, then evidence or grounds) fit the page, and a lapsed regulation's warning;
        # the rest is in the tooltip.
        lines = full.splitlines()
        if p.valid_until and p.valid_until < date.today():
            lines = lines[:2] + lines[-1:]
        self.details.setText("\n".join(lines[:3]) + "\n" + self.tr("以后可由管理员在“设置”中更改。"))
        self.details.setToolTip(full)
        self.combo.setToolTip(full)

    def chosen_key(self) -> str:
        return self.combo.currentData()

"""The Compliance page (合规与评查): opens on the dashboard; tabs for hand-in deadlines, recording
duty and gap statements, spot checks, the findings and their outcomes, the yearly review, and — from their own modules — retention
and integrity checks."""
from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.ui.compliance.dashboard_tab import DashboardTab
from evidenceroom.ui.compliance.deadlines_tab import DeadlinesTab
from evidenceroom.ui.compliance.duty_tab import DutyTab
from evidenceroom.ui.compliance.findings_tab import FindingsTab
from evidenceroom.ui.compliance.spot_check_tab import SpotCheckTab
from evidenceroom.ui.compliance.yearly_review_tab import YearlyReviewTab

# Tabs of other areas, added when their module is installed: (key, module, class).
AREA_TABS = (("retention", "evidenceroom.ui.compliance.retention_tab", "RetentionTab"),
             ("integrity", "evidenceroom.ui.compliance.integrity_tab", "IntegrityTab"))


class CompliancePage(QWidget):
    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        heading = QLabel(self.tr("合规与评查"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("合规页面"))
        self._index: dict[str, int] = {}
        self.dashboard = DashboardTab(archive, user)
        self.deadlines = DeadlinesTab(archive, user)
        self.duty = DutyTab(archive, user)
        self.spot_checks = SpotCheckTab(archive, user)
        self.findings = FindingsTab(archive, user)
        self.yearly_review = YearlyReviewTab(archive, user)
        for key, widget, title in (("dashboard", self.dashboard, self.tr("概览")),
                                   ("deadlines", self.deadlines, self.tr("移交期限")),
                                   ("duty", self.duty, self.tr("记录义务/中断说明")),
                                   ("spot_checks", self.spot_checks, self.tr("抽查")),
                                   ("findings", self.findings, self.tr("问题清单")),
                                   ("yearly_review", self.yearly_review, self.tr("年度评查"))):
            self._add(key, widget, title)
        titles = {"retention": self.tr("保存期限"), "integrity": self.tr("完整性检查")}
        for key, module, cls in AREA_TABS:
            if importlib.util.find_spec(module) is not None:
                widget = getattr(importlib.import_module(module), cls)(archive, user)
                self._add(key, widget, titles[key])
        self.dashboard.openTab.connect(self.show_tab)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.setCurrentIndex(0)

    def _add(self, key: str, widget: QWidget, title: str) -> None:
        self._index[key] = self.tabs.addTab(widget, title)
        setattr(self, f"{key}_tab", widget)

    def show_tab(self, key: str) -> None:
        if key in self._index:
            self.tabs.setCurrentIndex(self._index[key])

    def _tab_shown(self, index: int) -> None:
        """A tab loads its figures when it comes forward, not when the window starts, and so shows
        fresh ones each time (the other areas' tabs load themselves)."""
        widget = self.tabs.widget(index)
        if widget is self.spot_checks:
            widget.reload_checks(widget.checks.currentData())
        elif widget in (self.dashboard, self.deadlines, self.duty, self.findings, self.yearly_review):
            widget.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._tab_shown(self.tabs.currentIndex())

"""概览: what a supervisor reads at a glance — hand-ins per month, the on-time rate, what is
overdue, gap statements awaiting approval, 应录未录, unfiled footage, expiring retention and
device alerts. The charts' figures are in the table beside them too."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import dashboard
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.ui.compliance.charts import BarChart
from evidenceroom.ui.compliance.common import Loader, fill, percent
from evidenceroom.ui.imports.common import make_table


class DashboardTab(QWidget):
    """`openTab` asks the page to show another tab ("deadlines", "duty" ...)."""

    openTab = Signal(str)

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.figures: dashboard.Dashboard | None = None
        self.loader = Loader(self, dashboard.dashboard, self._show, lambda exc: self.note.setText(str(exc)))

        self.tiles: dict[str, QLabel] = {}
        grid = QGridLayout()
        tiles = [("rate", self.tr("按时移交率（近 12 个月）"), None),
                 ("overdue", self.tr("逾期未移交"), "deadlines"),
                 ("gaps", self.tr("待审核的中断说明"), "duty"),
                 ("unrecorded", self.tr("应录未录 / 中断未说明"), "duty"),
                 ("unfiled", self.tr("未归案资料"), None),
                 ("checks", self.tr("本年度抽查"), "spot_checks"),
                 ("retention", self.tr("即将到期 / 待处置"), "retention"),
                 ("devices", self.tr("设备警示"), None)]
        for n, (key, caption, tab) in enumerate(tiles):
            box = QGroupBox(caption)
            inner = QHBoxLayout(box)
            inner.setContentsMargins(8, 2, 8, 4)
            value = QLabel("—")
            value.setStyleSheet("font-size: 18pt; font-weight: 600;")
            value.setAccessibleName(caption)
            inner.addWidget(value)
            if tab:
                button = QPushButton(self.tr("查看"))
                button.setAccessibleName(self.tr("查看{0}").format(caption))
                button.clicked.connect(lambda _=False, t=tab: self.openTab.emit(t))
                inner.addWidget(button)
            self.tiles[key] = value
            grid.addWidget(box, n // 4, n % 4)

        self.uploads_chart = BarChart(self.tr("每月音像资料（件，按拍摄时间）"))
        self.rate_chart = BarChart(self.tr("每月按时移交率"), colour="#4d9e5c", percent=True)
        self.month_table = make_table([self.tr("月份"), self.tr("音像资料"), self.tr("到期活动"), self.tr("按时"),
                                       self.tr("按时率")], self.tr("每月移交数据"))
        self.month_table.setFixedWidth(330)
        self.alerts = QListWidget()
        self.alerts.setAccessibleName(self.tr("需要处理的事项"))
        self.alerts.setMaximumHeight(110)
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.setAccessibleName(self.tr("刷新概览"))
        self.refresh_button.clicked.connect(self.refresh)
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("概览说明"))

        middle = QHBoxLayout()
        middle.addWidget(self.uploads_chart, 1)
        middle.addWidget(self.rate_chart, 1)
        middle.addWidget(self.month_table)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(middle, 1)
        alerts_label = QLabel(self.tr("需要处理(&A)："))
        alerts_label.setBuddy(self.alerts)
        layout.addWidget(alerts_label)
        layout.addWidget(self.alerts)

    def refresh(self) -> None:
        """Read the figures again on a worker; they are shown when read."""
        self.loader.load(self.archive)

    def _show(self, d: dashboard.Dashboard) -> None:
        self.figures = d
        self.note.setText(self.tr("截至 {0}；移交期限：活动结束后 {1} 小时").format(
            d.today.strftime("%Y-%m-%d %H:%M"), d.hand_in_hours))
        self.tiles["rate"].setText(percent(d.on_time_rate))
        self.tiles["overdue"].setText(str(len(d.overdue)))
        self.tiles["gaps"].setText(str(d.pending_gaps))
        self.tiles["unrecorded"].setText(f"{d.unrecorded} / {d.breaks_open}")
        self.tiles["unfiled"].setText(str(d.unfiled))
        self.tiles["checks"].setText(str(d.spot_checks_this_year))
        self.tiles["retention"].setText(
            self.tr("无数据") if d.expiring_soon is None else f"{d.expiring_soon} / {d.expired_awaiting}")
        self.tiles["devices"].setText(self.tr("无数据") if d.device_alerts is None else str(len(d.device_alerts)))
        labels = [m.label for m in d.months]
        self.uploads_chart.set_data(labels, [m.recordings for m in d.months])
        self.rate_chart.set_data(labels, [None if m.on_time_rate is None else m.on_time_rate * 100 for m in d.months])
        fill(self.month_table, [[m.label, str(m.recordings), str(m.due), str(m.on_time), percent(m.on_time_rate)]
                                for m in reversed(d.months)], right=frozenset({1, 2, 3, 4}))
        self.alerts.clear()
        if d.profile_expired_on is not None:
            self.alerts.addItem(self.tr("执行的规定“{0}”已于 {1} 失效，请管理员在设置中选择现行规定。").format(
                d.profile_name, d.profile_expired_on.isoformat()))
        if d.review_missing:
            self.alerts.addItem(self.tr("本年度未开展评查：每年至少组织一次音像记录资料评查（002§17），请在“年度评查”中登记。"))
        for line in d.overdue[:20]:
            self.alerts.addItem(self.tr("逾期未移交：第 {0} 号活动 {1}（{2}），已逾期 {3} 小时").format(
                line.activity_id, line.kind, "、".join(line.officers), f"{(line.late_by_seconds or 0) / 3600:.0f}"))
        if d.pending_gaps:
            self.alerts.addItem(self.tr("有 {0} 份中断说明待审批人审核").format(d.pending_gaps))
        if d.unrecorded:
            self.alerts.addItem(self.tr("有 {0} 项应录未录的执法活动").format(d.unrecorded))
        if d.breaks_open:
            self.alerts.addItem(self.tr("有 {0} 项执法活动的记录有中断或缺失，尚未说明").format(d.breaks_open))
        for text in (d.device_alerts or ())[:20]:
            self.alerts.addItem(self.tr("设备：{0}").format(text))
        if self.alerts.count() == 0:
            self.alerts.addItem(self.tr("暂无需要处理的事项。"))

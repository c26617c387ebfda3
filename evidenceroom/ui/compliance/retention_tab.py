"""保存期限: what expires soon, what has expired and awaits the custodian's decision, long-term
recordings still without their two discs, holds, and disposals awaiting a supervisor (RET-01..08).

Nothing leaves by itself: an expired recording stays playable until a disposal proposed here is
approved in person. The lists are read off the UI thread.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import disposal, errors, profiles, retention, retention_lists
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.ui.compliance.retention_dialogs import (
    CaseFileDialog,
    DisposalDecisionDialog,
    MarkDialog,
    ReasonDialog,
)
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.compliance.common import Loader
from evidenceroom.ui.imports.common import cell, hint_label, make_table, message_label, show_error, show_notice
from evidenceroom.ui.forms import without_mnemonic

SOON, EXPIRED, LONG, HOLDS, PENDING = range(5)


@dataclass
class Loaded:
    overview: retention_lists.Overview
    pending: list[disposal.PendingDisposal]
    profile_zh: str
    profile_en: str


def load(archive: Archive, today: date | None = None, progress=None, cancel=None) -> Loaded:
    with archive.session() as s:
        view = retention_lists.overview(s, today, cancel=cancel)
        profile = profiles.active(s)
        pending = disposal.pending_list(s)
    return Loaded(view, pending, profile.name_zh, profile.name_en)


def _lang(zh: str, en: str) -> str:
    return en if errors.language() == "en" else zh


class RetentionTab(QWidget):
    loaded = Signal()

    def __init__(self, archive: Archive, user: SignedIn, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.archive = archive
        self.user = user
        self.today = today  # None: the unit's today; tests and previews pass a date
        self.data: Loaded | None = None
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.heading = hint_label()
        self.heading.setAccessibleName(self.tr("适用的保存规定"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("保存期限列表"))
        rec_headers = [self.tr("编号"), self.tr("文件名"), self.tr("案号"), self.tr("拍摄时间"), self.tr("保存至"),
                       self.tr("依据")]
        self.tables: list[QTableWidget] = [
            make_table(rec_headers, self.tr("即将到期")),
            make_table(rec_headers, self.tr("到期待处理")),
            make_table(rec_headers, self.tr("长期保存缺光盘")),
            make_table([self.tr("保全对象"), self.tr("原因"), self.tr("保全人"), self.tr("保全时间"),
                        self.tr("资料数")], self.tr("保全")),
            make_table([self.tr("申请号"), self.tr("资料编号"), self.tr("文件名"), self.tr("案号"), self.tr("到期日"),
                        self.tr("理由"), self.tr("提出人")], self.tr("待审批清除")),
        ]
        self.tab_names = [self.tr("即将到期"), self.tr("到期待处理"), self.tr("长期保存缺光盘"), self.tr("保全"),
                          self.tr("待审批清除")]
        self.tables[EXPIRED].setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for table, name in zip(self.tables, self.tab_names):
            self.tabs.addTab(table, name)
            table.itemSelectionChanged.connect(self._selection_changed)

        # Marks and holds act on a recording by number, so any recording can be marked, not only listed ones.
        self.recording = QSpinBox()
        self.recording.setRange(1, 2_000_000_000)
        self.recording.setAccessibleName(self.tr("资料编号"))
        rec_label = QLabel(self.tr("资料编号(&I)："))
        rec_label.setBuddy(self.recording)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("permanent", self.tr("标记永久保存(&P)…")), ("long_term", self.tr("标记长期保存(&L)…")),
                          ("evidence", self.tr("标记为证据(&E)")), ("case_file", self.tr("案件保存信息(&F)…")),
                          ("hold", self.tr("保全所属案件(&H)…")), ("keep", self.tr("仍有保存意义(&K)…")),
                          ("propose", self.tr("提出清除(&D)…")), ("release", self.tr("解除保全(&U)…")),
                          ("decide", self.tr("审批清除（本人登录）(&A)…")), ("report", self.tr("打印保存期限报告(&B)…")),
                          ("refresh", self.tr("刷新(&R)"))):
            button = QPushButton(text)
            button.setAccessibleName(without_mnemonic(text).rstrip("…"))
            button.clicked.connect(getattr(self, f"_on_{key}"))
            self.buttons[key] = button
        self.message = message_label(self.tr("保存期限提示"))
        # A newer read supersedes one still running: after an action the lists must show its outcome.
        self.loader = Loader(self, load, self._show, lambda exc: show_error(self.message, str(exc)))
        self.loader.loaded.connect(self._done)

        marks = QHBoxLayout()
        marks.addWidget(rec_label)
        marks.addWidget(self.recording)
        for key in ("permanent", "long_term", "evidence", "case_file", "hold"):
            marks.addWidget(self.buttons[key])
        marks.addStretch(1)
        actions = QHBoxLayout()
        for key in ("keep", "propose", "release", "decide"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        actions.addWidget(self.buttons["report"])
        actions.addWidget(self.buttons["refresh"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(marks)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed())
        self._selection_changed()

    def showEvent(self, event) -> None:
        """Read the lists when the tab comes into view, not while the page is being built."""
        super().showEvent(event)
        self.refresh()

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.buttons["refresh"].setEnabled(False)
        self.loader.load(self.archive, self.today)

    def _done(self) -> None:
        self.buttons["refresh"].setEnabled(True)
        self._selection_changed()
        self.loaded.emit()

    def _show(self, data: Loaded) -> None:
        self.data = data
        view = data.overview
        self.heading.setText(self.tr("适用规定：{0}。到期的资料不会自动删除，仍可调阅；清除须经审批人当面批准。")
                             .format(_lang(data.profile_zh, data.profile_en)))
        for table, rows in ((self.tables[SOON], view.expiring_soon), (self.tables[EXPIRED], view.expired_awaiting),
                            (self.tables[LONG], view.long_term_without_discs)):
            self._fill(table, [[str(r.recording_id), r.original_name, r.case_no or "",
                                self.display.local_time(r.recorded_at), _lang(*r.expiry.label(view.today)),
                                _lang(*r.expiry.basis())] for r in rows])
        self._fill(self.tables[HOLDS], [[_lang(h.target_zh, h.target_en), h.reason, h.placed_by,
                                         self.display.local_time(h.placed_at), str(h.recordings)] for h in view.holds])
        self._fill(self.tables[PENDING], [[str(p.proposal_id), str(p.recording_id), p.original_name, p.case_no or "",
                                           p.expired_on.isoformat(), p.reason, p.proposed_by] for p in data.pending])
        counts = [view.totals.get("expiring_soon", len(view.expiring_soon)),
                  view.totals.get("expired_awaiting", len(view.expired_awaiting)),
                  len(view.long_term_without_discs), len(view.holds), len(data.pending)]
        shown = [len(view.expiring_soon), len(view.expired_awaiting)]
        if any(n < total for n, total in zip(shown, counts)):
            show_notice(self.message, self.tr("列表只显示最早的 {0} 条；处理后刷新可看到其余的。").format(retention_lists.LIST_LIMIT))
        for i, (name, n) in enumerate(zip(self.tab_names, counts)):
            self.tabs.setTabText(i, f"{name}（{n}）")

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                table.setItem(i, j, cell(text, align_right=j == 0))

    # --- selection and what it allows --------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.tables[self.tabs.currentIndex()].selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self) -> None:
        tab, row = self.tabs.currentIndex(), self._selected_row()
        if row is not None and tab in (SOON, EXPIRED, LONG):
            self.recording.setValue(int(self.tables[tab].item(row, 0).text()))
        elif row is not None and tab == PENDING:
            self.recording.setValue(int(self.tables[tab].item(row, 1).text()))
        role = self.user.role
        can_mark = role in retention.MARKERS
        for key in ("permanent", "long_term", "evidence", "case_file"):
            self.buttons[key].setEnabled(can_mark)
        self.buttons["hold"].setEnabled(role in retention.MARKERS + ("inspector",))
        chosen = row is not None
        # On the expiry list the only ways forward are a judgement: keep, or propose clearance (RET-07).
        self.buttons["keep"].setEnabled(chosen and tab == EXPIRED and role in disposal.PROPOSERS)
        self.buttons["propose"].setEnabled(chosen and tab == EXPIRED and role in disposal.PROPOSERS)
        self.buttons["release"].setEnabled(chosen and tab == HOLDS and role in ("supervisor", "administrator"))
        self.buttons["decide"].setEnabled(chosen and tab == PENDING)

    # --- actions -----------------------------------------------------------------------------

    def _done_action(self, text: str) -> None:
        show_notice(self.message, text)
        self.refresh()

    def _mark(self, kind: str, title: str) -> None:
        with self.archive.session() as s:
            article, grounds = retention.choices(profiles.active(s), kind)
        rid = self.recording.value()
        dialog = MarkDialog(title, article, grounds,
                            lambda ground, note: retention.mark(self.archive, self.user, rid, kind, ground, note), self)
        if dialog.exec():
            self._done_action(self.tr("第 {0} 号资料已标记。").format(rid))

    def _on_permanent(self) -> None:
        self._mark(retention.PERMANENT, self.tr("标记永久保存"))

    def _on_long_term(self) -> None:
        self._mark(retention.LONG_TERM, self.tr("标记长期保存（刻录光盘一式两份）"))

    def _on_evidence(self) -> None:
        rid = self.recording.value()
        try:
            retention.mark(self.archive, self.user, rid, retention.EVIDENCE)
        except ArchiveError as exc:
            show_error(self.message, str(exc))
            return
        self._done_action(self.tr("第 {0} 号资料已标记为证据，与案卷保存期限相同。").format(rid))

    def _case_of(self, rid: int) -> tuple[int, str] | None:
        links = retention_lists.links(self.archive, rid)
        return (links.case_id, links.case_no) if links is not None and links.case_id is not None else None

    def _on_case_file(self) -> None:
        case = self._case_of(self.recording.value())
        facts = retention_lists.case_file(self.archive, case[0]) if case is not None else None
        if facts is None:
            show_error(self.message, self.tr("这份资料未归入案件。"))
            return
        current = {"filed_on": facts.filed_on, "file_retention_years": facts.file_retention_years, **facts.flags}

        def save(filed, flags) -> None:
            if filed is not None:
                retention.set_case_file(self.archive, self.user, case[0], *filed)
            retention.set_case_flags(self.archive, self.user, case[0], **flags)

        dialog = CaseFileDialog(case[1], current, save, self)
        if dialog.exec():
            self._done_action(self.tr("案件 {0} 的保存信息已保存。").format(case[1]))

    def _on_hold(self) -> None:
        links = retention_lists.links(self.archive, self.recording.value())
        case = (links.case_id, links.case_no) if links is not None and links.case_id is not None else None
        activity = links.activity_id if links is not None else None
        if case is None and activity is None:
            show_error(self.message, self.tr("这份资料既未归入案件，也未关联执法活动，无法保全。"))
            return
        target = self.tr("案件 {0}").format(case[1]) if case else self.tr("执法活动 {0}").format(activity)
        dialog = ReasonDialog(self.tr("保全"), self.tr("保全{0}的全部资料（被投诉、信访或诉讼时）。保全期间不能清除。")
                              .format(target), self.tr("保全"),
                              lambda reason: retention.place_hold(self.archive, self.user, reason,
                                                                  case_id=case[0] if case else None,
                                                                  activity_id=None if case else activity), self)
        if dialog.exec():
            self._done_action(self.tr("已保全{0}。").format(target))

    def _on_keep(self) -> None:
        rid = self.recording.value()
        dialog = ReasonDialog(self.tr("仍有保存意义"), self.tr("第 {0} 号资料已到期。写明仍需保存的理由：").format(rid),
                              self.tr("保存"), lambda reason: disposal.assess(self.archive, self.user, rid, True, reason),
                              self)
        if dialog.exec():
            self._done_action(self.tr("已记录：第 {0} 号资料仍有保存意义。").format(rid))

    def _on_propose(self) -> None:
        ids = self._expired_selection()
        numbers = "、".join(str(i) for i in ids)
        dialog = ReasonDialog(self.tr("提出清除"), self.tr("第 {0} 号资料已到期。写明为何已无保存意义；"
                                                        "须经审批人当面批准后才会清除。").format(numbers),
                              self.tr("提出清除"),
                              lambda reason: disposal.propose(self.archive, self.user, ids, reason, self.today), self)
        if dialog.exec():
            self._done_action(self.tr("已提出清除 {0} 份资料（第 {1} 号），等待审批。").format(len(ids), numbers))

    def _expired_selection(self) -> list[int]:
        """The expired rows chosen (several at once: one reason may cover a batch)."""
        table = self.tables[EXPIRED]
        return [int(table.item(i.row(), 0).text()) for i in sorted(table.selectionModel().selectedRows(),
                                                                   key=lambda i: i.row())]

    def _on_release(self) -> None:
        row = self._selected_row()
        hold = self.data.overview.holds[row]
        dialog = ReasonDialog(self.tr("解除保全"), self.tr("解除对{0}的保全，写明理由：").format(
            _lang(hold.target_zh, hold.target_en)), self.tr("解除保全"),
            lambda reason: retention.release_hold(self.archive, self.user, hold.hold_id, reason), self)
        if dialog.exec():
            self._done_action(self.tr("保全已解除。"))

    def _on_decide(self) -> None:
        p = self.data.pending[self._selected_row()]
        lines = [(self.tr("资料"), f"{p.recording_id} {p.original_name}"), (self.tr("案号"), p.case_no or "—"),
                 (self.tr("到期日"), p.expired_on.isoformat()), (self.tr("清除理由"), p.reason),
                 (self.tr("提出人"), p.proposed_by)]
        dialog = DisposalDecisionDialog(self.archive, lines, p.proposal_id, self)
        if dialog.exec():
            self._done_action(self.tr("第 {0} 号资料已清除，清除记录已保存。").format(p.recording_id) if dialog.outcome
                              else self.tr("已不同意清除，资料保留。"))

    def _on_report(self) -> None:
        self.print_report()

    def print_report(self, target=None, open_after: bool = True):
        """The retention report (RPT-08) for the same window as the 即将到期 list, audited."""
        from evidenceroom.ui.reports import print_retention_report

        return print_retention_report(self, self.archive, self.user, retention.SOON_DAYS, self.message,
                                      self.buttons["report"], target, open_after)

    def _on_refresh(self) -> None:
        self.refresh()

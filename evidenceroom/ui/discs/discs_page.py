"""The discs page (DSC-01 … DSC-06): the disc register — every set with its discs and copies A/B,
where each copy is kept and how it last verified — and the work on them: make a set under a copy
grant, file a copy, verify a copy, burn it, print labels, sleeves and the written description.
Long work (making, verifying, burning) runs in a worker with progress and cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evidenceroom.core import burning, disc_register, discs, print_settings, usb_copy
from evidenceroom.core.accounts import SignedIn
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_register import CopyInfo, DiscInfo, DiscSetInfo
from evidenceroom.core.disc_verify import DiscProgress
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Role
from evidenceroom.core.vault import Cancelled
from evidenceroom.printing import disc_papers
from evidenceroom.printing.descriptions import render_description
from evidenceroom.ui.discs.copy_dialog import CopyChoice, CopyDialog, CopyLog
from evidenceroom.ui.discs.file_copy_dialog import FileCopyDialog
from evidenceroom.ui.discs.make_set_dialog import MakeSetDialog, SetChoice
from evidenceroom.ui.discs.names import kind_name, medium_name, place_name
from evidenceroom.ui.discs.papers import SetPapers
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import (cell, hint_label, human_size, make_table, message_label, show_error,
                                            show_notice, title_label)
from evidenceroom.ui.workers import Job

WORKING_ROLES = {Role.ADMINISTRATOR.value, Role.CLERK.value}  # the custodian makes, files, verifies, burns
ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250  # typing a case number searches once, when the typing pauses


class DiscsPage(QWidget):
    jobFinished = Signal(object)  # the result, or the exception

    def __init__(self, archive: Archive, user: SignedIn, parent=None, open_documents: bool = True):
        super().__init__(parent)
        self.archive, self.user = archive, user
        self.papers = SetPapers(archive, user, open_after=open_documents)
        self.job: Job | None = None
        self._on_done, self._outcome = None, None
        self.sets: list[DiscSetInfo] = []
        with archive.session() as s:
            self.display = DisplayFormat(archive.unit(s).timezone, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按案号查找，如：秦水罚〔2026〕31号"))
        self.search.setAccessibleName(self.tr("按案号查找光盘"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)  # restarts on each edit
        self.search.returnPressed.connect(self.search_now)
        self.make_button = self._button(self.tr("制作光盘组(&N)…"), self.tr("制作光盘组"), self.make_set)
        # ACC-06: copying out is the custodian's; no other role is shown an export function at all.
        self.copy_button = self._button(self.tr("复制到U盘或文件夹(&U)…"), self.tr("复制到U盘或文件夹"), self.copy_out)
        self.copy_button.setVisible(user.role in WORKING_ROLES)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.make_button)
        top.addWidget(self.copy_button)

        self.set_table = make_table([self.tr("光盘编号"), self.tr("用途"), self.tr("案号"), self.tr("案件名称"),
                                     self.tr("制作时间"), self.tr("制作人"), self.tr("提取人"), self.tr("介质"),
                                     self.tr("张数"), self.tr("文件"), self.tr("状态")], self.tr("光盘组"))
        self.set_table.itemSelectionChanged.connect(self._show_copies)
        self.copy_table = make_table([self.tr("光盘"), self.tr("副本"), self.tr("存放"), self.tr("位置"),
                                      self.tr("登记"), self.tr("最近校验"), self.tr("校验结果")], self.tr("光盘副本"))
        self.copy_table.itemSelectionChanged.connect(self._update_buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.set_table)
        split.addWidget(self.copy_table)
        self.copy_log = CopyLog(archive, self.display)
        split.addWidget(self.copy_log)
        split.setChildrenCollapsible(False)
        self.attached_note = hint_label()
        self.attached_note.setAccessibleName(self.tr("附卷情况"))

        self.file_button = self._button(self.tr("登记存放(&F)…"), self.tr("登记副本存放位置"), self.file_selected)
        self.verify_image_button = self._button(self.tr("校验映像文件(&I)…"), self.tr("校验光盘映像文件"),
                                                lambda: self.verify_selected())
        self.verify_drive_button = self._button(self.tr("校验光驱或文件夹(&D)…"), self.tr("校验光驱或文件夹"),
                                                lambda: self.verify_selected(folder=True))
        self.burn_button = self._button(self.tr("刻录(&B)"), self.tr("刻录所选副本"), self.burn_selected)
        self.label_a4_button = self._button(self.tr("打印标签（A4）"), self.tr("打印光盘标签 A4 标签纸"),
                                            lambda: self.print_labels("a4"))
        self.label_disc_button = self._button(self.tr("打印标签（光盘）"), self.tr("打印光盘标签 直接打印光盘"),
                                              lambda: self.print_labels("disc"))
        self.sleeve_button = self._button(self.tr("打印封套"), self.tr("打印所选副本的封套"), self.print_sleeve)
        self.description_button = self._button(self.tr("打印文字说明"), self.tr("打印文字说明材料"),
                                               self.print_description)
        copy_row = QHBoxLayout()
        for b in (self.file_button, self.verify_image_button, self.verify_drive_button, self.burn_button):
            copy_row.addWidget(b)
        copy_row.addStretch(1)
        paper_row = QHBoxLayout()
        for b in (self.label_a4_button, self.label_disc_button, self.sleeve_button, self.description_button):
            paper_row.addWidget(b)
        paper_row.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("进度"))
        self.cancel_button = self._button(self.tr("取消"), self.tr("取消正在进行的工作"), self.cancel_job)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_text = hint_label()
        self.message = message_label(self.tr("光盘页提示"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title_label(self.tr("证据光盘")))
        layout.addWidget(hint_label(self.tr("复制为光盘后附卷（000§14、003§21）；长期保存的光盘一式两份，"
                                            "两份分别校验通过后光盘组才完成（002§16）。")))
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.attached_note)
        layout.addLayout(copy_row)
        layout.addLayout(paper_row)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.message)
        self._set_busy(False)
        self.refresh()

    def showEvent(self, event) -> None:
        # Sets made or copies verified from the command line show up when the page is opened.
        super().showEvent(event)
        if self.job is None:
            self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    # --- the register -----------------------------------------------------------------------

    def search_now(self) -> None:
        """Enter: search at once rather than after the pause."""
        self.search_timer.stop()
        self.refresh()

    def refresh(self) -> None:
        self.search_timer.stop()  # any pending search is answered by this one
        keep = self.selected_set()
        self.sets = disc_register.list_disc_sets(self.archive, case_no=self.search.text())
        self.set_table.setRowCount(len(self.sets))
        for row, info in enumerate(self.sets):
            values = (info.set_no, kind_name(info.kind), info.case_no, info.case_name,
                      self.display.local_time(info.made_at)[:16], info.maker_name, info.extractor_name,
                      medium_name(info.medium), str(len(info.discs)), str(len(info.recording_ids)),
                      self._status(info))
            for col, value in enumerate(values):
                item = cell(value, self.tr("映像与文字说明保存在：{0}").format(info.folder))
                item.setData(ID_ROLE, info.id)
                self.set_table.setItem(row, col, item)
        if keep is not None:
            self.select_set(keep.id)
        elif self.sets:
            self.set_table.selectRow(0)
        self._show_copies()
        self.copy_log.refresh()

    def _status(self, info: DiscSetInfo) -> str:
        if info.complete:
            return self.tr("完成")
        return self.tr("未完成 ({0}/{1})").format(info.copies_verified, info.copies_total)

    def select_set(self, set_id: int) -> bool:
        for row, info in enumerate(self.sets):
            if info.id == set_id:
                self.set_table.selectRow(row)
                return True
        return False

    def selected_set(self) -> DiscSetInfo | None:
        rows = self.set_table.selectionModel().selectedRows() if self.set_table.selectionModel() else []
        return self.sets[rows[0].row()] if rows and rows[0].row() < len(self.sets) else None

    def _copies(self) -> list[tuple[DiscInfo, CopyInfo]]:
        info = self.selected_set()
        return [(d, c) for d in info.discs for c in d.copies] if info else []

    def _show_copies(self) -> None:
        copies = self._copies()
        self.copy_table.setRowCount(len(copies))
        for row, (disc, copy) in enumerate(copies):
            filed = ""
            if copy.filed_at is not None:
                filed = f"{self.display.local_time(copy.filed_at)[:16]} {copy.filed_by_name or ''}"
            latest, result = "", self.tr("未校验")
            if copy.latest is not None:
                latest = f"{self.display.local_time(copy.latest.at)[:16]} {copy.latest.by_name}"
                result = (self.tr("通过 {0}/{1}") if copy.latest.ok else self.tr("未通过 {0}/{1}")).format(
                    copy.latest.files_ok, copy.latest.files_checked)
                if copy.latest.problems:
                    result += "：" + "；".join(copy.latest.problems)
            values = (self.tr("第 {0}/{1} 张").format(disc.number, disc.count), copy.copy, place_name(copy.place),
                      copy.location, filed, latest, result)
            history = None
            if copy.latest is not None:  # earlier results stay recorded; the tip says how many there are
                history = self.tr("共校验 {0} 次；最近一次读取：{1}\n{2}").format(
                    copy.verification_count, copy.latest.source, result)
            for col, value in enumerate(values):
                item = cell(value, history if col >= 5 else None)
                item.setData(ID_ROLE, copy.id)
                self.copy_table.setItem(row, col, item)
        if copies:
            self.copy_table.selectRow(0)
        self._show_attached()
        self._update_buttons()

    def _show_attached(self) -> None:
        """For the selected set's case: which recordings still lack a verified copy in the case file (DSC-06)."""
        info = self.selected_set()
        if info is None or info.case_id is None:
            self.attached_note.setText("")
            return
        missing = disc_register.unattached_recordings(self.archive, info.case_id)
        if missing:
            self.attached_note.setText(self.tr("案件 {0}：{1} 条资料尚无校验通过并附卷的光盘（资料编号 {2}）。").format(
                info.case_no, len(missing), "、".join(f"#{i}" for i in missing[:20])))
        else:
            self.attached_note.setText(self.tr("案件 {0}：全部资料都有校验通过并附卷的光盘。").format(info.case_no))

    def select_copy(self, number: int, letter: str) -> bool:
        for row, (disc, copy) in enumerate(self._copies()):
            if disc.number == number and copy.copy == letter:
                self.copy_table.selectRow(row)
                return True
        return False

    def selected_copy(self) -> tuple[DiscInfo, CopyInfo] | None:
        rows = self.copy_table.selectionModel().selectedRows() if self.copy_table.selectionModel() else []
        copies = self._copies()
        return copies[rows[0].row()] if rows and rows[0].row() < len(copies) else None

    def _update_buttons(self) -> None:
        busy = self.job is not None
        working = self.user.role in WORKING_ROLES
        has_set, has_copy = self.selected_set() is not None, self.selected_copy() is not None
        self.make_button.setEnabled(working and not busy)
        self.copy_button.setEnabled(working and not busy)
        for b in (self.file_button, self.verify_image_button, self.verify_drive_button, self.burn_button):
            b.setEnabled(working and has_copy and not busy)
        for b in (self.label_a4_button, self.label_disc_button, self.description_button):
            b.setEnabled(has_set)
        self.sleeve_button.setEnabled(has_copy)

    def _copy_title(self, disc: DiscInfo, copy: CopyInfo) -> str:
        info = self.selected_set()
        return self.tr("{0} 第 {1}/{2} 张 副本 {3}").format(info.set_no if info else "", disc.number, disc.count,
                                                        copy.copy)

    # --- long work --------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for w in (self.progress, self.cancel_button, self.progress_text):
            w.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.cancel_button.setEnabled(True)
            self.progress_text.setText("")

    def _run(self, fn, done, *args, **kwargs) -> Job:
        self._on_done, self._outcome = done, None
        self._set_busy(True)
        show_error(self.message, "")
        self.job = Job(fn, *args, owner=self, **kwargs)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed_in_worker)
        # The result is acted on once the thread has ended, so nothing outlives the job.
        self.job.finished.connect(self._job_done)
        self._update_buttons()
        return self.job

    def _progress(self, value) -> None:
        if isinstance(value, DiscProgress):
            total = max(value.total, 1)
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(value.done, total) / total))
            phases = {"stage": self.tr("正在复制资料"), "image": self.tr("正在生成光盘映像"),
                      "verify": self.tr("正在校验")}
            phase = phases.get(value.phase, value.phase)
            self.progress_text.setText(f"{phase} {value.item}".strip())
        elif isinstance(value, str):  # a line of the burning tool's output
            self.progress_text.setText(value)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_text.setText(self.tr("正在取消…"))

    def _end_job(self) -> None:
        self.job = None
        self._set_busy(False)
        self._update_buttons()

    def _succeeded(self, result) -> None:
        self._outcome = (True, result)

    def _failed_in_worker(self, exc: Exception) -> None:
        self._outcome = (False, exc)

    def _job_done(self) -> None:
        ok, value = self._outcome or (False, RuntimeError("the job ended without a result"))
        if not ok:
            self._failed(value)
            return
        self._end_job()
        self._on_done(value)
        self.jobFinished.emit(value)

    def _failed(self, exc: Exception) -> None:
        self._end_job()
        if isinstance(exc, Cancelled):
            show_notice(self.message, self.tr("已取消，未记录任何内容；已写出的部分已删除。"))
        elif isinstance(exc, (ArchiveError, OSError)):
            show_error(self.message, str(exc))
        else:
            show_error(self.message, self.tr("出现意外错误：{0}").format(exc))
        self.refresh()
        self.jobFinished.emit(exc)

    # --- actions ----------------------------------------------------------------------------

    def make_set(self, exec_dialog: bool = True) -> MakeSetDialog:
        dialog = MakeSetDialog(self.archive, self.user, self, self.papers.open_after, self.papers.folder)
        if exec_dialog and dialog.exec():
            self.start_making(dialog.choice())
        return dialog

    def start_making(self, c: SetChoice, folder: Path | None = None) -> Job:
        settings = print_settings.print_settings(self.archive)
        return self._run(discs.make_disc_set, self._made, self.archive, self.user, c.grant_id,
                         render_description=lambda facts: render_description(facts, settings),
                         extractor=c.extractor, extracted_at=c.extracted_at, recording_ids=c.recording_ids,
                         medium=c.medium, kind=c.kind, copies=c.copies, folder=folder)

    def _made(self, info: DiscSetInfo) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()
        self.select_set(info.id)
        show_notice(self.message, self.tr("光盘组 {0} 已制作：{1} 张光盘映像已读回核对，保存在 {2}。"
                                          "请刻录各份光盘，并逐份校验。").format(info.set_no, len(info.discs), info.folder))

    def copy_out(self, exec_dialog: bool = True) -> CopyDialog | None:
        """Ask for the grant, recordings, recipient and target folder; then copy in a worker."""
        if self.user.role not in WORKING_ROLES:
            return None
        dialog = CopyDialog(self.archive, self.user, self.display, self)
        if exec_dialog and dialog.exec():
            self.start_copy(dialog.choice())
        return dialog

    def start_copy(self, c: CopyChoice) -> Job:
        return self._run(usb_copy.copy_to_folder, self._copied, self.archive, self.user, c.grant_id,
                         c.recording_ids, c.target, c.recipient, medium=c.medium)

    def _copied(self, report: usb_copy.CopyReport) -> None:
        self.refresh()
        show_notice(self.message, self.tr("已复制 {0} 个文件（共 {1}）到 {2}，接收人 {3}。每个文件均已从目标读回，"
                                          "SHA-256 与档案库一致；已记入复制记录。").format(
            len(report.files), human_size(report.total_bytes), report.folder, report.recipient))

    def file_selected(self, exec_dialog: bool = True) -> FileCopyDialog | None:
        chosen = self.selected_copy()
        if chosen is None:
            return None
        dialog = FileCopyDialog(self.archive, self.user, chosen[1], self._copy_title(*chosen), self)
        dialog.accepted.connect(self.refresh)
        if exec_dialog:
            dialog.exec()
        return dialog

    def verify_selected(self, source: Path | None = None, folder: bool = False) -> Job | None:
        chosen = self.selected_copy()
        if chosen is None:
            return None
        disc, copy = chosen
        if source is None:
            if folder:
                picked = QFileDialog.getExistingDirectory(self, self.tr("选择光驱或光盘文件夹"))
            else:
                picked, _ = QFileDialog.getOpenFileName(self, self.tr("选择光盘映像"), str(disc.image_path.parent),
                                                        self.tr("光盘映像 (*.iso)"))
            if not picked:
                return None
            source = Path(picked)
        title = self._copy_title(disc, copy)
        return self._run(disc_register.verify_copy, lambda result: self._verified(result, title),
                         self.archive, self.user, copy.id, source)

    def _verified(self, result: disc_register.CopyVerification, title: str) -> None:
        self.refresh()
        summary = str(result.report.summary)
        problems = result.copy.latest.problems if result.copy.latest else ()
        if result.copy.verified:
            show_notice(self.message, self.tr("{0}：{1}").format(title, summary))
        else:
            show_error(self.message, self.tr("{0}：{1}\n{2}").format(title, summary, "\n".join(problems)))

    def burn_selected(self) -> Job | None:
        chosen = self.selected_copy()
        if chosen is None:
            return None
        disc, copy = chosen
        if not burning.detect_burners():
            show_error(self.message, str(burning.why_no_burner(disc.image_path)))
            return None
        title = self._copy_title(disc, copy)
        return self._run(lambda progress, cancel: burning.burn_copy(self.archive, self.user, copy.id,
                                                                    on_output=progress, cancel=cancel),
                         lambda used: show_notice(self.message, self.tr("{0} 已在 {1} 刻录完成，请放入光驱校验。")
                                                  .format(title, used.device)))

    def _paper(self, info, what: str, sleeve: tuple[int, str] | None = None) -> Job:
        """Render, write and audit one of the set's papers on a worker, then open it."""
        return self.papers.start(
            self, info, what, sleeve=sleeve,
            on_saved=lambda path: show_notice(self.message, self.tr("已生成并打开以预览和打印：{0}").format(path)),
            on_failed=lambda exc: show_error(self.message, str(exc)))

    def print_labels(self, layout: str) -> Job | None:
        info = self.selected_set()
        return self._paper(info, f"labels-{layout}") if info else None

    def print_sleeve(self) -> Job | None:
        info, chosen = self.selected_set(), self.selected_copy()
        if info is None or chosen is None:
            return None
        return self._paper(info, disc_papers.SLEEVES, (chosen[0].number, chosen[1].copy))

    def print_description(self) -> Job | None:
        info = self.selected_set()
        return self._paper(info, disc_papers.DESCRIPTION) if info else None

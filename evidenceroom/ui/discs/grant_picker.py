"""Choosing what to copy: an approved copy grant (from `discs.usable_grants`) and its recordings,
all ticked at first. The disc-set dialog and the USB/folder copy dialog share it."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

from evidenceroom.core import discs
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError
from evidenceroom.ui.formatting import DisplayFormat
from evidenceroom.ui.imports.common import human_size

ID_ROLE = Qt.ItemDataRole.UserRole


class GrantPicker(QObject):
    def __init__(self, archive: Archive, display: DisplayFormat, parent: QObject | None = None):
        super().__init__(parent)
        self.archive, self.display = archive, display
        self.grant = QComboBox()
        self.recordings = QListWidget()
        self.requesters: dict[int, str] = {}

    def load_grants(self) -> bool:
        """Offer the grants a copy may be made under now; False when there is none."""
        for grant in discs.usable_grants(self.archive):
            text = self.tr("第 {0} 号批准：{1}，{2}（至 {3}）").format(
                grant.grant_id, grant.requester, grant.reason[:24], self.display.local_time(grant.window_end)[:16])
            self.grant.addItem(text, grant.grant_id)
            self.requesters[grant.grant_id] = grant.requester
        return self.grant.count() > 0

    def select_grant(self, grant_id: int) -> None:
        index = self.grant.findData(grant_id)
        if index >= 0:
            self.grant.setCurrentIndex(index)

    def load_recordings(self) -> str:
        """List the chosen grant's recordings, oldest first; the refusal's words if the grant no longer
        allows a copy, else ""."""
        self.recordings.blockSignals(True)
        self.recordings.clear()
        grant_id = self.grant.currentData()
        try:
            if grant_id is not None:
                # The largest disc medium: only to list the grant's recordings in order, not to split them.
                plan = discs.plan_disc_set(self.archive, grant_id, None, "bd")
                for files in plan.discs:
                    for f in files:
                        item = QListWidgetItem(f"{f.name}  ·  {human_size(f.size)}  ·  "
                                               f"{self.display.local_time(f.recorded_at)}")
                        item.setData(ID_ROLE, f.recording_id)
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                        item.setCheckState(Qt.CheckState.Checked)
                        self.recordings.addItem(item)
        except ArchiveError as exc:
            return str(exc)
        finally:
            self.recordings.blockSignals(False)
        return ""

    def chosen_recordings(self) -> list[int]:
        return [self.recordings.item(i).data(ID_ROLE) for i in range(self.recordings.count())
                if self.recordings.item(i).checkState() == Qt.CheckState.Checked]

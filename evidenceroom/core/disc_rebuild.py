"""Writing a set's images again from the vault, when they were removed to save space, lost with
a disk, or not brought back by a restore (backups keep the originals, not the images).

Each disc is staged and mastered exactly as when the set was made, from the files recorded for
it, and must come out with the recorded manifest: the same files with the same hashes, so a
copy burned from the new image is the same disc. Only then do the new images replace the old
ones; the run is audited either way.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import threading
import uuid
from pathlib import Path

from evidenceroom.core import audit, platform
from evidenceroom.core.access import actor_of
from evidenceroom.core.accounts import require_role
from evidenceroom.core.archive import Archive
from evidenceroom.core.disc_papers import set_description_facts
from evidenceroom.core.disc_register import DiscSetInfo, set_info
from evidenceroom.core.disc_staging import write_synced
from evidenceroom.core.disc_verify import ProgressCallback
from evidenceroom.core.discs import DiscPlan, PlannedFile, RenderDescription, description_name, write_discs
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import Recording, Role
from evidenceroom.core.models.discs import DiscSet
from evidenceroom.core.vault import Cancelled
from evidenceroom.core.verify import sha256_of


def images_missing(info: DiscSetInfo) -> list[int]:
    """The disc numbers whose image is gone or no longer has the recorded hash."""
    missing = []
    for d in info.discs:
        if not d.image_path.is_file() or sha256_of(d.image_path) != d.image_sha256:
            missing.append(d.number)
    return missing


def rebuild_images(archive: Archive, clerk, set_id: int, render_description: RenderDescription,
                   progress: ProgressCallback | None = None, cancel: threading.Event | None = None) -> DiscSetInfo:
    """Write every image of the set again from the vault into the set's folder; refuse if a disc
    would not come out with its recorded manifest (a vault file changed: nothing is replaced)."""
    who = actor_of(clerk)
    require_role(clerk, (Role.CLERK.value, Role.ADMINISTRATOR.value), "光盘由保管员制作。", "Discs are made by the custodian.")
    with archive.session() as s:
        row = s.get(DiscSet, set_id)
        if row is None:
            raise ArchiveError(f"没有第 {set_id} 号光盘组。", f"There is no disc set {set_id}.")
        plan = DiscPlan(row.grant_id, row.medium, 0, tuple(
            tuple(PlannedFile(f.recording_id, f.path.split("/", 1)[1], f.size, f.sha256, f.recording.recorded_at)
                  for f in d.files) for d in row.discs))
        vault_paths = {f.recording_id: archive.vault.path_for(s.get(Recording, f.recording_id).sha256)
                       for d in plan.discs for f in d}
        recorded = {d.number: d.manifest_sha256 for d in row.discs}
        set_no, folder, description_sha = row.set_no, Path(row.folder), row.description_sha256
        unit_name = archive.unit(s).name
    facts = set_description_facts(archive, set_id)
    kept = folder / description_name(set_no)
    pdf = kept.read_bytes() if kept.is_file() else b""
    if hashlib.sha256(pdf).hexdigest() != description_sha:
        pdf = render_description(facts)  # the original is gone: the same facts, drawn again
    folder.mkdir(parents=True, exist_ok=True)
    work = folder.parent / f".{set_no}.rebuild-{uuid.uuid4().hex[:8]}"
    try:
        written = write_discs(work, plan, facts, unit_name, set_no, facts.maker, facts.made_at, pdf, vault_paths,
                              False, progress, cancel)
        for w in written:
            if w.manifest_sha256 != recorded[w.number]:
                raise ArchiveError(
                    f"光盘组 {set_no} 第 {w.number} 张的内容与制作时不同（清单不符），映像未重写。请立即运行完整性校验。",
                    f"Disc {w.number} of set {set_no} would differ from the one made (its manifest differs); "
                    "no image was replaced. Run an integrity check now.")
        for w in written:
            os.replace(work / w.image_name, folder / w.image_name)
        if not kept.is_file():
            write_synced(kept, pdf)
        platform.fsync_dir(folder)
    except BaseException as exc:
        shutil.rmtree(work, ignore_errors=True)
        if not isinstance(exc, KeyboardInterrupt):
            with archive.transaction() as s:
                audit.record(s, who, "disc_set.rebuild_failed", "disc_set", set_id, set_no=set_no,
                             reason=exc.text.zh if isinstance(exc, ArchiveError) else f"{type(exc).__name__}: {exc}",
                             cancelled=isinstance(exc, Cancelled), recording_id=getattr(exc, "recording_id", None))
        raise
    shutil.rmtree(work, ignore_errors=True)
    with archive.transaction() as s:
        row = s.get(DiscSet, set_id)
        for d in row.discs:
            w = next(x for x in written if x.number == d.number)
            d.image_path, d.image_sha256, d.image_size = str(folder / w.image_name), w.image_sha256, w.image_size
        audit.record(s, who, "disc_set.images_rebuilt", "disc_set", set_id, set_no=set_no,
                     discs=[{"number": w.number, "image_sha256": w.image_sha256} for w in written])
        return set_info(s, set_id)

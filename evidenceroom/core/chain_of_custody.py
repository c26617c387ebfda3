"""The chain of custody of a recording or a case (监管链, RPT-09, 000§16, 003§21–§24).

Everything is read from the hash-chained audit log, in its order: the import with the file's
SHA-256, each request, approval and grant that names it, each viewing and playback, each disc set
and what became of its copies (burned, filed, verified), each integrity check, each retention
mark, hold or case-file change, the disposal and its tombstone, each document printed about it.
The whole chain is verified at the same time, so the paper says whether the log it was drawn
from is intact.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import audit
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import ChainProblem
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent, Case, Recording
from evidenceroom.core.models.discs import Disc, DiscCopy, DiscFile
from evidenceroom.core.timeutil import to_local, utcnow

ACTION_NAMES = {
    "activity.created": "登记执法活动",
    "activity.matter_marked": "标记执法事项",
    "import.started": "交存（开始导入）",
    "import.finished": "导入结束",
    "import.imported": "入库（计算哈希值）",
    "import.duplicate": "重复交存（已有相同文件）",
    "import.rejected": "交存被拒",
    "case.created": "登记案件",
    "case.updated": "修改案件信息",
    "access.requested": "提出调阅申请",
    "access.decided": "审批",
    "access.granted": "批准调阅（生成授权）",
    "access.expired": "申请过期",
    "access.revoked": "撤销授权",
    "access.viewing_started": "查阅开始（登记）",
    "access.viewing_ended": "查阅结束",
    "playback.started": "播放",
    "playback.ended": "播放结束",
    "marker.added": "添加标记",
    "snapshot.taken": "截取画面",
    "disc_set.made": "制作光盘（复制）",
    "disc_set.failed": "制作光盘失败",
    "disc_set.cancelled": "制作光盘取消",
    "disc_set.images_rebuilt": "重建光盘镜像",
    "disc_set.rebuild_failed": "重建光盘镜像失败",
    "disc_copy.burned": "刻录光盘",
    "disc_copy.burn_failed": "刻录失败",
    "disc_copy.filed": "光盘归档",
    "disc_copy.verified": "光盘校验",
    "copy.made": "复制到U盘或文件夹",
    "copy.failed": "复制到U盘或文件夹失败",
    "copy.cancelled": "复制到U盘或文件夹取消",
    "verify.run": "完整性校验",
    "retention.assessed": "保存价值鉴定",
    "retention.marked_evidence": "标记为证据",
    "retention.marked_long_term": "标记为长期保存",
    "retention.marked_permanent": "标记为永久保存",
    "retention.hold_placed": "保全（暂停清除）",
    "retention.hold_released": "解除保全",
    "case.file_retention_set": "案卷归档及保存期限",
    "case.flags_set": "案件标记变更",
    "disposal.proposed": "提出清除",
    "disposal.refused": "拒绝清除",
    "recording.disposed": "批准清除（留存销毁记录）",
    "document.printed": "打印文书",
}


@dataclass(frozen=True)
class RecordingFacts:
    id: int
    original_name: str
    sha256: str
    size: int
    recorded_at: datetime
    imported_at: datetime
    case_no: str | None
    disposed: bool


@dataclass(frozen=True)
class ChainEvent:
    seq: int
    at: datetime
    actor_name: str
    action: str
    name_zh: str
    summary: str  # the event's facts in a line: hash, viewer and reason, disc, result…


@dataclass(frozen=True)
class ChainOfCustody:
    subject_kind: str  # "recording" or "case"
    subject_id: int
    subject_zh: str
    unit_name: str
    timezone: str
    recordings: tuple[RecordingFacts, ...]
    events: tuple[ChainEvent, ...]
    events_checked: int
    problems: tuple[ChainProblem, ...]
    printed_at: datetime

    @property
    def chain_ok(self) -> bool:
        return not self.problems

    @property
    def verdict_zh(self) -> str:
        if self.chain_ok:
            return f"审计链校验通过（共 {self.events_checked} 条事件）"
        return f"审计链校验未通过：{'；'.join(p.detail_zh for p in self.problems)}"


KIND_ZH = {"view": "查阅", "copy": "复制", "provide": "对外提供"}
DECISION_ZH = {"approve": "同意", "refuse": "不同意", "forward": "转呈"}


def _summary(action: str, d: dict, wanted: set[int], tz: str) -> str:
    """The facts that matter for this event, in Chinese, in one line."""
    parts: list[str] = []
    d = dict(d)
    if d.get("kind") in KIND_ZH:
        d["kind"] = KIND_ZH[d["kind"]]
    if d.get("decision") in DECISION_ZH:
        d["decision"] = DECISION_ZH[d["decision"]]

    def add(key: str, label: str) -> None:
        value = d.get(key)
        if key.endswith("_at") and isinstance(value, str):
            try:  # times are recorded in UTC; the paper shows the unit's local time
                value = to_local(datetime.fromisoformat(value), tz).strftime("%Y-%m-%d %H:%M")
            except ValueError:
                pass
        if value not in (None, "", [], {}):
            parts.append(f"{label}{value}")

    if action == "import.started":
        add("officer", "执法人员证号 "), add("device", "设备 "), add("files", "文件数 "), add("case_no", "案件 ")
    elif action == "import.finished":
        add("imported", "入库 "), add("duplicates", "重复 "), add("rejected", "拒收 ")
    elif action.startswith("activity."):
        add("ended_at", "活动结束 "), add("place", "地点 "), add("matter", "事项 "), add("case_no", "案件 ")
    elif action.startswith("import."):
        add("sha256", "SHA-256 ")
        add("path", "来源 ")
    elif action == "access.requested":
        add("requester", "申请人 "), add("reason", "事由 "), add("kind", "类别 ")
    elif action == "access.decided":
        add("step_name", ""), add("decision", "结果 "), add("comment", "意见 ")
    elif action in ("access.granted", "access.revoked", "access.expired"):
        add("request_id", "申请 #"), add("kind", "类别 "), add("why", "原因 ")
    elif action.startswith("access.viewing"):
        add("viewer", "查阅人 "), add("reason", "查阅事由 "), add("grant_id", "授权 #")
    elif action.startswith("playback.") or action in ("marker.added", "snapshot.taken"):
        add("watched_ms", "观看毫秒数 "), add("basis", "依据 "), add("grant_id", "授权 #")
    elif action.startswith("disc_set."):
        add("set_no", "光盘套 "), add("recipient", "接收人 "), add("copies", "份数 "), add("extractor", "提取人 ")
        add("reason", "原因 ")
    elif action.startswith("copy."):
        d["medium"] = {"usb": "U盘", "folder": "文件夹"}.get(d.get("medium"), d.get("medium"))
        add("recipient", "接收人 "), add("medium", "介质 "), add("folder", "位置 "), add("reason", "原因 ")
        for f in d.get("files", []):
            if isinstance(f, dict) and f.get("recording_id") in wanted:
                parts.append(f"SHA-256 {f.get('sha256', '')}")
    elif action.startswith("disc_copy."):
        add("disc", "光盘 "), add("place", "存放 "), add("location", "位置 "), add("device", "刻录机 ")
        if "ok" in d:
            parts.append("校验通过" if d["ok"] else "校验未通过")
    elif action == "verify.run":
        bad = [p for p in d.get("problems", []) if p.get("recording_id") in wanted]
        parts.append(f"共校验 {d.get('checked', 0)} 份；" + ("本资料完好" if not bad else
                     "本资料有问题：" + "、".join(p.get("kind", "") for p in bad)))
    elif action == "document.printed":
        add("document_zh", "")
    else:
        for key, label in (("ground", "依据 "), ("article", "条款 "), ("reason", "理由 "), ("note", "说明 "),
                           ("worth_keeping", "有保存价值 "), ("case_no", "案件 "), ("retention_years", "保存年限 "),
                           ("proposed_by", "提出人 "), ("tombstone_id", "销毁记录 #"), ("sha256", "SHA-256 "),
                           ("expired_on", "到期 "), ("grounds", "依据 ")):
            add(key, label)
    return "；".join(parts)


def _ids(value) -> set[int]:
    return {int(v) for v in value} if isinstance(value, list) else set()


def _set_copies(s: Session, set_id: int) -> set[int]:
    return set(s.scalars(select(DiscCopy.id).join(Disc, DiscCopy.disc_id == Disc.id).where(Disc.set_id == set_id)))


def _copies_by_set(s: Session, recordings) -> dict[int, set[int]]:
    """The copies of every disc set holding one of `recordings` (ids or a subquery), in one query."""
    holding = select(Disc.set_id).join(DiscFile, DiscFile.disc_id == Disc.id).where(DiscFile.recording_id.in_(recordings))
    out: dict[int, set[int]] = {}
    for set_id, copy_id in s.execute(select(Disc.set_id, DiscCopy.id).join(DiscCopy, DiscCopy.disc_id == Disc.id)
                                     .where(Disc.set_id.in_(holding))):
        out.setdefault(set_id, set()).add(copy_id)
    return out


def _events(s: Session, recs: set[int], cases: set[int], activities: set[int], batches: set[int],
            tz: str, copies_by_set: dict[int, set[int]] | None = None) -> list[ChainEvent]:
    copies_by_set = copies_by_set or {}
    requests: set[int] = set()
    grants: set[int] = set()
    sets: set[int] = set()
    copies: set[int] = set()
    entries: set[int] = set()
    found: list[ChainEvent] = []
    for ev in s.scalars(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)):
        try:
            d = json.loads(ev.details or "{}")
        except ValueError:
            d = {}
        if not isinstance(d, dict):
            d = {}
        kind, tid, a = ev.target_kind, ev.target_id, ev.action
        named = bool(_ids(d.get("recordings")) & recs or _ids(d.get("cases")) & cases)
        hit = (
            (kind == "recording" and tid in recs)
            or (kind == "case" and tid in cases)
            or (kind == "activity" and tid in activities)
            or (kind == "import_batch" and tid in batches and a in ("import.started", "import.finished"))
            or (kind == "access_request" and (tid in requests or (a == "access.requested" and named)))
            or (kind == "access_grant" and (tid in grants or (a == "access.granted" and named)
                                            or ((a.startswith("disc_set.") or a.startswith("copy.")) and named)))
            # A viewing under a whole-case grant counts only if this recording was among those viewed.
            or (kind == "register_entry" and (tid in entries or (a == "access.viewing_started" and named)))
            or (kind == "disc_set" and (tid in sets or any(_ids(x.get("recordings")) & recs
                                                          for x in d.get("discs", []) if isinstance(x, dict))))
            or (kind == "disc_copy" and tid in copies)
            or (a == "verify.run")
        )
        if not hit:
            continue
        if a == "access.requested":
            requests.add(tid)
        elif a == "access.granted":
            grants.add(tid)
        elif a == "access.viewing_started":
            entries.add(tid)
        elif a == "disc_set.made" and tid not in sets:
            sets.add(tid)
            # Read with the recordings' sets up front; a set named only in the log is read on its own.
            copies |= copies_by_set[tid] if tid in copies_by_set else _set_copies(s, tid)
        if a == "verify.run" and not found:
            continue  # checks before the import say nothing about this recording
        found.append(ChainEvent(ev.seq, ev.at, ev.actor_name, a, ACTION_NAMES.get(a, a), _summary(a, d, recs, tz)))
    return found


def chain_of_custody(archive: Archive, *, recording_id: int | None = None, case_id: int | None = None,
                     case_no: str | None = None) -> ChainOfCustody:
    """The chain of custody of one recording, or of every recording of one case."""
    with archive.session() as s:
        if case_no is not None:
            # The whole row, so that `s.get` below finds it in the session instead of reading it again.
            found = s.scalar(select(Case).where(Case.case_no == case_no.strip()))
            case_id = found.id if found is not None else None
            if case_id is None:
                raise ArchiveError(f"没有案号为“{case_no}”的案件。", f"There is no case numbered “{case_no}”.")
        if recording_id is not None:
            rec = s.get(Recording, recording_id)
            if rec is None:
                raise ArchiveError(f"没有第 {recording_id} 号资料。", f"There is no recording {recording_id}.")
            recs = [rec]
            recordings = [rec.id]
            kind, subject_id = "recording", rec.id
            subject = f"资料 #{rec.id} {rec.original_name}"
        elif case_id is not None:
            case = s.get(Case, case_id)
            if case is None:
                raise ArchiveError(f"没有第 {case_id} 号案件。", f"There is no case {case_id}.")
            recs = list(s.scalars(select(Recording).where(Recording.case_id == case.id).order_by(Recording.id)))
            recordings = select(Recording.id).where(Recording.case_id == case.id)
            kind, subject_id = "case", case.id
            subject = f"案件 {case.case_no}（{len(recs)} 份资料）"
        else:
            raise ArchiveError("请指定资料或案件。", "Name a recording or a case.")
        # Only the cases these recordings are in (one at most), not every case of the archive.
        case_nos = dict(s.execute(select(Case.id, Case.case_no).where(
            Case.id.in_({r.case_id for r in recs if r.case_id is not None}))).all())
        facts = tuple(RecordingFacts(r.id, r.original_name, r.sha256, r.size, r.recorded_at, r.imported_at,
                                     case_nos.get(r.case_id), r.disposed_at is not None) for r in recs)
        cases = {r.case_id for r in recs if r.case_id is not None} | ({subject_id} if kind == "case" else set())
        activities = {r.activity_id for r in recs if r.activity_id is not None}
        unit = archive.unit(s)
        events = _events(s, {r.id for r in recs}, cases, activities, {r.batch_id for r in recs}, unit.timezone,
                         _copies_by_set(s, recordings))
        checked, problems = audit.check_chain(s, archive.head_path)
        return ChainOfCustody(kind, subject_id, subject, unit.name, unit.timezone, facts, tuple(events), checked,
                              tuple(problems), utcnow())

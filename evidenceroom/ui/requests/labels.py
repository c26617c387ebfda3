"""Words for the values of a request (kind, purpose, status, decision) and its items, shared by
the requests page and its dialogs, so each reads the same everywhere."""
from __future__ import annotations

from PySide6.QtCore import QObject

from evidenceroom.core import catalog, lookups, policy as policies
from evidenceroom.core.access import Items, RequestInfo, StepInfo
from evidenceroom.core.archive import Archive
from evidenceroom.core.errors import ArchiveError, Text
from evidenceroom.core.models import AccessKind, AccessPurpose, Decision, RequestStatus


class RequestLabels(QObject):
    def kinds(self) -> list[tuple[str, str]]:
        return [(AccessKind.VIEW.value, self.tr("查阅")), (AccessKind.COPY.value, self.tr("复制")),
                (AccessKind.PROVIDE.value, self.tr("对外提供"))]

    def purposes(self) -> list[tuple[str, str]]:
        return [(AccessPurpose.LITIGATION.value, self.tr("涉法涉诉案件")),
                (AccessPurpose.SUPERVISION.value, self.tr("执法监督")),
                (AccessPurpose.CASE_ANALYSIS.value, self.tr("案情研判")),
                (AccessPurpose.OTHER.value, self.tr("其他"))]

    def kind(self, value: str) -> str:
        return dict(self.kinds()).get(value, value)

    def purpose(self, value: str, detail: str = "") -> str:
        name = dict(self.purposes()).get(value, value)
        return self.tr("{0}：{1}").format(name, detail) if detail else name

    def decision(self, value: str | None) -> str:
        return {Decision.APPROVE.value: self.tr("同意"), Decision.REFUSE.value: self.tr("不同意"),
                Decision.NARROW.value: self.tr("缩小范围后同意")}.get(value or "", value or "")

    def status(self, info: RequestInfo) -> str:
        if info.status == RequestStatus.UNDER_REVIEW.value:
            due = next((st for st in info.steps if st.decision is None), None)
            return self.tr("审批中（待第 {0} 步）").format(due.number) if due else self.tr("审批中")
        return {RequestStatus.PENDING.value: self.tr("待审批"), RequestStatus.APPROVED.value: self.tr("已批准"),
                RequestStatus.REFUSED.value: self.tr("已拒绝"), RequestStatus.REVOKED.value: self.tr("已撤销"),
                RequestStatus.EXPIRED.value: self.tr("已过期")}.get(info.status, info.status)

    def step_words(self, info: RequestInfo, step: StepInfo) -> tuple[str, str]:
        """The step's name (审核, 批准 …) and who decides it, in the current language."""
        try:
            st = policies.by_name(info.policy).chain(info.kind)[step.number - 1]
        except (ArchiveError, IndexError):
            return step.name_zh, step.who_zh
        return str(Text(st.name_zh, st.name_en)), str(Text(st.who_zh, st.who_en))

    def requester(self, info: RequestInfo) -> str:
        if info.requester_organisation:
            return self.tr("{0}（{1}）").format(info.requester_name, info.requester_organisation)
        return info.requester_name

    def items_count(self, items: Items) -> str:
        parts = []
        if items.recording_ids:
            parts.append(self.tr("{0} 个文件").format(len(items.recording_ids)))
        if items.case_ids:
            parts.append(self.tr("{0} 个案件").format(len(items.case_ids)))
        return self.tr("，").join(parts)

    def recording_line(self, archive: Archive, recording_id: int) -> str:
        """`#12 20261128_093012_0001.MP4（案件 秦水罚〔2026〕31号）`; a missing id is shown as such."""
        detail = catalog.recording_detail(archive, recording_id)
        if detail is None:
            return self.tr("#{0}（无此资料）").format(recording_id)
        if detail.case_no:
            return self.tr("#{0} {1}（案件 {2}）").format(recording_id, detail.original_name, detail.case_no)
        return self.tr("#{0} {1}（未归案）").format(recording_id, detail.original_name)

    def item_lines(self, archive: Archive, items: Items) -> list[str]:
        lines = [self.recording_line(archive, rid) for rid in items.recording_ids]
        if items.case_ids:
            numbers = {c.id: c.case_no for c in lookups.cases(archive, limit=100000)}
            for case_id in items.case_ids:
                lines.append(self.tr("案件 {0}（全部资料）").format(numbers.get(case_id, f"#{case_id}")))
        return lines

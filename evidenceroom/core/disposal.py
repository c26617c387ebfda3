"""Disposal at the end of retention (RET-07, RET-08): never by itself, never silently.

The custodian judges each expired recording: still worth keeping (保存意义), or proposed for
clearance (清除处理) with a reason. A supervisor approves in person, signing in on the desk's
screen for that one decision. Only then is the original removed from the vault, and a tombstone
keeps its hash, case, capture time, grounds, proposer, approver and date for good, with an audit
event in the same transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from evidenceroom.core import accounts, audit, policy as policies, profiles, retention
from evidenceroom.core.db import id_in
from evidenceroom.core.accounts import AuthError
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AccessKind, Case, Person, Recording, Role, User
from evidenceroom.core.models.retention import DisposalProposal, KeepAssessment, Tombstone
from evidenceroom.core.timeutil import utcnow

PROPOSERS = (Role.CLERK.value, Role.ADMINISTRATOR.value)
APPROVERS = (Role.SUPERVISOR.value,)
PROPOSED, APPROVED, REFUSED = "proposed", "approved", "refused"


@dataclass(frozen=True)
class Disposed:
    recording_id: int
    sha256: str
    tombstone_id: int
    file_removed: bool


def refusal(ex: retention.Expiry, today: date) -> tuple[str, str] | None:
    """Why this recording cannot be proposed for disposal, or None when it can."""
    if ex.disposed:
        return "已清除", "already disposed of"
    if ex.permanent:
        return f"永久保存（{ex.deciding.article}），不能清除", f"kept permanently ({ex.deciding.article}); it cannot be disposed of"
    if ex.long_term:
        return (f"长期保存（{ex.deciding.article}），不能清除",
                f"kept long-term ({ex.deciding.article}); it cannot be disposed of")
    if ex.held:
        return "已保全，解除保全前不能清除", "on hold; it cannot be disposed of until the hold is released"
    if not ex.expired(today):
        basis_zh, basis_en = ex.basis()
        until = ex.expires_on.isoformat() if ex.expires_on else "—"
        return (f"保存期限未到（{until}，{basis_zh}）", f"retention has not ended ({until}, {basis_en})")
    return None


def _refuse(rec_id: int, why: tuple[str, str]) -> ArchiveError:
    return ArchiveError(f"第 {rec_id} 号资料{why[0]}。", f"Recording {rec_id}: {why[1]}.")


def _check_disposable(s: Session, rec_id: int, today: date) -> retention.Expiry:
    ex = retention.expiry(s, rec_id)
    why = refusal(ex, today)
    if why:
        raise _refuse(rec_id, why)
    return ex


def _expiries(s: Session, rec_ids: list[int]) -> dict[int, retention.Expiry]:
    """The expiry of each of these recordings that exists, read together rather than one by one."""
    return retention.expiries(s, list(s.scalars(select(Recording).where(id_in(s, Recording.id, rec_ids)))))


def _proposed(s: Session, rec_ids: list[int]) -> set[int]:
    """Which of these recordings already await a decision on their disposal."""
    return set(s.scalars(select(DisposalProposal.recording_id).where(
        id_in(s, DisposalProposal.recording_id, rec_ids), DisposalProposal.status == PROPOSED)))


def assess(archive, user, recording_id: int, worth_keeping: bool, reason: str) -> None:
    """The custodian records whether an expired recording is still worth keeping."""
    if user.role not in PROPOSERS:
        raise ArchiveError("只有保管员或管理员可以作出保存判断。", "Only the custodian or an administrator can judge this.")
    reason = (reason or "").strip()
    if not reason:
        raise ArchiveError("请写明理由。", "State the reason.")
    with archive.transaction() as s:
        if s.get(Recording, recording_id) is None:
            raise ArchiveError(f"没有第 {recording_id} 号资料。", f"There is no recording {recording_id}.")
        s.add(KeepAssessment(recording_id=recording_id, worth_keeping=worth_keeping, reason=reason,
                             by_user_id=user.user_id, by_name=user.actor.name, at=utcnow()))
        audit.record(s, user.actor, "retention.assessed", "recording", recording_id,
                     worth_keeping=worth_keeping, reason=reason)


def propose(archive, user, recording_ids: list[int], reason: str, today: date | None = None) -> list[int]:
    """Propose clearing recordings judged of no value to keep (002§15); all or none are proposed."""
    if user.role not in PROPOSERS:
        raise ArchiveError("只有保管员或管理员可以提出清除。", "Only the custodian or an administrator can propose disposal.")
    reason = (reason or "").strip()
    if not reason:
        raise ArchiveError("提出清除须写明理由（为何已无保存意义）。",
                           "A disposal proposal must state why the recording is no longer worth keeping.")
    if not recording_ids:
        raise ArchiveError("请选择要清除的资料。", "Choose the recordings to dispose of.")
    ids = []
    with archive.transaction() as s:
        today = today or retention.today_in(s)
        chosen = list(dict.fromkeys(recording_ids))
        # A batch of any size is checked in a few reads; the first recording that fails, in the
        # order given, is named, as when each was checked on its own.
        expiries, proposed = _expiries(s, chosen), _proposed(s, chosen)
        for rec_id in chosen:
            if rec_id not in expiries:
                raise ArchiveError(f"没有第 {rec_id} 号资料。", f"There is no recording {rec_id}.")
            ex = expiries[rec_id]
            why = refusal(ex, today)
            if why:
                raise _refuse(rec_id, why)
            if rec_id in proposed:
                raise ArchiveError(f"第 {rec_id} 号资料已提出清除，等待审批。",
                                   f"Recording {rec_id} is already proposed for disposal and awaits approval.")
            now = utcnow()
            s.add(KeepAssessment(recording_id=rec_id, worth_keeping=False, reason=reason,
                                 by_user_id=user.user_id, by_name=user.actor.name, at=now))
            basis_zh, _ = ex.basis()
            p = DisposalProposal(recording_id=rec_id, reason=reason, status=PROPOSED, expired_on=ex.expires_on,
                                 rule=basis_zh, proposed_by_user_id=user.user_id, proposed_by_name=user.actor.name,
                                 proposed_at=now)
            s.add(p)
            s.flush()
            audit.record(s, user.actor, "disposal.proposed", "recording", rec_id, proposal_id=p.id, reason=reason,
                         expired_on=ex.expires_on.isoformat(), rule=basis_zh)
            ids.append(p.id)
    return ids


def pending(s: Session) -> list[DisposalProposal]:
    return list(s.scalars(select(DisposalProposal).where(DisposalProposal.status == PROPOSED)
                          .order_by(DisposalProposal.id)))


@dataclass(frozen=True)
class PendingDisposal:
    proposal_id: int
    recording_id: int
    original_name: str
    case_no: str | None
    expired_on: date
    reason: str
    proposed_by: str


def pending_list(s: Session) -> list[PendingDisposal]:
    """The proposals awaiting a supervisor, with what the approver needs to see, in one query."""
    q = (select(DisposalProposal.id, Recording.id, Recording.original_name, Case.case_no, DisposalProposal.expired_on,
                DisposalProposal.reason, DisposalProposal.proposed_by_name)
         .join(Recording, Recording.id == DisposalProposal.recording_id)
         .outerjoin(Case, Case.id == Recording.case_id)
         .where(DisposalProposal.status == PROPOSED).order_by(DisposalProposal.id))
    return [PendingDisposal(*row) for row in s.execute(q)]


def _in_person(archive, login: str, password: str, work):
    """Authenticate the approver on this screen for one decision; a failure is audited and counted."""
    with archive.session() as s:
        with s.begin():
            try:
                approver = accounts.authenticate(s, login, password, purpose="disposal_approval")
            except AuthError as exc:
                failure = exc
            else:
                _check_approver(s, approver)
                return work(s, approver)
        raise failure


def approver_step(s: Session) -> policies.ApprovalStep:
    """The profile's approver: the final step of its approval chain (for 003, the bureau leader in
    charge, 003§22); one supervisor under the others."""
    return policies.by_name(profiles.active(s).approval_policy).chain(AccessKind.COPY.value)[-1]


def _check_approver(s: Session, approver) -> None:
    step = approver_step(s)
    user = s.get(User, approver.user_id)
    title = s.scalar(select(Person.title).where(Person.id == user.person_id)) if user.person_id else None
    if approver.role not in APPROVERS or approver.role not in step.roles or (step.titles and title not in step.titles):
        raise ArchiveError(f"清除须由{step.who_zh}本人登录批准，{approver.display_name} 无此权限。",
                           f"A disposal must be approved in person by {step.who_en}; "
                           f"{approver.display_name} may not approve it.")


def _proposal(s: Session, proposal_id: int) -> DisposalProposal:
    p = s.get(DisposalProposal, proposal_id)
    if p is None or p.status != PROPOSED:
        raise ArchiveError(f"第 {proposal_id} 号清除申请不存在或已处理。",
                           f"Disposal proposal {proposal_id} does not exist or was already decided.")
    return p


def approve(archive, proposal_id: int, login: str, password: str, note: str = "",
            today: date | None = None) -> Disposed:
    """The supervisor approves in person; the tombstone and audit event are committed, then the
    original leaves the vault. If the removal fails the record stands and `finish_removals` retries."""

    def work(s: Session, approver) -> tuple[int, str, int]:
        p = _proposal(s, proposal_id)
        when = today or retention.today_in(s)
        ex = _check_disposable(s, p.recording_id, when)  # a hold or mark may have come since the proposal
        rec = s.get(Recording, p.recording_id)
        case = s.get(Case, rec.case_id) if rec.case_id else None
        now = utcnow()
        tomb = Tombstone(recording_id=rec.id, proposal_id=p.id, sha256=rec.sha256, size=rec.size,
                         original_name=rec.original_name, case_id=rec.case_id,
                         case_no=case.case_no if case else None, recorded_at=rec.recorded_at,
                         expired_on=ex.expires_on, grounds=f"{p.reason}；{p.rule}",
                         profile_key=profiles.active(s).key, proposed_by_name=p.proposed_by_name,
                         approved_by_user_id=approver.user_id, approved_by_name=approver.actor.name, disposed_at=now)
        s.add(tomb)
        rec.disposed_at = now
        p.status, p.decided_by_user_id, p.decided_by_name = APPROVED, approver.user_id, approver.actor.name
        p.decided_at, p.decision_note = now, (note or "").strip()
        s.flush()
        audit.record(s, approver.actor, "recording.disposed", "recording", rec.id, proposal_id=p.id,
                     tombstone_id=tomb.id, sha256=rec.sha256, case_no=tomb.case_no,
                     recorded_at=rec.recorded_at.isoformat(), expired_on=ex.expires_on.isoformat(),
                     grounds=tomb.grounds, proposed_by=p.proposed_by_name)
        return rec.id, rec.sha256, tomb.id

    rec_id, sha, tomb_id = _in_person(archive, login, password, work)
    try:
        removed = archive.vault.dispose(sha)
        finish_removals(archive)  # an earlier approval whose file could not be removed then
    except OSError as exc:
        raise ArchiveError(f"清除已批准并登记，但删除文件失败（{exc}）；下次批准清除时会再次删除。",
                           f"The disposal is approved and recorded, but removing the file failed ({exc}); "
                           "it is tried again at the next approved disposal.") from exc
    return Disposed(rec_id, sha, tomb_id, removed)


def refuse(archive, proposal_id: int, login: str, password: str, reason: str) -> None:
    """The supervisor refuses in person, with a reason; the recording stays as it was."""
    reason = (reason or "").strip()
    if not reason:
        raise ArchiveError("不同意时须填写理由。", "A refusal must state its reason.")

    def work(s: Session, approver) -> None:
        p = _proposal(s, proposal_id)
        p.status, p.decided_by_user_id, p.decided_by_name = REFUSED, approver.user_id, approver.actor.name
        p.decided_at, p.decision_note = utcnow(), reason
        audit.record(s, approver.actor, "disposal.refused", "recording", p.recording_id, proposal_id=p.id,
                     reason=reason)

    _in_person(archive, login, password, work)


def finish_removals(archive) -> list[int]:
    """Remove the vault files of disposed recordings still present (a removal that failed before)."""
    with archive.session() as s:
        rows = s.execute(select(Recording.id, Recording.sha256).where(Recording.disposed_at.is_not(None))).all()
    return [rid for rid, sha in rows if archive.vault.dispose(sha)]


def tombstone(s: Session, recording_id: int) -> Tombstone | None:
    return s.scalar(select(Tombstone).where(Tombstone.recording_id == recording_id))

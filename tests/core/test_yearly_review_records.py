"""Reviews held (DUT-12): recorded with scope and reviewers; the dashboard warns from 1 November."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from evidenceroom.core import dashboard, review_records
from evidenceroom.core.errors import ArchiveError
from evidenceroom.core.models import AuditEvent
from tests.core.oversight_support import sign_in, staff


def test_from_november_the_dashboard_warns_until_a_review_is_recorded(archive, rows):
    staff(archive)
    assert not review_records.review_missing(archive, date(2025, 10, 31))
    assert review_records.review_missing(archive, date(2025, 11, 2))
    board = dashboard.dashboard(archive, now=datetime(2025, 11, 2, 4, tzinfo=timezone.utc))
    assert board.review_missing

    inspector = sign_in(archive, "inspector")
    held = review_records.record_review(archive, inspector, date(2025, 11, 2), "2025 年全部现场检查音像资料",
                                        "周科长、赵主任", 48, "2 件未全程记录", "通报并限期整改")
    assert held.year == 2025 and [r.id for r in review_records.reviews_of(archive, 2025)] == [held.id]
    assert not review_records.review_missing(archive, date(2025, 11, 2))
    assert review_records.review_missing(archive, date(2026, 11, 2))  # a new year needs its own
    assert any(e.action == "review.recorded" for e in rows(archive, AuditEvent))


def test_a_review_needs_scope_and_reviewers_and_the_right_role(archive):
    staff(archive)
    inspector = sign_in(archive, "inspector")
    with pytest.raises(ArchiveError, match="范围"):
        review_records.record_review(archive, inspector, date(2025, 11, 2), " ", "周科长", 1)
    with pytest.raises(ArchiveError, match="评查人员"):
        review_records.record_review(archive, inspector, date(2025, 11, 2), "全部", "", 1)
    with pytest.raises(ArchiveError, match="晚于今天"):
        review_records.record_review(archive, inspector, date(2099, 1, 1), "全部", "周科长", 1)
    with pytest.raises(ArchiveError, match="执法监督"):
        review_records.record_review(archive, sign_in(archive, "clerk"), date(2025, 11, 2), "全部", "陈静", 1)

"""Fixtures for the requests page: the filled archive with the two approvers regulation 003 names
(the office director reviews, the bureau leader approves), each a user linked to a staff record
that holds the title."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from evidenceroom.core import registry
from evidenceroom.core.audit import Actor
from evidenceroom.core.models import Person, Recording, Role


@dataclass
class Desk:
    officer_id: int  # 张伟, the staff person who asks to view
    clip_id: int
    clip_name: str
    director_person_id: int


@pytest.fixture
def desk(filled_archive, password) -> Desk:
    setup = Actor("测试准备")
    with filled_archive.transaction() as s:
        for login, name, title, badge in (("lizhuren", "李主任", "办公室主任", "3201002"),
                                          ("zhaojuzhang", "赵局长", "局主管领导", "3201003")):
            user = registry.add_user(s, setup, login, password, Role.SUPERVISOR, name)
            user.person_id = registry.add_person(s, setup, name, badge, "办公室", title).id
        officer_id = s.scalar(select(Person.id).where(Person.badge_no == "13001"))
        director_person_id = s.scalar(select(Person.id).where(Person.badge_no == "3201002"))
        clip_id, clip_name = s.execute(select(Recording.id, Recording.original_name)
                                       .where(Recording.media_kind == "video")
                                       .order_by(Recording.original_name)).first()
    return Desk(officer_id, clip_id, clip_name, director_person_id)

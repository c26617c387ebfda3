"""device custody

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 05:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("department") as batch:
        batch.add_column(sa.Column("staffing_class", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("officer_count_override", sa.Integer(), nullable=True))
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("make", sa.String(length=100), nullable=False, server_default=""))
        batch.add_column(sa.Column("department_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("custodian_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("purchased_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("in_service_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("purchase_price_fen", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("features", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("state", sa.String(length=20), nullable=False, server_default="in_store"))
        batch.add_column(sa.Column("holder_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("held_since", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("expected_return_at", sa.DateTime(), nullable=True))
        batch.create_foreign_key("fk_device_department_id", "department", ["department_id"], ["id"])
        batch.create_foreign_key("fk_device_custodian_id", "person", ["custodian_id"], ["id"])
        batch.create_foreign_key("fk_device_holder_id", "person", ["holder_id"], ["id"])
        batch.create_index("ix_device_state", ["state"], unique=False)
    # The defaults only filled the rows already there; the models give every new row its values.
    with op.batch_alter_table("device") as batch:
        for name in ("make", "features", "notes", "state"):
            batch.alter_column(name, server_default=None)
    op.create_table(
        "custody_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("approver_user_id", sa.Integer(), nullable=True),
        sa.Column("approver_name", sa.String(length=200), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["device.id"], name="fk_custody_event_device_id"),
        sa.ForeignKeyConstraint(["officer_id"], ["person.id"], name="fk_custody_event_officer_id"),
        sa.ForeignKeyConstraint(["actor_user_id"], ["user_account.id"], name="fk_custody_event_actor_user_id"),
        sa.ForeignKeyConstraint(["approver_user_id"], ["user_account.id"],
                                name="fk_custody_event_approver_user_id"),
        sa.PrimaryKeyConstraint("id", name="pk_custody_event"),
    )
    op.create_index("ix_custody_event_device_at", "custody_event", ["device_id", "at"], unique=False)
    op.create_index("ix_custody_event_officer_at", "custody_event", ["officer_id", "at"], unique=False)
    op.create_index("ix_custody_event_at", "custody_event", ["at"], unique=False)
    op.create_table(
        "department_duty",
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("first_responsible_id", sa.Integer(), nullable=False),
        sa.Column("administrator_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"], name="fk_department_duty_department_id"),
        sa.ForeignKeyConstraint(["first_responsible_id"], ["person.id"],
                                name="fk_department_duty_first_responsible_id"),
        sa.ForeignKeyConstraint(["administrator_id"], ["person.id"], name="fk_department_duty_administrator_id"),
        sa.PrimaryKeyConstraint("department_id", name="pk_department_duty"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("department_duty")
    op.drop_index("ix_custody_event_at", table_name="custody_event")
    op.drop_index("ix_custody_event_officer_at", table_name="custody_event")
    op.drop_index("ix_custody_event_device_at", table_name="custody_event")
    op.drop_table("custody_event")
    with op.batch_alter_table("device") as batch:
        batch.drop_index("ix_device_state")
        batch.drop_constraint("fk_device_holder_id", type_="foreignkey")
        batch.drop_constraint("fk_device_custodian_id", type_="foreignkey")
        batch.drop_constraint("fk_device_department_id", type_="foreignkey")
        for name in ("expected_return_at", "held_since", "holder_id", "state", "notes", "features",
                     "purchase_price_fen", "in_service_on", "purchased_on",
                     "custodian_id", "department_id", "make"):
            batch.drop_column(name)
    with op.batch_alter_table("department") as batch:
        batch.drop_column("officer_count_override")
        batch.drop_column("staffing_class")

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
    # Plain ADD COLUMN, never a table rebuild: rebuilding `device` would drop a table that import
    # batches and recordings point at, which SQLite refuses while foreign keys are enforced. A
    # column with its REFERENCES is standard SQL (SQLite and PostgreSQL alike); Alembic would
    # instead add the constraint separately, which SQLite cannot.
    op.add_column("department", sa.Column("staffing_class", sa.String(length=20), nullable=True))
    op.add_column("department", sa.Column("officer_count_override", sa.Integer(), nullable=True))
    # The server defaults fill the rows already there; the models give every new row its values.
    op.add_column("device", sa.Column("make", sa.String(length=100), nullable=False, server_default=""))
    op.execute("ALTER TABLE device ADD COLUMN department_id INTEGER REFERENCES department (id)")
    op.execute("ALTER TABLE device ADD COLUMN custodian_id INTEGER REFERENCES person (id)")
    op.add_column("device", sa.Column("purchased_on", sa.Date(), nullable=True))
    op.add_column("device", sa.Column("in_service_on", sa.Date(), nullable=True))
    op.add_column("device", sa.Column("purchase_price_fen", sa.BigInteger(), nullable=True))
    op.add_column("device", sa.Column("features", sa.Text(), nullable=False, server_default=""))
    op.add_column("device", sa.Column("notes", sa.Text(), nullable=False, server_default=""))
    op.add_column("device", sa.Column("state", sa.String(length=20), nullable=False, server_default="in_store"))
    op.execute("ALTER TABLE device ADD COLUMN holder_id INTEGER REFERENCES person (id)")
    op.add_column("device", sa.Column("held_since", sa.DateTime(), nullable=True))
    op.add_column("device", sa.Column("expected_return_at", sa.DateTime(), nullable=True))
    op.execute("ALTER TABLE device ADD COLUMN replaces_id INTEGER REFERENCES device (id)")
    op.create_index("ix_device_state", "device", ["state"], unique=False)
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
    op.drop_index("ix_device_state", table_name="device")
    # Dropping these columns rebuilds `device` and `department` on SQLite; with foreign keys
    # enforced that is refused while import batches, recordings or people point at them, so a
    # downgrade works on an archive without such rows only. Opening an archive never downgrades.
    with op.batch_alter_table("device") as batch:
        for name in ("replaces_id", "expected_return_at", "held_since", "holder_id", "state", "notes", "features",
                     "purchase_price_fen", "in_service_on", "purchased_on", "custodian_id", "department_id", "make"):
            batch.drop_column(name)
    with op.batch_alter_table("department") as batch:
        batch.drop_column("officer_count_override")
        batch.drop_column("staffing_class")

"""retention and disposal

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 05:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("case_file") as batch:
        batch.add_column(sa.Column("filed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("file_retention_years", sa.Integer(), nullable=True))
    with op.batch_alter_table("recording") as batch:
        batch.add_column(sa.Column("disposed_at", sa.DateTime(), nullable=True))
    op.create_table(
        "retention_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ground", sa.Text(), nullable=False),
        sa.Column("article", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by_user_id", sa.Integer(), nullable=True),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["recording_id"], ["recording.id"], name="fk_retention_mark_recording_id"),
        sa.ForeignKeyConstraint(["by_user_id"], ["user_account.id"], name="fk_retention_mark_by_user_id"),
        sa.PrimaryKeyConstraint("id", name="pk_retention_mark"),
        sa.UniqueConstraint("recording_id", "kind", name="uq_retention_mark_recording_kind"),
    )
    op.create_table(
        "retention_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_by_user_id", sa.Integer(), nullable=True),
        sa.Column("placed_by_name", sa.String(length=200), nullable=False),
        sa.Column("placed_at", sa.DateTime(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.Column("released_by_user_id", sa.Integer(), nullable=True),
        sa.Column("released_by_name", sa.String(length=200), nullable=True),
        sa.Column("release_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name="fk_retention_hold_case_id"),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], name="fk_retention_hold_activity_id"),
        sa.ForeignKeyConstraint(["placed_by_user_id"], ["user_account.id"],
                                name="fk_retention_hold_placed_by_user_id"),
        sa.ForeignKeyConstraint(["released_by_user_id"], ["user_account.id"],
                                name="fk_retention_hold_released_by_user_id"),
        sa.PrimaryKeyConstraint("id", name="pk_retention_hold"),
    )
    op.create_index("ix_retention_hold_case_id", "retention_hold", ["case_id"], unique=False)
    op.create_index("ix_retention_hold_activity_id", "retention_hold", ["activity_id"], unique=False)
    op.create_table(
        "keep_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("worth_keeping", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by_user_id", sa.Integer(), nullable=True),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["recording_id"], ["recording.id"], name="fk_keep_assessment_recording_id"),
        sa.ForeignKeyConstraint(["by_user_id"], ["user_account.id"], name="fk_keep_assessment_by_user_id"),
        sa.PrimaryKeyConstraint("id", name="pk_keep_assessment"),
    )
    op.create_index("ix_keep_assessment_recording_id", "keep_assessment", ["recording_id", "at"], unique=False)
    op.create_table(
        "disposal_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("expired_on", sa.Date(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("proposed_by_user_id", sa.Integer(), nullable=True),
        sa.Column("proposed_by_name", sa.String(length=200), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by_user_id", sa.Integer(), nullable=True),
        sa.Column("decided_by_name", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["recording_id"], ["recording.id"], name="fk_disposal_proposal_recording_id"),
        sa.ForeignKeyConstraint(["proposed_by_user_id"], ["user_account.id"],
                                name="fk_disposal_proposal_proposed_by_user_id"),
        sa.ForeignKeyConstraint(["decided_by_user_id"], ["user_account.id"],
                                name="fk_disposal_proposal_decided_by_user_id"),
        sa.PrimaryKeyConstraint("id", name="pk_disposal_proposal"),
    )
    op.create_index("ix_disposal_proposal_status", "disposal_proposal", ["status", "recording_id"], unique=False)
    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("original_name", sa.String(length=500), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("case_no", sa.String(length=100), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("expired_on", sa.Date(), nullable=False),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("profile_key", sa.String(length=100), nullable=False),
        sa.Column("proposed_by_name", sa.String(length=200), nullable=False),
        sa.Column("approved_by_user_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_name", sa.String(length=200), nullable=False),
        sa.Column("disposed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["recording_id"], ["recording.id"], name="fk_tombstone_recording_id"),
        sa.ForeignKeyConstraint(["proposal_id"], ["disposal_proposal.id"], name="fk_tombstone_proposal_id"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name="fk_tombstone_case_id"),
        sa.ForeignKeyConstraint(["approved_by_user_id"], ["user_account.id"],
                                name="fk_tombstone_approved_by_user_id"),
        sa.PrimaryKeyConstraint("id", name="pk_tombstone"),
        sa.UniqueConstraint("recording_id", name="uq_tombstone_recording_id"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("tombstone")
    op.drop_index("ix_disposal_proposal_status", table_name="disposal_proposal")
    op.drop_table("disposal_proposal")
    op.drop_index("ix_keep_assessment_recording_id", table_name="keep_assessment")
    op.drop_table("keep_assessment")
    op.drop_index("ix_retention_hold_activity_id", table_name="retention_hold")
    op.drop_index("ix_retention_hold_case_id", table_name="retention_hold")
    op.drop_table("retention_hold")
    op.drop_table("retention_mark")
    with op.batch_alter_table("recording") as batch:
        batch.drop_column("disposed_at")
    with op.batch_alter_table("case_file") as batch:
        batch.drop_column("file_retention_years")
        batch.drop_column("filed_on")

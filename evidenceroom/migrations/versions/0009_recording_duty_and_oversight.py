"""recording duty and oversight

The checklist matter an activity falls under, gap statements (interruptions and recordings not
made) with their in-person approval, spot checks with their stored draw and scores,
the reviews held (002§17), unannounced inspections and the findings of oversight.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 05:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'activity_matter',
        sa.Column('activity_id', sa.Integer(), nullable=False),
        sa.Column('stage', sa.String(length=100), nullable=False),
        sa.Column('matter', sa.String(length=200), nullable=False),
        sa.Column('marked_by_name', sa.String(length=200), nullable=False),
        sa.Column('marked_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name='fk_activity_matter_activity'),
        sa.PrimaryKeyConstraint('activity_id', name='pk_activity_matter'),
    )
    op.create_table(
        'recording_gap',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('activity_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('ground', sa.String(length=40), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('stopped_at', sa.DateTime(), nullable=True),
        sa.Column('resumed_at', sa.DateTime(), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('registered_by_user_id', sa.Integer(), nullable=True),
        sa.Column('registered_by_name', sa.String(length=200), nullable=False),
        sa.Column('registered_at', sa.DateTime(), nullable=False),
        sa.Column('approver_user_id', sa.Integer(), nullable=True),
        sa.Column('approver_name', sa.String(length=200), nullable=True),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('decision_comment', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name='fk_recording_gap_activity'),
        sa.ForeignKeyConstraint(['registered_by_user_id'], ['user_account.id'], name='fk_recording_gap_registered_by'),
        sa.ForeignKeyConstraint(['approver_user_id'], ['user_account.id'], name='fk_recording_gap_approver'),
        sa.PrimaryKeyConstraint('id', name='pk_recording_gap'),
    )
    with op.batch_alter_table('recording_gap', schema=None) as batch_op:
        batch_op.create_index('ix_recording_gap_status', ['status', 'registered_at'], unique=False)
        batch_op.create_index('ix_recording_gap_activity_id', ['activity_id'], unique=False)

    op.create_table(
        'spot_check',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('period_start', sa.DateTime(), nullable=False),
        sa.Column('period_end', sa.DateTime(), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('proportion', sa.Float(), nullable=False),
        sa.Column('seed', sa.BigInteger(), nullable=False),
        sa.Column('population_size', sa.Integer(), nullable=False),
        sa.Column('population', sa.Text(), nullable=False),
        sa.Column('drawn_by_user_id', sa.Integer(), nullable=True),
        sa.Column('drawn_by_name', sa.String(length=200), nullable=False),
        sa.Column('drawn_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['department_id'], ['department.id'], name='fk_spot_check_department'),
        sa.ForeignKeyConstraint(['drawn_by_user_id'], ['user_account.id'], name='fk_spot_check_drawn_by'),
        sa.PrimaryKeyConstraint('id', name='pk_spot_check'),
    )
    with op.batch_alter_table('spot_check', schema=None) as batch_op:
        batch_op.create_index('ix_spot_check_drawn_at', ['drawn_at'], unique=False)

    op.create_table(
        'spot_check_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('spot_check_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('recording_id', sa.Integer(), nullable=False),
        sa.Column('score_recorded', sa.Integer(), nullable=True),
        sa.Column('score_uninterrupted', sa.Integer(), nullable=True),
        sa.Column('score_handover', sa.Integer(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('scored_by_name', sa.String(length=200), nullable=True),
        sa.Column('scored_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['spot_check_id'], ['spot_check.id'], name='fk_spot_check_item_spot_check'),
        sa.ForeignKeyConstraint(['recording_id'], ['recording.id'], name='fk_spot_check_item_recording'),
        sa.PrimaryKeyConstraint('id', name='pk_spot_check_item'),
        sa.UniqueConstraint('spot_check_id', 'recording_id', name='uq_spot_check_item_recording'),
    )
    op.create_table(
        'review_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('scope', sa.Text(), nullable=False),
        sa.Column('reviewers', sa.Text(), nullable=False),
        sa.Column('recordings_reviewed', sa.Integer(), nullable=False),
        sa.Column('findings', sa.Text(), nullable=False),
        sa.Column('measures', sa.Text(), nullable=False),
        sa.Column('recorded_by_user_id', sa.Integer(), nullable=True),
        sa.Column('recorded_by_name', sa.String(length=200), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['recorded_by_user_id'], ['user_account.id'], name='fk_review_record_recorded_by'),
        sa.PrimaryKeyConstraint('id', name='pk_review_record'),
    )
    with op.batch_alter_table('review_record', schema=None) as batch_op:
        batch_op.create_index('ix_review_record_year', ['year'], unique=False)
    op.create_table(
        'inspection',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('inspectors', sa.Text(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('recorded_by_user_id', sa.Integer(), nullable=True),
        sa.Column('recorded_by_name', sa.String(length=200), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['recorded_by_user_id'], ['user_account.id'], name='fk_inspection_recorded_by'),
        sa.PrimaryKeyConstraint('id', name='pk_inspection'),
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index('ix_inspection_held_on', ['held_on'], unique=False)
    op.create_table(
        'inspection_officer',
        sa.Column('inspection_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name='fk_inspection_officer_inspection'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name='fk_inspection_officer_person'),
        sa.PrimaryKeyConstraint('inspection_id', 'person_id', name='pk_inspection_officer'),
    )
    op.create_table(
        'finding',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('outcome', sa.String(length=40), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('officer_id', sa.Integer(), nullable=True),
        sa.Column('activity_id', sa.Integer(), nullable=True),
        sa.Column('recording_id', sa.Integer(), nullable=True),
        sa.Column('spot_check_item_id', sa.Integer(), nullable=True),
        sa.Column('inspection_id', sa.Integer(), nullable=True),
        sa.Column('recorded_by_user_id', sa.Integer(), nullable=True),
        sa.Column('recorded_by_name', sa.String(length=200), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['officer_id'], ['person.id'], name='fk_finding_officer'),
        sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name='fk_finding_activity'),
        sa.ForeignKeyConstraint(['recording_id'], ['recording.id'], name='fk_finding_recording'),
        sa.ForeignKeyConstraint(['spot_check_item_id'], ['spot_check_item.id'], name='fk_finding_spot_check_item'),
        sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name='fk_finding_inspection'),
        sa.ForeignKeyConstraint(['recorded_by_user_id'], ['user_account.id'], name='fk_finding_recorded_by'),
        sa.PrimaryKeyConstraint('id', name='pk_finding'),
    )
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index('ix_finding_recorded_at', ['recorded_at'], unique=False)
        batch_op.create_index('ix_finding_officer_id', ['officer_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index('ix_finding_officer_id')
        batch_op.drop_index('ix_finding_recorded_at')
    op.drop_table('finding')
    op.drop_table('inspection_officer')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index('ix_inspection_held_on')
    op.drop_table('inspection')
    with op.batch_alter_table('review_record', schema=None) as batch_op:
        batch_op.drop_index('ix_review_record_year')
    op.drop_table('review_record')
    op.drop_table('spot_check_item')
    with op.batch_alter_table('spot_check', schema=None) as batch_op:
        batch_op.drop_index('ix_spot_check_drawn_at')
    op.drop_table('spot_check')
    with op.batch_alter_table('recording_gap', schema=None) as batch_op:
        batch_op.drop_index('ix_recording_gap_activity_id')
        batch_op.drop_index('ix_recording_gap_status')
    op.drop_table('recording_gap')
    op.drop_table('activity_matter')

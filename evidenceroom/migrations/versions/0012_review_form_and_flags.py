"""review form and flags

A reviewer's filled-in review form for a recording (REV-04, REV-05): the review, and each item's
text, source article, answer and optional marker; and the problems flagged at a time point of a
recording (REV-06), each tied to the finding it became.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 13:05:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'recording_review',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('recording_id', sa.Integer(), nullable=False),
        sa.Column('profile_key', sa.String(length=100), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('reviewer_user_id', sa.Integer(), nullable=True),
        sa.Column('reviewer_name', sa.String(length=200), nullable=False),
        sa.Column('reviewed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['recording_id'], ['recording.id'], name='fk_recording_review_recording'),
        sa.ForeignKeyConstraint(['reviewer_user_id'], ['user_account.id'], name='fk_recording_review_reviewer'),
        sa.PrimaryKeyConstraint('id', name='pk_recording_review'),
    )
    op.create_index('ix_recording_review_recording_id', 'recording_review', ['recording_id', 'reviewed_at'])
    op.create_table(
        'review_answer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('section', sa.String(length=20), nullable=False),
        sa.Column('item_key', sa.String(length=80), nullable=False),
        sa.Column('item_text', sa.Text(), nullable=False),
        sa.Column('source', sa.String(length=100), nullable=False),
        sa.Column('answer', sa.String(length=10), nullable=False),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('marker_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['review_id'], ['recording_review.id'], name='fk_review_answer_review'),
        sa.ForeignKeyConstraint(['marker_id'], ['marker.id'], name='fk_review_answer_marker'),
        sa.PrimaryKeyConstraint('id', name='pk_review_answer'),
    )
    op.create_index('ix_review_answer_review_id', 'review_answer', ['review_id', 'position'])
    op.create_table(
        'review_flag',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('recording_id', sa.Integer(), nullable=False),
        sa.Column('finding_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('position_ms', sa.BigInteger(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('reviewer_user_id', sa.Integer(), nullable=True),
        sa.Column('reviewer_name', sa.String(length=200), nullable=False),
        sa.Column('flagged_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['recording_id'], ['recording.id'], name='fk_review_flag_recording'),
        sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name='fk_review_flag_finding'),
        sa.ForeignKeyConstraint(['reviewer_user_id'], ['user_account.id'], name='fk_review_flag_reviewer'),
        sa.PrimaryKeyConstraint('id', name='pk_review_flag'),
    )
    op.create_index('ix_review_flag_recording_id', 'review_flag', ['recording_id', 'position_ms'])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_review_flag_recording_id', table_name='review_flag')
    op.drop_table('review_flag')
    op.drop_index('ix_review_answer_review_id', table_name='review_answer')
    op.drop_table('review_answer')
    op.drop_index('ix_recording_review_recording_id', table_name='recording_review')
    op.drop_table('recording_review')

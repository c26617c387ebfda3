"""backups and integrity checks

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 05:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'backup_run',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('destination', sa.Text(), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('objects_total', sa.Integer(), nullable=False),
        sa.Column('objects_copied', sa.Integer(), nullable=False),
        sa.Column('objects_present', sa.Integer(), nullable=False),
        sa.Column('bytes_copied', sa.BigInteger(), nullable=False),
        sa.Column('problems', sa.Integer(), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('actor_user_id', sa.Integer(), nullable=True),
        sa.Column('actor_name', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['actor_user_id'], ['user_account.id'], name='fk_backup_run_actor_user_id'),
        sa.PrimaryKeyConstraint('id', name='pk_backup_run'),
    )
    op.create_index('ix_backup_run_started_at', 'backup_run', ['started_at'])
    op.create_table(
        'integrity_check',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('trigger', sa.String(length=20), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=False),
        sa.Column('checked', sa.Integer(), nullable=False),
        sa.Column('audit_events', sa.Integer(), nullable=False),
        sa.Column('problem_count', sa.Integer(), nullable=False),
        sa.Column('problems', sa.Text(), nullable=False),
        sa.Column('actor_user_id', sa.Integer(), nullable=True),
        sa.Column('actor_name', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['actor_user_id'], ['user_account.id'], name='fk_integrity_check_actor_user_id'),
        sa.PrimaryKeyConstraint('id', name='pk_integrity_check'),
    )
    op.create_index('ix_integrity_check_started_at', 'integrity_check', ['started_at'])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_integrity_check_started_at', table_name='integrity_check')
    op.drop_table('integrity_check')
    op.drop_index('ix_backup_run_started_at', table_name='backup_run')
    op.drop_table('backup_run')

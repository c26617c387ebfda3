"""disc sets

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 05:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('disc_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('set_no', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('grant_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('medium', sa.String(length=10), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('maker_user_id', sa.Integer(), nullable=True),
    sa.Column('maker_name', sa.String(length=200), nullable=False),
    sa.Column('extractor_name', sa.String(length=200), nullable=False),
    sa.Column('extracted_at', sa.DateTime(), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('folder', sa.Text(), nullable=False),
    sa.Column('description_sha256', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.ForeignKeyConstraint(['grant_id'], ['access_grant.id'], ),
    sa.ForeignKeyConstraint(['maker_user_id'], ['user_account.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('set_no')
    )
    with op.batch_alter_table('disc_set', schema=None) as batch_op:
        batch_op.create_index('ix_disc_set_case_id', ['case_id'], unique=False)
        batch_op.create_index('ix_disc_set_grant_id', ['grant_id'], unique=False)

    op.create_table('disc',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('set_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('volume_id', sa.String(length=32), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('payload_bytes', sa.BigInteger(), nullable=False),
    sa.Column('image_path', sa.Text(), nullable=False),
    sa.Column('image_sha256', sa.String(length=64), nullable=False),
    sa.Column('image_size', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['set_id'], ['disc_set.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('set_id', 'number', name='uq_disc_set_number')
    )

    op.create_table('disc_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('disc_id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['disc_id'], ['disc.id'], ),
    sa.ForeignKeyConstraint(['recording_id'], ['recording.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('disc_id', 'recording_id', name='uq_disc_file_recording')
    )
    with op.batch_alter_table('disc_file', schema=None) as batch_op:
        batch_op.create_index('ix_disc_file_recording_id', ['recording_id'], unique=False)

    op.create_table('disc_copy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('disc_id', sa.Integer(), nullable=False),
    sa.Column('copy', sa.String(length=2), nullable=False),
    sa.Column('place', sa.String(length=20), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('filed_at', sa.DateTime(), nullable=True),
    sa.Column('filed_by_name', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['disc_id'], ['disc.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('disc_id', 'copy', name='uq_disc_copy')
    )

    op.create_table('disc_verification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('copy_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_user_id', sa.Integer(), nullable=True),
    sa.Column('by_name', sa.String(length=200), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('files_checked', sa.Integer(), nullable=False),
    sa.Column('files_ok', sa.Integer(), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['by_user_id'], ['user_account.id'], ),
    sa.ForeignKeyConstraint(['copy_id'], ['disc_copy.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('disc_verification', schema=None) as batch_op:
        batch_op.create_index('ix_disc_verification_copy_id', ['copy_id', 'at'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('disc_verification', schema=None) as batch_op:
        batch_op.drop_index('ix_disc_verification_copy_id')
    op.drop_table('disc_verification')
    op.drop_table('disc_copy')
    with op.batch_alter_table('disc_file', schema=None) as batch_op:
        batch_op.drop_index('ix_disc_file_recording_id')
    op.drop_table('disc_file')
    op.drop_table('disc')
    with op.batch_alter_table('disc_set', schema=None) as batch_op:
        batch_op.drop_index('ix_disc_set_grant_id')
        batch_op.drop_index('ix_disc_set_case_id')
    op.drop_table('disc_set')

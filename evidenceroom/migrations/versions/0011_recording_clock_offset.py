"""recording clock offset

How far the recording device's clock was from the workstation's at import (ARC-09): the device
clock minus the real time, in seconds, positive when the device ran fast; NULL when not measured.
Recordings imported before keep NULL.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 12:45:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('recording', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock_offset_s', sa.Float(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    # A plain DROP COLUMN (SQLite 3.35+, PostgreSQL): rebuilding the table, as batch mode would,
    # fails on the foreign keys other tables hold to recording.
    op.drop_column('recording', 'clock_offset_s')

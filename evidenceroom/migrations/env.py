"""Alembic environment: migrations run from code when an archive is opened."""
from alembic import context

from evidenceroom.core.models import Base

config = context.config
engine = config.attributes["engine"]

# SQLite's full-text indexes (migration 0003) are virtual tables with shadow tables that no model
# describes; autogenerate must not offer to drop them.
SEARCH_TABLES = ("recording_name_fts", "case_file_fts")


def include_name(name, type_, parent_names) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLES))


with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()

"""The search index behind stories/search.py, one per database, installed by migration 0002.

- PostgreSQL: a trigger fills ``stories_story.search_vector`` (title weighted above the text) on
  every insert and update, and a GIN index serves it.
- SQLite: the FTS5 table ``story_fts`` (title, body), kept in sync by three triggers.

On SQLite, :func:`install_search_index` also runs after every ``migrate`` (stories/apps.py):
SQLite drops a table's triggers whenever Django rebuilds the table to alter it, which would
otherwise silently stop the index from following new and edited stories.
"""

from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper

from stories.models import SECTION_FIELDS, Story
from stories.search import FTS_TABLE, PG_CONFIG

_SQLITE_BODY = " || char(10, 10) || ".join(f"{{row}}.{name}" for name in SECTION_FIELDS)
_SQLITE_TRIGGERS = {
    "story_fts_insert": (
        "AFTER INSERT ON {table} BEGIN INSERT INTO {fts}(rowid, title, body) "
        "VALUES (new.id, new.title, {new_body}); END"
    ),
    "story_fts_delete": "AFTER DELETE ON {table} BEGIN DELETE FROM {fts} WHERE rowid = old.id; END",
    "story_fts_update": (
        "AFTER UPDATE OF title, {sections} ON {table} BEGIN UPDATE {fts} "
        "SET title = new.title, body = {new_body} WHERE rowid = new.id; END"
    ),
}
_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION stories_story_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('{PG_CONFIG}', concat_ws(E'\\n\\n', {
    ", ".join(f"NEW.{name}" for name in SECTION_FIELDS)
})), 'B');
    RETURN NEW;
END $$"""


def install_search_index(conn: BaseDatabaseWrapper) -> None:
    """Create the search index of this database if it is missing, and fill it."""
    table = Story._meta.db_table
    with conn.cursor() as cursor:
        if conn.vendor == "postgresql":
            cursor.execute(_PG_FUNCTION)
            cursor.execute(f"DROP TRIGGER IF EXISTS story_search_vector_update ON {table}")
            cursor.execute(
                f"CREATE TRIGGER story_search_vector_update BEFORE INSERT OR UPDATE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION stories_story_search_vector()"
            )
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS story_search_idx ON {table} USING gin (search_vector)"
            )
            # Setting it to NULL makes the trigger fill it.
            cursor.execute(f"UPDATE {table} SET search_vector = NULL")  # noqa: S608
        elif conn.vendor == "sqlite":
            cursor.execute(
                "SELECT count(*) FROM sqlite_master"
                " WHERE type = 'trigger' AND name IN (%s, %s, %s)",
                list(_SQLITE_TRIGGERS),
            )
            if cursor.fetchone()[0] == len(_SQLITE_TRIGGERS):
                return
            _install_sqlite_index(cursor, table)


def _install_sqlite_index(cursor: CursorWrapper, table: str) -> None:
    cursor.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(title, body, "
        "tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    parts = {
        "table": table,
        "fts": FTS_TABLE,
        "sections": ", ".join(SECTION_FIELDS),
        "new_body": _SQLITE_BODY.format(row="new"),
    }
    for name, body in _SQLITE_TRIGGERS.items():
        cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body.format(**parts)}")
    # Triggers may have been missing for a while: rebuild the whole index from the stories.
    # Names are constants from this module and the model, never user input.
    cursor.execute(f"DELETE FROM {FTS_TABLE}")  # noqa: S608
    cursor.execute(
        f"INSERT INTO {FTS_TABLE}(rowid, title, body) "  # noqa: S608
        f"SELECT id, title, {_SQLITE_BODY.format(row=table)} FROM {table}"
    )


def drop_search_index(conn: BaseDatabaseWrapper) -> None:
    """Remove what install_search_index created (for migrating backwards)."""
    table = Story._meta.db_table
    with conn.cursor() as cursor:
        if conn.vendor == "postgresql":
            cursor.execute(f"DROP TRIGGER IF EXISTS story_search_vector_update ON {table}")
            cursor.execute("DROP FUNCTION IF EXISTS stories_story_search_vector()")
            cursor.execute("DROP INDEX IF EXISTS story_search_idx")
        elif conn.vendor == "sqlite":
            for name in _SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")

"""Writing many stories fast on PostgreSQL: COPY, with each search vector computed once.

``seed_demo --stories 1000000`` spends most of its time, row by row, in the search trigger
(``to_tsvector`` over the whole text) and in INSERT parsing. Demo stories are blends of a few
dozen hand-written ones, so their texts repeat: each distinct text is turned into a vector once,
by the same expression as the trigger (stories/search.py), and every row is sent with COPY
while the trigger is switched off for this transaction only. The caller holds the transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from django.db import connection

from stories.models import SECTION_FIELDS, Story
from stories.search import PG_CONFIG

TRIGGER = "story_search_vector_update"
_VECTOR_SQL = (
    f"SELECT setweight(to_tsvector('{PG_CONFIG}', coalesce(%s, '')), 'A') || "
    f"setweight(to_tsvector('{PG_CONFIG}', concat_ws(E'\\n\\n', "
    + ", ".join(["%s"] * len(SECTION_FIELDS))
    + ")), 'B')"
)


def copy_stories(
    stories: Iterable[Story], *, progress: Callable[[int], None] | None = None, batch: int = 20_000
) -> int:
    """COPY ``stories`` into the table; returns how many were written."""
    vectors: dict[tuple[str, ...], str] = {}
    table = connection.ops.quote_name(Story._meta.db_table)
    written = 0
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER {TRIGGER}")
        for chunk in batched(stories, batch):
            _add_vectors(cursor, chunk, vectors)
            written += _copy(cursor, chunk)
            if progress:
                progress(written)
        cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER {TRIGGER}")
    return written


def _add_vectors(cursor: Any, chunk: tuple[Story, ...], vectors: dict) -> None:
    # No other statement may run while a COPY is open: vectors are found before each batch.
    for story in chunk:
        texts = (story.title, *(getattr(story, name) for name in SECTION_FIELDS))
        if texts not in vectors:
            cursor.execute(_VECTOR_SQL, texts)
            vectors[texts] = cursor.fetchone()[0]
        story.search_vector = vectors[texts]


def _copy(cursor: Any, chunk: tuple[Story, ...]) -> int:
    fields = [f for f in Story._meta.concrete_fields if not f.primary_key]
    table = connection.ops.quote_name(Story._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    sql = f"COPY {table} ({columns}) FROM STDIN"
    with cursor.connection.cursor() as raw, raw.copy(sql) as copy:
        for story in chunk:
            copy.write_row(
                [f.get_db_prep_save(getattr(story, f.attname), connection) for f in fields]
            )
    return len(chunk)


def batched(items: Iterable[Story], size: int) -> Iterator[tuple[Story, ...]]:
    """itertools.batched, which arrives with Python 3.12."""
    iterator = iter(items)
    while chunk := tuple(islice(iterator, size)):
        yield chunk

"""Test helper: every row of every table, as one searchable text."""

from __future__ import annotations

from django.db import connection


def dump_database() -> str:
    """All rows of all tables (Django's and ours), values joined as text."""
    lines = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(include_views=False):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608 - names from introspection
            for row in cursor.fetchall():
                lines.append(f"{table}: " + " | ".join(_text(value) for value in row))
    return "\n".join(lines)


def _text(value: object) -> str:
    if isinstance(value, memoryview | bytes):
        return bytes(value).decode("utf-8", "replace")
    return str(value)

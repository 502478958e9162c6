"""python manage.py rotate_encryption_key: re-encrypt stored text under the newest key."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from stories.encryption import EncryptedTextField, rotate
from stories.models import Submission


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted column under the first key of STORYSHARE_ENCRYPTION_KEYS. "
        "Put the new key first, keep the old ones after it, run this, then remove the old keys."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        fields = [f for f in Submission._meta.fields if isinstance(f, EncryptedTextField)]
        columns = [f.column for f in fields]
        table = connection.ops.quote_name(Submission._meta.db_table)
        quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
        assignments = ", ".join(f"{connection.ops.quote_name(c)} = %s" for c in columns)
        rows = 0
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"SELECT id, {quoted} FROM {table}")  # noqa: S608 - our own names
            for pk, *values in cursor.fetchall():
                new_values = [rotate(value or "") for value in values]
                cursor.execute(
                    f"UPDATE {table} SET {assignments} WHERE id = %s",  # noqa: S608
                    [*new_values, pk],
                )
                rows += 1
        self.stdout.write(f"Re-encrypted {rows} submission(s) under the newest key.")

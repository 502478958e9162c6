"""python manage.py purge_expired: the daily retention job (run it once a day, on one host)."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from moderation.retention import purge_expired
from stories.encryption import EncryptedTextField, unreadable_fields
from stories.models import Submission


def unreadable_submissions() -> list[int]:
    """The ids of the submissions left with text that no configured key decrypts."""
    names = [f.name for f in Submission._meta.fields if isinstance(f, EncryptedTextField)]
    rows = Submission.objects.only("pk", *names).order_by("pk").iterator(chunk_size=500)
    return [row.pk for row in rows if unreadable_fields(row)]


class Command(BaseCommand):
    help = (
        "Delete submissions past their retention period: decided ones (published, rejected, "
        "withdrawn) after STORYSHARE_DECIDED_RETENTION_DAYS, undecided ones with no activity "
        "after STORYSHARE_PENDING_RETENTION_DAYS, lapsed moderator claims and expired sessions. "
        "Safe to run any number of times. Rows whose key was removed are deleted all the same, "
        "and those that remain are reported."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = purge_expired()
        self.stdout.write(
            f"Deleted {report.decided} decided submission(s) past retention and "
            f"{report.inactive} inactive undecided submission(s), and {report.claims} "
            "lapsed moderator claim(s)."
        )
        # Moderators' expired sessions: Django never deletes them by itself.
        call_command("clearsessions")
        self.stdout.write("Deleted expired moderator sessions.")
        unreadable = unreadable_submissions()
        if unreadable:
            ids = ", ".join(str(pk) for pk in unreadable)
            self.stderr.write(
                f"{len(unreadable)} submission(s) cannot be decrypted with "
                f"STORYSHARE_ENCRYPTION_KEYS (ids {ids}): restore the key that was removed, or "
                "reject them in the admin; they are deleted when their retention period ends."
            )

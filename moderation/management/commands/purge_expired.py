"""python manage.py purge_expired: the daily retention job (run it once a day, on one host)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from moderation.retention import purge_expired


class Command(BaseCommand):
    help = (
        "Delete submissions past their retention period: decided ones (published, rejected, "
        "withdrawn) after STORYSHARE_DECIDED_RETENTION_DAYS, undecided ones with no activity "
        "after STORYSHARE_PENDING_RETENTION_DAYS. Safe to run any number of times."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = purge_expired()
        self.stdout.write(
            f"Deleted {report.decided} decided submission(s) past retention and "
            f"{report.inactive} inactive undecided submission(s)."
        )

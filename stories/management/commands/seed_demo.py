"""python manage.py seed_demo --stories N: write N published demo stories."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.lifecycle import publish_demo_stories
from stories.models import Story


class Command(BaseCommand):
    help = "Write N varied, realistic published demo stories."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--stories", type=int, default=40, help="How many (default 40).")
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already holds stories.",
        )

    def handle(self, *args: Any, stories: int, if_empty: bool, **options: Any) -> None:
        if stories < 1:
            raise CommandError("--stories must be at least 1.")
        if if_empty and Story.objects.exists():
            self.stdout.write("The database already has stories; no demo stories written.")
            return

        started = time.monotonic()

        def report(done: int) -> None:
            rate = done / max(time.monotonic() - started, 1e-6)
            line = f"  {done:,} / {stories:,} stories written ({rate:,.0f} a second)"
            self.stdout.write(line, ending="\r")
            self.stdout.flush()

        written = publish_demo_stories(count=stories, progress=report if stories > 2000 else None)
        if written > 2000:
            self.stdout.write("")
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Wrote {written:,} demo stories.") + f" ({seconds:.1f} s)"
        )

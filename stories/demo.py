"""Demo stories for a fresh database: hand-written, fictional, already redacted."""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from django.db import connection

from stories.models import SECTION_FIELDS, Story, first_of_month, generate_slug, today

DEMO_FILE = Path(__file__).with_name("demo_stories.json")
MONTHS_SPREAD = 36


@cache
def load_demo_stories() -> tuple[dict[str, str], ...]:
    """The hand-written demo stories (see demo_stories.README.md), themes taken in turn.

    Taking themes in turn means even a small demo database shows every theme.
    """
    with DEMO_FILE.open(encoding="utf-8") as handle:
        stories: list[dict[str, str]] = json.load(handle)
    by_theme: dict[str, list[dict[str, str]]] = {}
    for story in stories:
        by_theme.setdefault(story["theme"], []).append(story)
    queues = list(by_theme.values())
    ordered = []
    while any(queues):
        ordered.extend(queue.pop(0) for queue in queues if queue)
    return tuple(ordered)


def _month_back(start: datetime.date, months: int) -> datetime.date:
    index = start.year * 12 + start.month - 1 - months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _blend(rng: random.Random, base: dict[str, str], pool: tuple[dict[str, str], ...]) -> dict:
    """Beyond the hand-written set, a new story: one story's situation, another's response.

    The response, its outcome and its aftermath come from the same story so that they agree.
    """
    same_theme = [s for s in pool if s["theme"] == base["theme"] and s is not base] or list(pool)
    other = rng.choice(same_theme)
    story = dict(base)
    for name in (*SECTION_FIELDS[1:], "outcome", "role"):
        story[name] = other[name]
    return story


def iter_demo_stories(count: int, seed: int = 2026) -> Iterator[dict[str, Any]]:
    """Yield ``count`` story field dicts: the hand-written ones first, then blends of them."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    pool = load_demo_stories()
    this_month = first_of_month(today())
    for index in range(count):
        base = pool[index % len(pool)]
        story = dict(base) if index < len(pool) else _blend(rng, base, pool)
        story["published_month"] = _month_back(this_month, rng.randrange(MONTHS_SPREAD))
        yield story


def seed_demo_stories(
    count: int, *, batch_size: int = 2000, progress: Callable[[int], None] | None = None
) -> int:
    """Write ``count`` published demo stories in bulk; returns how many were written."""
    if connection.vendor == "postgresql":
        from stories.bulk_load import copy_stories

        rows = (
            Story(slug=generate_slug(), status=Story.Status.PUBLISHED, **fields)
            for fields in iter_demo_stories(count)
        )
        return copy_stories(rows, progress=progress, batch=max(batch_size, 20_000))
    written = 0
    batch: list[Story] = []
    for fields in iter_demo_stories(count):
        batch.append(Story(slug=generate_slug(), status=Story.Status.PUBLISHED, **fields))
        if len(batch) >= batch_size:
            written += len(Story.objects.bulk_create(batch))
            batch = []
            if progress:
                progress(written)
    if batch:
        written += len(Story.objects.bulk_create(batch))
        if progress:
            progress(written)
    return written

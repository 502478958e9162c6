"""Open data: published stories and the insights tables as files anyone may reuse.

Only what the public pages show goes out: slug, title, the text, theme, outcome, role, month
and the "me too" count. Stories are read in chunks from a server-side cursor (PostgreSQL) and
written out as they come (``StreamingHttpResponse``), so an export of 100,000 stories holds a
chunk in memory, never the whole set. Every file states its licence and schema version.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from django.conf import settings
from django.db.models import Count, Sum

from stories.insights import Insights, Row
from stories.models import SECTIONS, Story

SCHEMA_VERSION = "1.0"
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CHUNK_SIZE = 2000
EXPORT_FIELDS: tuple[str, ...] = (
    "slug", "title", "text", "theme", "outcome", "role", "month", "me_too_count",
)  # fmt: skip
# (field, type, meaning): the schema printed on /data/ and tested against the files.
SCHEMA: tuple[tuple[str, str, str], ...] = (
    ("slug", "string", "The story's permanent identifier: its page is /stories/<slug>/."),
    ("title", "string", "The story's title, as published."),
    ("text", "string", "The answered prompts in telling order, each as its label, a colon, a "
     "line break and the text; prompts separated by a blank line."),
    ("theme", "string", "The theme key the writer chose (listed on this page)."),
    ("outcome", "string", "What the writer did: an outcome key (listed on this page)."),
    ("role", "string or null", "The writer's role key, or null (empty in CSV) if not given."),
    ("month", "string", "The month of publication, YYYY-MM; no day is ever kept."),
    ("me_too_count", "integer", "How many readers said “this happened to me too”."),
)  # fmt: skip
_COLUMNS = ("slug", "title", "theme", "outcome", "role", "published_month", "resonance_count",
            *(name for name, _, _ in SECTIONS))  # fmt: skip


def attribution() -> str:
    return f"storyshare ({settings.STORYSHARE_SITE_URL}/data/), licensed {LICENCE}"


def story_rows() -> Iterator[dict[str, Any]]:
    """Every published story as an export record, read ``CHUNK_SIZE`` at a time."""
    stories = Story.objects.published().newest_first().values_list(*_COLUMNS)
    for slug, title, theme, outcome, role, month, count, *texts in stories.iterator(
        chunk_size=CHUNK_SIZE
    ):
        parts = (
            f"{label}:\n{text}" for (_, label, _), text in zip(SECTIONS, texts, strict=True) if text
        )
        yield {
            "slug": slug, "title": title, "text": "\n\n".join(parts), "theme": theme,
            "outcome": outcome, "role": role or None, "month": f"{month:%Y-%m}",
            "me_too_count": count,
        }  # fmt: skip


def stories_json(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON document, written a story at a time: metadata first, then ``stories``."""
    head = {
        "schema_version": SCHEMA_VERSION, "licence": LICENCE, "licence_url": LICENCE_URL,
        "attribution": attribution(), "fields": list(EXPORT_FIELDS),
    }  # fmt: skip
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "stories": [\n'
    separator = ""
    for row in rows:
        yield separator + json.dumps(row, ensure_ascii=False)
        separator = ",\n"
    yield "\n]}\n"


def _csv_line(values: Iterable[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


def licence_line(what: str) -> str:
    """The first line of every CSV file: a comment saying what it is and under which licence."""
    return (
        f"# storyshare {what}, schema {SCHEMA_VERSION}, {LICENCE} ({LICENCE_URL}): "
        f"{attribution()}. Skip this line when reading (pandas: skiprows=1).\r\n"
    )


def stories_csv(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield licence_line("published stories")
    yield _csv_line(EXPORT_FIELDS)
    for row in rows:
        yield _csv_line("" if row[name] is None else row[name] for name in EXPORT_FIELDS)


def export_validators() -> tuple[int, int]:
    """(stories, sum of "me too" counts): what changes the export without a story changing."""
    totals = Story.objects.published().order_by().aggregate(n=Count("id"), me_too=Sum(
        "resonance_count"))  # fmt: skip
    return totals["n"], totals["me_too"] or 0


# The insights tables ------------------------------------------------------------------

# name: (Insights attribute, what a row is, column names for the counts or None for the
# segment keys, whether each row is one share with its interval)
INSIGHTS_TABLES: dict[str, tuple[str, str, list[str] | None, bool]] = {
    "pushback": ("pushback_by_theme", "theme", None, True),
    "outcomes": ("outcome_by_theme", "theme", None, False),
    "years": ("themes_by_year", "year", None, False),
    "roles": ("roles", "role", ["stories"], True),
}


def insights_csv(insights: Insights, table: str) -> str:
    """One insights table as CSV: a row per bar, a column per segment, n, and for bars that
    show one share the share and its 95 % Wilson interval, in percent."""
    attribute, first, count_names, with_share = INSIGHTS_TABLES[table]
    rows: tuple[Row, ...] = getattr(insights, attribute)
    keys = count_names or ([segment.key for segment in rows[0].segments] if rows else [])
    header = [first, "label", *keys, "n"]
    if with_share:
        header += ["share_percent", "ci95_low_percent", "ci95_high_percent", "too_few"]
    lines = [licence_line(f"insights: {table}"), _csv_line(header)]
    for row in rows:
        values: list[Any] = [row.key, row.label, *row.counts, row.total]
        if with_share and row.interval:
            share = row.segments[0].width
            values += [share, row.interval.low, row.interval.high, str(row.too_few).lower()]
        lines.append(_csv_line(values))
    return "".join(lines)

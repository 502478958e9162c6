"""Full-text search over published stories, the same on PostgreSQL and SQLite.

The view calls one function, :func:`search_stories`. Inside, each database uses its own engine:

- PostgreSQL: ``Story.search_vector``, a ``tsvector`` kept in sync by a trigger (title weighted
  above the text) and served by a GIN index; ranked with ``ts_rank`` and excerpted with
  ``ts_headline``.
- SQLite: the FTS5 table ``story_fts`` (title, body), kept in sync by triggers; ranked with
  ``bm25`` and excerpted with ``snippet``. stories/search_index.py makes both.

User input never reaches either query language as syntax. :func:`parse_terms` keeps only words
(letters and digits), drops the stop words PostgreSQL's English configuration drops (so that both
engines see the same terms), and caps their number and length. Every term must match (AND), as
plain words, with English stemming on both sides (``english`` on PostgreSQL, ``porter`` on
SQLite). Results are bounded to ``MAX_RESULTS``, so deep result pages cost no more than the first.

>>> parse_terms('"Misleading" metrics OR -the *chart* AND (dashboards)')
('misleading', 'metrics', 'chart', 'dashboards')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import DatabaseError, connection, transaction
from django.db.models import F, QuerySet, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat

from stories.models import CARD_FIELDS, FEED_ORDER, SECTION_FIELDS, Story
from stories.sanitize import render_highlights

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MAX_TERM_LENGTH = 40
MAX_RESULTS = 200
# Ranking reads every candidate's search vector, so at most MAX_CANDIDATES matches are ranked,
# the newest first: a query of common words costs the same at a million stories as at a
# thousand. Common words are found among the newest RECENT_WINDOW stories by walking the primary
# key; rarer ones through the GIN index over all stories.
MAX_CANDIDATES = MAX_RESULTS
RECENT_WINDOW = 2000
# Words in a result's excerpt, on both databases: every excerpt of a page passes through bleach,
# which reads only a few MB a second, so they stay at the length of a search engine's snippet.
EXCERPT_WORDS = 36
PG_CONFIG = "english"
FTS_TABLE = "story_fts"
# Private-use characters around each match in an excerpt; render_highlights turns balanced pairs
# into <mark> after escaping everything, so no text can smuggle markup through them.
MARK_START = "\ue000"
MARK_STOP = "\ue001"

# PostgreSQL's English stop words (tsearch_data/english.stop): neither engine searches them.
_STOP_WORDS_TEXT = """
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her
hers herself it its itself they them their theirs themselves what which who whom this that these
those am is are was were be been being have has had having do does did doing a an the and but if
or because as until while of at by for with about against between into through during before after
above below to from up down in out on off over under again further then once here there when where
why how all any both each few more most other some such no nor not only own same so than too very
s t can will just don should now
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_WORD = re.compile(r"[^\W_]+")


@dataclass
class SearchPage:
    """One page of search results; ``total`` counts at most ``MAX_RESULTS`` matches."""

    terms: tuple[str, ...]
    stories: list[Story] = field(default_factory=list)
    total: int = 0
    number: int = 1
    num_pages: int = 1

    @property
    def capped(self) -> bool:
        return self.total >= MAX_RESULTS

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages


def parse_terms(text: str) -> tuple[str, ...]:
    """The words of a user's query worth searching for: lower case, no syntax, no stop words."""
    words = _WORD.findall((text or "")[:MAX_QUERY_LENGTH].lower())
    terms = dict.fromkeys(w[:MAX_TERM_LENGTH] for w in words if w not in STOP_WORDS)
    return tuple(terms)[:MAX_TERMS]


def search_stories(
    stories: QuerySet[Story], text: str, *, page: int | str | None, per_page: int
) -> SearchPage:
    """Page ``page`` of the stories in ``stories`` matching every word of ``text``, best first.

    Never raises on user input: an unusable query gives an empty page.
    """
    result = SearchPage(terms=parse_terms(text))
    if not result.terms:
        return result
    try:
        with transaction.atomic():
            ids = _matching_ids(stories.order_by(), result.terms)
            result.total = len(ids)
            result.num_pages = max(1, math.ceil(len(ids) / per_page))
            result.number = _page_number(page, result.num_pages)
            start = (result.number - 1) * per_page
            page_ids = ids[start : start + per_page]
            found = _with_excerpts(page_ids, result.terms)
    except DatabaseError:  # a defence only: parse_terms leaves nothing a database could reject
        return SearchPage(terms=result.terms)
    result.stories = [found[story_id] for story_id in page_ids]
    marked = [story.excerpt_marked or "" for story in result.stories]
    excerpts = render_highlights(marked, MARK_START, MARK_STOP)
    for story, excerpt in zip(result.stories, excerpts, strict=True):
        story.highlight = excerpt
    return result


def _page_number(page: int | str | None, num_pages: int) -> int:
    try:
        number = int(str(page or 1)[:6])
    except ValueError:
        return 1
    return min(max(number, 1), num_pages)


def _matching_ids(stories: QuerySet[Story], terms: tuple[str, ...]) -> list[int]:
    """The best MAX_RESULTS of the MAX_CANDIDATES newest matches (by id, on both databases)."""
    if connection.vendor == "postgresql":
        query = _pg_query(terms)
        matches = stories.filter(search_vector=query)
        # Common words: the newest matches among the newest RECENT_WINDOW stories, found by
        # walking the primary key (or, for rarer words, the GIN index limited to that range).
        newest = Story.objects.order_by("-pk").values("pk")[:1]
        recent = matches.filter(pk__gt=Coalesce(Subquery(newest), 0) - RECENT_WINDOW)
        ranked = _pg_ranked(recent.order_by("-pk"), query)
        if len(ranked) >= MAX_CANDIDATES:
            return ranked
        # Rarer words: "pk + 0" keeps the planner on the GIN index (a bitmap scan and a top-N
        # sort) rather than walking the primary key and testing every story's vector.
        return _pg_ranked(matches.order_by((F("pk") + 0).desc()), query)
    fts_query = _fts_query(terms)
    candidates = _sqlite_candidates(stories, fts_query)
    if not candidates:
        return []
    marks = ", ".join(["%s"] * len(candidates))
    # Table names are constants; the user's terms and the ids are bound parameters.
    sql = (
        f"SELECT f.rowid FROM {FTS_TABLE} AS f JOIN {Story._meta.db_table} AS s ON s.id = f.rowid"  # noqa: S608
        f" WHERE {FTS_TABLE} MATCH %s AND f.rowid IN ({marks})"
        f" ORDER BY bm25({FTS_TABLE}, 10.0, 1.0), s.published_month DESC, s.slug LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [fts_query, *candidates, MAX_RESULTS])
        return [row[0] for row in cursor.fetchall()]


def _pg_ranked(candidates: QuerySet[Story], query: SearchQuery) -> list[int]:
    """The first MAX_CANDIDATES of ``candidates``, best first, in one statement."""
    first = candidates.values("pk")[:MAX_CANDIDATES]
    ranked = Story.objects.filter(pk__in=first).annotate(rank=SearchRank(F("search_vector"), query))
    return list(ranked.order_by("-rank", *FEED_ORDER).values_list("pk", flat=True)[:MAX_RESULTS])


def _sqlite_candidates(stories: QuerySet[Story], fts_query: str) -> list[int]:
    """The same candidates as on PostgreSQL: newest matches in the recent window, else all."""
    inner_sql, inner_params = stories.values("pk").query.sql_with_params()
    table = Story._meta.db_table
    floor = f"COALESCE((SELECT max(id) FROM {table}), 0) - %s"  # noqa: S608
    base = (
        f"SELECT c.rowid FROM {FTS_TABLE} AS c WHERE c.{FTS_TABLE} MATCH %s"  # noqa: S608
        f" AND c.rowid IN ({inner_sql})"
    )
    order = " ORDER BY c.rowid DESC LIMIT %s"
    with connection.cursor() as cursor:
        cursor.execute(
            f"{base} AND c.rowid > {floor}{order}",
            [fts_query, *inner_params, RECENT_WINDOW, MAX_CANDIDATES],
        )
        found = [row[0] for row in cursor.fetchall()]
        if len(found) >= MAX_CANDIDATES:
            return found
        cursor.execute(base + order, [fts_query, *inner_params, MAX_CANDIDATES])
        return [row[0] for row in cursor.fetchall()]


def _with_excerpts(ids: list[int], terms: tuple[str, ...]) -> dict[int, Story]:
    """The stories ``ids``, each with ``excerpt_marked``: text around the matches, marked."""
    if not ids:
        return {}
    stories = Story.objects.only(*CARD_FIELDS).filter(pk__in=ids)
    if connection.vendor == "postgresql":
        body = Concat(*_with_breaks([F(name) for name in SECTION_FIELDS]), output_field=TextField())
        headline = SearchHeadline(
            body,
            _pg_query(terms),
            config=PG_CONFIG,
            start_sel=MARK_START,
            stop_sel=MARK_STOP,
            max_words=EXCERPT_WORDS,
            min_words=EXCERPT_WORDS // 2,
        )
        return {story.pk: story for story in stories.annotate(excerpt_marked=headline)}
    found = {story.pk: story for story in stories}
    placeholders = ", ".join(["%s"] * len(ids))
    # Constant names only; the terms and the ids are bound parameters.
    sql = (
        f"SELECT rowid, snippet({FTS_TABLE}, 1, %s, %s, '…', {EXCERPT_WORDS}) FROM {FTS_TABLE}"  # noqa: S608
        f" WHERE {FTS_TABLE} MATCH %s AND rowid IN ({placeholders})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [MARK_START, MARK_STOP, _fts_query(terms), *ids])
        snippets = dict(cursor.fetchall())
    for story_id, story in found.items():
        story.excerpt_marked = snippets.get(story_id)
    return found


def _with_breaks(parts: list[F]) -> list[F | Value]:
    joined: list[F | Value] = []
    for part in parts:
        joined.extend([part, Value("\n\n", output_field=TextField())])
    return joined[:-1]


def _pg_query(terms: tuple[str, ...]) -> SearchQuery:
    return SearchQuery(" ".join(terms), search_type="plain", config=PG_CONFIG)


def _fts_query(terms: tuple[str, ...]) -> str:
    # Each term is letters and digits only; quoting still makes words like NEAR or AND plain.
    return " ".join(f'"{term}"' for term in terms)

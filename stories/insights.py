"""What the stories say together: counts for /insights/, shaped for bar charts and tables.

Each chart is a list of rows, each row a list of segments with a position and a width in percent
of the row's bar; the template draws them as <rect>s in inline SVG (no style attribute: colours
come from a class per theme or outcome in site.css) and prints the same numbers as a table.
The whole result is cached, since it reads every published story.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count
from django.db.models.functions import ExtractYear

from stories.models import Story
from stories.page_cache import public_version
from stories.taxonomy import Outcome, Role, Theme

CACHE_KEY_PREFIX = "stories:insights"
CACHE_SECONDS = 600
NO_ROLE_LABEL = "Role not given"


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    count: int
    x: float  # percent of the bar where this segment starts
    width: float  # percent of the bar

    @property
    def percent(self) -> int:
        return round(self.width)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    total: int
    segments: tuple[Segment, ...]

    def count(self, key: str) -> int:
        return next((s.count for s in self.segments if s.key == key), 0)

    @property
    def counts(self) -> tuple[int, ...]:
        return tuple(s.count for s in self.segments)


@dataclass(frozen=True)
class Insights:
    total: int
    outcome_by_theme: tuple[Row, ...]
    pushback_by_theme: tuple[Row, ...]
    themes_by_year: tuple[Row, ...]
    roles: tuple[Row, ...]
    outcomes: tuple[tuple[str, str], ...] = tuple(Outcome.choices)
    themes: tuple[tuple[str, str], ...] = tuple(Theme.choices)
    pushback_legend: tuple[tuple[str, str], ...] = (
        (Outcome.PUSHED_BACK_CHANGED.value, "Things changed"),
        (Outcome.PUSHED_BACK_UNCHANGED.value, "Nothing changed"),
    )


def make_row(key: str, label: str, counts: dict[str, int], keys: list[tuple[str, str]]) -> Row:
    """A bar whose segments are ``counts`` in the order of ``keys``, widths summing to 100."""
    total = sum(counts.get(k, 0) for k, _ in keys)
    segments, x = [], 0.0
    for seg_key, seg_label in keys:
        count = counts.get(seg_key, 0)
        width = 100 * count / total if total else 0.0
        segments.append(Segment(seg_key, seg_label, count, round(x, 3), round(width, 3)))
        x += width
    return Row(key, label, total, tuple(segments))


def compute_insights() -> Insights:
    stories = Story.objects.published().order_by()
    pairs = Counter(
        {
            (r["theme"], r["outcome"]): r["n"]
            for r in stories.values("theme", "outcome").annotate(n=Count("id"))
        }
    )
    years = Counter(
        {
            (r["year"], r["theme"]): r["n"]
            for r in stories.annotate(year=ExtractYear("published_month"))
            .values("year", "theme")
            .annotate(n=Count("id"))
        }
    )
    roles = {r["role"]: r["n"] for r in stories.values("role").annotate(n=Count("id"))}
    return Insights(
        total=sum(pairs.values()),
        outcome_by_theme=_outcome_by_theme(pairs),
        pushback_by_theme=_pushback_by_theme(pairs),
        themes_by_year=_themes_by_year(years),
        roles=_roles(roles),
    )


def cached_insights() -> Insights:
    """The counts, computed once per public version: a published or removed story moves it."""
    key = f"{CACHE_KEY_PREFIX}:{public_version()}"
    return cache.get_or_set(key, compute_insights, CACHE_SECONDS)


def _outcome_by_theme(pairs: Counter[tuple[str, str]]) -> tuple[Row, ...]:
    outcomes = list(Outcome.choices)
    return tuple(
        make_row(theme, label, {o: pairs[(theme, o)] for o, _ in outcomes}, outcomes)
        for theme, label in Theme.choices
    )


def _pushback_by_theme(pairs: Counter[tuple[str, str]]) -> tuple[Row, ...]:
    """For each theme, of the people who pushed back: did things change or not?"""
    keys = list(Insights.pushback_legend)
    rows = (
        make_row(theme, label, {k: pairs[(theme, k)] for k, _ in keys}, keys)
        for theme, label in Theme.choices
    )
    return tuple(row for row in rows if row.total)


def _themes_by_year(years: Counter[tuple[int, str]]) -> tuple[Row, ...]:
    themes = list(Theme.choices)
    all_years = sorted({year for year, _ in years}, reverse=True)
    return tuple(
        make_row(str(year), str(year), {t: years[(year, t)] for t, _ in themes}, themes)
        for year in all_years
    )


def _roles(counts: dict[str, int]) -> tuple[Row, ...]:
    """One bar per role, each segment's width its share of all stories."""
    labels = [*Role.choices, ("", NO_ROLE_LABEL)]
    total = sum(counts.values())
    return tuple(
        Row(
            key or "none",
            label,
            counts.get(key, 0),
            (Segment(key or "none", label, counts.get(key, 0), 0.0, _share(counts, key, total)),),
        )
        for key, label in labels
    )


def _share(counts: dict[str, int], key: str, total: int) -> float:
    return round(100 * counts.get(key, 0) / total, 3) if total else 0.0

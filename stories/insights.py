"""What the stories say together: counts for /insights/, shaped for bar charts and tables.

Each chart is a list of rows, each row a list of segments with a position and a width in percent
of the row's bar; the template draws them as <rect>s in inline SVG (no style attribute: colours
come from a class per theme or outcome in site.css) and prints the same numbers as a table.
The whole result is cached, since it reads every published story.

A share computed from a handful of stories says little: every share is printed with its n, a
share from fewer than ``MIN_STORIES_TO_COMPARE`` stories is marked as too few to compare, and
bars that show one share carry its 95 % Wilson score interval.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace

from django.core.cache import cache
from django.db.models import Count
from django.db.models.functions import ExtractYear

from stories.models import Story
from stories.page_cache import public_version
from stories.taxonomy import Outcome, Role, Theme

# v2: rows carry n's interval; a cache shared with the previous release must not mix them.
CACHE_KEY_PREFIX = "stories:insights:v2"
CACHE_SECONDS = 600
NO_ROLE_LABEL = "Role not given"
# Below this many stories a share is shown, but marked as too few to compare with others.
MIN_STORIES_TO_COMPARE = 10
Z_95 = 1.959964  # the standard normal quantile for a two-sided 95 % interval


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for ``successes`` out of ``n``, as fractions (0 to 1).

    Unlike the textbook p ± z·√(p(1-p)/n), it stays within 0 and 1 and does not shrink to
    nothing at 0 % or 100 %, which is what small counts need (Newcombe 1998, method 3).

    >>> [round(v, 4) for v in wilson_interval(81, 263)]
    [0.2553, 0.3662]
    >>> wilson_interval(0, 0)
    (0.0, 1.0)
    """
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


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
class Interval:
    """A 95 % interval, in percent of the bar."""

    low: float
    high: float

    @property
    def low_percent(self) -> int:
        return math.floor(self.low)

    @property
    def high_percent(self) -> int:
        return math.ceil(self.high)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    total: int  # the stories this bar's shares are computed from: its n
    segments: tuple[Segment, ...]
    interval: Interval | None = None  # of the first segment's share, on bars showing one share

    @property
    def too_few(self) -> bool:
        return self.total < MIN_STORIES_TO_COMPARE

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
    min_stories: int = MIN_STORIES_TO_COMPARE


def interval_of(successes: int, n: int) -> Interval:
    """The 95 % Wilson interval of ``successes`` out of ``n``, in percent."""
    low, high = wilson_interval(successes, n)
    return Interval(round(100 * low, 3), round(100 * high, 3))


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
    return tuple(
        replace(row, interval=interval_of(row.segments[0].count, row.total))
        for row in rows
        if row.total
    )


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
            total,
            (Segment(key or "none", label, counts.get(key, 0), 0.0, _share(counts, key, total)),),
            interval_of(counts.get(key, 0), total),
        )
        for key, label in labels
    )


def _share(counts: dict[str, int], key: str, total: int) -> float:
    return round(100 * counts.get(key, 0) / total, 3) if total else 0.0

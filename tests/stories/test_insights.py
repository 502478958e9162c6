"""/insights/: outcomes by theme, push-back results, themes by year and roles: SVG and tables."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import pytest
from django.core.cache import cache
from django.test import Client

from stories.insights import (
    CACHE_KEY_PREFIX,
    MIN_STORIES_TO_COMPARE,
    cached_insights,
    make_row,
    wilson_interval,
)
from stories.lifecycle import approve_as_submitter
from stories.models import Story, Submission
from stories.page_cache import public_version

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted(make_story: Callable[..., Story]) -> None:
    for outcome, n in (("pushed_back_changed", 1), ("pushed_back_unchanged", 3), ("left_job", 2)):
        for _ in range(n):
            make_story(
                theme="misleading_metrics",
                outcome=outcome,
                role="analyst",
                published_month=datetime.date(2025, 5, 1),
            )
    make_story(
        theme="bias_fairness", outcome="stayed_silent", published_month=datetime.date(2026, 1, 1)
    )
    make_story(theme="bias_fairness", outcome="left_job", status=Story.Status.REMOVED)


def test_insights_answer_how_often_pushing_back_changed_anything(
    client: Client, counted: None
) -> None:
    html = client.get("/insights/").content.decode()
    assert "When people pushed back, did anything change?" in html
    row = re.search(r"<th scope=\"row\">Misleading metrics and reporting</th>(.*?)</tr>", html)
    assert row and re.findall(r">(\d+%?)<", row.group(1)) == ["1", "3", "4"]
    assert ">25% <" in row.group(1)


def test_insights_count_outcomes_by_theme_years_and_roles(counted: None) -> None:
    insights = cached_insights()
    assert insights.total == 7  # the removed story is not counted
    metrics = insights.outcome_by_theme[0]
    assert metrics.key == "misleading_metrics" and metrics.total == 6
    assert metrics.count("pushed_back_unchanged") == 3 and metrics.count("left_job") == 2
    assert [(row.label, row.total) for row in insights.themes_by_year] == [("2026", 1), ("2025", 6)]
    roles = {row.key: row.segments[0].count for row in insights.roles}
    assert roles["analyst"] == 6 and roles["none"] == 1
    assert {row.total for row in insights.roles} == {7}  # each role's share is out of all 7


def test_a_bar_s_segments_fill_it_exactly() -> None:
    row = make_row("t", "T", {"a": 1, "b": 2}, [("a", "A"), ("b", "B"), ("c", "C")])
    assert [(s.x, s.width) for s in row.segments] == [(0.0, 33.333), (33.333, 66.667), (100.0, 0.0)]
    empty = make_row("t", "T", {}, [("a", "A")])
    assert empty.total == 0 and empty.segments[0].width == 0.0


def test_charts_are_inline_svg_without_style_or_script_with_a_table_each(
    client: Client, counted: None
) -> None:
    html = client.get("/insights/").content.decode()
    assert html.count('<svg class="bar"') >= 4
    assert 'class="seg seg-outcome-pushed_back_unchanged"' in html
    assert " style=" not in html and "<style" not in html and "<script" not in html
    assert html.count("<table") == 4 and html.count("<caption id=") == 4
    assert html.count('aria-hidden="true"') == 4  # the visual charts; the tables are read


def test_insights_are_cached(
    client: Client, counted: None, django_assert_num_queries, make_story: Callable[..., Story]
) -> None:
    client.get("/insights/")
    assert cache.get(f"{CACHE_KEY_PREFIX}:{public_version()}") is not None
    with django_assert_num_queries(0):
        assert client.get("/insights/").status_code == 200


def test_insights_count_a_story_the_moment_it_is_published(
    counted: None, make_submission: Callable[..., Submission]
) -> None:
    before = cached_insights().total
    approve_as_submitter(submission=make_submission(status=Submission.Status.PROPOSED))
    assert cached_insights().total == before + 1  # keyed by the public version it moved


def test_insights_with_no_story_say_so(client: Client) -> None:
    html = client.get("/insights/").content.decode()
    assert "nothing to count" in html


# Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I,
# method 3 (Wilson score, no continuity correction).
@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (29, 29, 0.8830, 1.0),
    ],
)
def test_the_wilson_interval_matches_published_values(
    successes: int, n: int, low: float, high: float
) -> None:
    computed = wilson_interval(successes, n)
    assert computed == pytest.approx((low, high), abs=6e-5)


def test_the_wilson_interval_is_symmetric_and_narrows_with_more_stories() -> None:
    low, high = wilson_interval(3, 10)
    assert wilson_interval(7, 10) == pytest.approx((1 - high, 1 - low))
    assert wilson_interval(30, 100)[1] - wilson_interval(30, 100)[0] < high - low
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_every_share_shows_its_n_and_few_stories_are_marked_too_few(
    client: Client, counted: None
) -> None:
    html = client.get("/insights/").content.decode()
    # Misleading metrics: 1 of 4 who pushed back saw things change: 25 %, n = 4, too few.
    assert "25% of 4 · too few to compare" in html
    assert "25% <span" in html and "(n = 4: too few to compare)" in html
    assert f"fewer than {MIN_STORIES_TO_COMPARE} stories" in html
    assert "95&nbsp;% interval (Wilson score)" in html


def test_a_share_from_enough_stories_shows_its_interval_on_the_bar_and_in_the_table(
    client: Client, make_story: Callable[..., Story]
) -> None:
    for outcome, n in (("pushed_back_changed", 4), ("pushed_back_unchanged", 8)):
        for _ in range(n):
            make_story(theme="bias_fairness", outcome=outcome)
    html = client.get("/insights/").content.decode()
    low, high = wilson_interval(4, 12)
    assert "33% of 12 (13\u201361%)" in html  # 13.8 % to 60.9 %, rounded outwards
    row = re.search(r'<th scope="row">Bias and fairness</th>(.*?)</tr>', html)
    assert row and "33% (13\u201361%)" in row.group(1)
    pushback = html[html.index("bar-chart-pushback") : html.index("pushback-caption")]
    assert f'<line class="ci-line" x1="{100 * low:.3f}" x2="{100 * high:.3f}"' in pushback
    assert "too few to compare" not in pushback

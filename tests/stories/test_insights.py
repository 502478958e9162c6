"""/insights/: outcomes by theme, push-back results, themes by year and roles: SVG and tables."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import pytest
from django.core.cache import cache
from django.test import Client

from stories.insights import CACHE_KEY_PREFIX, cached_insights, make_row
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
    assert row and re.findall(r">(\d+%?)<", row.group(1)) == ["1", "3", "25%"]


def test_insights_count_outcomes_by_theme_years_and_roles(counted: None) -> None:
    insights = cached_insights()
    assert insights.total == 7  # the removed story is not counted
    metrics = insights.outcome_by_theme[0]
    assert metrics.key == "misleading_metrics" and metrics.total == 6
    assert metrics.count("pushed_back_unchanged") == 3 and metrics.count("left_job") == 2
    assert [(row.label, row.total) for row in insights.themes_by_year] == [("2026", 1), ("2025", 6)]
    roles = {row.key: row.total for row in insights.roles}
    assert roles["analyst"] == 6 and roles["none"] == 1


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
    assert html.count("<table") == 4 and html.count("<caption>") == 4
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

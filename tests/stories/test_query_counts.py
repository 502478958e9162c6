"""Every public page runs the same small number of queries, whatever the number of stories.

Each page is rendered from scratch (the page cache is cleared first) with 30 stories, then with
150: the count must be the same and within the page's bound. A second, cached request of the
same page must not touch the database at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from stories.demo import seed_demo_stories
from stories.models import FEED_ORDER, Story

pytestmark = pytest.mark.django_db

SMALL, LARGE = 30, 150


def deep_cursor() -> str:
    story = Story.objects.published().order_by(*FEED_ORDER)[Story.objects.count() - 5]
    return f"{story.published_month:%Y-%m}.{story.slug}"


def a_slug() -> str:
    return Story.objects.order_by("slug").values_list("slug", flat=True).first() or ""


# (page, its URL once the stories exist, at most this many queries)
PAGES: list[tuple[str, Callable[[], str], int]] = [
    ("feed", lambda: "/", 2),
    ("deep feed page", lambda: f"/?before={deep_cursor()}", 3),
    ("newer feed page", lambda: f"/?after={deep_cursor()}", 3),
    # The page and the count of all matching stories.
    ("filtered feed", lambda: "/?theme=privacy_surveillance&outcome=left_job&role=analyst", 3),
    # Search, in a savepoint: candidates from the recent window, then (few matches there) from
    # the whole index, ranking, the page's stories and their excerpts. PostgreSQL ranks in the
    # candidates' query and fetches the excerpts with the stories (5 in all); SQLite cannot.
    ("search", lambda: "/?q=manager+data", 7),
    ("search, second page", lambda: "/?q=manager&page=2&theme=misleading_metrics", 7),
    ("story", lambda: f"/stories/{a_slug()}/", 3),
    ("most shared", lambda: "/most-shared/", 2),
    ("insights", lambda: "/insights/", 4),
    ("Atom feed", lambda: "/feed/", 2),
    ("theme Atom feed", lambda: "/feed/bias_fairness/", 2),
    ("about", lambda: "/about/", 0),
    ("privacy", lambda: "/privacy/", 0),
    ("open data", lambda: "/data/", 4),
    ("robots.txt", lambda: "/robots.txt", 0),
    # The paginators' counts (pages and stories), then one page of stories.
    ("sitemap index", lambda: "/sitemap.xml", 1),
    ("sitemap of stories", lambda: "/sitemap-stories.xml", 2),
    ("insights table CSV", lambda: "/data/insights-outcomes.csv", 4),
]


def count_queries(client: Client, url: str, assert_max: Any, bound: int) -> int:
    cache.clear()  # render the page, not a cached copy
    with assert_max(bound) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize(("name", "url", "bound"), PAGES, ids=[p[0] for p in PAGES])
def test_each_public_page_runs_a_constant_number_of_queries(
    client: Client,
    django_assert_max_num_queries: Any,
    name: str,
    url: Callable[[], str],
    bound: int,
) -> None:
    seed_demo_stories(SMALL)
    Story.objects.filter(pk__in=Story.objects.values("pk")[:10]).update(resonance_count=3)
    with_few = count_queries(client, url(), django_assert_max_num_queries, bound)
    seed_demo_stories(LARGE - SMALL)
    Story.objects.filter(pk__in=Story.objects.values("pk")[:50]).update(resonance_count=2)
    with_many = count_queries(client, url(), django_assert_max_num_queries, bound)
    assert with_few == with_many, f"{name}: {with_few} queries with {SMALL}, {with_many} with more"


@pytest.mark.parametrize(("name", "url", "bound"), PAGES, ids=[p[0] for p in PAGES])
def test_a_cached_public_page_runs_no_query(
    client: Client,
    django_assert_num_queries: Any,
    name: str,
    url: Callable[[], str],
    bound: int,
) -> None:
    seed_demo_stories(SMALL)
    path = url()
    first = client.get(path)
    with django_assert_num_queries(0):
        again = client.get(path)
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_story_export_runs_two_queries_however_many_stories(
    client: Client, django_assert_num_queries: Any, fmt: str
) -> None:
    """The counts for the ETag, then one cursor read in chunks (never one query per story)."""
    seed_demo_stories(SMALL)
    with django_assert_num_queries(2):
        response = client.get(f"/data/stories.{fmt}")
        small = b"".join(response.streaming_content)
    seed_demo_stories(LARGE - SMALL)
    with django_assert_num_queries(2):
        response = client.get(f"/data/stories.{fmt}")
        large = b"".join(response.streaming_content)
    assert len(large) > 4 * len(small)

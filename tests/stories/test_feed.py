"""The feed: newest first, filters that combine and live in the URL, keyset pages."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import pytest
from django.test import Client

from stories.models import Story

pytestmark = pytest.mark.django_db


def test_the_feed_lists_published_stories_newest_first(
    client: Client, make_story: Callable[..., Story]
) -> None:
    make_story(title="From January", published_month=datetime.date(2026, 1, 1))
    make_story(title="From May", published_month=datetime.date(2026, 5, 1))
    html = client.get("/").content.decode()
    assert html.index("From May") < html.index("From January")


def test_a_feed_entry_shows_title_theme_outcome_excerpt_and_month_year(
    client: Client, make_story: Callable[..., Story]
) -> None:
    make_story(
        title="The fairness audit",
        what_happened="We found the model scored one group far lower, and nobody wanted to know.",
        theme="bias_fairness",
        outcome="left_job",
        published_month=datetime.date(2025, 11, 1),
    )
    html = client.get("/").content.decode()
    assert "The fairness audit" in html
    assert "Bias and fairness" in html
    assert "Left the job" in html
    assert "We found the model scored one group far lower" in html
    assert "November 2025" in html


def test_the_feed_never_shows_a_removed_story(
    client: Client, make_story: Callable[..., Story]
) -> None:
    make_story(title="Still here")
    make_story(title="Taken down", status=Story.Status.REMOVED)
    html = client.get("/").content.decode()
    assert "Still here" in html
    assert "Taken down" not in html


def test_an_empty_feed_invites_the_first_story(client: Client) -> None:
    html = client.get("/").content.decode()
    assert "No stories have been published yet" in html


def test_pages_load_bootstrap_from_our_own_static_files(client: Client) -> None:
    html = client.get("/").content.decode()
    assert 'href="/static/vendor/bootstrap/css/bootstrap.min.css"' in html
    assert "cdn" not in html.lower()
    css = client.get("/static/vendor/bootstrap/css/bootstrap.min.css")
    assert css.status_code == 200
    assert b"Bootstrap" in b"".join(css.streaming_content)


def test_the_feed_orders_a_month_by_slug_not_by_submission_order(
    client: Client, make_story: Callable[..., Story]
) -> None:
    month = datetime.date(2026, 4, 1)
    for slug in ["zzzzzzzzzzzz", "aaaaaaaaaaaa", "mmmmmmmmmmmm"]:
        make_story(title=f"Slug {slug}", slug=slug, published_month=month)
    html = client.get("/").content.decode()
    positions = [html.index(f"Slug {s}") for s in ("aaaaaaaaaaaa", "mmmmmmmmmmmm", "zzzzzzzzzzzz")]
    assert positions == sorted(positions)


def _titles(html: str, prefix: str) -> list[str]:
    return re.findall(rf">({prefix} [^<]+)</a>", html)


def test_filters_by_theme_outcome_and_role_combine(
    client: Client, make_story: Callable[..., Story]
) -> None:
    make_story(title="Match all", theme="bias_fairness", outcome="left_job", role="analyst")
    make_story(title="Match theme only", theme="bias_fairness", outcome="stayed_silent")
    make_story(title="Match outcome only", theme="harmful_use", outcome="left_job")
    make_story(title="Match role only", theme="other", outcome="still_deciding", role="analyst")
    url = "/?theme=bias_fairness&outcome=left_job&role=analyst"
    assert _titles(client.get(url).content.decode(), "Match") == ["Match all"]
    theme_only = _titles(client.get("/?theme=bias_fairness").content.decode(), "Match")
    assert sorted(theme_only) == ["Match all", "Match theme only"]
    outcome_only = _titles(client.get("/?outcome=left_job").content.decode(), "Match")
    assert sorted(outcome_only) == ["Match all", "Match outcome only"]


def test_the_filter_form_shows_the_choices_from_the_url(
    client: Client, make_story: Callable[..., Story]
) -> None:
    make_story()
    html = client.get("/?theme=privacy_surveillance&role=researcher").content.decode()
    assert '<option value="privacy_surveillance" selected>' in html
    assert '<option value="researcher" selected>' in html
    assert '<label class="form-label" for="id_theme">Theme</label>' in html
    assert 'href="/feed/privacy_surveillance/"' in html  # the theme's Atom feed


@pytest.mark.parametrize(
    "query", ["theme=nonsense", "outcome=%00", "role=" + "x" * 5000, "theme=&outcome=&role="]
)
def test_an_unknown_filter_value_is_ignored_not_an_error(
    client: Client, make_story: Callable[..., Story], query: str
) -> None:
    make_story(title="Only story")
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert "Only story" in response.content.decode()


def test_older_stories_are_reached_by_a_cursor_link(
    client: Client, make_story: Callable[..., Story], settings
) -> None:
    settings.STORYSHARE_PAGE_SIZE = 3
    for number in range(7):
        make_story(
            title=f"Story number {number}", published_month=datetime.date(2020, number + 1, 1)
        )
    seen: list[str] = []
    url = "/"
    for _ in range(3):
        html = client.get(url).content.decode()
        seen += _titles(html, "Story number")
        older = re.search(r'href="([^"]*)" rel="next">Older stories', html)
        url = "/" + older.group(1).replace("&amp;", "&") if older else ""
        if not older:
            break
    assert seen == [f"Story number {n}" for n in range(6, -1, -1)]
    assert url == ""  # the last page has no "Older stories" link


def test_newer_stories_link_goes_back_one_page(
    client: Client, make_story: Callable[..., Story], settings
) -> None:
    settings.STORYSHARE_PAGE_SIZE = 2
    stories = [
        make_story(title=f"Story number {n}", published_month=datetime.date(2021, n + 1, 1))
        for n in range(6)
    ]
    cursor = f"{stories[2].published_month:%Y-%m}.{stories[2].slug}"  # page 3 starts after it
    third = client.get("/", {"before": cursor}).content.decode()
    assert _titles(third, "Story number") == ["Story number 1", "Story number 0"]
    newer = re.search(r'href="([^"]*)" rel="prev">Newer stories', third).group(1)
    second = client.get("/" + newer.replace("&amp;", "&")).content.decode()
    assert _titles(second, "Story number") == ["Story number 3", "Story number 2"]
    assert "Newest stories" in second


def test_pages_keep_the_filters_in_their_links(
    client: Client, make_story: Callable[..., Story], settings
) -> None:
    settings.STORYSHARE_PAGE_SIZE = 1
    for number in range(3):
        make_story(title=f"Story number {number}", theme="harmful_use")
    make_story(title="Other theme", theme="other")
    html = client.get("/?theme=harmful_use").content.decode()
    older = re.search(r'href="\?([^"]*)" rel="next"', html).group(1).replace("&amp;", "&")
    assert "theme=harmful_use" in older
    assert "Other theme" not in client.get("/?" + older).content.decode()


@pytest.mark.parametrize(
    "cursor", ["", "garbage", "2026-13.abc", "9999-01.zzzz", "2026-01." + "a" * 500, "'; DROP"]
)
def test_an_odd_cursor_gives_a_page_not_an_error(
    client: Client, make_story: Callable[..., Story], cursor: str
) -> None:
    make_story(title="Only story")
    for name in ("before", "after"):
        response = client.get("/", {name: cursor})
        assert response.status_code == 200


def test_a_deep_page_costs_the_same_few_queries_as_the_first(
    client: Client, make_story: Callable[..., Story], settings, django_assert_max_num_queries
) -> None:
    settings.STORYSHARE_PAGE_SIZE = 2
    stories = [make_story(published_month=datetime.date(2019, 1 + n % 12, 1)) for n in range(20)]
    last = Story.objects.newest_first()[17]
    assert last in stories
    with django_assert_max_num_queries(3):
        response = client.get("/", {"before": f"{last.published_month:%Y-%m}.{last.slug}"})
    assert response.status_code == 200

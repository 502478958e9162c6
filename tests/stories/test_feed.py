"""The read journey: the feed and a story page."""

from __future__ import annotations

import datetime
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


def test_the_feed_is_paginated(client: Client, make_story: Callable[..., Story], settings) -> None:
    settings.STORYSHARE_PAGE_SIZE = 3
    for number in range(7):
        make_story(title=f"Story number {number}")
    first = client.get("/").content.decode()
    third = client.get("/?page=3").content.decode()
    assert first.count("Story number") == 3
    assert "Page 1 of 3" in first
    assert third.count("Story number") == 1
    assert "Story number 0" in third


@pytest.mark.parametrize("page", ["999", "abc", "-1", "0", "1e9" * 50])
def test_an_odd_page_number_gives_a_page_not_an_error(
    client: Client, make_story: Callable[..., Story], page: str
) -> None:
    make_story(title="Only story")
    response = client.get("/", {"page": page})
    assert response.status_code == 200
    assert "Only story" in response.content.decode()


def test_an_empty_feed_invites_the_first_story(client: Client) -> None:
    html = client.get("/").content.decode()
    assert "No stories have been published yet" in html


def test_a_story_page_shows_the_sections_and_month_year(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(
        title="Age as a feature",
        what_happened="The CPO wanted age in the model.\n\nHe simply knew it mattered.",
        what_you_did="I wrote a memo on the legal risk.",
        looking_back="Write things down.",
        published_month=datetime.date(2026, 2, 1),
    )
    response = client.get(f"/stories/{story.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Age as a feature</h1>" in html
    assert "<p>The CPO wanted age in the model.</p><p>He simply knew it mattered.</p>" in html
    assert "What you did" in html and "Looking back" in html
    assert "What happened next" not in html  # unanswered prompts are left out
    assert "February 2026" in html


def test_a_removed_or_unknown_story_is_not_found(
    client: Client, make_story: Callable[..., Story]
) -> None:
    removed = make_story(status=Story.Status.REMOVED)
    assert client.get(f"/stories/{removed.slug}/").status_code == 404
    assert client.get("/stories/doesnotexist/").status_code == 404


def test_story_urls_use_random_slugs_not_sequential_ids(make_story: Callable[..., Story]) -> None:
    first, second = make_story(), make_story()
    assert first.slug != second.slug
    assert str(first.pk) not in first.get_absolute_url()
    assert len(first.slug) == 12


def test_pages_load_bootstrap_from_our_own_static_files(client: Client) -> None:
    html = client.get("/").content.decode()
    assert 'href="/static/vendor/bootstrap/css/bootstrap.min.css"' in html
    assert "cdn" not in html.lower()
    css = client.get("/static/vendor/bootstrap/css/bootstrap.min.css")
    assert css.status_code == 200
    assert b"Bootstrap" in b"".join(css.streaming_content)

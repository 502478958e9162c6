"""A reader searches, filters, opens a story and follows the feed, with and without JavaScript."""

from __future__ import annotations

from typing import Any

import feedparser
import pytest

from stories.models import Story

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reader_searches_filters_opens_a_story_and_follows_its_feed(
    page: Any, published: dict[str, Story]
) -> None:
    page.goto("/")
    page.get_by_label("Search stories").fill('board "chart"')
    page.get_by_role("button", name="Show stories").click()
    page.wait_for_url("**/?q=*")
    results = page.locator("ol.story-list h3")
    assert results.all_inner_texts() == [published["churn"].title]
    marked = {text.lower() for text in page.locator("mark").all_inner_texts()}
    assert marked & {"board", "chart"}  # the excerpt highlights the words searched for

    page.get_by_label("Search stories").fill("")
    page.get_by_label("Theme").select_option("bias_fairness")
    page.get_by_role("button", name="Show stories").click()
    page.wait_for_url("**theme=bias_fairness**")
    assert page.locator("ol.story-list h3").all_inner_texts() == [published["age"].title]
    shared_url = page.url  # filters live in the URL, so this result can be shared

    page.get_by_role("link", name=published["age"].title).click()
    page.wait_for_url(f"**{published['age'].get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == published["age"].title
    assert "minute to read" in page.locator(".story-byline").inner_text()

    feed_href = page.get_by_role("link", name="Subscribe to this theme (Atom)").get_attribute(
        "href"
    )
    response = page.request.get(feed_href)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.body())
    assert not parsed.bozo
    assert [entry.title for entry in parsed.entries] == [published["age"].title]

    page.goto(shared_url)
    assert page.locator("ol.story-list h3").all_inner_texts() == [published["age"].title]


def test_a_reader_pages_back_through_the_feed(
    page: Any, published: dict[str, Story], settings: Any
) -> None:
    settings.STORYSHARE_PAGE_SIZE = 2
    page.goto("/")
    assert page.locator("ol.story-list h3").count() == 2
    page.get_by_role("link", name="Older stories").click()
    assert page.locator("ol.story-list h3").all_inner_texts() == [published["faces"].title]
    page.get_by_role("link", name="Newer stories").click()
    assert page.locator("ol.story-list h3").count() == 2


def test_a_reader_says_a_story_happened_to_them_too(page: Any, published: dict[str, Story]) -> None:
    story = published["churn"]
    page.goto(story.get_absolute_url())
    page.get_by_role("link", name="This happened to me too").click()
    page.get_by_role("button", name="Yes, this happened to me too").click()
    page.wait_for_url("**resonated=1**")
    assert "Thank you" in page.locator("#resonance").inner_text()
    story.refresh_from_db()
    assert story.resonance_count == 4
    page.goto("/most-shared/")
    assert page.locator("ol.story-list h2").first.inner_text() == story.title


def test_the_insights_page_draws_its_charts_without_javascript(
    page: Any, published: dict[str, Story]
) -> None:
    page.goto("/insights/")
    assert page.locator("svg.bar rect.seg").count() >= 4
    assert page.get_by_role("table").count() == 4

"""The web's conventions: robots.txt, sitemap.xml, canonical links, result counts, empty pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from stories.models import Story

pytestmark = pytest.mark.django_db

SITE = "https://stories.example.org"


@pytest.fixture(autouse=True)
def _site_url(settings: Any) -> None:
    settings.STORYSHARE_SITE_URL = SITE


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_off_private_pages(client: Client) -> None:
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in text
    for path in ("/admin/", "/status/", "/stories/*/me-too/", "/?q="):
        assert f"Disallow: {path}\n" in text


def test_the_sitemap_lists_the_pages_and_every_published_story_at_the_site_url(
    client: Client, sample_stories: dict[str, Story], make_story: Callable[..., Story]
) -> None:
    removed = make_story(status=Story.Status.REMOVED)
    index = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1").content.decode()
    assert f"<loc>{SITE}/sitemap-pages.xml</loc>" in index
    assert f"<loc>{SITE}/sitemap-stories.xml</loc>" in index
    assert "127.0.0.1" not in index
    pages = client.get("/sitemap-pages.xml").content.decode()
    for path in ("/", "/insights/", "/data/", "/about/", "/share/"):
        assert f"<loc>{SITE}{path}</loc>" in pages
    stories = client.get("/sitemap-stories.xml").content.decode()
    for story in sample_stories.values():
        assert f"<loc>{SITE}/stories/{story.slug}/</loc>" in stories
    assert f"<lastmod>{sample_stories['churn'].published_month:%Y-%m-%d}</lastmod>" in stories
    assert removed.slug not in stories


def test_every_page_names_its_canonical_address_from_the_site_url(
    client: Client, sample_stories: dict[str, Story]
) -> None:
    story = sample_stories["age"]
    html = client.get(story.get_absolute_url(), HTTP_HOST="127.0.0.1").content.decode()
    assert f'<link rel="canonical" href="{SITE}{story.get_absolute_url()}">' in html
    assert f'<meta property="og:url" content="{SITE}{story.get_absolute_url()}">' in html
    assert '<meta property="og:type" content="article">' in html
    feed = client.get("/?q=chart&theme=bias_fairness&utm_source=x").content.decode()
    assert f'<link rel="canonical" href="{SITE}/?theme=bias_fairness">' in feed


def test_a_filtered_feed_says_how_many_stories_match(
    client: Client, sample_stories: dict[str, Story]
) -> None:
    assert "1 story matches your filters" in client.get("/?theme=bias_fairness").content.decode()
    none = client.get("/?theme=harmful_use").content.decode()
    assert "No stories match your filters" in none


def test_most_shared_before_anyone_said_me_too_offers_the_newest_stories(
    client: Client, sample_stories: dict[str, Story]
) -> None:
    Story.objects.update(resonance_count=0)
    html = client.get("/most-shared/").content.decode()
    assert "No reader has said a story happened to them too yet" in html
    assert "Meanwhile, the newest stories" in html
    assert sample_stories["age"].title in html

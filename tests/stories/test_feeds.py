"""Atom feeds at /feed/ and /feed/<theme>/, read with a real feed parser."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import feedparser
import pytest
from django.test import Client

from stories.models import Story
from stories.taxonomy import Theme

pytestmark = pytest.mark.django_db


def _parse(client: Client, url: str) -> feedparser.FeedParserDict:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_the_atom_feed_lists_published_stories_with_every_field(
    client: Client, make_story: Callable[..., Story], settings
) -> None:
    make_story(title="Older", published_month=datetime.date(2025, 12, 1))
    make_story(
        title="Newer <b>bold</b> & co",
        what_happened="First paragraph.\n\nSecond <script>alert(1)</script>.",
        what_you_did="I pushed back.",
        theme="harmful_use",
        outcome="left_job",
        published_month=datetime.date(2026, 4, 1),
    )
    make_story(title="Taken down", status=Story.Status.REMOVED)
    parsed = _parse(client, "/feed/")
    assert parsed.feed.title.startswith("storyshare")
    assert [entry.title for entry in parsed.entries] == ["Newer <b>bold</b> & co", "Older"]
    for entry, story in zip(parsed.entries, Story.objects.published().newest_first(), strict=True):
        assert entry.link == f"{settings.STORYSHARE_SITE_URL}{story.get_absolute_url()}"
        assert entry.id
        assert entry.get("author", parsed.feed.author) == "storyshare"  # Atom: inherited
        month = story.published_month
        assert entry.published_parsed[:3] == (month.year, month.month, 1)
        assert entry.updated_parsed[:3] == (month.year, month.month, 1)
        assert {tag.term for tag in entry.tags} == {
            story.get_theme_display(),
            story.get_outcome_display(),
        }
        assert "What happened" in entry.summary and "What you did" in entry.summary
    summary = parsed.entries[0].summary
    assert "<p>First paragraph.</p>" in summary
    assert "<script" not in summary  # feedparser would strip it; the feed never sends it
    raw = client.get("/feed/").content.decode()
    assert "&lt;script&gt;" in raw or "&amp;lt;script&amp;gt;" in raw


def test_a_theme_feed_lists_only_that_theme(
    client: Client, make_story: Callable[..., Story]
) -> None:
    make_story(title="Metrics one", theme="misleading_metrics")
    make_story(title="Privacy one", theme="privacy_surveillance")
    parsed = _parse(client, "/feed/misleading_metrics/")
    assert [entry.title for entry in parsed.entries] == ["Metrics one"]
    assert Theme.MISLEADING_METRICS.label in parsed.feed.title
    for entry in parsed.entries:
        assert Theme.MISLEADING_METRICS.label in {tag.term for tag in entry.tags}


def test_every_theme_has_a_feed_and_an_unknown_theme_is_not_found(client: Client) -> None:
    for theme in Theme.values:
        assert _parse(client, f"/feed/{theme}/").entries == []
    assert client.get("/feed/nonsense/").status_code == 404


def test_the_feed_is_discoverable_from_every_page(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story()
    for url in ("/", story.get_absolute_url(), "/about/"):
        html = client.get(url).content.decode()
        assert 'rel="alternate" type="application/atom+xml"' in html and 'href="/feed/"' in html


@pytest.mark.parametrize("path", ["/feed/", "/feed/bias_fairness/"])
def test_feed_links_come_from_the_site_url_never_the_host_header(
    client: Client, sample_stories, settings, path: str
) -> None:
    settings.ALLOWED_HOSTS = ["*"]
    settings.STORYSHARE_SITE_URL = "https://storyshare.example.org"
    xml = client.get(path, HTTP_HOST="attacker.example").content.decode()
    assert "attacker.example" not in xml
    assert 'href="https://storyshare.example.org/stories/' in xml
    assert f'<link href="https://storyshare.example.org{path}" rel="self"/>' in xml

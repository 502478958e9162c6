"""A story page: the text, reading time, month and year, related stories, link previews."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client

from stories.models import Story

pytestmark = pytest.mark.django_db


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
    assert '<h1 id="story-title">Age as a feature</h1>' in html
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


def test_a_story_page_shows_its_reading_time(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(what_happened="word " * 590, what_you_did="word " * 10)
    assert story.reading_minutes() == 3
    assert "3 minutes to read" in client.get(story.get_absolute_url()).content.decode()
    short = make_story(what_happened="Short.", what_you_did="Also short.")
    assert "1 minute to read" in client.get(short.get_absolute_url()).content.decode()


def test_a_story_page_links_its_theme_and_outcome_to_the_filtered_feed(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(theme="consent_data_use", outcome="escalated_reported", role="researcher")
    html = client.get(story.get_absolute_url()).content.decode()
    assert 'href="/?theme=consent_data_use"' in html and "Consent and data use" in html
    assert 'href="/?outcome=escalated_reported"' in html and "Escalated or reported" in html
    assert 'href="/?role=researcher"' in html


def test_related_stories_share_the_theme_or_outcome_closest_first(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="The story", theme="harmful_use", outcome="left_job")
    make_story(title="Same outcome", theme="other", outcome="left_job")
    make_story(title="Same theme", theme="harmful_use", outcome="stayed_silent")
    make_story(title="Same both", theme="harmful_use", outcome="left_job")
    make_story(title="Unrelated", theme="other", outcome="stayed_silent")
    make_story(title="Removed twin", theme="harmful_use", outcome="left_job", status="removed")
    html = client.get(story.get_absolute_url()).content.decode()
    related = html[html.index("Related stories") :]
    assert related.index("Same both") < related.index("Same theme") < related.index("Same outcome")
    assert "Unrelated" not in related and "Removed twin" not in related
    assert related.count(">The story<") == 0


def test_link_previews_get_the_title_and_excerpt_only(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="Preview me", what_happened="A short opening line for previews.")
    html = client.get(story.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Preview me">' in html
    assert '<meta property="og:description" content="A short opening line for previews.">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert html.count('<meta property="og:type" content="article">') == 1
    # The address comes from STORYSHARE_SITE_URL, never from the request's Host header.
    url = f"{settings.STORYSHARE_SITE_URL}{story.get_absolute_url()}"
    assert f'<meta property="og:url" content="{url}">' in html
    assert "og:image" not in html and "article:published" not in html


def test_a_story_title_with_markup_is_escaped_everywhere(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title='<script>x</script>"quoted"', what_happened="<b>bold</b> text")
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<script>x" not in html and "<b>bold" not in html
    assert "&lt;script&gt;x&lt;/script&gt;&quot;quoted&quot;" in html

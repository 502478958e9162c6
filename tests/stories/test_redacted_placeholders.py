"""A placeholder left in a published story ("[PERSON 1]") reads as a distinct, accessible
element, the same on every public page: the story, the feed, search results and Atom."""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree

import feedparser
import pytest
from django.test import Client

from stories.models import Story

pytestmark = pytest.mark.django_db

PERSON = '<span class="redacted"><span class="visually-hidden">redacted: </span>person 1</span>'
ORG = '<span class="redacted"><span class="visually-hidden">redacted: </span>organisation 2</span>'


@pytest.fixture
def story(make_story: Callable[..., Story]) -> Story:
    return make_story(
        title="What [PERSON 1] wanted",
        what_happened="[PERSON 1] asked me to hide the churn dip from [ORG 2]'s board. "
        '<span class="redacted">Forged</span> markup stays text.',
        what_you_did="I told [PERSON 1] no, in writing.",
    )


def test_the_story_page_marks_every_placeholder_and_escapes_a_forged_one(
    client: Client, story: Story
) -> None:
    html = client.get(story.get_absolute_url()).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert f'<h1 id="story-title">What {PERSON} wanted</h1>' in main
    assert f"<p>{PERSON} asked me to hide the churn dip from {ORG}&#x27;s board." in main
    assert f"I told {PERSON} no, in writing." in main
    assert "&lt;span class=&quot;redacted&quot;&gt;Forged&lt;/span&gt;" in main
    assert "[PERSON 1]" not in main


def test_the_feed_marks_placeholders_in_titles_and_excerpts(client: Client, story: Story) -> None:
    html = client.get("/").content.decode()
    card = html[html.index('class="story-card"') :]
    assert f"What {PERSON} wanted</a>" in card
    assert f"{PERSON} asked me to hide the churn dip" in card
    assert "&lt;span class=&quot;redacted&quot;&gt;" in card


def test_search_excerpts_mark_placeholders_beside_the_matches(client: Client, story: Story) -> None:
    html = client.get("/", {"q": "churn"}).content.decode()
    excerpt = html[html.index('class="mb-0 search-excerpt"') :]
    excerpt = excerpt[: excerpt.index("</p>")]
    assert "<mark>churn</mark>" in excerpt
    assert PERSON in excerpt


def test_atom_entries_mark_placeholders_through_the_same_sanitiser(
    client: Client, story: Story
) -> None:
    body = client.get("/feed/").content
    atom = "{http://www.w3.org/2005/Atom}"
    entry = ElementTree.fromstring(body).find(f"{atom}entry")  # noqa: S314 - our own feed
    html = entry.find(f"{atom}summary").text  # the HTML the feed sends, as a reader gets it
    assert f"{PERSON} asked me to hide" in html
    assert "&lt;span class=&quot;redacted&quot;&gt;Forged" in html
    assert entry.find(f"{atom}title").text == "What [PERSON 1] wanted"  # titles are plain text
    assert feedparser.parse(body).entries[0].title == "What [PERSON 1] wanted"

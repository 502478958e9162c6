""" "This happened to me too": counted once per reader per hour, nothing about the reader kept."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

from stories.models import Story

pytestmark = pytest.mark.django_db


def test_the_story_page_offers_it_without_setting_a_cookie(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story()
    response = client.get(story.get_absolute_url())
    assert f'href="/stories/{story.slug}/me-too/"' in response.content.decode()
    assert response.cookies == {}


def test_a_reader_can_say_it_happened_to_them_too(
    make_story: Callable[..., Story],
) -> None:
    story = make_story()
    client = Client(enforce_csrf_checks=True)
    form = client.get(f"/stories/{story.slug}/me-too/")
    assert form.status_code == 200 and "Yes, this happened to me too" in form.content.decode()
    token = form.cookies["csrftoken"].value
    response = client.post(f"/stories/{story.slug}/me-too/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert response["Location"] == f"{story.get_absolute_url()}?resonated=1#resonance"
    story.refresh_from_db()
    assert story.resonance_count == 1
    page = client.get(response["Location"]).content.decode()
    assert "Thank you" in page and "<strong>1</strong> reader said" in page


def test_it_needs_the_csrf_token(make_story: Callable[..., Story]) -> None:
    story = make_story()
    response = Client(enforce_csrf_checks=True).post(f"/stories/{story.slug}/me-too/")
    assert response.status_code == 403
    story.refresh_from_db()
    assert story.resonance_count == 0


def test_the_same_reader_counts_once_an_hour_per_story(
    client: Client, make_story: Callable[..., Story]
) -> None:
    first, second = make_story(), make_story()
    for _ in range(3):
        client.post(f"/stories/{first.slug}/me-too/")
    client.post(f"/stories/{second.slug}/me-too/")
    other_reader = Client(REMOTE_ADDR="198.51.100.7")
    other_reader.post(f"/stories/{first.slug}/me-too/")
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.resonance_count, second.resonance_count) == (2, 1)


def test_nothing_about_the_reader_is_stored_or_logged(
    client: Client, make_story: Callable[..., Story], caplog: pytest.LogCaptureFixture
) -> None:
    story = make_story()
    address = "203.0.113.99"
    caplog.set_level(logging.DEBUG)
    with connection.cursor() as cursor:
        Client(REMOTE_ADDR=address, HTTP_USER_AGENT="ReaderAgent/1.0").post(
            f"/stories/{story.slug}/me-too/"
        )
        cursor.execute("SELECT * FROM stories_story")
        rows = repr(cursor.fetchall())
    assert address not in rows and "ReaderAgent" not in rows
    assert address not in caplog.text and "ReaderAgent" not in caplog.text
    # The cache holds only counters under keyed hashes, for at most an hour.
    keys = list(cache._cache.keys()) if hasattr(cache, "_cache") else []
    assert keys and not any(address in key for key in keys)
    assert all(expiry - __import__("time").time() <= 3600 for expiry in cache._expire_info.values())


def test_it_refuses_an_unknown_or_removed_story(
    client: Client, make_story: Callable[..., Story]
) -> None:
    removed = make_story(status=Story.Status.REMOVED)
    assert client.post(f"/stories/{removed.slug}/me-too/").status_code == 404
    assert client.post("/stories/nope/me-too/").status_code == 404


def test_most_shared_orders_stories_by_their_count(
    client: Client, make_story: Callable[..., Story]
) -> None:
    make_story(title="Shared by two", resonance_count=2)
    make_story(title="Shared by nine", resonance_count=9)
    make_story(title="Shared by none")
    make_story(title="Removed but shared", resonance_count=50, status=Story.Status.REMOVED)
    html = client.get("/most-shared/").content.decode()
    assert html.index("Shared by nine") < html.index("Shared by two")
    assert "Shared by none" not in html and "Removed but shared" not in html
    assert "9 readers: this happened to me too" in html


def test_most_shared_without_any_count_explains_itself(
    client: Client, make_story: Callable[..., Story]
) -> None:
    make_story(published_month=datetime.date(2026, 1, 1))
    assert "No reader has said" in client.get("/most-shared/").content.decode()

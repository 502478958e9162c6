"""Cached public pages: never stale after a story changes, never with someone else's token."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.test import Client

from stories.lifecycle import approve_as_submitter
from stories.models import Story, Submission
from stories.page_cache import bump_public_cache_version

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(verified_client: Callable[[User], Client]) -> Client:
    """A superuser: moderators may not edit published stories, the site's admin may."""
    return verified_client(User.objects.create_superuser("root", password="a-long-password-1"))


def test_a_story_removed_in_the_admin_disappears_from_cached_pages_at_once(
    client: Client, admin_client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="A story about to be removed")
    pages = ["/", "/feed/", story.get_absolute_url(), "/?q=removed"]
    for url in pages:
        assert story.title in client.get(url).content.decode(), url
    change = f"/admin/stories/story/{story.pk}/change/"
    form = {
        "status": "removed", "theme": story.theme, "outcome": story.outcome, "role": "",
        "title": story.title, "what_happened": story.what_happened,
        "what_you_did": story.what_you_did, "what_happened_next": "", "looking_back": "",
    }  # fmt: skip
    assert admin_client.post(change, form).status_code == 302
    assert client.get(story.get_absolute_url()).status_code == 404
    for url in pages[:2] + pages[3:]:
        assert story.title not in client.get(url).content.decode(), url


def test_a_story_deleted_in_the_admin_disappears_from_the_cached_feed(
    client: Client, admin_client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="A story about to be deleted")
    assert story.title in client.get("/").content.decode()
    delete = f"/admin/stories/story/{story.pk}/delete/"
    assert admin_client.post(delete, {"post": "yes"}).status_code == 302
    assert story.title not in client.get("/").content.decode()


def test_a_newly_published_story_appears_on_cached_pages(
    client: Client, make_submission: Callable[..., Submission]
) -> None:
    assert "Publishable title" not in client.get("/").content.decode()
    submission = make_submission(status=Submission.Status.PROPOSED)
    approve_as_submitter(submission=submission)
    assert "Publishable title" in client.get("/").content.decode()
    assert "Publishable title" in client.get("/feed/").content.decode()


def test_readers_get_no_cookie_from_cached_pages(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story()
    for url in ["/", story.get_absolute_url(), "/feed/", "/insights/", "/about/"]:
        for _ in range(2):  # rendered, then from the cache
            response = client.get(url)
            assert response.status_code == 200
            assert not response.cookies, url
            assert b"csrfmiddlewaretoken" not in response.content, url


def test_pages_with_a_form_that_posts_are_never_shared_between_readers() -> None:
    first, second = Client(), Client()
    for url in ["/share/", "/status/"]:
        one, two = first.get(url), second.get(url)
        assert one.cookies["csrftoken"].value != two.cookies["csrftoken"].value
        assert one.content != two.content


def test_a_moderator_with_a_session_is_never_served_from_the_page_cache(
    client: Client, moderator_client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="Seen by readers")
    client.get("/")
    Story.objects.filter(pk=story.pk).update(title="Changed behind the cache's back")
    assert "Seen by readers" in client.get("/").content.decode()  # the reader's cached copy
    assert "Changed behind the cache" in moderator_client.get("/").content.decode()


def test_made_up_parameters_are_not_cached(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="Before")
    client.get("/?utm_source=x")
    Story.objects.filter(pk=story.pk).update(title="After")
    assert "After" in client.get("/?utm_source=x").content.decode()


def test_a_new_page_reuses_cached_cards_until_a_story_changes(
    client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="A card rendered once", theme="bias_fairness")
    assert "A card rendered once" in client.get("/").content.decode()
    Story.objects.filter(pk=story.pk).update(title="Changed behind the cache's back")
    # Another page, never rendered before, lists the same story: its card comes from the cache.
    filtered = client.get("/", {"theme": "bias_fairness"}).content.decode()
    assert "A card rendered once" in filtered
    bump_public_cache_version()  # what every real change of a story does
    assert "Changed behind the cache" in client.get("/", {"role": ""}).content.decode()


@pytest.mark.parametrize("url", ["/", "/feed/", "/insights/", "/about/"])
def test_a_reader_who_holds_the_page_gets_a_304(client: Client, url: str, make_story) -> None:
    make_story()
    first = client.get(url)
    etag = first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)  # from the page cache
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag
    caches["pages"].clear()
    rendered = client.get(url, HTTP_IF_NONE_MATCH=etag)  # rendered anew, the same page
    assert rendered.status_code == 304


def test_a_changed_page_is_sent_again_whatever_the_reader_holds(client: Client, make_story) -> None:
    story = make_story()
    etag = client.get(story.get_absolute_url())["ETag"]
    story.record_resonance()  # the count changes without a new public version
    caches["pages"].clear()
    caches["fragments"].clear()
    response = client.get(story.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag

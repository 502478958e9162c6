"""Published stories in the admin: an edit is a recorded decision, checked by the engine, and
readers see it at once; removing and deleting are recorded too."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from stories.models import ModerationDecision, Story

pytestmark = pytest.mark.django_db

LEAKY = "Then Priya Raman wrote to me from priya.raman@example.org about the chart."


@pytest.fixture
def editor(db: None) -> User:
    return User.objects.create_superuser("root", password="a-long-password-1")


@pytest.fixture
def editor_client(editor: User, verified_client: Callable[[User], Client]) -> Client:
    return verified_client(editor)


def change_url(story: Story) -> str:
    return f"/admin/stories/story/{story.pk}/change/"


def edit_form(story: Story, **overrides: str) -> dict[str, str]:
    data = {
        "status": story.status, "theme": story.theme, "outcome": story.outcome,
        "role": story.role, "title": story.title, "what_happened": story.what_happened,
        "what_you_did": story.what_you_did, "what_happened_next": story.what_happened_next,
        "looking_back": story.looking_back,
    }  # fmt: skip
    data.update(overrides)
    return data


def test_editing_a_published_story_records_a_decision_and_readers_see_it_at_once(
    client: Client, editor_client: Client, editor: User, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="The first wording", what_happened="An old sentence, long enough.")
    for url in (story.get_absolute_url(), "/", "/feed/"):
        assert "The first wording" in client.get(url).content.decode()  # now cached
    data = edit_form(story, title="The second wording", what_happened="A new sentence here.")
    assert editor_client.post(change_url(story), data).status_code == 302
    decision = ModerationDecision.objects.get()
    assert (decision.action, decision.moderator, decision.story) == ("edited", editor, story)
    assert decision.confirmed_findings == 0
    for url in (story.get_absolute_url(), "/", "/feed/"):
        html = client.get(url).content.decode()
        assert "The second wording" in html and "The first wording" not in html, url
    assert "A new sentence here." in client.get(story.get_absolute_url()).content.decode()


def test_an_edit_the_engine_still_finds_details_in_needs_a_recorded_confirmation(
    client: Client, editor_client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="A careful story")
    refused = editor_client.post(change_url(story), edit_form(story, what_you_did=LEAKY))
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "The engine still finds 2 identifying detail(s)" in html
    assert LEAKY in html  # what they typed is kept on the page
    story.refresh_from_db()
    assert story.what_you_did == "I raised it with my lead."
    assert ModerationDecision.objects.count() == 0
    assert "Priya" not in client.get(story.get_absolute_url()).content.decode()

    confirmed = edit_form(story, what_you_did=LEAKY, confirm_findings="on")
    assert editor_client.post(change_url(story), confirmed).status_code == 302
    assert ModerationDecision.objects.get().confirmed_findings == 2
    assert "Priya Raman" in client.get(story.get_absolute_url()).content.decode()


def test_the_change_page_lists_what_the_engine_finds_in_the_published_text(
    editor_client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(what_you_did=LEAKY)
    html = editor_client.get(change_url(story)).content.decode()
    assert "<mark>EMAIL</mark> “priya.raman@example.org”" in html


def test_removing_a_story_is_recorded_and_it_leaves_every_page(
    client: Client, editor_client: Client, editor: User, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="About to be removed", what_you_did=LEAKY)
    assert client.get(story.get_absolute_url()).status_code == 200
    # A status change alone needs no confirmation of findings already published.
    editor_client.post(change_url(story), edit_form(story, status="removed"))
    decision = ModerationDecision.objects.get()
    assert (decision.action, decision.moderator) == ("removed", editor)
    assert client.get(story.get_absolute_url()).status_code == 404
    assert "About to be removed" not in client.get("/").content.decode()


def test_deleting_a_story_is_recorded(
    client: Client, editor_client: Client, editor: User, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="About to be deleted")
    client.get("/")
    response = editor_client.post(f"/admin/stories/story/{story.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Story.objects.exists()
    decision = ModerationDecision.objects.get()
    assert (decision.action, decision.moderator) == ("deleted", editor)
    assert story.slug in decision.reason
    assert "About to be deleted" not in client.get("/").content.decode()


def test_saving_without_a_change_records_nothing(
    editor_client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story()
    assert editor_client.post(change_url(story), edit_form(story)).status_code == 302
    assert ModerationDecision.objects.count() == 0


def test_moderators_read_published_stories_but_cannot_edit_or_add_them(
    moderator_client: Client, make_story: Callable[..., Story]
) -> None:
    story = make_story(title="Read only")
    assert moderator_client.get(change_url(story)).status_code == 200
    moderator_client.post(change_url(story), edit_form(story, title="Changed"))
    story.refresh_from_db()
    assert story.title == "Read only"
    assert moderator_client.get("/admin/stories/story/add/").status_code == 403
    assert ModerationDecision.objects.count() == 0

"""STORYSHARE_REVIEWS_REQUIRED: a second pair of eyes before a proposal reaches the submitter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.permissions import ensure_moderators_group
from stories.lifecycle import propose_submission, save_draft
from stories.models import ModerationDecision, Submission
from tests.moderation.test_admin_queue import change_url, edit_form
from tests.test_settings import TEST_KEY, run_check

Action = ModerationDecision.Action


@pytest.fixture
def second_moderator(db: None) -> User:
    user = User.objects.create_user("second", password="b" * 30, is_staff=True)
    user.groups.add(ensure_moderators_group())
    return user


@pytest.fixture
def two_reviews(settings: Any) -> None:
    settings.STORYSHARE_REVIEWS_REQUIRED = 2


def decisions(submission: Submission) -> list[tuple[str, str]]:
    return [
        (d.action, d.moderator.username)
        for d in ModerationDecision.objects.filter(submission=submission).order_by("id")
    ]


@pytest.mark.django_db
def test_by_default_one_moderator_sends_a_proposal(
    moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    propose_submission(submission=submission, by=moderator)
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED
    assert decisions(submission) == [(Action.PROPOSED, "mod")]


@pytest.mark.django_db
@pytest.mark.usefixtures("two_reviews")
def test_with_two_the_proposal_waits_for_a_second_different_moderator(
    moderator: User, second_moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    first = propose_submission(submission=submission, by=moderator)
    assert first.action == Action.REVIEWED
    again = propose_submission(submission=submission, by=moderator)  # the same one twice
    assert again.action == Action.REVIEWED
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PENDING and submission.proposed_on is None

    last = propose_submission(submission=submission, by=second_moderator)
    assert last.action == Action.PROPOSED
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED
    assert decisions(submission) == [
        (Action.REVIEWED, "mod"),
        (Action.REVIEWED, "mod"),
        (Action.PROPOSED, "second"),
    ]
    assert not submission.reviewed_by.exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("two_reviews")
def test_an_approval_counts_only_for_the_text_it_approved(
    moderator: User, second_moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    propose_submission(submission=submission, by=moderator)
    # The second moderator changes the text while approving: theirs is a first approval again.
    changed = {"public_what_you_did": "What they did, shortened."}
    assert propose_submission(submission=submission, by=second_moderator, draft=changed).action == (
        Action.REVIEWED
    )
    assert list(submission.reviewed_by.values_list("username", flat=True)) == ["second"]
    # A saved draft that changes the text forgets every approval too.
    save_draft(submission=submission, by=moderator, draft={"moderator_message": "Shortened."})
    assert not submission.reviewed_by.exists()
    propose_submission(submission=submission, by=moderator)
    assert propose_submission(submission=submission, by=second_moderator).action == (
        Action.PROPOSED
    )
    submission.refresh_from_db()
    assert submission.public_what_you_did == "What they did, shortened."
    assert submission.moderator_message == "Shortened."


@pytest.mark.django_db
@pytest.mark.usefixtures("two_reviews")
def test_the_change_page_says_another_moderator_must_approve(
    moderator_client: Client,
    verified_client: Callable[[User], Client],
    second_moderator: User,
    make_submission: Callable[..., Submission],
) -> None:
    submission = make_submission()
    data = {**edit_form(submission), "_propose": "1"}
    moderator_client.get(change_url(submission))  # a proposal is sent by who read it
    first = moderator_client.post(change_url(submission), data, follow=True)
    assert "Another moderator must approve this version" in first.content.decode()
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PENDING
    queue = moderator_client.get("/admin/stories/submission/").content.decode()
    assert '<td class="field-waiting_for">a moderator (1 of 2 approvals)</td>' in queue
    other = verified_client(second_moderator)
    other.get(change_url(submission))
    # Their page carries the version the first approval saved.
    data["version"] = str(submission.version)
    second = other.post(change_url(submission), data, follow=True)
    assert "Sent to the submitter for approval." in second.content.decode()
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED


@pytest.mark.parametrize("value", ["0", "4", "-1"])
def test_a_number_of_reviews_outside_one_to_three_stops_start_up(value: str) -> None:
    result = run_check(
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="x" * 60,
        STORYSHARE_ENCRYPTION_KEYS=TEST_KEY,
        STORYSHARE_REVIEWS_REQUIRED=value,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "STORYSHARE_REVIEWS_REQUIRED is how many moderators approve" in result.stderr
    assert f"1, 2 or 3, not {value}." in result.stderr


def test_two_reviews_start_up() -> None:
    result = run_check(
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="x" * 60,
        STORYSHARE_ENCRYPTION_KEYS=TEST_KEY,
        STORYSHARE_REVIEWS_REQUIRED="2",
    )
    assert result.returncode == 0, result.stderr

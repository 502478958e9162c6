"""Claims and concurrent edits: opening a submission claims it, the queue shows who holds it,
a claim lapses, another moderator takes over only on purpose, and of two saves made from the
same version the second is refused with a message and keeps what was typed."""

from __future__ import annotations

import datetime
import re
import threading
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from moderation.claims import holder
from moderation.models import Claim
from moderation.retention import purge_expired
from stories.lifecycle import reject_submission, save_draft, withdraw_submission
from stories.models import Submission

pytestmark = pytest.mark.django_db

QUEUE_URL = "/admin/stories/submission/"


def change_url(submission: Submission) -> str:
    return f"{QUEUE_URL}{submission.pk}/change/"


@pytest.fixture
def colleague(moderator: User) -> User:
    user = User.objects.create_user("sam", password="s" * 20, is_staff=True)
    user.groups.set(moderator.groups.all())
    return user


@pytest.fixture
def colleague_client(colleague: User, verified_client: Callable[[User], Client]) -> Client:
    return verified_client(colleague)


def draft_form(submission: Submission, version: int, **overrides: str) -> dict[str, object]:
    data: dict[str, object] = {
        "theme": submission.theme, "outcome": submission.outcome, "role": submission.role,
        "public_title": submission.public_title,
        "public_what_happened": submission.public_what_happened,
        "public_what_you_did": submission.public_what_you_did,
        "public_what_happened_next": "", "public_looking_back": "", "moderator_message": "",
        "rejection_reason": "", "version": version, "_continue": "Save draft",
    }  # fmt: skip
    data.update(overrides)
    return data


def test_opening_a_submission_claims_it_and_the_queue_shows_who_holds_it(
    moderator: User, moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(public_title="Claimed one")
    assert (
        "You hold this submission" in moderator_client.get(change_url(submission)).content.decode()
    )
    submission.refresh_from_db()
    assert holder(submission) == moderator
    assert '<td class="field-held_by">mod</td>' in moderator_client.get(QUEUE_URL).content.decode()


def test_a_claim_of_another_is_shown_and_taken_over_only_on_purpose(
    moderator: User,
    colleague: User,
    moderator_client: Client,
    colleague_client: Client,
    make_submission: Callable[..., Submission],
) -> None:
    submission = make_submission()
    moderator_client.get(change_url(submission))
    page = colleague_client.get(change_url(submission)).content.decode()
    assert "<strong>mod</strong> is working on this submission" in page
    assert 'name="_take_over"' in page
    submission.refresh_from_db()
    assert holder(submission) == moderator  # opening did not take it
    colleague_client.post(change_url(submission), {"_take_over": "Take it over"})
    submission.refresh_from_db()
    assert holder(submission) == colleague


def test_a_claim_lapses_after_the_configured_hours(
    settings, moderator: User, colleague_client: Client, colleague: User,
    make_submission: Callable[..., Submission],
) -> None:  # fmt: skip
    settings.STORYSHARE_CLAIM_HOURS = 2
    submission = make_submission()
    earlier = timezone.now() - datetime.timedelta(hours=2, minutes=1)
    Claim.objects.create(submission=submission, user=moderator, claimed_at=earlier)
    submission.refresh_from_db()
    assert holder(submission) is None
    colleague_client.get(change_url(submission))
    submission.refresh_from_db()
    assert holder(submission) == colleague


def test_of_two_moderators_saving_the_same_version_the_second_is_refused_and_keeps_its_text(
    moderator_client: Client, colleague_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    moderator_client.get(change_url(submission))
    colleague_client.get(change_url(submission))  # both pages show version 1
    first = draft_form(submission, 1, public_title="The first moderator's title")
    assert moderator_client.post(change_url(submission), first).status_code == 302
    second = draft_form(submission, 1, public_title="The second moderator's title")
    refused = colleague_client.post(change_url(submission), second)
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "Another moderator saved this submission after you opened it" in html
    assert 'value="The second moderator&#x27;s title"' in html  # what they typed is kept
    submission.refresh_from_db()
    assert (submission.public_title, submission.version) == ("The first moderator's title", 2)
    # The page now carries version 2: saving again is a deliberate choice, and it is kept.
    assert re.search(r'name="version" value="2"', html), re.findall(
        r".{60}name=.version.{60}", html
    )
    assert colleague_client.post(change_url(submission), draft_form(submission, 2, **{
        "public_title": "The second moderator's title"})).status_code == 302  # fmt: skip
    submission.refresh_from_db()
    assert (submission.public_title, submission.version) == ("The second moderator's title", 3)


def test_a_save_that_does_not_say_its_version_is_refused_and_keeps_its_text(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    """Without a version the save could overwrite a colleague's unseen: refused, nothing lost."""
    submission = make_submission(public_title="As it was")
    moderator_client.get(change_url(submission))
    form = draft_form(submission, 1, public_title="Typed on a page from before")
    del form["version"]
    refused = moderator_client.post(change_url(submission), form)
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "did not say which version of the submission it was made from" in html
    assert 'value="Typed on a page from before"' in html
    submission.refresh_from_db()
    assert (submission.public_title, submission.version) == ("As it was", 1)
    assert re.search(r'name="version" value="1"', html)  # saving again is possible


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks: PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_saves_of_one_version_at_the_same_moment_keep_exactly_one(
    moderator: User, colleague: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(user: User, title: str) -> None:
        try:
            start.wait()
            save_draft(submission=submission, by=user, draft={"public_title": title}, version=1)
            outcomes[title] = "saved"
        except ValidationError:
            outcomes[title] = "refused"
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=save, args=(user, f"Title by {user.username}"))
        for user in (moderator, colleague)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["refused", "saved"]
    submission.refresh_from_db()
    saved = next(title for title, outcome in outcomes.items() if outcome == "saved")
    assert (submission.public_title, submission.version) == (saved, 2)


def test_a_claim_ends_when_its_submission_leaves_the_queue(
    moderator: User, moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    """A claim keeps a moderator's time beside a submission: no longer than it is of use."""
    rejected, withdrawn = make_submission(), make_submission()
    for submission in (rejected, withdrawn):
        moderator_client.get(change_url(submission))
    assert Claim.objects.count() == 2
    reject_submission(submission=rejected, by=moderator, reason="Off topic.")
    withdraw_submission(submission=withdrawn)  # the submitter's own act, not the admin's
    assert not Claim.objects.exists()


def test_the_purge_deletes_lapsed_claims_and_keeps_live_ones(
    settings, moderator: User, make_submission: Callable[..., Submission]
) -> None:
    settings.STORYSHARE_CLAIM_HOURS = 2
    lapsed, live = make_submission(), make_submission()
    earlier = timezone.now() - datetime.timedelta(hours=3)
    Claim.objects.create(submission=lapsed, user=moderator, claimed_at=earlier)
    Claim.objects.create(submission=live, user=moderator, claimed_at=timezone.now())
    report = purge_expired()
    assert report.claims == 1
    assert list(Claim.objects.values_list("submission_id", flat=True)) == [live.pk]

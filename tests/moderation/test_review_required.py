"""A review that cannot be skipped: no bulk action sends or publishes, a proposal leaves only
from the page a moderator opened, and a confirmation names each detail it confirms."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client, RequestFactory

from stories.models import ModerationDecision, Story, Submission
from tests.dump import dump_database

pytestmark = pytest.mark.django_db

QUEUE_URL = "/admin/stories/submission/"
CLEAN = {
    "public_title": "The chart that had to change",
    "public_what_happened": "My manager wanted the chart to show growth that was not there.",
    "public_what_you_did": "I showed both versions to the whole team.",
}
LEAKY = "Ask Priya Raman at priya.raman@example.org about it."


def change_url(submission: Submission) -> str:
    return f"{QUEUE_URL}{submission.pk}/change/"


def proposal(submission: Submission, **overrides: str) -> dict[str, str]:
    data = {
        "theme": submission.theme, "outcome": submission.outcome, "role": submission.role,
        "public_title": submission.public_title,
        "public_what_happened": submission.public_what_happened,
        "public_what_you_did": submission.public_what_you_did,
        "public_what_happened_next": "", "public_looking_back": "", "moderator_message": "",
        "rejection_reason": "", "_propose": "1", "version": str(submission.version),
    }  # fmt: skip
    data.update(overrides)
    return data


def registered_actions(user: User) -> list[str]:
    request = RequestFactory().get(QUEUE_URL)
    request.user = user
    return list(admin.site._registry[Submission].get_actions(request))


@pytest.mark.parametrize("who", ["moderator", "superuser"])
def test_no_bulk_action_sends_proposes_or_publishes_anything(
    who: str,
    moderator: User,
    verified_client: Callable[[User], Client],
    make_submission: Callable[..., Submission],
) -> None:
    user = (
        moderator
        if who == "moderator"
        else User.objects.create_superuser("root", password="p" * 20)
    )
    client = verified_client(user)
    names = registered_actions(user)
    assert names  # the test tries something
    long_ago = datetime.date.today() - datetime.timedelta(days=60)
    for name in names:
        pending = make_submission(**CLEAN)
        proposed = make_submission(status="proposed", proposed_on=long_ago, **CLEAN)
        selection = {"action": name, "_selected_action": [pending.pk, proposed.pk]}
        client.post(QUEUE_URL, selection)
        # Actions that ask first (reject asks for a reason): answer them too.
        client.post(QUEUE_URL, {**selection, "confirm": "yes", "post": "yes", "reason": "x"})
        pending.refresh_from_db()
        assert pending.status != Submission.Status.PROPOSED, name
        proposed.refresh_from_db()
        assert proposed.status != Submission.Status.APPROVED, name
    assert not Story.objects.exists()
    assert not ModerationDecision.objects.filter(action__in=["proposed", "approved"]).exists()


def test_a_proposal_is_sent_only_by_a_moderator_who_opened_the_submission(
    moderator: User,
    moderator_client: Client,
    verified_client: Callable[[User], Client],
    make_submission: Callable[..., Submission],
) -> None:
    submission = make_submission(**CLEAN)
    colleague = User.objects.create_user("colleague", password="c" * 20, is_staff=True)
    colleague.groups.set(moderator.groups.all())
    verified_client(colleague).get(change_url(submission))  # someone else read it

    blind = moderator_client.post(change_url(submission), proposal(submission), follow=True)
    assert "Open the submission and read it before sending it" in blind.content.decode()
    submission.refresh_from_db()
    assert submission.is_pending
    assert not ModerationDecision.objects.exists()

    assert moderator_client.get(change_url(submission)).status_code == 200
    assert moderator_client.post(change_url(submission), proposal(submission)).status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED
    assert ModerationDecision.objects.get().moderator == moderator


def test_the_confirmation_lists_each_detail_and_records_their_kinds_not_their_text(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(**CLEAN)
    moderator_client.get(change_url(submission))
    refused = moderator_client.post(
        change_url(submission), proposal(submission, public_what_you_did=LEAKY)
    )
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "PERSON “Priya Raman”" in html
    assert "EMAIL “priya.raman@example.org”" in html

    confirmed = proposal(submission, public_what_you_did=LEAKY, confirm_findings="on")
    assert moderator_client.post(change_url(submission), confirmed).status_code == 302
    decision = ModerationDecision.objects.get()
    assert decision.confirmed_findings == 2
    assert decision.confirmed_kinds == {"EMAIL": 1, "PERSON": 1}
    table = ModerationDecision._meta.db_table
    rows = [line for line in dump_database().splitlines() if line.startswith(f"{table}:")]
    assert rows and not any("Priya" in row or "priya" in row for row in rows)

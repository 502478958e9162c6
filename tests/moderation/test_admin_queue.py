"""The moderate journey, through the admin with the test client."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.models import ModerationDecision
from stories.models import Story, Submission

pytestmark = pytest.mark.django_db

QUEUE_URL = "/admin/stories/submission/"


def change_url(submission: Submission) -> str:
    return f"{QUEUE_URL}{submission.pk}/change/"


def edit_form(submission: Submission, **overrides: str) -> dict[str, str]:
    data = {
        "theme": submission.theme,
        "outcome": submission.outcome,
        "role": submission.role,
        "public_title": submission.public_title,
        "public_what_happened": submission.public_what_happened,
        "public_what_you_did": submission.public_what_you_did,
        "public_what_happened_next": submission.public_what_happened_next,
        "public_looking_back": submission.public_looking_back,
        "rejection_reason": "",
    }
    data.update(overrides)
    return data


def test_the_queue_lists_pending_submissions_oldest_first(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    import datetime

    make_submission(public_title="Newer one", submitted_on=datetime.date(2026, 5, 2))
    make_submission(public_title="Older one", submitted_on=datetime.date(2026, 5, 1))
    make_submission(public_title="Decided one", status=Submission.Status.REJECTED)
    html = moderator_client.get(QUEUE_URL).content.decode()
    assert html.index("Older one") < html.index("Newer one")
    assert "Decided one" not in html
    assert "Decided one" in moderator_client.get(QUEUE_URL + "?status=all").content.decode()


def test_the_queue_filters_by_theme(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    make_submission(public_title="About bias", theme="bias_fairness")
    make_submission(public_title="About metrics", theme="misleading_metrics")
    html = moderator_client.get(QUEUE_URL + "?theme=bias_fairness").content.decode()
    assert "About bias" in html
    assert "About metrics" not in html


def test_a_submission_page_shows_the_raw_text_and_the_editable_version(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(what_happened="Raw <b>words</b> from the writer.")
    html = moderator_client.get(change_url(submission)).content.decode()
    assert "Raw &lt;b&gt;words&lt;/b&gt; from the writer." in html
    assert 'name="public_what_happened"' in html
    assert 'name="_approve"' in html and 'name="_reject"' in html


def test_approving_publishes_the_edited_text_and_records_who_decided(
    moderator_client: Client, moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    data = edit_form(submission, public_title="Edited title", _approve="Approve")
    response = moderator_client.post(change_url(submission), data)
    assert response.status_code == 302
    story = Story.objects.get()
    assert story.title == "Edited title"
    assert story.what_happened == "The publishable account of what happened."
    assert story.published_month.day == 1
    submission.refresh_from_db()
    assert submission.status == Submission.Status.APPROVED
    assert submission.story == story
    assert submission.what_happened == "" and submission.title == ""  # raw text deleted
    decision = ModerationDecision.objects.get()
    assert decision.action == ModerationDecision.Action.APPROVED
    assert decision.moderator == moderator
    assert decision.story == story
    assert decision.decided_at is not None
    assert Client().get(story.get_absolute_url()).status_code == 200
    assert "Edited title" in Client().get("/").content.decode()


def test_approving_without_a_title_is_refused_and_changes_nothing(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    data = edit_form(submission, public_title="", _approve="Approve")
    response = moderator_client.post(change_url(submission), data)
    assert response.status_code == 200
    assert (
        "This field is required." in response.content.decode()
        or "needs" in response.content.decode()
    )
    assert Story.objects.count() == 0
    submission.refresh_from_db()
    assert submission.is_pending


def test_rejecting_needs_a_reason(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    response = moderator_client.post(
        change_url(submission), edit_form(submission, _reject="Reject")
    )
    assert response.status_code == 200
    assert "Give a reason for the rejection." in response.content.decode()
    submission.refresh_from_db()
    assert submission.is_pending
    assert ModerationDecision.objects.count() == 0


def test_rejecting_records_the_reason_and_never_publishes(
    moderator_client: Client, moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(public_title="Never to be seen")
    data = edit_form(submission, rejection_reason="Names a real person.", _reject="Reject")
    assert moderator_client.post(change_url(submission), data).status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.REJECTED
    assert submission.what_happened == "" and submission.public_title == ""
    decision = ModerationDecision.objects.get()
    assert decision.action == ModerationDecision.Action.REJECTED
    assert decision.reason == "Names a real person."
    assert decision.moderator == moderator
    assert Story.objects.count() == 0
    assert "Never to be seen" not in Client().get("/").content.decode()


def test_saving_a_draft_keeps_the_submission_pending(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    data = edit_form(submission, public_title="Better title", _continue="Save")
    assert moderator_client.post(change_url(submission), data).status_code == 302
    submission.refresh_from_db()
    assert submission.public_title == "Better title"
    assert submission.is_pending
    assert Story.objects.count() == 0


def test_a_decided_submission_cannot_be_decided_again(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    moderator_client.post(change_url(submission), edit_form(submission, _approve="Approve"))
    html = moderator_client.get(change_url(submission)).content.decode()
    assert 'name="_approve"' not in html
    moderator_client.post(change_url(submission), edit_form(submission, _approve="Approve"))
    assert Story.objects.count() == 1
    assert ModerationDecision.objects.count() == 1


def test_bulk_approve_publishes_each_selected_pending_submission(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    first, second = make_submission(public_title="One"), make_submission(public_title="Two")
    broken = make_submission(public_title="")
    data = {"action": "approve_selected", "_selected_action": [first.pk, second.pk, broken.pk]}
    response = moderator_client.post(QUEUE_URL, data, follow=True)
    assert set(Story.objects.values_list("title", flat=True)) == {"One", "Two"}
    assert "Published 2 submission(s)." in response.content.decode()
    assert "needs: title" in response.content.decode()
    broken.refresh_from_db()
    assert broken.is_pending
    assert ModerationDecision.objects.filter(action="approved").count() == 2


def test_bulk_reject_asks_for_a_reason_then_rejects(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    first, second = make_submission(), make_submission()
    selection = {"action": "reject_selected", "_selected_action": [first.pk, second.pk]}
    page = moderator_client.post(QUEUE_URL, selection)
    assert page.status_code == 200
    assert "Reject these submissions?" in page.content.decode()
    assert Submission.objects.pending().count() == 2
    empty = moderator_client.post(QUEUE_URL, {**selection, "confirm": "Reject", "reason": ""})
    assert "This field is required." in empty.content.decode()
    assert Submission.objects.pending().count() == 2
    moderator_client.post(QUEUE_URL, {**selection, "confirm": "Reject", "reason": "Off topic."})
    assert Submission.objects.pending().count() == 0
    assert list(ModerationDecision.objects.values_list("reason", flat=True)) == ["Off topic."] * 2
    assert Story.objects.count() == 0


def test_moderators_cannot_add_or_delete_submissions(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    assert moderator_client.get(QUEUE_URL + "add/").status_code == 403
    assert moderator_client.get(f"{QUEUE_URL}{submission.pk}/delete/").status_code == 403


def test_a_staff_user_outside_the_moderators_group_cannot_decide(
    make_submission: Callable[..., Submission],
) -> None:
    submission = make_submission()
    user = User.objects.create_user("staff", password="x" * 20, is_staff=True)
    client = Client()
    client.force_login(user)
    assert client.get(change_url(submission)).status_code == 403
    client.post(change_url(submission), edit_form(submission, _approve="Approve"))
    assert Story.objects.count() == 0


def test_anonymous_visitors_are_sent_to_the_login_page(
    client: Client, make_submission: Callable[..., Submission]
) -> None:
    make_submission()
    response = client.get(QUEUE_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]

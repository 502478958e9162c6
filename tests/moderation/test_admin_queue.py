"""The moderate journey, through the admin with the test client."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from stories.models import ModerationDecision, Story, Submission

pytestmark = pytest.mark.django_db

QUEUE_URL = "/admin/stories/submission/"
CLEAN = {
    "public_title": "The chart that had to change",
    "public_what_happened": "My manager wanted the chart to show growth that was not there.",
    "public_what_you_did": "I showed both versions to the whole team.",
}


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
        "moderator_message": "",
        "rejection_reason": "",
        "version": str(submission.version),  # as the page carries it
    }
    data.update(overrides)
    return data


def test_the_queue_lists_pending_submissions_oldest_first(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
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


def test_a_submission_page_highlights_findings_beside_the_proposal(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(
        what_happened="My manager Jonas Albrecht wrote to jonas.albrecht@example.com <b>x</b>."
    )
    html = moderator_client.get(change_url(submission)).content.decode()
    assert 'class="finding finding-person"' in html
    assert 'class="finding finding-email"' in html
    assert "jonas.albrecht@example.com" in html  # the raw text, highlighted
    assert "[EMAIL 1]" in html  # the engine's proposal beside it
    assert "&lt;b&gt;x&lt;/b&gt;" in html  # raw text is escaped, never rendered
    assert 'name="public_what_happened"' in html
    assert 'name="_propose"' in html and 'name="_reject"' in html


def test_proposing_sends_the_edited_version_to_the_submitter_and_records_who(
    moderator_client: Client, moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(**CLEAN)
    moderator_client.get(change_url(submission))  # a proposal leaves only from the page read
    data = edit_form(
        submission, public_title="Edited title", moderator_message="Please check.", _propose="1"
    )
    response = moderator_client.post(change_url(submission), data)
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED
    assert submission.public_title == "Edited title"
    assert submission.moderator_message == "Please check."
    assert submission.what_happened  # the raw text stays until the final decision
    assert Story.objects.count() == 0  # nothing is published before the submitter approves
    decision = ModerationDecision.objects.get()
    assert (decision.action, decision.moderator) == (ModerationDecision.Action.PROPOSED, moderator)
    assert decision.confirmed_findings == 0


def test_proposing_text_with_remaining_findings_needs_a_recorded_confirmation(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(**CLEAN)
    moderator_client.get(change_url(submission))
    leaky = "Ask Priya Raman at priya.raman@example.org about it."
    response = moderator_client.post(
        change_url(submission), edit_form(submission, public_what_you_did=leaky, _propose="1")
    )
    assert response.status_code == 200
    assert "The engine still finds" in response.content.decode()
    submission.refresh_from_db()
    assert submission.is_pending
    assert ModerationDecision.objects.count() == 0
    confirmed = edit_form(
        submission, public_what_you_did=leaky, confirm_findings="on", _propose="1"
    )
    assert moderator_client.post(change_url(submission), confirmed).status_code == 302
    decision = ModerationDecision.objects.get()
    assert decision.confirmed_findings >= 2


def test_rerunning_detection_saves_the_draft_and_reports_what_remains(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(**CLEAN)
    data = edit_form(submission, public_what_you_did="I called +44 20 7946 0958.", _detect="1")
    response = moderator_client.post(change_url(submission), data, follow=True)
    html = response.content.decode()
    assert "Detection re-run: 1 detail(s) still found." in html
    submission.refresh_from_db()
    assert submission.public_what_you_did == "I called +44 20 7946 0958."
    assert submission.is_pending


def test_proposing_without_a_title_is_refused_and_changes_nothing(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(**CLEAN)
    response = moderator_client.post(
        change_url(submission), edit_form(submission, public_title="", _propose="1")
    )
    assert response.status_code == 200
    assert "The publishable version needs: title." in response.content.decode()
    submission.refresh_from_db()
    assert submission.is_pending


def test_a_moderator_publishes_an_unanswered_proposal_only_after_the_reply_period(
    moderator_client: Client, moderator: User, make_submission: Callable[..., Submission]
) -> None:
    today = datetime.date.today()
    fresh = make_submission(status="proposed", proposed_on=today, **CLEAN)
    html = moderator_client.get(change_url(fresh)).content.decode()
    assert 'name="_publish"' not in html
    moderator_client.post(change_url(fresh), {"_publish": "1", "rejection_reason": ""})
    assert Story.objects.count() == 0
    old = make_submission(
        status="proposed", proposed_on=today - datetime.timedelta(days=14), **CLEAN
    )
    assert 'name="_publish"' in moderator_client.get(change_url(old)).content.decode()
    response = moderator_client.post(change_url(old), {"_publish": "1", "rejection_reason": ""})
    assert response.status_code == 302
    story = Story.objects.get()
    assert story.title == "The chart that had to change"
    old.refresh_from_db()
    assert old.status == Submission.Status.APPROVED
    assert old.title == "" and old.what_happened == "" and old.public_title == ""
    decision = ModerationDecision.objects.get(action="approved")
    assert decision.moderator == moderator and decision.story == story
    assert Client().get(story.get_absolute_url()).status_code == 200


def test_rejecting_needs_a_reason(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    response = moderator_client.post(change_url(submission), edit_form(submission, _reject="1"))
    assert response.status_code == 200
    assert "Give a reason for the rejection." in response.content.decode()
    submission.refresh_from_db()
    assert submission.is_pending
    assert ModerationDecision.objects.count() == 0


def test_rejecting_records_the_reason_erases_the_text_and_never_publishes(
    moderator_client: Client, moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(public_title="Never to be seen")
    data = edit_form(submission, rejection_reason="Names a real person.", _reject="1")
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
    moderator_client.post(
        change_url(submission), edit_form(submission, rejection_reason="No.", _reject="1")
    )
    html = moderator_client.get(change_url(submission)).content.decode()
    assert 'name="_propose"' not in html and 'name="_reject"' not in html
    moderator_client.post(change_url(submission), {"_reject": "1", "rejection_reason": "Again"})
    assert ModerationDecision.objects.count() == 1


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


def test_the_moderator_sees_the_submitters_reply(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission(submitter_reply="Please also remove the city.")
    assert (
        "Please also remove the city."
        in moderator_client.get(change_url(submission)).content.decode()
    )


def test_moderators_cannot_add_or_delete_submissions(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    assert moderator_client.get(QUEUE_URL + "add/").status_code == 403
    assert moderator_client.get(f"{QUEUE_URL}{submission.pk}/delete/").status_code == 403


def test_a_staff_user_outside_the_moderators_group_cannot_decide(
    make_submission: Callable[..., Submission], verified_client: Callable[[User], Client]
) -> None:
    submission = make_submission(**CLEAN)
    user = User.objects.create_user("staff", password="x" * 20, is_staff=True)
    client = verified_client(user)  # past the second factor, so the permission check decides
    assert client.get(change_url(submission)).status_code == 403
    client.post(change_url(submission), edit_form(submission, _propose="1"))
    submission.refresh_from_db()
    assert submission.is_pending
    assert ModerationDecision.objects.count() == 0


def test_anonymous_visitors_are_sent_to_the_login_page(
    client: Client, make_submission: Callable[..., Submission]
) -> None:
    make_submission()
    response = client.get(QUEUE_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]

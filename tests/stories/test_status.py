"""/status/: with the receipt, the submitter sees, approves, asks for changes or withdraws."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.test import Client

from stories.models import ModerationDecision, Story, Submission
from stories.receipts import generate_receipt

pytestmark = pytest.mark.django_db

MakeWithReceipt = Callable[..., tuple[Submission, str]]
PROPOSAL = {
    "status": "proposed",
    "proposed_on": datetime.date(2026, 11, 1),
    "public_title": "The proposed title",
    "public_what_happened": "The proposed account, with [PERSON 1] in it.",
    "public_what_you_did": "What I did, as proposed.",
    "moderator_message": "I removed your manager's name.",
}


def test_the_status_page_asks_for_the_receipt(client: Client) -> None:
    html = client.get("/status/").content.decode()
    assert 'name="receipt"' in html
    assert "seven words" in html


def test_a_pending_story_shows_its_status_but_not_the_raw_text(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    _, receipt = submission_with_receipt(what_happened="Raw words only moderators see.")
    response = client.post("/status/", {"receipt": receipt})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Waiting for a moderator" in html
    assert "Raw words only moderators see." not in html
    assert "no-store" in response["Cache-Control"]


def test_a_proposal_shows_the_redacted_version_and_the_moderators_message(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    _, receipt = submission_with_receipt(**PROPOSAL)
    html = client.post("/status/", {"receipt": receipt.upper()}).content.decode()
    assert "The proposed title" in html
    # Placeholders read as they will once published.
    assert (
        'The proposed account, with <span class="redacted"><span class="visually-hidden">'
        "redacted: </span>person 1</span> in it."
    ) in html
    assert "I removed your manager&#x27;s name." in html
    assert "15 November 2026" in html  # when a moderator may publish without a reply


def test_approving_the_proposal_publishes_it_and_erases_the_raw_text(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    submission, receipt = submission_with_receipt(**PROPOSAL)
    response = client.post("/status/", {"receipt": receipt, "action": "approve"})
    assert "Your story is now published." in response.content.decode()
    story = Story.objects.get()
    assert story.title == "The proposed title"
    submission.refresh_from_db()
    assert submission.status == Submission.Status.APPROVED
    assert submission.what_happened == "" and submission.public_what_happened == ""
    decision = ModerationDecision.objects.get()
    assert decision.action == "approved" and decision.moderator is None
    assert Client().get(story.get_absolute_url()).status_code == 200


def test_approving_twice_publishes_once(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    _, receipt = submission_with_receipt(**PROPOSAL)
    client.post("/status/", {"receipt": receipt, "action": "approve"})
    response = client.post("/status/", {"receipt": receipt, "action": "approve"})
    assert response.status_code == 400
    assert Story.objects.count() == 1


def test_a_pending_story_cannot_be_approved_by_the_submitter(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    submission, receipt = submission_with_receipt()
    response = client.post("/status/", {"receipt": receipt, "action": "approve"})
    assert response.status_code == 400
    assert Story.objects.count() == 0
    submission.refresh_from_db()
    assert submission.is_pending


def test_asking_for_changes_sends_it_back_to_the_queue_with_the_reply(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    submission, receipt = submission_with_receipt(**PROPOSAL)
    data = {"receipt": receipt, "action": "reply", "reply": "Please remove the city too."}
    html = client.post("/status/", data).content.decode()
    assert "Your message was sent to the moderators." in html
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PENDING
    assert submission.submitter_reply == "Please remove the city too."
    assert ModerationDecision.objects.get().action == "changes_requested"


def test_an_empty_reply_is_refused_and_changes_nothing(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    submission, receipt = submission_with_receipt(**PROPOSAL)
    response = client.post("/status/", {"receipt": receipt, "action": "reply", "reply": " "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED


def test_withdrawing_needs_confirmation_then_deletes_everything_written(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    submission, receipt = submission_with_receipt(**PROPOSAL)
    unconfirmed = client.post("/status/", {"receipt": receipt, "action": "withdraw"})
    assert unconfirmed.status_code == 400
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED
    data = {"receipt": receipt, "action": "withdraw", "confirm": "on"}
    html = client.post("/status/", data).content.decode()
    assert "Your story was withdrawn." in html
    submission.refresh_from_db()
    assert submission.status == Submission.Status.WITHDRAWN
    assert submission.title == submission.public_what_happened == submission.moderator_message == ""
    assert Story.objects.count() == 0


def test_a_rejected_story_shows_the_reason(
    client: Client, submission_with_receipt: MakeWithReceipt, moderator
) -> None:
    from stories.lifecycle import reject_submission

    submission, receipt = submission_with_receipt()
    reject_submission(submission=submission, by=moderator, reason="It names a real client.")
    html = client.post("/status/", {"receipt": receipt}).content.decode()
    assert "Rejected" in html
    assert "It names a real client." in html


@pytest.mark.parametrize(
    "guess",
    ["", "not a receipt", "abacus " * 7, "x" * 5000, "' OR 1=1 --", "\x00\x01", "é" * 30],
)
def test_a_wrong_or_odd_receipt_gets_one_neutral_message(
    client: Client, submission_with_receipt: MakeWithReceipt, guess: str
) -> None:
    submission_with_receipt(**PROPOSAL)
    response = client.post("/status/", {"receipt": guess})
    assert response.status_code in {400, 404}
    html = response.content.decode()
    assert "The proposed title" not in html
    if response.status_code == 404:
        assert "We could not find a story for that receipt." in html


def test_guessing_receipts_is_rate_limited(
    client: Client, submission_with_receipt: MakeWithReceipt, settings
) -> None:
    settings.STORYSHARE_STATUS_FAILURES_PER_HOUR = 3
    _, receipt = submission_with_receipt(**PROPOSAL)
    for _ in range(3):
        assert client.post("/status/", {"receipt": generate_receipt()}).status_code == 404
    limited = client.post("/status/", {"receipt": receipt})
    assert limited.status_code == 429
    assert "Too many receipts" in limited.content.decode()
    assert "The proposed title" not in limited.content.decode()
    other_client = Client(REMOTE_ADDR="198.51.100.9")
    assert other_client.post("/status/", {"receipt": receipt}).status_code == 200


def test_a_proposal_is_waiting_for_your_approval_in_the_submitters_words(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    _, receipt = submission_with_receipt(**PROPOSAL)
    html = client.post("/status/", {"receipt": receipt}).content.decode()
    assert "Waiting for your approval" in html
    assert "Waiting for the submitter" not in html


def test_the_submitter_sees_what_the_moderator_changed_word_by_word(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    _, receipt = submission_with_receipt(
        **PROPOSAL,
        title="The proposed title",
        what_happened="The raw account, with <b>Jonas Albrecht</b> in it.",
        what_you_did="What I did, as proposed.",
    )
    html = client.post("/status/", {"receipt": receipt}).content.decode()
    section = html[html.index("What the moderator changed") :]
    assert (
        'The <del><span class="visually-hidden">removed: </span>raw</del> '
        '<ins><span class="visually-hidden">added: </span>proposed</ins> account, with '
        '<del><span class="visually-hidden">removed: </span>&lt;b&gt;Jonas Albrecht&lt;/b&gt;'
        '</del> <ins><span class="visually-hidden">added: </span>[PERSON 1]</ins> in it.'
    ) in section  # their own text, escaped
    assert "<b>" not in section
    # Unchanged parts are shown without marks.
    assert "What I did, as proposed." in section


def test_the_changes_are_not_shown_while_the_story_waits_for_a_moderator(
    client: Client, submission_with_receipt: MakeWithReceipt
) -> None:
    _, receipt = submission_with_receipt(what_happened="Raw words only moderators see.")
    html = client.post("/status/", {"receipt": receipt}).content.decode()
    assert "What the moderator changed" not in html
    assert "<del>" not in html and "Raw words only moderators see." not in html


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("one two three", "A receipt has seven words; this has 3 words."),
        ("word", "A receipt has seven words; this has 1 word."),
        ("a b c d e f g h", "A receipt has seven words; this has 8 words."),
    ],
)
def test_a_receipt_of_the_wrong_length_gets_its_own_message(
    client: Client, typed: str, message: str
) -> None:
    response = client.post("/status/", {"receipt": typed})
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "We could not find a story for that receipt" not in html


def test_a_wrong_receipt_of_seven_words_is_still_simply_not_found(client: Client) -> None:
    response = client.post("/status/", {"receipt": generate_receipt()})
    assert response.status_code == 404
    assert "We could not find a story for that receipt" in response.content.decode()


def test_lookups_with_a_valid_receipt_are_rate_limited_too(
    client: Client, submission_with_receipt: MakeWithReceipt, settings
) -> None:
    settings.STORYSHARE_STATUS_LOOKUPS_PER_HOUR = 3
    _, receipt = submission_with_receipt(**PROPOSAL)
    statuses = [client.post("/status/", {"receipt": receipt}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert (
        Client(REMOTE_ADDR="198.51.100.9").post("/status/", {"receipt": receipt}).status_code == 200
    )

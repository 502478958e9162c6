"""The change page shows what was changed, word by word, and renames a placeholder everywhere
through the action that saves the draft."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from stories.models import ModerationDecision, Submission
from tests.moderation.test_admin_queue import change_url, edit_form

pytestmark = pytest.mark.django_db

RAW = {
    "title": "What Jonas Albrecht wanted",
    "what_happened": "Jonas Albrecht at Harwick Mutual asked me <b>twice</b> to hide the dip.",
    "what_you_did": "I told Jonas no. Harwick Mutual later dropped it.",
}
PUBLIC = {
    "public_title": "What [PERSON 1] wanted",
    "public_what_happened": "[PERSON 1] at [ORG 1] asked me <b>twice</b> to hide the dip.",
    "public_what_you_did": "I told [PERSON 1] no. [ORG 1] later dropped it.",
}


@pytest.fixture
def submission(make_submission: Callable[..., Submission]) -> Submission:
    return make_submission(**RAW, **PUBLIC)


def test_the_change_page_shows_the_changes_word_by_word_escaped(
    moderator_client: Client, submission: Submission
) -> None:
    html = moderator_client.get(change_url(submission)).content.decode()
    section = html[html.index("Sent → publishable, word by word") :]
    assert (
        '<del><span class="visually-hidden">removed: </span>Jonas Albrecht</del> '
        '<ins><span class="visually-hidden">added: </span>[PERSON 1]</ins> at '
        '<del><span class="visually-hidden">removed: </span>Harwick Mutual</del> '
        '<ins><span class="visually-hidden">added: </span>[ORG 1]</ins> asked me '
        "&lt;b&gt;twice&lt;/b&gt; to hide the dip."
    ) in section
    assert "<b>twice</b>" not in section


def test_renaming_a_placeholder_changes_every_part_and_saves_the_draft(
    moderator_client: Client, submission: Submission
) -> None:
    html = moderator_client.get(change_url(submission)).content.decode()
    assert '<option value="[PERSON 1]">[PERSON 1]</option>' in html
    data = edit_form(submission, rename_placeholder="[PERSON 1]", rename_to="the CPO")
    response = moderator_client.post(change_url(submission), {**data, "_continue": "1"})
    assert response.status_code == 302 and response["Location"].endswith(change_url(submission))
    submission.refresh_from_db()
    assert submission.public_title == "What the CPO wanted"
    assert (
        submission.public_what_happened
        == "The CPO at [ORG 1] asked me <b>twice</b> to hide the dip."
    )
    assert submission.public_what_you_did == "I told the CPO no. [ORG 1] later dropped it."
    assert submission.status == Submission.Status.PENDING
    assert not ModerationDecision.objects.exists()  # a draft, not a decision
    page = moderator_client.get(response["Location"]).content.decode()
    assert "[PERSON 1] now reads “the CPO” everywhere" in page


def test_renaming_while_sending_sends_the_renamed_text(
    moderator_client: Client, submission: Submission
) -> None:
    data = edit_form(submission, rename_placeholder="[ORG 1]", rename_to="a mid-size insurer")
    moderator_client.get(change_url(submission))  # a proposal is sent by who read it
    response = moderator_client.post(change_url(submission), {**data, "_propose": "1"})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED
    assert (
        submission.public_what_you_did
        == "I told [PERSON 1] no. A mid-size insurer later dropped it."
    )
    assert ModerationDecision.objects.get().action == ModerationDecision.Action.PROPOSED


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"rename_placeholder": "[PERSON 1]", "rename_to": "[ORG 1]"}, "no square brackets"),
        ({"rename_placeholder": "[PERSON 1]", "rename_to": "  "}, "should read as"),
        ({"rename_to": "the CPO"}, "Choose the placeholder to rename."),
        ({"rename_placeholder": "[PERSON 9]", "rename_to": "x"}, "Select a valid choice."),
    ],
)
def test_a_bad_rename_is_refused_with_a_message_and_changes_nothing(
    moderator_client: Client, submission: Submission, overrides: dict[str, str], message: str
) -> None:
    data = edit_form(submission, **overrides)
    response = moderator_client.post(change_url(submission), {**data, "_continue": "1"})
    assert response.status_code == 200
    assert message in response.content.decode()
    submission.refresh_from_db()
    assert submission.public_title == "What [PERSON 1] wanted"

"""stories.lifecycle: each change checks, records and refuses on its own, whoever calls it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError

from stories.lifecycle import edit_story, propose_submission, reject_submission, save_draft
from stories.models import ModerationDecision, Story, Submission

pytestmark = pytest.mark.django_db

LEAKY = "Ask Priya Raman at priya.raman@example.org about it."


def test_a_proposal_with_details_left_needs_a_confirmation_whoever_sends_it(
    moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    draft = {"public_what_you_did": LEAKY}
    with pytest.raises(ValidationError, match="still finds 2 identifying detail"):
        propose_submission(submission=submission, by=moderator, draft=draft)
    submission.refresh_from_db()
    assert submission.is_pending and submission.public_what_you_did != LEAKY  # nothing saved
    assert not ModerationDecision.objects.exists()
    propose_submission(submission=submission, by=moderator, draft=draft, confirmed=True)
    submission.refresh_from_db()
    assert (submission.status, submission.public_what_you_did) == ("proposed", LEAKY)
    assert ModerationDecision.objects.get().confirmed_findings == 2


def test_a_draft_is_saved_only_while_the_submission_waits_for_a_moderator(
    moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    save_draft(submission=submission, by=moderator, draft={"public_title": "Better"})
    submission.refresh_from_db()
    assert submission.public_title == "Better"
    assert not ModerationDecision.objects.exists()  # a draft is not a decision
    proposed = make_submission(status=Submission.Status.PROPOSED)
    with pytest.raises(ValidationError, match="waiting for the submitter"):
        save_draft(submission=proposed, by=moderator, draft={"public_title": "Sneaked in"})
    proposed.refresh_from_db()
    assert proposed.public_title == "Publishable title"


def test_a_draft_with_an_unknown_theme_is_refused(
    moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    with pytest.raises(ValidationError):
        save_draft(submission=submission, by=moderator, draft={"theme": "not-a-theme"})
    submission.refresh_from_db()
    assert submission.theme == "privacy_surveillance"


def test_only_moderators_save_drafts(make_submission: Callable[..., Submission]) -> None:
    outsider = User.objects.create_user("staff", password="x" * 20, is_staff=True)
    submission = make_submission()
    with pytest.raises(PermissionDenied):
        save_draft(submission=submission, by=outsider, draft={"public_title": "Mine"})


def test_editing_a_story_runs_the_engine_on_the_new_text(
    make_story: Callable[..., Story],
) -> None:
    editor = User.objects.create_superuser("root", password="a-long-password-1")
    story = make_story()
    with pytest.raises(ValidationError, match="still finds"):
        edit_story(story=story, by=editor, changes={"looking_back": LEAKY})
    story.refresh_from_db()
    assert story.looking_back == ""
    decision = edit_story(story=story, by=editor, changes={"looking_back": LEAKY}, confirmed=True)
    assert decision is not None and decision.confirmed_findings == 2
    story.refresh_from_db()
    assert story.looking_back == LEAKY


def test_a_story_keeps_a_title_and_its_required_sections(
    make_story: Callable[..., Story],
) -> None:
    editor = User.objects.create_superuser("root", password="a-long-password-1")
    story = make_story()
    with pytest.raises(ValidationError):
        edit_story(story=story, by=editor, changes={"what_you_did": "  "})
    story.refresh_from_db()
    assert story.what_you_did == "I raised it with my lead."


def test_moderators_cannot_edit_published_stories(
    moderator: User, make_story: Callable[..., Story]
) -> None:
    story = make_story()
    with pytest.raises(PermissionDenied):
        edit_story(story=story, by=moderator, changes={"title": "Moderator's title"})


def test_a_rejection_reason_reaches_the_submitter_without_bidi_overrides(
    moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    reject_submission(submission=submission, by=moderator, reason="Too \u202eweiver\u202c specific")
    assert ModerationDecision.objects.get().reason == "Too weiver specific"


def test_a_rejection_reason_made_only_of_invisible_characters_is_refused(
    moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    with pytest.raises(ValidationError, match="Give a reason"):
        reject_submission(submission=submission, by=moderator, reason="\u202e\u200b ")
    submission.refresh_from_db()
    assert submission.is_pending and not ModerationDecision.objects.exists()

"""Every change in the life of a submission, and of the story it becomes: one function each.

The life of a submission::

    (share form) --submit--> pending --propose--> proposed --submitter approves--> approved
                              ^  |                  |  \\--moderator publishes after the   (a Story
                              |  '--save draft      |     reply period ---------------^   is
                              '---submitter asks----'                                     published)
                                  for changes
    pending/proposed --reject--> rejected;  pending/proposed --submitter withdraws--> withdrawn

and of a published story::

    published --edit (the engine re-runs on new text)--> published
    published <--edit status--> removed;  published/removed --delete--> gone

Each function takes keyword arguments only, runs in one transaction, re-reads its row under a
lock so that two people cannot change it at once, and records a ``ModerationDecision`` (who, and
the day only). Changes readers can see go through :func:`_changes_public_pages`, the one place
that moves the version of the cached public pages. Every final decision erases the raw text.

Moderator actions need the moderate permission (editing a published story, the change-story
permission); submitter actions are authorised by the receipt, checked before they are called.
The admin (``moderation/admin.py``), the status page and the commands call these and nothing
else to change a submission or a story.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from stories import receipts
from stories.demo import seed_demo_stories
from stories.detection import PartFinding, find_in_story, redact_story
from stories.models import (
    DRAFT_FIELDS,
    REQUIRED_SECTIONS,
    SECTION_FIELDS,
    STORY_EDITABLE_FIELDS,
    ModerationDecision,
    Story,
    Submission,
    first_of_month,
    today,
)
from stories.page_cache import bump_public_cache_version
from stories.sanitize import normalise_text

MODERATE_PERMISSION = "stories.moderate_submission"
EDIT_STORY_PERMISSION = "stories.change_story"
DELETE_STORY_PERMISSION = "stories.delete_story"
MAX_MESSAGE_LENGTH = 4000
Status = Submission.Status
Action = ModerationDecision.Action
P = ParamSpec("P")
R = TypeVar("R")


def _changes_public_pages(action: Callable[P, R]) -> Callable[P, R]:
    """For an action readers can see: one transaction, then the cached public pages are forgotten.

    The only caller of ``bump_public_cache_version``: a new way of changing what readers see is
    a new action here, and cannot forget to invalidate.
    """

    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with transaction.atomic():
            result = action(*args, **kwargs)
            bump_public_cache_version()
        return result

    return run


def _lock(submission: Submission, *allowed: str) -> Submission:
    """Re-read the submission under a row lock so two people cannot decide it at once."""
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.status not in allowed:
        raise ValidationError(f"This submission is {locked.get_status_display().lower()}.")
    return locked


def _check_permission(by: AbstractBaseUser, permission: str) -> None:
    if not by.has_perm(permission):
        raise PermissionDenied("You are not allowed to do this.")


def _record(
    action: str,
    by: AbstractBaseUser | None,
    *,
    submission: Submission | None = None,
    **extra: object,
) -> ModerationDecision:
    return ModerationDecision.objects.create(
        submission=submission, action=action, moderator=by, **extra
    )


def _finish(locked: Submission, status: str) -> None:
    """A final decision: erase every piece of text and stamp the day."""
    locked.status = status
    locked.decided_on = locked.last_activity_on = today()
    locked.erase_text()
    locked.save()
    locked.reviewed_by.clear()


def check_publishable(fields: Mapping[str, str]) -> None:
    """Raise ValidationError unless the publishable version has a title and required sections."""
    missing = [name for name in ("title", *sorted(REQUIRED_SECTIONS)) if not fields[name].strip()]
    if missing:
        labels = ", ".join(name.replace("_", " ") for name in missing)
        raise ValidationError(f"The publishable version needs: {labels}.")


def check_findings(fields: dict[str, str], *, confirmed: bool) -> list[PartFinding]:
    """The details the engine still finds in ``fields``; an error naming each unless ``confirmed``.

    The one statement of the rule: text the engine still finds details in reaches a submitter
    or readers only after a moderator confirmed it, and the confirmation is recorded.
    """
    found = find_in_story(fields)
    if found and not confirmed:
        listed = "; ".join(f"{item.finding.kind} “{item.finding.text}”" for item in found)
        raise ValidationError(
            f"The engine still finds {len(found)} identifying detail(s) in the publishable "
            f"version: {listed}. Edit them out, or confirm that they identify no one.",
            code="unconfirmed_findings",
        )
    return found


def _confirmed(found: list[PartFinding]) -> dict[str, object]:
    """What a decision keeps of a confirmation: how many details, and of which kinds."""
    kinds = Counter(item.finding.kind for item in found)
    return {"confirmed_findings": len(found), "confirmed_kinds": dict(sorted(kinds.items()))}


@transaction.atomic
def submit_story(*, cleaned_data: dict[str, Any], receipt: str) -> Submission:
    """Store a new pending submission from the validated form data; no request data is kept.

    The moderator's starting point, the text with every finding replaced by a placeholder, is
    prepared now so that nobody needs to read the raw text twice.
    """
    raw = {name: cleaned_data.get(name) or "" for name in ("title", *SECTION_FIELDS)}
    submission = Submission(
        theme=cleaned_data["theme"],
        outcome=cleaned_data["outcome"],
        role=cleaned_data.get("role") or "",
        receipt_lookup=receipts.lookup_keys(receipt)[0],
        receipt_hash=receipts.hash_receipt(receipt),
        **raw,
    )
    submission.fill_publishable(redact_story(raw))
    submission.save()
    return submission


STALE_VERSION = (
    "Another moderator saved this submission after you opened it, so nothing of yours was "
    "saved. What you typed is kept below: compare it with their version (open the page again "
    "in another tab), then save again to replace theirs with yours."
)


def _apply_draft(locked: Submission, draft: Mapping[str, str], version: int | None) -> None:
    """Write the draft onto the locked row, refusing it if it was made on an older version."""
    if version is not None and version != locked.version:
        raise ValidationError(STALE_VERSION, code="stale_version")
    locked.version += 1
    unknown = set(draft) - set(DRAFT_FIELDS)
    if unknown:
        raise ValueError(f"Not part of a moderator's draft: {sorted(unknown)}")
    before = _what_reviewers_approve(locked)
    for name, value in draft.items():
        setattr(locked, name, value)
    locked.moderator_message = locked.moderator_message.strip()[:MAX_MESSAGE_LENGTH]
    locked.full_clean(exclude=["receipt_lookup"])
    if _what_reviewers_approve(locked) != before:
        locked.reviewed_by.clear()  # an approval is of the text as it was: count again


def _what_reviewers_approve(submission: Submission) -> dict[str, str]:
    return {**submission.publishable_fields(), "message": submission.moderator_message}


def _reviews_missing(locked: Submission, by: AbstractBaseUser) -> int:
    """Count ``by``'s approval of the draft; how many other moderators must still approve it."""
    locked.reviewed_by.add(by)
    return max(0, settings.STORYSHARE_REVIEWS_REQUIRED - locked.reviewed_by.count())


@transaction.atomic
def save_draft(
    *,
    submission: Submission,
    by: AbstractBaseUser,
    draft: Mapping[str, str],
    version: int | None = None,
) -> None:
    """Keep the moderator's work on a pending submission (metadata, publishable text, message).

    ``version`` is the one the moderator's page showed: if someone saved since, nothing is
    saved. Not a decision, so nothing is recorded; the submission stays in the queue.
    """
    _check_permission(by, MODERATE_PERMISSION)
    locked = _lock(submission, Status.PENDING)
    _apply_draft(locked, draft, version)
    locked.last_activity_on = today()
    locked.save()


@transaction.atomic
def propose_submission(
    *,
    submission: Submission,
    by: AbstractBaseUser,
    draft: Mapping[str, str] | None = None,
    confirmed: bool = False,
    version: int | None = None,
) -> ModerationDecision:
    """Save the moderator's ``draft`` and send it to the submitter for approval.

    If the engine still finds details in it, ``confirmed`` must say the moderator checked them;
    how many there were is recorded with the decision. With STORYSHARE_REVIEWS_REQUIRED above 1
    the draft goes only once that many different moderators approved the same text; each
    approval before the last is recorded as a REVIEWED decision and is all that happens.
    """
    _check_permission(by, MODERATE_PERMISSION)
    locked = _lock(submission, Status.PENDING)
    _apply_draft(locked, draft or {}, version)
    fields = locked.publishable_fields()
    check_publishable(fields)
    found = check_findings(fields, confirmed=confirmed)
    if _reviews_missing(locked, by):
        # STORYSHARE_REVIEWS_REQUIRED > 1: this approval is recorded; the draft stays in the
        # queue until enough different moderators approved this very text.
        locked.last_activity_on = today()
        locked.save()
        return _record(Action.REVIEWED, by, submission=locked, **_confirmed(found))
    locked.reviewed_by.clear()
    locked.status = Status.PROPOSED
    locked.proposed_on = locked.last_activity_on = today()
    locked.submitter_reply = ""
    locked.save()
    return _record(Action.PROPOSED, by, submission=locked, **_confirmed(found))


def _publish(locked: Submission, by: AbstractBaseUser | None) -> Story:
    fields = {name: value.strip() for name, value in locked.publishable_fields().items()}
    check_publishable(fields)
    story = Story.objects.create(
        published_month=first_of_month(today()),
        theme=locked.theme,
        outcome=locked.outcome,
        role=locked.role,
        **fields,
    )
    locked.story = story
    _finish(locked, Status.APPROVED)
    _record(Action.APPROVED, by, submission=locked, story=story)
    return story


@_changes_public_pages
def publish_submission(*, submission: Submission, by: AbstractBaseUser) -> Story:
    """A moderator publishes a proposal the submitter did not answer within the reply period."""
    _check_permission(by, MODERATE_PERMISSION)
    locked = _lock(submission, Status.PROPOSED)
    if not locked.may_publish_without_reply():
        day = locked.publish_without_reply_from()
        raise ValidationError(
            f"The submitter has until {day:%d %B %Y} to approve this version; "
            "it can be published without their reply from then."
        )
    return _publish(locked, by)


@transaction.atomic
def reject_submission(*, submission: Submission, by: AbstractBaseUser, reason: str) -> None:
    """Reject ``submission`` with a reason; its text is erased and nothing is published."""
    _check_permission(by, MODERATE_PERMISSION)
    # The reason is shown to the submitter: it passes the one normalisation (no bidi override).
    reason = normalise_text(reason).strip()
    if not reason:
        raise ValidationError("Give a reason for the rejection.")
    locked = _lock(submission, Status.PENDING, Status.PROPOSED)
    _finish(locked, Status.REJECTED)
    _record(Action.REJECTED, by, submission=locked, reason=reason[:MAX_MESSAGE_LENGTH])


@_changes_public_pages
def approve_as_submitter(*, submission: Submission) -> Story:
    """The submitter approves the proposed version: it is published at once."""
    return _publish(_lock(submission, Status.PROPOSED), None)


@transaction.atomic
def request_changes(*, submission: Submission, reply: str) -> None:
    """The submitter asks for changes: the submission goes back to the moderators' queue."""
    if not reply.strip():
        raise ValidationError("Write what you would like changed.")
    locked = _lock(submission, Status.PROPOSED)
    locked.status = Status.PENDING
    locked.submitter_reply = reply.strip()[:MAX_MESSAGE_LENGTH]
    locked.last_activity_on = today()
    locked.save()
    _record(Action.CHANGES_REQUESTED, None, submission=locked)


@transaction.atomic
def withdraw_submission(*, submission: Submission) -> None:
    """The submitter withdraws: every piece of text is deleted now, the record within days."""
    locked = _lock(submission, Status.PENDING, Status.PROPOSED)
    _finish(locked, Status.WITHDRAWN)
    _record(Action.WITHDRAWN, None, submission=locked)


def _story_action(locked: Story, changed: set[str]) -> str:
    if "status" not in changed:
        return Action.EDITED
    return Action.REMOVED if locked.status == Story.Status.REMOVED else Action.RESTORED


@_changes_public_pages
def edit_story(
    *,
    story: Story,
    by: AbstractBaseUser,
    changes: Mapping[str, str],
    confirmed: bool = False,
) -> ModerationDecision | None:
    """Change a published story's text, metadata or status (removed from the site, or back).

    New text goes through the engine like a proposal does: details it still finds need the
    moderator's confirmation, and their count is recorded. Returns None if nothing changed.
    """
    _check_permission(by, EDIT_STORY_PERMISSION)
    unknown = set(changes) - set(STORY_EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable on a published story: {sorted(unknown)}")
    locked = Story.objects.select_for_update().get(pk=story.pk)
    # The moderator's text passes the one normalisation too: no bidi override gets published.
    changes = {name: normalise_text(value) for name, value in changes.items()}
    changed = {name for name, value in changes.items() if getattr(locked, name) != value}
    if not changed:
        return None
    for name in changed:
        setattr(locked, name, changes[name])
    locked.full_clean()
    text = {name: getattr(locked, name) for name in ("title", *SECTION_FIELDS)}
    check_publishable(text)
    found = check_findings(text, confirmed=confirmed) if changed & set(text) else []
    locked.save(update_fields=sorted(changed))
    return _record(_story_action(locked, changed), by, story=locked, **_confirmed(found))


@_changes_public_pages
def delete_story(*, story: Story, by: AbstractBaseUser) -> ModerationDecision:
    """Delete a story for good; the decision is kept (its link to the story goes with it)."""
    _check_permission(by, DELETE_STORY_PERMISSION)
    locked = Story.objects.select_for_update().get(pk=story.pk)
    decision = _record(Action.DELETED, by, reason=f"Deleted story {locked.slug}.")
    locked.delete()
    return decision


@_changes_public_pages
def publish_demo_stories(*, count: int, progress: Callable[[int], None] | None = None) -> int:
    """Write ``count`` published demo stories (``seed_demo``); no decision: nobody took one."""
    return seed_demo_stories(count, progress=progress)

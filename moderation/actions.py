"""Moderation workflows: each decision is one function, one transaction, one record.

The life of a submission::

    pending --propose--> proposed --submitter approves--> approved (a Story is published)
       ^                    |  \\--moderator publishes after the reply period--^
       '--submitter asks----'
          for changes
    pending/proposed --reject--> rejected;  --submitter withdraws--> withdrawn

Every final decision erases the raw text. Moderator actions need the moderate permission;
submitter actions are authorised by the receipt, checked before these functions are called.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from moderation.models import ModerationDecision
from stories.models import REQUIRED_SECTIONS, Story, Submission, first_of_month, today
from stories.page_cache import bump_public_cache_version

MODERATE_PERMISSION = "stories.moderate_submission"
MAX_MESSAGE_LENGTH = 4000
Status = Submission.Status
Action = ModerationDecision.Action


def _lock(submission: Submission, *allowed: str) -> Submission:
    """Re-read the submission under a row lock so two people cannot decide it at once."""
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.status not in allowed:
        raise ValidationError(f"This submission is {locked.get_status_display().lower()}.")
    return locked


def _check_moderator(by: AbstractBaseUser) -> None:
    if not by.has_perm(MODERATE_PERMISSION):
        raise PermissionDenied("You are not allowed to moderate submissions.")


def _record(
    submission: Submission, action: str, by: AbstractBaseUser | None, **extra: object
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


def check_publishable(fields: dict[str, str]) -> None:
    """Raise ValidationError unless the publishable version has a title and required sections."""
    missing = [name for name in ("title", *sorted(REQUIRED_SECTIONS)) if not fields[name].strip()]
    if missing:
        labels = ", ".join(name.replace("_", " ") for name in missing)
        raise ValidationError(f"The publishable version needs: {labels}.")


@transaction.atomic
def propose_submission(
    *, submission: Submission, by: AbstractBaseUser, message: str = "", confirmed_findings: int = 0
) -> None:
    """Send the moderator's redacted version to the submitter for approval."""
    _check_moderator(by)
    locked = _lock(submission, Status.PENDING)
    check_publishable(locked.publishable_fields())
    locked.status = Status.PROPOSED
    locked.proposed_on = locked.last_activity_on = today()
    locked.moderator_message = message.strip()[:MAX_MESSAGE_LENGTH]
    locked.submitter_reply = ""
    locked.save()
    _record(locked, Action.PROPOSED, by, confirmed_findings=confirmed_findings)


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
    _record(locked, Action.APPROVED, by, story=story)
    bump_public_cache_version()
    return story


@transaction.atomic
def publish_submission(*, submission: Submission, by: AbstractBaseUser) -> Story:
    """A moderator publishes a proposal the submitter did not answer within the reply period."""
    _check_moderator(by)
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
    _check_moderator(by)
    if not reason.strip():
        raise ValidationError("Give a reason for the rejection.")
    locked = _lock(submission, Status.PENDING, Status.PROPOSED)
    _finish(locked, Status.REJECTED)
    _record(locked, Action.REJECTED, by, reason=reason.strip()[:MAX_MESSAGE_LENGTH])


@transaction.atomic
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
    _record(locked, Action.CHANGES_REQUESTED, None)


@transaction.atomic
def withdraw_submission(*, submission: Submission) -> None:
    """The submitter withdraws: every piece of text is deleted now, the record within days."""
    locked = _lock(submission, Status.PENDING, Status.PROPOSED)
    _finish(locked, Status.WITHDRAWN)
    _record(locked, Action.WITHDRAWN, None)

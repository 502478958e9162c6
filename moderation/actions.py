"""Moderation workflows: each decision is one function, one transaction, one audit record."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from moderation.models import ModerationDecision
from stories.models import REQUIRED_SECTIONS, Story, Submission, first_of_month, today

MODERATE_PERMISSION = "stories.moderate_submission"


def _lock_pending(submission: Submission, by: AbstractBaseUser) -> Submission:
    """Re-read the submission under a row lock so two moderators cannot decide it twice."""
    if not by.has_perm(MODERATE_PERMISSION):
        raise PermissionDenied("You are not allowed to moderate submissions.")
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if not locked.is_pending:
        raise ValidationError(f"This submission was already {locked.get_status_display().lower()}.")
    return locked


def check_publishable(fields: dict[str, str]) -> None:
    """Raise ValidationError unless the publishable version has a title and required sections."""
    missing = [name for name in ("title", *sorted(REQUIRED_SECTIONS)) if not fields[name].strip()]
    if missing:
        labels = ", ".join(name.replace("_", " ") for name in missing)
        raise ValidationError(f"The publishable version needs: {labels}.")


@transaction.atomic
def approve_submission(*, submission: Submission, by: AbstractBaseUser) -> Story:
    """Publish the moderator's version of ``submission`` and erase its raw text."""
    locked = _lock_pending(submission, by)
    fields = {name: value.strip() for name, value in locked.publishable_fields().items()}
    check_publishable(fields)
    story = Story.objects.create(
        published_month=first_of_month(today()),
        theme=locked.theme,
        outcome=locked.outcome,
        role=locked.role,
        **fields,
    )
    locked.status = Submission.Status.APPROVED
    locked.decided_on = today()
    locked.story = story
    locked.erase_text()
    locked.save()
    ModerationDecision.objects.create(
        submission=locked, story=story, action=ModerationDecision.Action.APPROVED, moderator=by
    )
    return story


@transaction.atomic
def reject_submission(*, submission: Submission, by: AbstractBaseUser, reason: str) -> None:
    """Reject ``submission`` with a reason; its text is erased and nothing is published."""
    if not reason.strip():
        raise ValidationError("Give a reason for the rejection.")
    locked = _lock_pending(submission, by)
    locked.status = Submission.Status.REJECTED
    locked.decided_on = today()
    locked.erase_text()
    locked.save()
    ModerationDecision.objects.create(
        submission=locked,
        action=ModerationDecision.Action.REJECTED,
        reason=reason.strip(),
        moderator=by,
    )

"""Claims: opening a waiting submission claims it, so moderators do not work on one twice.

The queue shows who holds each; another moderator sees who works on it and may take it over on
purpose; a claim lapses after ``STORYSHARE_CLAIM_HOURS``. Claims guide, they do not lock: two
saves from one version are kept apart by the version check in ``stories.lifecycle``.

A claim holds a moderator's time beside a submission, so it lasts no longer than it is of use:
it ends when the submission leaves the queue (any save that is not "waiting", whoever made
it: :func:`end_claims_of_decided`), and the retention purge deletes lapsed ones
(:func:`forget_lapsed`).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from moderation.models import Claim
from stories.models import Submission


def lapsed_before() -> datetime.datetime:
    """Claims taken before this moment have lapsed."""
    return timezone.now() - datetime.timedelta(hours=settings.STORYSHARE_CLAIM_HOURS)


def live_claim(submission: Submission) -> Claim | None:
    """The claim on a waiting submission that has not lapsed, if any."""
    try:
        claim = submission.claim  # type: ignore[attr-defined]
    except Claim.DoesNotExist:
        return None
    if not submission.is_pending or claim.claimed_at <= lapsed_before():
        return None
    return claim


def holder(submission: Submission) -> AbstractBaseUser | None:
    """Who works on ``submission`` now, or None."""
    claim = live_claim(submission)
    return claim.user if claim else None


def held_by_others(user: AbstractBaseUser) -> QuerySet:
    """The ids of submissions another moderator holds a live claim on."""
    live = Claim.objects.filter(claimed_at__gt=lapsed_before()).exclude(user=user)
    return live.values("submission_id")


def end_claims_of_decided(sender: type, instance: Submission, **kwargs: object) -> None:
    """``post_save`` of a submission (connected in moderation/apps.py): a submission that is
    no longer waiting for a moderator keeps no claim."""
    if not instance.is_pending:
        Claim.objects.filter(submission_id=instance.pk).delete()


def forget_lapsed() -> int:
    """Delete lapsed claims and claims on submissions that no longer wait; how many."""
    stale = Claim.objects.filter(claimed_at__lte=lapsed_before()) | Claim.objects.exclude(
        submission__status=Submission.Status.PENDING
    )
    deleted, _ = stale.delete()
    return deleted


@transaction.atomic
def claim(*, submission: Submission, by: AbstractBaseUser, take_over: bool = False) -> bool:
    """``by`` works on this waiting submission now; True if they hold it afterwards.

    Another moderator's live claim is only taken over when ``take_over`` asks for it.
    """
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if not locked.is_pending:
        return False
    current = live_claim(locked)
    if current is not None and current.user_id != by.pk and not take_over:
        return False
    Claim.objects.update_or_create(
        submission=locked, defaults={"user": by, "claimed_at": timezone.now()}
    )
    return True

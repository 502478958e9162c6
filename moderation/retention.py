"""Retention: what is deleted, and when (documented on /privacy/ and in README)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from moderation.claims import forget_lapsed
from stories.models import Submission, today
from stories.privacy import forget_admin_log_of_deleted_submissions


@dataclass(frozen=True)
class PurgeReport:
    decided: int
    inactive: int
    claims: int = 0

    @property
    def total(self) -> int:
        return self.decided + self.inactive


@transaction.atomic
def purge_expired(*, on: datetime.date | None = None) -> PurgeReport:
    """Delete decided submissions past their retention and undecided ones long inactive.

    Idempotent: a second run on the same day deletes nothing more.
    """
    day = on or today()
    decided_cutoff = day - datetime.timedelta(days=settings.STORYSHARE_DECIDED_RETENTION_DAYS)
    inactive_cutoff = day - datetime.timedelta(days=settings.STORYSHARE_PENDING_RETENTION_DAYS)
    decided, _ = Submission.objects.decided_before(decided_cutoff).delete()
    inactive, _ = Submission.objects.inactive_since(inactive_cutoff).delete()
    forget_admin_log_of_deleted_submissions()
    claims = forget_lapsed()
    return PurgeReport(decided=decided, inactive=inactive, claims=claims)

"""The audit trail: who looked at which raw submission, and when.

Decisions are recorded by ``stories.lifecycle`` in ``ModerationDecision``; this module records
the reads, which leave no other trace.
"""

from __future__ import annotations

from typing import Any

from django.contrib.admin.utils import unquote
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest, HttpResponse

from moderation.models import AuditEvent


def record_submission_view(*, user: AbstractBaseUser, submission_id: int) -> AuditEvent:
    """Record that ``user`` was shown the page, raw text included, of one submission."""
    return AuditEvent.objects.create(
        user=user, action=AuditEvent.Action.VIEWED_SUBMISSION, submission_id=submission_id
    )


def has_viewed(*, user: AbstractBaseUser, submission_id: int) -> bool:
    """Whether ``user`` was ever shown this submission's page (raw text and findings)."""
    return AuditEvent.objects.filter(
        user=user, action=AuditEvent.Action.VIEWED_SUBMISSION, submission_id=submission_id
    ).exists()


class AuditedSubmissionAdminMixin:
    """For ``SubmissionAdmin``: every successful GET of a submission's page is recorded."""

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        response = super().change_view(request, object_id, form_url, extra_context)  # type: ignore[misc]
        # Only a page actually shown counts: a 403 or the redirect for a missing id reveals nothing.
        if request.method == "GET" and response.status_code == 200:
            record_submission_view(user=request.user, submission_id=int(unquote(object_id)))
        return response

"""The submitter's pages: share a story (with a preview), get a receipt, come back to /status/.

None of these views reads or keeps request metadata; rate limits count under a keyed hash that
rotates hourly, in the cache only (stories/ratelimit.py).
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import Error as DatabaseFailure
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from stories import lifecycle, ratelimit, receipts
from stories.detection import compare_story
from stories.forms import ReceiptForm, ReplyForm, SubmissionForm, WithdrawForm
from stories.models import SECTION_FIELDS, ModerationDecision, Submission

logger = logging.getLogger(__name__)
# What a send can meet on its way to the database: the database gone or restarting (psycopg's
# and its pool's errors all arrive as django.db.Error), or keys that cannot encrypt.
STORE_FAILURES = (DatabaseFailure, ImproperlyConfigured)

NOT_FOUND = (
    "We could not find a story for that receipt. Check the seven words and try again. "
    "Withdrawn stories, and stories decided more than a week ago, are deleted."
)


def _too_many(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    context["rate_limited"] = True
    return render(request, template, context, status=429)


@never_cache
@require_http_methods(["GET", "POST"])
def share(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "stories/share.html", {"form": SubmissionForm()})
    form = SubmissionForm(request.POST)
    limit = settings.STORYSHARE_SHARE_LIMIT_PER_HOUR
    if not ratelimit.hit("share-post", request, limit=limit * 5):
        return _too_many(request, "stories/share.html", {"form": form})
    if not form.is_valid():
        form.refresh_token()
        return render(request, "stories/share.html", {"form": form}, status=400)
    if "send" not in request.POST:
        parts = {name: form.cleaned_data.get(name) or "" for name in ("title", *SECTION_FIELDS)}
        form.refresh_token()
        count, rows = compare_story(parts)
        context = {"form": form, "preview": {"count": count, "rows": rows}}
        return render(request, "stories/share.html", context)
    if not ratelimit.hit("share-send", request, limit=limit):
        return _too_many(request, "stories/share.html", {"form": form})
    if not form.claim_token():
        return render(request, "stories/share_replayed.html", status=409)
    receipt = receipts.generate_receipt()
    try:
        lifecycle.submit_story(cleaned_data=form.cleaned_data, receipt=receipt)
    except STORE_FAILURES as exc:
        return _not_stored(request, form, exc)
    # The receipt is shown in this response only; it is never stored, so it cannot be shown again.
    context = {"receipt": receipt, "reply_days": settings.STORYSHARE_SUBMITTER_REPLY_DAYS}
    return render(request, "stories/share_receipt.html", context)


def _not_stored(request: HttpRequest, form: SubmissionForm, exc: Exception) -> HttpResponse:
    """The story could not be stored (one transaction: nothing of it was): say so, keep the text
    in the form with a fresh token, so the writer can send it again."""
    # The exception's class only: its message could quote the story; nothing about the request.
    logger.error("A story could not be stored: %s", type(exc).__name__)
    form.refresh_token()
    return render(request, "stories/share.html", {"form": form, "not_stored": True}, status=503)


@never_cache
@require_http_methods(["GET", "POST"])
def status(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "stories/status_lookup.html", {"form": ReceiptForm()})
    form = ReceiptForm(request.POST)
    failures = settings.STORYSHARE_STATUS_FAILURES_PER_HOUR
    if ratelimit.is_limited("status-failure", request, limit=failures):
        return _too_many(request, "stories/status_lookup.html", {"form": ReceiptForm()})
    # Every lookup costs ~110 ms of Argon2, found or not: all of them are limited too, with
    # room for a writer who reads, replies and approves.
    lookups = settings.STORYSHARE_STATUS_LOOKUPS_PER_HOUR
    if not ratelimit.hit("status-lookup", request, limit=lookups):
        return _too_many(request, "stories/status_lookup.html", {"form": ReceiptForm()})
    if not form.is_valid():
        return render(request, "stories/status_lookup.html", {"form": form}, status=400)
    submission = Submission.objects.find_by_receipt(form.cleaned_data["receipt"])
    if submission is None:
        ratelimit.hit("status-failure", request, limit=failures)
        context = {"form": ReceiptForm(), "not_found": NOT_FOUND}
        return render(request, "stories/status_lookup.html", context, status=404)
    return _status_page(request, submission, form.cleaned_data["receipt"])


def _status_page(request: HttpRequest, submission: Submission, receipt: str) -> HttpResponse:
    action = request.POST.get("action", "view")
    reply_form = ReplyForm(request.POST if action == "reply" else None)
    withdraw_form = WithdrawForm(request.POST if action == "withdraw" else None)
    done, error = "", ""
    try:
        if action == "approve":
            lifecycle.approve_as_submitter(submission=submission)
            done = "Thank you. Your story is now published."
        elif action == "reply" and reply_form.is_valid():
            lifecycle.request_changes(submission=submission, reply=reply_form.cleaned_data["reply"])
            done = "Your message was sent to the moderators. Check back here for their answer."
            reply_form = ReplyForm()
        elif action == "withdraw" and withdraw_form.is_valid():
            lifecycle.withdraw_submission(submission=submission)
            done = "Your story was withdrawn. Everything you wrote has been deleted."
    except ValidationError as exc:
        error = " ".join(exc.messages)
    submission.refresh_from_db()
    context = {
        "submission": submission,
        "receipt": receipt,
        "reply_form": reply_form,
        "withdraw_form": withdraw_form,
        "done": done,
        "error": error,
        "last_decision": submission.decisions.first(),
        "rejected": ModerationDecision.Action.REJECTED,
    }
    invalid = reply_form.errors or withdraw_form.errors or error
    return render(request, "stories/status.html", context, status=400 if invalid else 200)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A forged or stale form: a clear page, nothing saved (CSRF_FAILURE_VIEW)."""
    return render(request, "stories/csrf_failure.html", status=403)

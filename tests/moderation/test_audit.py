"""The audit trail: every view of a raw submission is recorded, and only superusers read it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.models import AuditEvent
from stories.models import Submission

pytestmark = pytest.mark.django_db

QUEUE_URL = "/admin/stories/submission/"
AUDIT_URL = "/admin/moderation/auditevent/"


def test_opening_a_submission_records_who_viewed_it(
    moderator_client: Client, moderator: User, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    assert moderator_client.get(f"{QUEUE_URL}{submission.pk}/change/").status_code == 200
    event = AuditEvent.objects.get()
    assert event.user == moderator
    assert event.action == AuditEvent.Action.VIEWED_SUBMISSION
    assert event.submission_id == submission.pk
    assert event.occurred_at is not None


def test_each_view_is_a_separate_record(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    moderator_client.get(f"{QUEUE_URL}{submission.pk}/change/")
    moderator_client.get(f"{QUEUE_URL}{submission.pk}/change/")
    assert AuditEvent.objects.filter(submission_id=submission.pk).count() == 2


def test_listing_the_queue_records_nothing(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    make_submission()
    assert moderator_client.get(QUEUE_URL).status_code == 200
    assert AuditEvent.objects.count() == 0


def test_a_refused_or_missing_page_records_nothing(
    make_submission: Callable[..., Submission], verified_client: Callable[[User], Client]
) -> None:
    submission = make_submission()
    outsider = User.objects.create_user("staff", password="x" * 20, is_staff=True)
    assert verified_client(outsider).get(f"{QUEUE_URL}{submission.pk}/change/").status_code == 403
    assert AuditEvent.objects.count() == 0


def test_the_record_outlives_the_submission(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    moderator_client.get(f"{QUEUE_URL}{submission.pk}/change/")
    submission_id = submission.pk
    submission.delete()
    assert AuditEvent.objects.get().submission_id == submission_id


def test_moderators_cannot_see_the_audit_trail(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    submission = make_submission()
    moderator_client.get(f"{QUEUE_URL}{submission.pk}/change/")
    assert moderator_client.get(AUDIT_URL).status_code == 403
    assert AUDIT_URL not in moderator_client.get("/admin/").content.decode()


def test_superusers_read_the_audit_trail_but_cannot_change_it(
    moderator_client: Client,
    make_submission: Callable[..., Submission],
    verified_client: Callable[[User], Client],
) -> None:
    submission = make_submission()
    moderator_client.get(f"{QUEUE_URL}{submission.pk}/change/")
    event = AuditEvent.objects.get()
    root = verified_client(User.objects.create_superuser("root", password="z" * 20))
    page = root.get(AUDIT_URL)
    assert page.status_code == 200
    assert "Viewed a submission" in page.content.decode()
    assert AUDIT_URL in root.get("/admin/").content.decode()
    assert root.get(f"{AUDIT_URL}add/").status_code == 403
    assert root.get(f"{AUDIT_URL}{event.pk}/delete/").status_code == 403
    root.post(f"{AUDIT_URL}{event.pk}/change/", {"action": "viewed_submission"})
    assert AuditEvent.objects.get() == event

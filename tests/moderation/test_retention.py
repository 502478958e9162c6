"""Retention: purge_expired deletes what the privacy page says, when it says, and only that."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from moderation.retention import purge_expired
from stories.lifecycle import reject_submission, withdraw_submission
from stories.models import ModerationDecision, Story, Submission

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 24)


def days_ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


def test_a_decision_erases_the_raw_text_at_once(
    make_submission: Callable[..., Submission], moderator: User
) -> None:
    rejected, withdrawn = make_submission(), make_submission()
    reject_submission(submission=rejected, by=moderator, reason="Too identifying.")
    withdraw_submission(submission=withdrawn)
    for submission in (rejected, withdrawn):
        submission.refresh_from_db()
        assert submission.title == submission.what_happened == submission.public_title == ""


def test_rejected_and_withdrawn_records_are_deleted_after_seven_days(
    make_submission: Callable[..., Submission],
) -> None:
    old_rejected = make_submission(status="rejected", decided_on=days_ago(7))
    old_withdrawn = make_submission(status="withdrawn", decided_on=days_ago(30))
    recent = make_submission(status="rejected", decided_on=days_ago(6))
    report = purge_expired(on=TODAY)
    assert report.decided == 2
    remaining = set(Submission.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk}
    assert old_rejected.pk not in remaining and old_withdrawn.pk not in remaining


def test_a_published_storys_submission_record_goes_but_the_story_stays(
    make_submission: Callable[..., Submission], make_story: Callable[..., Story]
) -> None:
    story = make_story()
    make_submission(status="approved", decided_on=days_ago(8), story=story, title="")
    purge_expired(on=TODAY)
    assert Submission.objects.count() == 0
    assert Story.objects.published().get() == story


def test_undecided_submissions_expire_after_ninety_days_without_activity(
    make_submission: Callable[..., Submission],
) -> None:
    stale = make_submission(last_activity_on=days_ago(90))
    stale_proposal = make_submission(status="proposed", last_activity_on=days_ago(120))
    active = make_submission(submitted_on=days_ago(200), last_activity_on=days_ago(89))
    report = purge_expired(on=TODAY)
    assert report.inactive == 2
    assert set(Submission.objects.values_list("pk", flat=True)) == {active.pk}
    assert not Submission.objects.filter(pk__in=[stale.pk, stale_proposal.pk]).exists()


def test_the_periods_are_configurable(make_submission: Callable[..., Submission], settings) -> None:
    settings.STORYSHARE_DECIDED_RETENTION_DAYS = 1
    settings.STORYSHARE_PENDING_RETENTION_DAYS = 10
    make_submission(status="rejected", decided_on=days_ago(1))
    make_submission(last_activity_on=days_ago(10))
    assert purge_expired(on=TODAY).total == 2


def test_decision_records_outlive_the_submissions_they_were_about(
    make_submission: Callable[..., Submission], moderator: User
) -> None:
    submission = make_submission()
    reject_submission(submission=submission, by=moderator, reason="Off topic.")
    Submission.objects.filter(pk=submission.pk).update(decided_on=days_ago(8))
    purge_expired(on=TODAY)
    decision = ModerationDecision.objects.get()
    assert decision.submission is None and decision.reason == "Off topic."


def test_the_command_reports_what_it_deleted_and_is_idempotent(
    make_submission: Callable[..., Submission],
) -> None:
    make_submission(status="rejected", decided_on=datetime.date(2020, 1, 1))
    make_submission(last_activity_on=datetime.date(2020, 1, 1))
    make_submission()
    first, second = io.StringIO(), io.StringIO()
    call_command("purge_expired", stdout=first)
    call_command("purge_expired", stdout=second)
    assert "Deleted 1 decided submission(s) past retention and 1 inactive" in first.getvalue()
    assert "Deleted 0 decided submission(s) past retention and 0 inactive" in second.getvalue()
    assert Submission.objects.count() == 1


def _log_change(submission: Submission, user: User, text: str) -> None:
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType

    LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Submission),
        object_id=str(submission.pk),
        object_repr=text,
        action_flag=CHANGE,
    )


def test_a_submission_is_named_neutrally_in_the_admin_log(
    make_submission: Callable[..., Submission],
) -> None:
    submission = make_submission(title="Raw zibberflux", public_title="Draft zibberflux")
    assert "zibberflux" not in str(submission)
    assert str(submission) == f"Submission {submission.pk}"


def test_the_purge_deletes_the_admin_log_of_the_submissions_it_deletes(
    make_submission: Callable[..., Submission], moderator: User
) -> None:
    from django.contrib.admin.models import LogEntry

    expired = make_submission(status="rejected", decided_on=days_ago(8))
    kept = make_submission()
    _log_change(expired, moderator, "Submission (expired)")
    _log_change(kept, moderator, "Submission (kept)")
    purge_expired(on=TODAY)
    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == ["Submission (kept)"]


def test_a_migration_deletes_what_the_admin_log_held_about_submissions(
    make_submission: Callable[..., Submission], make_story: Callable[..., Story], moderator: User
) -> None:
    from importlib import import_module

    from django.apps import apps
    from django.contrib.admin.models import LogEntry

    migration = import_module("stories.migrations.0003_forget_submission_titles_in_admin_log")
    _log_change(make_submission(), moderator, "Raw zibberflux (Rejected, 02 Dec 2026)")
    story = make_story()
    LogEntry.objects.log_actions(moderator.pk, [story], 2, change_message="Changed title.")
    migration.forget_submission_log_entries(apps, None)
    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == [story.title]


def test_the_daily_job_also_deletes_expired_sessions() -> None:
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    past = timezone.now() - datetime.timedelta(hours=1)
    Session.objects.create(session_key="expired" * 4, session_data="e30=", expire_date=past)
    future = timezone.now() + datetime.timedelta(hours=1)
    Session.objects.create(session_key="current" * 4, session_data="e30=", expire_date=future)
    call_command("purge_expired", stdout=io.StringIO(), stderr=io.StringIO())
    assert list(Session.objects.values_list("session_key", flat=True)) == ["current" * 4]

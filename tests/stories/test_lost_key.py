"""A submission no key decrypts blocks nothing: the queue shows it, the purge deletes and reports.

And keys that cannot encrypt stop start-up with a clear message, before a writer loses a story.
"""

from __future__ import annotations

import datetime
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from stories.encryption import UNREADABLE, UnreadableText, encrypt, unreadable_fields
from stories.forms import read_form_token
from stories.lifecycle import reject_submission
from stories.models import Submission

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
LOST = "Text written under a key that was later removed"


@pytest.fixture
def lost_key_submission(make_submission: Callable[..., Submission], settings) -> Submission:
    """A pending submission whose text was encrypted under a key no longer configured."""
    submission = make_submission()
    current = settings.STORYSHARE_ENCRYPTION_KEYS
    settings.STORYSHARE_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    # Written as stored, not encrypted again under the current key.
    lost = UnreadableText(encrypt(LOST))
    settings.STORYSHARE_ENCRYPTION_KEYS = current
    Submission.objects.filter(pk=submission.pk).update(
        title=lost, what_happened=lost, public_title=lost, public_what_happened=lost
    )
    return submission


def test_the_row_reads_with_a_clear_message_and_saving_keeps_what_was_stored(
    lost_key_submission: Submission,
) -> None:
    submission = Submission.objects.get(pk=lost_key_submission.pk)
    assert submission.title == UNREADABLE
    assert set(unreadable_fields(submission)) >= {"title", "what_happened", "public_title"}
    stored = Submission.objects.filter(pk=submission.pk).values_list("title", flat=True).get()
    submission.save()
    after = Submission.objects.filter(pk=submission.pk).values_list("title", flat=True).get()
    assert after == stored  # restoring the key would still recover it


def test_the_queue_shows_the_row_with_a_clear_message(
    lost_key_submission: Submission,
    make_submission: Callable[..., Submission],
    moderator_client: Client,
) -> None:
    make_submission(public_title="A readable one")
    queue = moderator_client.get("/admin/stories/submission/")
    assert queue.status_code == 200
    html = queue.content.decode()
    assert "A readable one" in html and "cannot be decrypted" in html
    page = moderator_client.get(f"/admin/stories/submission/{lost_key_submission.pk}/change/")
    assert page.status_code == 200
    assert "cannot be decrypted" in page.content.decode()


def test_a_moderator_can_reject_it_and_the_text_is_gone(
    lost_key_submission: Submission, moderator: User
) -> None:
    reject_submission(submission=lost_key_submission, by=moderator, reason="Key lost.")
    submission = Submission.objects.get(pk=lost_key_submission.pk)
    assert submission.status == "rejected" and submission.title == ""
    assert unreadable_fields(submission) == []


def test_the_purge_deletes_expired_rows_reports_unreadable_ones_and_goes_on(
    lost_key_submission: Submission, make_submission: Callable[..., Submission]
) -> None:
    expired = make_submission(status="rejected", decided_on=datetime.date(2020, 1, 1))
    old = make_submission(last_activity_on=datetime.date(2020, 1, 1))
    Submission.objects.filter(pk=old.pk).update(title=lost_key_submission_title())
    out, err = io.StringIO(), io.StringIO()
    call_command("purge_expired", stdout=out, stderr=err)
    remaining = set(Submission.objects.values_list("pk", flat=True))
    assert remaining == {lost_key_submission.pk}
    assert expired.pk not in remaining and old.pk not in remaining  # deleted without its key
    assert "Deleted 1 decided submission(s)" in out.getvalue()
    assert "1 submission(s) cannot be decrypted" in err.getvalue()
    assert str(lost_key_submission.pk) in err.getvalue()


def lost_key_submission_title() -> str:
    from django.conf import settings

    current = settings.STORYSHARE_ENCRYPTION_KEYS
    settings.STORYSHARE_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    try:
        return UnreadableText(encrypt(LOST))
    finally:
        settings.STORYSHARE_ENCRYPTION_KEYS = current


@pytest.mark.parametrize("keys", ["not-a-key", "", f"{Fernet.generate_key().decode()},short"])
def test_malformed_keys_fail_the_system_check_with_a_clear_message(keys: str, settings) -> None:
    from django.core.management.base import SystemCheckError

    settings.STORYSHARE_ENCRYPTION_KEYS = [k for k in keys.split(",") if k]
    with pytest.raises(SystemCheckError, match="STORYSHARE_ENCRYPTION_KEYS"):
        call_command("check")


def test_the_wsgi_server_refuses_to_start_with_a_malformed_key() -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "a-test-secret-key-long-enough-for-the-check-0123456789",
        "STORYSHARE_ENCRYPTION_KEYS": "not-a-fernet-key",
    }
    code = "import storyshare.wsgi"
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "storyshare.E002" in result.stderr
    assert "is not a Fernet key" in result.stderr


def test_a_send_that_cannot_be_stored_keeps_the_writers_text(
    client: Client, story_form_data: dict[str, str], settings
) -> None:
    working_keys = settings.STORYSHARE_ENCRYPTION_KEYS
    settings.STORYSHARE_ENCRYPTION_KEYS = ["not-a-fernet-key"]
    response = client.post("/share/", story_form_data)
    assert response.status_code == 503
    html = response.content.decode()
    assert "Your story could not be saved just now." in html
    assert 'id="receipt"' not in html
    assert "My manager asked me to drop the last quarter from the churn chart" in html
    assert 'value="The dashboard that had to go up"' in html
    assert not Submission.objects.exists()
    # A fresh token: once the keys are fixed, the same form can be sent again.
    token = html.split('name="form_token" value="', 1)[1].split('"', 1)[0]
    assert read_form_token(token)[0] != read_form_token(story_form_data["form_token"])[0]
    settings.STORYSHARE_ENCRYPTION_KEYS = working_keys  # the same form, sent again, is kept
    again = client.post("/share/", {**story_form_data, "form_token": token})
    assert again.status_code == 200 and Submission.objects.count() == 1

"""Raw text is encrypted at rest; only the day of submission is kept; keys can rotate."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection, models

from stories.models import Submission
from tests.dump import dump_database

pytestmark = pytest.mark.django_db
SECRET_SENTENCE = "The ranking model quietly penalised applicants over fifty"


def raw_columns(pk: int) -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title, what_happened, public_what_happened FROM stories_submission "
            "WHERE id = %s",
            [pk],
        )
        title, happened, public = cursor.fetchone()
    return {"title": title, "what_happened": happened, "public_what_happened": public}


def test_raw_text_is_encrypted_in_the_database(
    make_submission: Callable[..., Submission],
) -> None:
    submission = make_submission(
        what_happened=SECRET_SENTENCE, public_what_happened=SECRET_SENTENCE
    )
    stored = raw_columns(submission.pk)
    assert all(value.startswith("fernet:") for value in stored.values())
    assert "ranking model" not in dump_database()
    assert Submission.objects.get(pk=submission.pk).what_happened == SECRET_SENTENCE


def test_only_the_day_of_submission_is_stored() -> None:
    fields = {f.name: f for f in Submission._meta.concrete_fields}
    date_like = [f for f in fields.values() if isinstance(f, models.DateField | models.TimeField)]
    assert date_like, "expected day fields"
    assert not any(isinstance(f, models.DateTimeField | models.TimeField) for f in date_like)


def test_rotation_re_encrypts_under_the_new_key_and_old_keys_can_go(
    make_submission: Callable[..., Submission], settings
) -> None:
    submission = make_submission(what_happened=SECRET_SENTENCE)
    before = raw_columns(submission.pk)["what_happened"]
    new_key = Fernet.generate_key().decode()
    settings.STORYSHARE_ENCRYPTION_KEYS = [new_key, *settings.STORYSHARE_ENCRYPTION_KEYS]
    out = io.StringIO()
    call_command("rotate_encryption_key", stdout=out)
    assert "Re-encrypted 1 submission(s)" in out.getvalue()
    after = raw_columns(submission.pk)["what_happened"]
    assert after != before
    settings.STORYSHARE_ENCRYPTION_KEYS = [new_key]
    assert Submission.objects.get(pk=submission.pk).what_happened == SECRET_SENTENCE


def test_a_missing_key_is_a_clear_message_not_a_silent_loss(
    make_submission: Callable[..., Submission], settings
) -> None:
    from stories.encryption import UNREADABLE

    submission = make_submission(what_happened=SECRET_SENTENCE)
    stored = raw_columns(submission.pk)["what_happened"]
    settings.STORYSHARE_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    unreadable = Submission.objects.get(pk=submission.pk)
    assert unreadable.what_happened == UNREADABLE
    unreadable.save()
    assert raw_columns(submission.pk)["what_happened"] == stored

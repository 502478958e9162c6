"""Bad input and floods: a clear, non-500 answer, and nothing changes."""

from __future__ import annotations

import time

import pytest
from django.core import signing
from django.test import Client

from stories.forms import FORM_TOKEN_SALT
from stories.models import Submission

pytestmark = pytest.mark.django_db

SHARE_URL = "/share/"


def test_a_filled_honeypot_field_is_refused(
    client: Client, story_form_data: dict[str, str]
) -> None:
    response = client.post(SHARE_URL, {**story_form_data, "website": "http://spam.example"})
    assert response.status_code == 400
    assert "This field must stay empty." in response.content.decode()
    assert Submission.objects.count() == 0


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client: Client) -> None:
    html = client.get(SHARE_URL).content.decode()
    field = html[html.index('name="website"') - 600 : html.index('name="website"')]
    assert 'class="visually-hidden"' in field and 'aria-hidden="true"' in field
    assert (
        'tabindex="-1"'
        in html[html.index('name="website"') - 200 : html.index('name="website"') + 200]
    )


def test_a_form_sent_faster_than_a_person_writes_is_refused_and_kept(
    client: Client, story_form_data: dict[str, str], settings
) -> None:
    settings.STORYSHARE_FORM_MIN_SECONDS = 3
    from stories.forms import new_form_token

    response = client.post(SHARE_URL, {**story_form_data, "form_token": new_form_token()})
    html = response.content.decode()
    assert response.status_code == 400
    assert "faster than a person can write" in html
    assert story_form_data["what_happened"] in html
    assert Submission.objects.count() == 0


@pytest.mark.parametrize("token", ["", "forged", "abc:def:ghi", "x" * 199])
def test_a_missing_or_forged_form_token_is_refused_and_replaced(
    client: Client, story_form_data: dict[str, str], token: str
) -> None:
    response = client.post(SHARE_URL, {**story_form_data, "form_token": token})
    html = response.content.decode()
    assert response.status_code == 400
    assert Submission.objects.count() == 0
    fresh = html.split('name="form_token" value="', 1)[1].split('"', 1)[0]
    assert fresh != token
    signing.TimestampSigner(salt=FORM_TOKEN_SALT).unsign(fresh)  # a valid token to try again


def test_an_expired_form_token_is_refused_with_a_clear_message(
    client: Client, story_form_data: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    signer = signing.TimestampSigner(salt=FORM_TOKEN_SALT)
    monkeypatch.setattr(time, "time", lambda: 1_000_000_000.0)
    old_token = signer.sign("nonce")
    monkeypatch.undo()
    response = client.post(SHARE_URL, {**story_form_data, "form_token": old_token})
    assert response.status_code == 400
    assert "This form was open too long" in response.content.decode()
    assert Submission.objects.count() == 0


def test_a_replayed_post_is_not_saved_twice(
    client: Client, story_form_data: dict[str, str]
) -> None:
    assert client.post(SHARE_URL, story_form_data).status_code == 200
    replay = client.post(SHARE_URL, story_form_data)
    assert replay.status_code == 409
    assert "This story was already sent" in replay.content.decode()
    assert Submission.objects.count() == 1


def test_a_flood_of_posts_is_stopped_without_storing_the_address(
    story_form_data: dict[str, str], settings
) -> None:
    settings.STORYSHARE_SHARE_LIMIT_PER_HOUR = 2
    from stories.forms import new_form_token

    flooder = Client(REMOTE_ADDR="192.0.2.200")
    statuses = [
        flooder.post(SHARE_URL, {**story_form_data, "form_token": new_form_token()}).status_code
        for _ in range(4)
    ]
    assert statuses == [200, 200, 429, 429]
    assert Submission.objects.count() == 2
    limited = flooder.post(SHARE_URL, {**story_form_data, "form_token": new_form_token()})
    assert "Too many stories have been sent from here" in limited.content.decode()
    assert story_form_data["what_happened"] in limited.content.decode()  # nothing lost
    other = Client(REMOTE_ADDR="192.0.2.201")
    assert (
        other.post(SHARE_URL, {**story_form_data, "form_token": new_form_token()}).status_code
        == 200
    )


def test_an_oversized_body_gets_a_400_and_saves_nothing(
    client: Client, story_form_data: dict[str, str]
) -> None:
    response = client.post(SHARE_URL, {**story_form_data, "what_happened": "x" * 400_000})
    assert response.status_code == 400
    assert Submission.objects.count() == 0


def test_invalid_utf8_gets_a_clear_answer_not_a_server_error(client: Client) -> None:
    body = b"title=\xff\xfe&what_happened=\xc3\x28&form_token=\x80"
    response = client.generic(
        "POST", SHARE_URL, body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert Submission.objects.count() == 0


def test_too_many_fields_get_a_400(client: Client) -> None:
    data = {f"field{i}": "x" for i in range(500)}
    assert client.post(SHARE_URL, data).status_code == 400
    assert Submission.objects.count() == 0


def test_a_multipart_body_over_the_limit_is_refused_before_it_reaches_the_disk(
    client: Client, story_form_data: dict[str, str], settings, tmp_path
) -> None:
    import io

    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    preview = {k: v for k, v in story_form_data.items() if k != "send"}
    big = io.BytesIO(b"x" * (3 * 1024 * 1024))
    big.name = "story.txt"
    response = client.post("/share/", {**preview, "attachment": big})
    assert response.status_code == 400
    assert "Preview" not in response.content.decode()
    assert list(tmp_path.iterdir()) == []
    small = io.BytesIO(b"a small file")
    small.name = "note.txt"
    # Under the limit, the story is read and the file part dropped unread.
    assert client.post("/share/", {**preview, "attachment": small}).status_code == 200
    assert not Submission.objects.exists()

"""The submit journey: /share/ explains, validates, keeps what was typed, saves nothing on error."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.test import Client

from stories.forms import SubmissionForm, new_form_token, read_form_token
from stories.models import Submission

pytestmark = pytest.mark.django_db

SHARE_URL = "/share/"


def test_the_share_page_explains_anonymity_before_the_form(client: Client) -> None:
    response = client.get(SHARE_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "How your anonymity is protected" in html
    assert html.index("How your anonymity is protected") < html.index("<form")
    for field in ("title", "what_happened", "what_you_did", "what_happened_next", "looking_back"):
        assert f'name="{field}"' in html


def test_each_form_has_its_own_fields_and_widgets_sharing_only_the_taxonomy_choices() -> None:
    first, second = SubmissionForm(), SubmissionForm()
    for name in ("theme", "outcome", "role"):
        one, other = first.fields[name], second.fields[name]
        assert one is not other and one.widget is not other.widget
        assert one.widget.attrs is not other.widget.attrs
        assert one.error_messages is not other.error_messages
        assert one.validators is not other.validators
        choices = list(SubmissionForm.base_fields[name].choices)
        assert list(one.choices) == list(one.widget.choices) == choices
    first.fields["theme"].widget.attrs["data-x"] = "1"
    assert "data-x" not in second.fields["theme"].widget.attrs


def test_the_form_has_no_name_email_or_contact_field(client: Client) -> None:
    html = client.get(SHARE_URL).content.decode().lower()
    for forbidden in ('name="name"', 'name="email"', 'type="email"', 'name="contact"'):
        assert forbidden not in html


def test_it_stores_a_valid_story_as_pending_and_thanks_the_writer(
    client: Client, story_form_data: dict[str, str]
) -> None:
    response = client.post(SHARE_URL, story_form_data)
    assert response.status_code == 200
    assert "Thank you for telling your story" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    submission = Submission.objects.get()
    assert submission.status == Submission.Status.PENDING
    assert submission.title == story_form_data["title"]
    assert submission.what_happened == story_form_data["what_happened"]
    assert submission.theme == "misleading_metrics"
    assert submission.role == "analyst"
    assert submission.public_what_you_did  # pre-filled for the moderator


def test_the_role_is_optional(client: Client, story_form_data: dict[str, str]) -> None:
    story_form_data["role"] = ""
    assert client.post(SHARE_URL, story_form_data).status_code == 200
    assert Submission.objects.get().role == ""


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("title", "This field is required."),
        ("what_happened", "This field is required."),
        ("what_you_did", "This field is required."),
        ("theme", "Please choose a theme (“Other” if none fits)."),
        ("outcome", "Please choose what you did (“Still deciding” if unsure)."),
    ],
)
def test_it_rejects_a_missing_required_field_and_saves_nothing(
    client: Client, story_form_data: dict[str, str], field: str, message: str
) -> None:
    story_form_data[field] = ""
    response = client.post(SHARE_URL, story_form_data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Submission.objects.count() == 0


def test_no_theme_or_outcome_is_chosen_for_the_writer(client: Client) -> None:
    html = client.get(SHARE_URL).content.decode()
    for name, placeholder in (("theme", "Choose a theme"), ("outcome", "Choose what you did")):
        select = html[html.index(f'<select name="{name}"') :]
        select = select[: select.index("</select>")]
        assert f'<option value="" selected>{placeholder}</option>' in select
        assert select.count("selected") == 1


def test_sending_right_after_a_preview_counts_from_the_first_showing(
    client: Client, story_form_data: dict[str, str], settings: Any
) -> None:
    settings.STORYSHARE_FORM_MIN_SECONDS = 3
    shown = int(time.time()) - 5  # the form was first shown five seconds ago
    story_form_data["form_token"] = new_form_token(first_shown=shown)
    story_form_data.pop("send")
    preview = client.post(SHARE_URL, {**story_form_data, "preview": "Preview"})
    assert preview.status_code == 200
    html = preview.content.decode()
    token = html.split('name="form_token" value="', 1)[1].split('"', 1)[0]
    assert read_form_token(token)[1] == shown
    response = client.post(SHARE_URL, {**story_form_data, "form_token": token, "send": "Send"})
    assert response.status_code == 200
    assert Submission.objects.count() == 1
    # The preview's page cannot be sent a second time: the nonce was carried over and claimed.
    again = client.post(SHARE_URL, {**story_form_data, "form_token": token, "send": "Send"})
    assert again.status_code == 409
    assert Submission.objects.count() == 1


def test_it_rejects_whitespace_only_text(client: Client, story_form_data: dict[str, str]) -> None:
    story_form_data["what_happened"] = "   \n\t  "
    response = client.post(SHARE_URL, story_form_data)
    assert response.status_code == 400
    assert Submission.objects.count() == 0


def test_it_rejects_a_story_over_the_length_limit_and_keeps_the_text(
    client: Client, story_form_data: dict[str, str]
) -> None:
    for field in ("what_happened", "what_you_did", "what_happened_next"):
        story_form_data[field] = "word " * 1_900  # 9,500 characters each, 28,500 in all
    response = client.post(SHARE_URL, story_form_data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "the limit is 20,000" in html
    assert story_form_data["title"] in html  # what the person typed is still there
    assert Submission.objects.count() == 0


def test_it_rejects_one_section_over_its_limit(
    client: Client, story_form_data: dict[str, str]
) -> None:
    story_form_data["what_happened"] = "x" * 10_001
    response = client.post(SHARE_URL, story_form_data)
    assert response.status_code == 400
    assert "at most 10000 characters" in response.content.decode()
    assert Submission.objects.count() == 0


def test_it_rejects_a_title_over_its_limit(client: Client, story_form_data: dict[str, str]) -> None:
    story_form_data["title"] = "t" * 121
    assert client.post(SHARE_URL, story_form_data).status_code == 400
    assert Submission.objects.count() == 0


def test_it_rejects_a_very_short_story(client: Client, story_form_data: dict[str, str]) -> None:
    story_form_data["what_happened"] = "Too short."
    response = client.post(SHARE_URL, story_form_data)
    assert response.status_code == 400
    assert "at least 20 characters" in response.content.decode()


@pytest.mark.parametrize(
    "field,value", [("theme", "not_a_theme"), ("outcome", "won"), ("role", "ceo")]
)
def test_it_rejects_a_value_outside_the_taxonomy(
    client: Client, story_form_data: dict[str, str], field: str, value: str
) -> None:
    story_form_data[field] = value
    response = client.post(SHARE_URL, story_form_data)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert Submission.objects.count() == 0


def test_it_rejects_null_bytes_with_a_clear_message(
    client: Client, story_form_data: dict[str, str]
) -> None:
    story_form_data["what_happened"] = "A story with a\x00null byte hidden inside it, long enough."
    response = client.post(SHARE_URL, story_form_data)
    assert response.status_code == 400
    assert "Null characters are not allowed." in response.content.decode()
    assert Submission.objects.count() == 0


def test_it_keeps_html_as_plain_text_and_escapes_it_when_showing_errors(
    client: Client, story_form_data: dict[str, str]
) -> None:
    story_form_data["title"] = '<script>alert("x")</script>'
    story_form_data["what_you_did"] = ""
    response = client.post(SHARE_URL, story_form_data)
    html = response.content.decode()
    assert response.status_code == 400
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_it_strips_invisible_direction_overrides_and_normalises_unicode(
    client: Client, story_form_data: dict[str, str]
) -> None:
    story_form_data["title"] = "Cafe\u0301 numbers \u202eelif\u202c and emoji 🙂"
    assert client.post(SHARE_URL, story_form_data).status_code == 200
    assert Submission.objects.get().title == "Café numbers elif and emoji 🙂"


def test_it_refuses_a_post_without_a_valid_csrf_token(story_form_data: dict[str, str]) -> None:
    client = Client(enforce_csrf_checks=True)
    client.get(SHARE_URL)
    response = client.post(SHARE_URL, {**story_form_data, "csrfmiddlewaretoken": "forged" * 6})
    assert response.status_code == 403
    assert "Your form was not sent" in response.content.decode()
    assert Submission.objects.count() == 0


def test_it_accepts_a_post_with_the_csrf_token_from_the_form(
    story_form_data: dict[str, str],
) -> None:
    client = Client(enforce_csrf_checks=True)
    page = client.get(SHARE_URL)
    token = page.context["csrf_token"]
    response = client.post(SHARE_URL, {**story_form_data, "csrfmiddlewaretoken": str(token)})
    assert response.status_code == 200
    assert Submission.objects.count() == 1


def test_a_browser_post_from_a_no_referrer_page_is_accepted(
    story_form_data: dict[str, str],
) -> None:
    # Under Referrer-Policy: no-referrer, browsers send "Origin: null" with form posts.
    client = Client(enforce_csrf_checks=True)
    token = str(client.get(SHARE_URL).context["csrf_token"])
    data = {**story_form_data, "csrfmiddlewaretoken": token}
    assert client.post(SHARE_URL, data, HTTP_ORIGIN="null").status_code == 200
    assert Submission.objects.count() == 1


def test_a_post_from_a_foreign_origin_is_refused_even_with_a_token(
    story_form_data: dict[str, str],
) -> None:
    client = Client(enforce_csrf_checks=True)
    token = str(client.get(SHARE_URL).context["csrf_token"])
    data = {**story_form_data, "csrfmiddlewaretoken": token}
    response = client.post(SHARE_URL, data, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert Submission.objects.count() == 0


def test_other_methods_are_refused(client: Client) -> None:
    assert client.put(SHARE_URL).status_code == 405
    assert Submission.objects.count() == 0

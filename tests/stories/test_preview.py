"""The submitter's preview: the details that will likely be removed, before sending, no JS."""

from __future__ import annotations

import pytest
from django.test import Client

from stories.models import Submission

pytestmark = pytest.mark.django_db


def preview_data(story_form_data: dict[str, str], **overrides: str) -> dict[str, str]:
    data = {k: v for k, v in story_form_data.items() if k != "send"}
    return {**data, "preview": "Preview", **overrides}


def test_previewing_shows_each_finding_highlighted_and_saves_nothing(
    client: Client, story_form_data: dict[str, str]
) -> None:
    data = preview_data(
        story_form_data,
        what_happened="My manager Jonas Albrecht at Brightwave Ltd in Leeds asked me on "
        "14 March 2017 to hide the dip.",
    )
    response = client.post("/share/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "will likely be removed" in html
    for kind in ("person", "org", "location", "date"):
        assert f"finding finding-{kind}" in html
    assert "[PERSON 1]" in html and "[DATE 1]" in html
    assert Submission.objects.count() == 0


def test_the_preview_keeps_the_text_in_the_form_to_edit_and_send(
    client: Client, story_form_data: dict[str, str]
) -> None:
    data = preview_data(story_form_data, what_you_did="I wrote to priya.raman@example.org.")
    html = client.post("/share/", data).content.decode()
    assert "I wrote to priya.raman@example.org.</textarea>" in html
    assert 'name="send"' in html


def test_a_story_without_identifying_details_says_so(
    client: Client, story_form_data: dict[str, str]
) -> None:
    html = client.post("/share/", preview_data(story_form_data)).content.decode()
    assert "Preview: 0 details will likely be removed" in html
    assert "We found nothing that identifies" in html


def test_previewed_html_is_escaped(client: Client, story_form_data: dict[str, str]) -> None:
    data = preview_data(story_form_data, what_you_did="<script>alert(1)</script> Jonas Albrecht")
    html = client.post("/share/", data).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_an_invalid_form_is_not_previewed(client: Client, story_form_data: dict[str, str]) -> None:
    response = client.post("/share/", preview_data(story_form_data, what_happened=""))
    assert response.status_code == 400
    assert "will likely be removed" not in response.content.decode()


def test_the_moderator_starts_from_the_redacted_version_with_story_wide_placeholders(
    client: Client, story_form_data: dict[str, str]
) -> None:
    story_form_data.update(
        what_happened="Jonas Albrecht told me to drop the quarter before the board meeting.",
        what_you_did="I refused, and Jonas escalated it to his own manager.",
    )
    assert client.post("/share/", story_form_data).status_code == 200
    submission = Submission.objects.get()
    assert submission.public_what_happened.startswith("[PERSON 1] told me")
    assert "[PERSON 1] escalated" in submission.public_what_you_did
    assert "Jonas" not in submission.public_what_happened + submission.public_what_you_did

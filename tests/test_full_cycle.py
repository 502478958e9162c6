"""The whole cycle: submit, receipt, review, propose, approve, publish, purge."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client

from moderation.retention import purge_expired
from stories.models import ModerationDecision, Story, Submission


@pytest.mark.django_db
def test_a_story_goes_from_the_form_to_the_feed_and_its_raw_text_is_gone(
    story_form_data: dict[str, str], moderator_client: Client
) -> None:
    writer, reader = Client(), Client()
    story_form_data.update(
        title="The churn chart",
        what_happened="My manager Jonas Albrecht asked me to drop the worst quarter of the chart.",
    )
    sent = writer.post("/share/", story_form_data)
    receipt = re.search(r'id="receipt">([a-z ]+)<', sent.content.decode()).group(1)
    submission = Submission.objects.get()

    page = moderator_client.get(f"/admin/stories/submission/{submission.pk}/change/")
    assert "finding finding-person" in page.content.decode()
    edits = {
        "theme": submission.theme,
        "outcome": submission.outcome,
        "role": submission.role,
        "public_title": "The churn chart",
        "public_what_happened": "My manager asked me to drop the worst quarter from the chart.",
        "public_what_you_did": submission.public_what_you_did,
        "public_what_happened_next": submission.public_what_happened_next,
        "public_looking_back": submission.public_looking_back,
        "moderator_message": "I removed your manager's name.",
        "version": str(submission.version),
        "_propose": "1",
    }
    admin_post = f"/admin/stories/submission/{submission.pk}/change/"
    assert moderator_client.post(admin_post, edits).status_code == 302
    assert "The churn chart" not in reader.get("/").content.decode()  # not before approval

    status = writer.post("/status/", {"receipt": receipt}).content.decode()
    assert "I removed your manager&#x27;s name." in status
    assert "My manager asked me to drop the worst quarter" in status
    writer.post("/status/", {"receipt": receipt, "action": "approve"})

    story = Story.objects.get()
    assert "The churn chart" in reader.get("/").content.decode()
    assert "Jonas" not in reader.get(story.get_absolute_url()).content.decode()
    submission.refresh_from_db()
    assert submission.status == "approved" and submission.what_happened == ""
    actions = list(ModerationDecision.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["proposed", "approved"]

    purge_expired(on=datetime.date.today() + datetime.timedelta(days=7))
    assert Submission.objects.count() == 0
    assert reader.get(story.get_absolute_url()).status_code == 200
    gone = writer.post("/status/", {"receipt": receipt})
    assert gone.status_code == 404

"""A submitter completes the share form, with and without JavaScript."""

from __future__ import annotations

import time
from typing import Any

import pytest

from stories.models import Submission

pytestmark = pytest.mark.django_db(transaction=True)


def _fill(page: Any) -> None:
    page.get_by_label("Title").fill("The dashboard that had to go up")
    page.locator("#id_what_happened").fill(
        "My manager asked me to drop the last quarter from the churn chart."
    )
    page.locator("#id_what_you_did").fill("I said no and showed both versions.")
    page.locator("#id_theme").select_option("misleading_metrics")
    page.locator("#id_outcome").select_option("pushed_back_changed")


def test_a_submitter_previews_and_sends_a_story(page: Any, live_server: Any) -> None:
    page.goto("/share/")
    _fill(page)
    # The first preview in a process loads the redaction engine's word lists: allow for it.
    page.get_by_role("button", name="Preview what will be removed").click(timeout=60_000)
    assert page.locator("#preview-heading").is_visible()
    page.get_by_role("button", name="Send my story").click()
    # is_visible() does not wait: on a loaded machine the receipt page may not be there yet.
    thanks = page.get_by_role("heading", name="Thank you for telling your story")
    thanks.wait_for(timeout=30_000)
    assert thanks.is_visible()
    receipt = page.locator("#receipt").inner_text()
    assert len(receipt.split()) == 7
    assert Submission.objects.count() == 1


def test_a_submitter_sees_which_fields_to_correct(page: Any, live_server: Any) -> None:
    page.goto("/share/")
    # Blank answers pass the browser's own "required" check but not the server's.
    page.get_by_label("Title").fill("Only a title")
    page.locator("#id_what_happened").fill("   ")
    page.locator("#id_what_you_did").fill("   ")
    page.locator("#id_theme").select_option("other")
    page.locator("#id_outcome").select_option("still_deciding")
    page.get_by_role("button", name="Send my story").click()
    alert = page.get_by_role("alert")
    assert "Your story was not sent" in alert.first.inner_text()
    assert page.locator(".invalid-feedback, .is-invalid").count() > 0
    assert Submission.objects.count() == 0


def test_sending_at_once_after_a_preview_is_not_too_fast(
    page: Any, live_server: Any, settings: Any
) -> None:
    """The anti-bot wait counts from when the form was first shown, not from the preview."""
    from stories.detection import compare_story

    compare_story({"title": "Warm up", "what_happened": "Load the word lists now."})
    settings.STORYSHARE_FORM_MIN_SECONDS = 3
    page.goto("/share/")
    shown = time.monotonic()
    _fill(page)
    page.wait_for_timeout(max(0, 3_200 - 1_000 * (time.monotonic() - shown)))
    page.get_by_role("button", name="Preview what will be removed").click()
    previewed = time.monotonic()
    page.get_by_role("button", name="Send my story").click()
    sent = time.monotonic()
    assert page.get_by_role("heading", name="Thank you for telling your story").is_visible()
    assert Submission.objects.count() == 1
    # Only meaningful if the send came sooner than the wait after the preview's page.
    assert sent - previewed < 3

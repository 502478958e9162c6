"""The journey docs/moderating.md describes, in Chromium: log in with a code, read the findings,
rename a placeholder, see what changed, send; the submitter sees the changes; readers see the
placeholders. Each step's screenshot goes to ``tmp_path``, or to docs/screenshots/ when
``STORYSHARE_GUIDE_SCREENSHOTS`` is set (``make screenshots``)."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django_otp.plugins.otp_totp.models import TOTPDevice

from stories.models import Story, Submission
from tests.conftest import MODERATOR_PASSWORD
from tests.moderation.test_moderator_security import code

pytestmark = pytest.mark.django_db(transaction=True)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
RAW = {
    "title": "The churn chart Graham Whitlock wanted",
    "what_happened": "In March 2021 I was an analyst at Harwick Mutual in Leeds. Our head of "
    "data, Graham Whitlock, asked me to drop the control group from the board chart.\n\n"
    "I logged ticket DATA-2291 and wrote to graham.whitlock@harwick.example.",
    "what_you_did": "I told Whitlock no and showed both versions to the board.",
}


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return DOCS if os.environ.get("STORYSHARE_GUIDE_SCREENSHOTS") else tmp_path


def shoot(tab: Any, out_dir: Path, name: str, selector: str | None = None) -> None:
    target = tab.locator(selector).first if selector else tab
    target.screenshot(path=str(out_dir / f"{name}.png"))


def submit(tab: Any, press: Callable[[], None]) -> None:
    """Press a key or a button that posts the form, and wait for the page it leads to."""
    with tab.expect_navigation():
        press()


def log_in(tab: Any, device: TOTPDevice, out_dir: Path) -> None:
    tab.goto("/admin/login/")
    tab.get_by_label("Username").fill("mod")
    tab.get_by_label("Password").fill(MODERATOR_PASSWORD)
    tab.get_by_label("Code from your authenticator app").fill(code(device, offset=1))
    submit(tab, lambda: tab.keyboard.press("Enter"))
    assert "That code is not the one" in tab.content()
    assert tab.locator("select[name=otp_device]").count() == 0
    shoot(tab, out_dir, "moderation-login-wrong-code", "#content")
    tab.get_by_label("Code from your authenticator app").fill(code(device))
    submit(tab, lambda: tab.keyboard.press("Enter"))
    assert "/login/" not in tab.url


def test_a_moderator_works_a_story_the_way_the_guide_says(
    browser: Any,
    live_server: Any,
    moderator: User,
    make_submission: Callable[..., Submission],
    out_dir: Path,
) -> None:
    device = TOTPDevice.objects.create(user=moderator, name="authenticator app", confirmed=True)
    submission = make_submission(
        **RAW,
        public_title="The churn chart [PERSON 1] wanted",
        public_what_happened="In [DATE 1] I was an analyst at [ORG 1] in Leeds. Our head "
        "of data, [PERSON 1], asked me to drop the control group from the board chart.\n\n"
        "I logged ticket [ID 1] and wrote to [EMAIL 1].",
        public_what_you_did="I told [PERSON 1] no and showed both versions to the board.",
    )
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    log_in(tab, device, out_dir)

    tab.goto(f"/admin/stories/submission/{submission.pk}/change/")
    shoot(tab, out_dir, "moderation-findings", "fieldset:has(h2:text('As sent'))")
    tab.locator("#id_rename_placeholder").select_option("[PERSON 1]")
    tab.get_by_label("Neutral description").fill("the head of data")
    submit(tab, lambda: tab.get_by_role("button", name="Save draft").click())
    assert "now reads “the head of data” everywhere" in tab.content()
    shoot(tab, out_dir, "moderation-changes", "fieldset:has(h2:text('What changed'))")
    submission.refresh_from_db()
    assert "[PERSON 1]" not in submission.public_what_happened

    # "Leeds" was left in: sending needs the moderator's confirmation, which is recorded.
    shoot(tab, out_dir, "moderation-check", "fieldset:has(h2:text('Check'))")
    submit(
        tab, lambda: tab.get_by_role("button", name="Send to the submitter for approval").click()
    )
    assert "Edit them out, or confirm that they identify no one." in tab.content()
    shoot(tab, out_dir, "moderation-confirm", "fieldset:has(h2:text('Decision'))")
    tab.get_by_label("I have checked the details still highlighted").check()
    submit(
        tab, lambda: tab.get_by_role("button", name="Send to the submitter for approval").click()
    )
    assert "Sent to the submitter for approval." in tab.content()
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PROPOSED
    assert submission.decisions.get().confirmed_findings == 1
    context.close()


def test_the_submitter_and_readers_see_what_the_guide_shows(
    browser: Any,
    live_server: Any,
    submission_with_receipt: Callable[..., tuple[Submission, str]],
    make_story: Callable[..., Story],
    out_dir: Path,
) -> None:
    _, receipt = submission_with_receipt(
        **RAW,
        status="proposed",
        proposed_on=datetime.date(2026, 11, 1),
        public_title="The churn chart the head of data wanted",
        public_what_happened="In [DATE 1] I was an analyst at a mid-size insurer in [LOCATION 1]. "
        "Our head of data asked me to drop the control group from the board chart.\n\n"
        "I logged a ticket and wrote to him.",
        public_what_you_did="I told him no and showed both versions to the board.",
    )
    story = make_story(
        title="The churn chart the head of data wanted",
        what_happened="In [DATE 1] I was an analyst at [ORG 1] in [LOCATION 1]. Our head of "
        "data asked me to drop the control group from the board chart.",
        what_you_did="I told [PERSON 1] no and showed both versions to the board.",
    )
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto("/status/")
    tab.get_by_label("Your receipt").fill(receipt)
    submit(tab, lambda: tab.keyboard.press("Enter"))
    assert "Waiting for your approval" in tab.content()
    shoot(tab, out_dir, "status-changes", ".word-changes-section")
    tab.goto(story.get_absolute_url())
    shoot(tab, out_dir, "story-placeholders", "article.story")
    context.close()

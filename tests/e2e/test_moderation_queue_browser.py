"""The moderation queue in Chromium: axe finds no violation on the login page, the queue and a
submission's page, and a moderator works three submissions from the queue to "sent for
approval" with the keyboard alone, in at most two page loads each after the first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django_otp.plugins.otp_totp.models import TOTPDevice

from stories.models import Submission
from tests.conftest import MODERATOR_PASSWORD
from tests.moderation.test_moderator_security import code

pytestmark = pytest.mark.django_db(transaction=True)

# Nothing in these stories identifies anyone, so no confirmation is needed to send them.
PLAIN = {
    "title": "A chart I was asked to change",
    "what_happened": "My manager asked me to drop the control group from a chart for the board.",
    "what_you_did": "I showed both versions and explained why the control group mattered.",
    "public_title": "A chart I was asked to change",
    "public_what_happened": "My manager asked me to drop the control group from a chart.",
    "public_what_you_did": "I showed both versions and explained why it mattered.",
}


def press_and_wait(tab: Any, key: str) -> None:
    with tab.expect_navigation():
        tab.keyboard.press(key)


def log_in_by_keyboard(tab: Any, device: TOTPDevice) -> None:
    tab.goto("/admin/login/")
    # The username field has the focus once the page opens; browsers apply autofocus at the
    # next rendering step, after the load event, so wait for it before typing.
    tab.wait_for_function("document.activeElement && document.activeElement.name === 'username'")
    tab.keyboard.type("mod")
    tab.keyboard.press("Tab")
    tab.keyboard.type(MODERATOR_PASSWORD)
    tab.keyboard.press("Tab")
    tab.keyboard.type(code(device))
    press_and_wait(tab, "Enter")
    assert "/login/" not in tab.url


def tab_to(tab: Any, accessible_name: str, limit: int = 120) -> None:
    """Press Tab until the focused control is the one named ``accessible_name``."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        focused = tab.evaluate(
            "() => { const e = document.activeElement;"
            " return (e.value || e.innerText || '').trim(); }"
        )
        if focused == accessible_name:
            return
    raise AssertionError(f"Tab never reached {accessible_name!r} on {tab.url}")


def test_the_login_page_the_queue_and_a_submission_pass_axe(
    browser: Any,
    live_server: Any,
    moderator: User,
    make_submission: Callable[..., Submission],
    check_accessibility: Callable[[Any], None],
) -> None:
    device = TOTPDevice.objects.create(user=moderator, name="authenticator app", confirmed=True)
    submission = make_submission(**PLAIN)
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto("/admin/login/")
    check_accessibility(tab)
    log_in_by_keyboard(tab, device)
    for url in ("/admin/", "/admin/stories/submission/"):
        tab.goto(url)
        check_accessibility(tab)
    tab.goto(f"/admin/stories/submission/{submission.pk}/change/")
    check_accessibility(tab)
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_moderator_sends_three_stories_with_the_keyboard_alone(
    browser: Any,
    live_server: Any,
    moderator: User,
    make_submission: Callable[..., Submission],
    javascript: bool,
) -> None:
    device = TOTPDevice.objects.create(user=moderator, name="authenticator app", confirmed=True)
    submissions = [make_submission(**PLAIN) for _ in range(3)]
    context = browser.new_context(
        base_url=live_server.url,
        java_script_enabled=javascript,
        viewport={"width": 1280, "height": 900},
    )
    tab = context.new_page()
    log_in_by_keyboard(tab, device)
    tab.goto("/admin/stories/submission/")
    loads: list[str] = []
    tab.on(
        "framenavigated", lambda frame: loads.append(frame.url) if frame is tab.main_frame else None
    )
    # The queue is oldest first: its first link to a submission opens the oldest one.
    tab_to(tab, PLAIN["title"])
    press_and_wait(tab, "Enter")
    for _ in submissions:
        tab_to(tab, "Send to the submitter for approval")
        press_and_wait(tab, "Enter")
    statuses = {s.pk: Submission.objects.get(pk=s.pk).status for s in submissions}
    assert set(statuses.values()) == {Submission.Status.PROPOSED}, statuses
    # One load to open the first, then one per sending (which goes on to the next waiting one).
    assert len(loads) <= 1 + 2 * len(submissions), loads
    context.close()

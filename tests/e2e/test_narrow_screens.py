"""No public page scrolls sideways on a 320 px wide phone, with JavaScript on or off."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from stories.models import Story
from tests.e2e.test_accessibility import PAGES

pytestmark = pytest.mark.django_db(transaction=True)

NARROWEST = {"width": 320, "height": 640}


@pytest.fixture
def narrow_page(browser: Any, javascript: bool, live_server: Any) -> Iterator[Any]:
    context = browser.new_context(
        java_script_enabled=javascript, base_url=live_server.url, viewport=NARROWEST
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def overflow(tab: Any) -> str:
    """The elements that stick out to the right of the viewport, or "" when none does."""
    width = tab.evaluate("document.documentElement.scrollWidth")
    if width <= NARROWEST["width"]:
        return ""
    wide = tab.locator("body *").evaluate_all(
        "(els, w) => els.filter(e => e.getBoundingClientRect().right > w)"
        ".map(e => e.tagName + '.' + e.className).slice(0, 5)",
        NARROWEST["width"],
    )
    return f"{tab.url} is {width} px wide: {wide}"


def test_no_public_page_scrolls_sideways_at_320_px(
    narrow_page: Any, published: dict[str, Story]
) -> None:
    story = published["churn"]
    problems = []
    for url in [*PAGES, story.get_absolute_url(), f"{story.get_absolute_url()}me-too/"]:
        narrow_page.goto(url)
        problems.append(overflow(narrow_page))
    assert not any(problems), "\n".join(p for p in problems if p)


def test_the_share_form_with_errors_does_not_scroll_sideways_at_320_px(
    narrow_page: Any, live_server: Any
) -> None:
    narrow_page.goto("/share/")
    narrow_page.get_by_label("Title").fill("Only a title")
    narrow_page.locator("#id_what_happened").fill("   ")
    narrow_page.locator("#id_what_you_did").fill("   ")
    narrow_page.locator("#id_theme").select_option("other")
    narrow_page.locator("#id_outcome").select_option("still_deciding")
    narrow_page.get_by_role("button", name="Send my story").click()
    assert "Your story was not sent" in narrow_page.get_by_role("alert").first.inner_text()
    assert not overflow(narrow_page)

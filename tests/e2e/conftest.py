"""Browser tests: headless Chromium (Debian's package) driven by Playwright, against live_server.

Outside CI a machine without Chromium skips these tests; in CI (``CI=true``) it fails them.
Playwright's browsers are never downloaded: the system Chromium is used.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from stories.models import Story

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls there
# unless told this is safe, which it is for tests that only set up rows before browsing.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("STORYSHARE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CONTRAST_PATH = Path(__file__).with_name("contrast.js")
# WCAG 2.x AA for normal-size text; buttons and links are held to it whatever their size.
MIN_CONTRAST = 4.5
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_browser() -> None:
    """Skip (locally) or fail (in CI) when Chromium, Playwright or axe-core is missing."""
    missing = []
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("Playwright (pip install -e '.[dev]')")
    if not AXE_PATH.exists():
        missing.append("axe-core (npm ci)")
    if missing:
        message = "browser tests need " + ", ".join(missing)
        if _in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def javascript(request: pytest.FixtureRequest) -> bool:
    return request.param


@pytest.fixture
def page(browser: Any, javascript: bool, live_server: Any) -> Iterator[Any]:
    """A fresh browser tab, with JavaScript on or off (every flow must work both ways)."""
    context = browser.new_context(java_script_enabled=javascript, base_url=live_server.url)
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def js_page(browser: Any, live_server: Any) -> Iterator[Any]:
    """A tab with JavaScript on, for axe-core (which runs as a script in the page)."""
    context = browser.new_context(base_url=live_server.url)
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    require_browser()
    return AXE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def check_accessibility(axe_source: str) -> Callable[[Any], None]:
    """Run axe-core on the page as it is now, then the contrast check; fail listing every
    violation.

    axe is injected with page.evaluate, which the Content Security Policy does not apply to,
    so the pages keep forbidding inline scripts.
    """

    def check(tab: Any) -> None:
        if not tab.evaluate("typeof window.axe !== 'undefined'"):
            tab.evaluate(axe_source)
        results = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        violations = results["violations"]
        report = "\n".join(
            f"- {v['id']} ({v['impact']}): {v['help']}\n    "
            + "\n    ".join(node["html"][:200] for node in v["nodes"][:5])
            for v in violations
        )
        assert not violations, f"axe found {len(violations)} violation(s) on {tab.url}:\n{report}"
        check_contrast(tab)

    return check


def check_contrast(tab: Any) -> None:
    """Fail when any visible link or button has a contrast below 4.5:1 (tests/e2e/contrast.js).

    axe leaves a 1:1 ratio "incomplete" rather than failing it; this check does not.
    """
    failures = tab.evaluate(CONTRAST_PATH.read_text(encoding="utf-8"), MIN_CONTRAST)
    report = "\n".join(f"- {f['ratio']}:1 ({f['fg']} on {f['bg']}): {f['html']}" for f in failures)
    count = len(failures)
    assert not failures, f"{count} control(s) below {MIN_CONTRAST}:1 on {tab.url}:\n{report}"


@pytest.fixture
def published(transactional_db: None, sample_stories: dict[str, Story]) -> dict[str, Story]:
    """A few published stories the browser tests read."""
    return sample_stories

"""Screenshots for the README: ``make screenshots`` (or ``python -m tests.e2e.screenshots``).

Builds a throwaway SQLite database with the demo stories, serves it in this process, and saves
the feed, a story, the share form and insights at phone (390px) and desktop (1280px) widths into
docs/screenshots/, as viewport-sized PNGs so that they stay small.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
SIZES = {"phone": (390, 844), "desktop": (1280, 860)}


def _prepare_django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "storyshare.settings")
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from stories.demo import seed_demo_stories
    from stories.models import Story

    call_command("migrate", verbosity=0, interactive=False)
    seed_demo_stories(40)
    for count, story in enumerate(Story.objects.newest_first()[:12]):
        Story.objects.filter(pk=story.pk).update(resonance_count=12 - count)


def _serve() -> object:
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    server = LiveServerThread("localhost", StaticFilesHandler, connections_override={}, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    return server


def _shoot(base_url: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from stories.models import Story
    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

    story = Story.objects.published().order_by("-resonance_count", "slug").first()
    pages = {
        "feed": "/",
        "story": story.get_absolute_url(),
        "form": "/share/",
        "insights": "/insights/",
    }
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for size_name, (width, height) in SIZES.items():
            context = browser.new_context(
                base_url=base_url, viewport={"width": width, "height": height}
            )
            tab = context.new_page()
            for page_name, url in pages.items():
                tab.goto(url)
                path = OUT / f"{page_name}-{size_name}.png"
                tab.screenshot(path=str(path))
                written.append(path)
            context.close()
        browser.close()
    return written


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        _prepare_django(Path(directory) / "screenshots.sqlite3")
        server = _serve()
        try:
            paths = _shoot(f"http://localhost:{server.port}")
        finally:
            server.terminate()
    for path in paths:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

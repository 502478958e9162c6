"""What the share preview's own work costs, in-process, phase by phase: it prints figures.

    .venv/bin/python bench/preview_cost.py [repeats]

The post is the one `make bench` sends (the first demo story, with an e-mail address and a
phone number added). Three phases of ``stories.submission_views.share`` are timed, each as
the best of ``repeats`` runs (200 by default): the form bound and cleaned, the engine and the
side-by-side comparison (``compare_story``), and the page rendered. Nothing is stored. It
runs in one process without a server, so it leaves out what gunicorn, the middleware and wrk
add; it is for comparing versions of the code on one machine, not a test.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The suite's throwaway settings (Makefile, `make test`): nothing here is kept.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "storyshare.settings")
os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_HTTPS", "false")
os.environ.setdefault("DJANGO_CACHE_URL", "locmem://")
os.environ.setdefault("DATABASE_URL", "sqlite://:memory:")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
os.environ.setdefault("STORYSHARE_ENCRYPTION_KEYS", "YmVuY2gtb25seS1rZXktbmV2ZXItcHJvZHVjdGlvbiE=")
os.environ.setdefault("STORYSHARE_STATIC_MANIFEST", "false")
os.environ["STORYSHARE_FORM_MIN_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

from django.shortcuts import render  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from stories.detection import compare_story  # noqa: E402
from stories.forms import SECTIONS, SubmissionForm  # noqa: E402

FIELDS = ("title", "what_happened", "what_you_did", "what_happened_next", "looking_back",
          "theme", "outcome", "role")  # fmt: skip


def preview_post() -> dict[str, str]:
    """The benchmark's preview post (bench/run.py, share_preview), with a fresh form token."""
    story = json.loads((ROOT / "stories" / "demo_stories.json").read_text())[0]
    data = {name: story[name] for name in FIELDS}
    data["what_happened"] += " I wrote to jane.doe@acme-analytics.com and called +44 20 7946 0958."
    data["form_token"] = SubmissionForm()["form_token"].value()
    return data


def phases(request: object) -> tuple[float, float, float]:
    started = time.perf_counter()
    form = SubmissionForm(request.POST)  # type: ignore[attr-defined]
    if not form.is_valid():
        sys.exit(f"the preview post is not valid: {form.errors.as_text()}")
    cleaned = time.perf_counter()
    parts = {
        name: form.cleaned_data.get(name) or "" for name in ("title", *(s[0] for s in SECTIONS))
    }
    form.refresh_token()
    count, rows = compare_story(parts)
    compared = time.perf_counter()
    render(request, "stories/share.html", {"form": form, "preview": {"count": count, "rows": rows}})
    rendered = time.perf_counter()
    return cleaned - started, compared - cleaned, rendered - compared


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    request = RequestFactory().post("/share/", preview_post())
    for _ in range(20):  # warm-up: word lists, templates, the compiled form
        phases(request)
    best = [min(times) for times in zip(*(phases(request) for _ in range(repeats)), strict=True)]
    words = sum(len(str(value).split()) for value in preview_post().values())
    print(f"share preview, in-process, best of {repeats} ({words} words posted):")
    for name, seconds in zip(("form bound and cleaned", "engine and comparison",
                              "page rendered"), best, strict=True):  # fmt: skip
        print(f"  {name:<24} {seconds * 1000:6.2f} ms")
    print(f"  {'total':<24} {sum(best) * 1000:6.2f} ms")


if __name__ == "__main__":
    main()

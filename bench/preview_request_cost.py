"""What a whole share preview request costs, in-process, through Django's WSGI handler and every
middleware: it prints figures.

    .venv/bin/python bench/preview_request_cost.py [repeats] [--profile [N]]

The settings are those `make serve` runs under in `make bench` (bench/run.py): debug off,
static files from the manifest (collected first if missing), the file-based cache in a fresh
temporary directory (``BENCH_CACHE_URL`` chooses another, e.g. ``file:///dev/shm/x``), a very
high share limit and no minimum writing time; the database is a throwaway SQLite file (the
preview reads none: the figures say how many queries it made). The request is the
benchmark's preview post (wrk's, bench/wrk.lua): the first demo story with an e-mail address
and a phone number added, the CSRF cookie and token and the form token taken from a GET of
/share/, all sent again unchanged on every request, as wrk does.

Timed as the best and the median of ``repeats`` requests (500 by default), beside /healthz
(the same middleware around a trivial view) and two parts of the preview timed alone: the
engine (``compare_story`` on the same story, as the view calls it) and the rate limit's count
(``ratelimit.hit``, one write to the cache). With ``--profile`` it then runs N requests (1000)
under cProfile and prints the heaviest functions. It leaves out gunicorn and the socket; it is
for comparing versions of the code on one machine, not a test.
"""

from __future__ import annotations

import atexit
import cProfile
import io
import os
import pstats
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE_DIR = tempfile.mkdtemp(prefix="storyshare-bench-cache.")
atexit.register(shutil.rmtree, CACHE_DIR, ignore_errors=True)  # its cache and database
DATABASE = Path(CACHE_DIR) / "bench.sqlite3"
os.environ.update({
    "DJANGO_SETTINGS_MODULE": "storyshare.settings",
    "DJANGO_DEBUG": "false",
    "DJANGO_HTTPS": "false",
    "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
    "STORYSHARE_ENCRYPTION_KEYS": "YmVuY2gtb25seS1rZXktbmV2ZXItcHJvZHVjdGlvbiE=",
    "STORYSHARE_STATIC_MANIFEST": "true",
    "STORYSHARE_SERVE_UNCOLLECTED_STATIC": "false",
    "DJANGO_CACHE_URL": os.environ.get("BENCH_CACHE_URL") or f"file://{CACHE_DIR}/cache",
    "DATABASE_URL": f"sqlite:///{DATABASE}",
    "STORYSHARE_SHARE_LIMIT_PER_HOUR": "1000000000",
    "STORYSHARE_FORM_MIN_SECONDS": "0",
})  # fmt: skip

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402

FIELDS = ("title", "what_happened", "what_you_did", "what_happened_next", "looking_back",
          "theme", "outcome", "role")  # fmt: skip
Environ = dict[str, object]


def prepare() -> Callable[..., object]:
    """The database migrated, static files collected; the WSGI application, as gunicorn loads it."""
    if not (ROOT / "staticfiles" / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    from storyshare.workers import warm_up
    from storyshare.wsgi import application

    warm_up()  # as gunicorn's master does before it forks the workers
    return application


def environ(method: str, path: str, *, body: bytes = b"", cookie: str = "") -> Environ:
    """What gunicorn hands the application for wrk's request."""
    env: Environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "SCRIPT_NAME": "", "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8000", "REMOTE_ADDR": "127.0.0.1", "REMOTE_PORT": "50000",
        "wsgi.version": (1, 0), "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr, "wsgi.multithread": False, "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }  # fmt: skip
    if body:
        env["CONTENT_TYPE"] = "application/x-www-form-urlencoded"
        env["CONTENT_LENGTH"] = str(len(body))
    if cookie:
        env["HTTP_COOKIE"] = cookie
    return env


def call(application: Callable[..., object], env: Environ) -> tuple[str, list, bytes]:
    """One request, its body read and the response closed, as gunicorn's sync worker does."""
    started: list[object] = []

    def start_response(status: str, headers: list, exc_info: object = None) -> None:
        started[:] = [status, headers]

    result = application(env, start_response)
    try:
        body = b"".join(result)  # type: ignore[attr-defined]
    finally:
        result.close()  # type: ignore[attr-defined]
    return str(started[0]), list(started[1]), body  # type: ignore[arg-type]


def preview_request(application: Callable[..., object]) -> tuple[Callable[[], Environ], bytes]:
    """bench/run.py's share_preview: GET /share/ for the cookie and tokens, then the post."""
    import json

    status, headers, body = call(application, environ("GET", "/share/"))
    fields = dict(
        re.findall(r'name="(csrfmiddlewaretoken|form_token)" value="([^"]+)"', body.decode())
    )
    cookie = "; ".join(v.split(";")[0] for k, v in headers if k.lower() == "set-cookie")
    story = json.loads((ROOT / "stories" / "demo_stories.json").read_text())[0]
    fields.update({name: story[name] for name in FIELDS})
    fields["what_happened"] += (
        " I wrote to jane.doe@acme-analytics.com and called +44 20 7946 0958."
    )
    post = urllib.parse.urlencode(fields).encode()
    status, _, page = call(application, environ("POST", "/share/", body=post, cookie=cookie))
    if not status.startswith("200") or b"will likely be removed" not in page:
        sys.exit(f"the preview post did not show a preview: {status}")
    return lambda: environ("POST", "/share/", body=post, cookie=cookie), post


def engine_timings(post: bytes, repeats: int) -> list[float]:
    """compare_story alone on the posted story, as the view calls it: the engine's share."""
    from django.http import QueryDict

    from stories.detection import compare_story
    from stories.forms import SubmissionForm
    from stories.models import SECTION_FIELDS

    form = SubmissionForm(QueryDict(post))
    if not form.is_valid():
        sys.exit(f"the preview post is not valid: {form.errors.as_text()}")
    parts = {name: form.cleaned_data.get(name) or "" for name in ("title", *SECTION_FIELDS)}
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        compare_story(parts)
        seconds.append(time.perf_counter() - started)
    return seconds


def count_timings(make: Callable[[], Environ], repeats: int) -> list[float]:
    """ratelimit.hit alone, as the view counts a preview: one write to the cache."""
    from django.core.handlers.wsgi import WSGIRequest

    from stories import ratelimit

    request = WSGIRequest(make())  # type: ignore[arg-type]
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        ratelimit.hit("share-post", request, limit=10**12)
        seconds.append(time.perf_counter() - started)
    return seconds


def timings(application: Callable[..., object], make: Callable[[], Environ], repeats: int) -> list:
    seconds = []
    for _ in range(repeats):
        env = make()
        started = time.perf_counter()
        call(application, env)
        seconds.append(time.perf_counter() - started)
    return seconds


def queries(application: Callable[..., object], make: Callable[[], Environ]) -> int:
    connection.force_debug_cursor = True
    reset_queries()
    call(application, make())
    connection.force_debug_cursor = False
    return len(connection.queries)


def main() -> None:
    args = sys.argv[1:]
    profile = 0
    if "--profile" in args:
        at = args.index("--profile")
        following = args[at + 1 : at + 2]
        profile = int(following[0]) if following and following[0].isdigit() else 1000
        del args[at : at + (2 if following and following[0].isdigit() else 1)]
    repeats = int(args[0]) if args else 500
    application = prepare()
    preview, post = preview_request(application)
    healthz = lambda: environ("GET", "/healthz")  # noqa: E731
    for make in (preview, healthz):  # warm-up: templates, compiled form, cache directory
        timings(application, make, 50)
    print(f"whole requests through the WSGI handler, in-process, {repeats} each (ms):")
    print(f"  {'':<28} {'best':>7} {'median':>7}   queries")
    for name, make in (("POST /share/ (preview)", preview), ("GET /healthz (ceiling)", healthz)):
        seconds = timings(application, make, repeats)
        best, median = min(seconds) * 1000, statistics.median(seconds) * 1000
        print(f"  {name:<28} {best:7.2f} {median:7.2f}   {queries(application, make)}")
    seconds = engine_timings(post, repeats)
    best, median = min(seconds) * 1000, statistics.median(seconds) * 1000
    print(f"  {'of the preview: the engine':<28} {best:7.2f} {median:7.2f}   (compare_story alone)")
    seconds = count_timings(preview, repeats)
    best, median = min(seconds) * 1000, statistics.median(seconds) * 1000
    print(f"  {'of the preview: rate limit':<28} {best:7.2f} {median:7.2f}   (ratelimit.hit alone)")
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        timings(application, preview, profile)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
        stats.print_stats(45)
        stats.sort_stats("tottime").print_stats(30)
        print(f"\ncProfile of {profile} preview requests:")
        print(out.getvalue())


if __name__ == "__main__":
    main()

"""The first promise: no IP address, user agent, referrer or language is stored or logged.

A whole journey is made with distinctive request metadata: a reader, a submitter (preview,
send, status, reply, approve), a moderator, error pages and a flood. Then every table, every log
line and the cache are searched for those values. The whole cycle, up to the purge, must also
leave none of the raw story's words in any table, except those the published text holds.
"""

from __future__ import annotations

import datetime
import io
import logging
import pickle
import re
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client

from moderation.retention import purge_expired
from stories.forms import new_form_token
from stories.lifecycle import propose_submission
from stories.models import ModerationDecision, Story, Submission
from tests.dump import dump_database

DISTINCTIVE = {
    "REMOTE_ADDR": "203.0.113.99",
    "HTTP_X_FORWARDED_FOR": "198.51.100.77",
    "HTTP_X_REAL_IP": "198.51.100.78",
    "HTTP_USER_AGENT": "ProbeBrowser/9.9 (distinctive-agent-7f3a)",
    "HTTP_REFERER": "https://referrer.example/distinctive-ref-5c1e",
    "HTTP_ACCEPT_LANGUAGE": "tlh-distinctive",
}
NEEDLES = [
    "203.0.113.99",
    "198.51.100.77",
    "198.51.100.78",
    "distinctive-agent-7f3a",
    "ProbeBrowser",
    "distinctive-ref-5c1e",
    "referrer.example",
    "tlh-distinctive",
]
LOGGERS = ["", "django", "django.request", "django.server", "django.security", "axes"]


@pytest.fixture
def captured_logs() -> Iterator[io.StringIO]:
    """Every log line any storyshare or Django logger writes, as the configured handlers would."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.setLevel(logging.DEBUG)
    previous = {}
    for name in LOGGERS:
        logger = logging.getLogger(name)
        previous[name] = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield stream
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(handler)
        logging.getLogger(name).setLevel(previous[name])


def cache_contents() -> str:
    """Keys and values of the local-memory cache (rate limits, form tokens)."""
    store = getattr(cache, "_cache", {})
    # Our own test cache's values, written by the code under test a moment ago.
    return "\n".join(f"{key} {pickle.loads(value)!r}" for key, value in store.items())  # noqa: S301


def assert_no_needle(text: str, where: str) -> None:
    for needle in NEEDLES:
        assert needle not in text, f"{needle!r} found in {where}"


def submit(client: Client, data: dict[str, str]) -> str:
    # A form shown anew for each story: a preview keeps its token's nonce, which sending claims.
    data = {key: value for key, value in data.items() if key != "send"}
    data["form_token"] = new_form_token()
    preview = client.post("/share/", {**data, "preview": "Preview"})
    assert preview.status_code == 200
    token = re.search(r'name="form_token" value="([^"]+)"', preview.content.decode()).group(1)
    sent = client.post("/share/", {**data, "form_token": token, "send": "Send"})
    return re.search(r'id="receipt">([a-z ]+)<', sent.content.decode()).group(1)


@pytest.mark.django_db(transaction=True)
def test_no_request_metadata_is_stored_logged_or_cached_anywhere(
    story_form_data: dict[str, str],
    captured_logs: io.StringIO,
    capfd: pytest.CaptureFixture[str],
    moderator_client: Client,
    moderator: User,
    settings,
) -> None:
    settings.STORYSHARE_SHARE_LIMIT_PER_HOUR = 1
    visitor = Client(**DISTINCTIVE)
    visitor.get("/")
    visitor.get("/share/")
    visitor.get("/no-such-page/")
    visitor.get("/privacy/")
    receipt = submit(visitor, story_form_data)
    visitor.post("/share/", {**story_form_data, "form_token": new_form_token()})  # rate-limited
    visitor.post("/status/", {"receipt": "wrong words entirely"})
    visitor.post("/status/", {"receipt": receipt})
    submission = Submission.objects.get()

    moderator_client.defaults.update(DISTINCTIVE)
    moderator_client.get(f"/admin/stories/submission/{submission.pk}/change/")
    propose_submission(
        submission=submission, by=moderator, draft={"moderator_message": "Have a look."}
    )
    visitor.post("/status/", {"receipt": receipt, "action": "reply", "reply": "Change it."})
    Client(enforce_csrf_checks=True, **DISTINCTIVE).post("/share/", story_form_data)  # forged

    assert_no_needle(dump_database(), "the database")
    assert_no_needle(captured_logs.getvalue(), "the logs")
    out, err = capfd.readouterr()
    assert_no_needle(out + err, "standard output or error")
    assert_no_needle(cache_contents(), "the cache")


# Words only the raw stories hold: the moderator removes them before anything is published.
RAW_WORDS = ["zibberflux", "quandrelle", "sprockmantle", "wobbleton"]
KEPT = "The churn chart nobody wanted"


def admin_form(submission: Submission, **overrides: str) -> dict[str, str]:
    """The submission's change form as the moderator posts it."""
    data = {
        "theme": submission.theme,
        "outcome": submission.outcome,
        "role": submission.role,
        **{f"public_{name}": value for name, value in submission.publishable_fields().items()},
        "moderator_message": "",
        "rejection_reason": "",
        "version": str(submission.version),
    }
    data.update(overrides)
    return data


def raw_story(data: dict[str, str], title: str, detail: str) -> dict[str, str]:
    return {**data, "title": title, "what_happened": f"{data['what_happened']} {detail}"}


@pytest.mark.django_db(transaction=True)
def test_after_the_whole_cycle_and_the_purge_no_raw_word_or_metadata_is_left(
    story_form_data: dict[str, str], moderator_client: Client, settings
) -> None:
    """Submit two stories, moderate both in the admin, publish one, reject the other, purge:
    of the raw words only those in the published text remain, and no request metadata."""
    writer = Client(**DISTINCTIVE)
    moderator_client.defaults.update(DISTINCTIVE)
    kept = submit(writer, raw_story(story_form_data, "My zibberflux ledger", "The quandrelle."))
    dropped = submit(writer, raw_story(story_form_data, "A sprockmantle story", "The wobbleton."))
    first, second = Submission.objects.order_by("id")

    url = f"/admin/stories/submission/{first.pk}/change/"
    moderator_client.get(url)
    edited = admin_form(first, public_title=KEPT, public_what_happened="A quarter was dropped.")
    assert moderator_client.post(url, {**edited, "_save": "1"}).status_code == 302
    first.refresh_from_db()
    assert moderator_client.post(url, {**admin_form(first), "_propose": "1"}).status_code == 302
    writer.post("/status/", {"receipt": kept, "action": "approve"})

    url = f"/admin/stories/submission/{second.pk}/change/"
    moderator_client.get(url)
    rejection = admin_form(second, rejection_reason="Too close to a real case.", _reject="1")
    assert moderator_client.post(url, rejection).status_code == 302
    writer.post("/status/", {"receipt": dropped})

    days = settings.STORYSHARE_DECIDED_RETENTION_DAYS
    purge_expired(on=datetime.date.today() + datetime.timedelta(days=days))
    assert Story.objects.get().title == KEPT
    assert not Submission.objects.exists()
    dump = dump_database().lower()
    for word in RAW_WORDS:
        assert word not in dump, f"the raw word {word!r} is still in the database"
    assert KEPT.lower() in dump
    assert_no_needle(dump_database(), "the database")


# A time of day, as any database prints it ("2026-12-02 23:41:07.123+00:00", "23:41").
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\b")


@pytest.mark.django_db
def test_what_a_submitter_does_is_kept_with_its_day_never_its_time(
    submission_with_receipt, moderator: User
) -> None:
    # Only days for what a submitter does (/privacy/): a time of day could be matched with
    # someone's working hours. Every row their three decisions write is searched for one.
    decisions = {"approve": {}, "reply": {"reply": "Change the title."}, "withdraw": {}}
    receipts = {}
    for action in decisions:
        submission, receipts[action] = submission_with_receipt()
        if action != "withdraw":
            propose_submission(submission=submission, by=moderator)
    before = set(dump_database().splitlines())
    for action, extra in decisions.items():
        data = {"receipt": receipts[action], "action": action, **extra}
        if action == "withdraw":
            data["confirm"] = "on"
        assert Client().post("/status/", data).status_code == 200, action
    written = set(dump_database().splitlines()) - before
    table = ModerationDecision._meta.db_table
    recorded = [line for line in written if line.startswith(f"{table}:")]
    assert len(recorded) == 3  # approved, changes_requested, withdrawn: each with its day
    assert [line for line in written if TIME_OF_DAY.search(line)] == []


@pytest.mark.django_db
def test_the_log_never_names_what_a_reader_asked_for(settings) -> None:
    """The configured console handler, as gunicorn's error log receives it."""
    settings.ALLOWED_HOSTS = ["testserver"]
    handler = next(h for h in logging.getLogger("django").handlers if h.filters)
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        Client().get("/stories/a-path-only-this-reader-knows/")
        Client().get("/feed/unknown-theme-f00d/")
        Client(HTTP_HOST="secret-host.example").get("/")
    finally:
        handler.setStream(previous)
    logged = stream.getvalue()
    assert "Not Found" in logged and "DisallowedHost" in logged
    for asked in ("a-path-only-this-reader-knows", "unknown-theme-f00d", "secret-host.example"):
        assert asked not in logged

"""The first promise: no IP address, user agent, referrer or language is stored or logged.

A whole journey is made with distinctive request metadata: a reader, a submitter (preview,
send, status, reply, approve), a moderator, error pages and a flood. Then every table, every log
line and the cache are searched for those values.
"""

from __future__ import annotations

import io
import logging
import pickle
import re
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client

from moderation.actions import propose_submission
from stories.forms import new_form_token
from stories.models import Submission
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
    data = {key: value for key, value in data.items() if key != "send"}
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
    propose_submission(submission=submission, by=moderator, message="Have a look.")
    visitor.post("/status/", {"receipt": receipt, "action": "reply", "reply": "Change it."})
    Client(enforce_csrf_checks=True, **DISTINCTIVE).post("/share/", story_form_data)  # forged

    assert_no_needle(dump_database(), "the database")
    assert_no_needle(captured_logs.getvalue(), "the logs")
    out, err = capfd.readouterr()
    assert_no_needle(out + err, "standard output or error")
    assert_no_needle(cache_contents(), "the cache")

"""With the shared cache (a real redis-server) stopped, sends and pages still work: fail open.

storyshare/cache.py decides it: without the cache, rate limits are open, and pages are
rendered afresh. No send answers 500, every receipt has its row.
"""

from __future__ import annotations

import logging
import re

import pytest
from django.test import Client

from stories.forms import new_form_token
from stories.models import Submission
from stories.receipts import lookup_keys
from tests.servers import RedisServer

pytestmark = pytest.mark.django_db


def send(client: Client, data: dict[str, str]) -> tuple[int, str]:
    response = client.post("/share/", {**data, "form_token": new_form_token()})
    match = re.search(r'id="receipt">([a-z ]+)<', response.content.decode())
    return response.status_code, match.group(1) if match else ""


def test_rate_limits_work_while_redis_is_up_and_open_when_it_stops(
    redis_cache: RedisServer, story_form_data: dict[str, str], settings, caplog
) -> None:
    settings.STORYSHARE_SHARE_LIMIT_PER_HOUR = 1
    client = Client()
    assert send(client, story_form_data)[0] == 200
    assert send(client, story_form_data)[0] == 429  # Redis counts
    redis_cache.stop()
    with caplog.at_level(logging.WARNING, logger="storyshare.cache"):
        statuses = [send(client, story_form_data) for _ in range(3)]
    assert [status for status, _ in statuses] == [200, 200, 200]
    for _, receipt in statuses:
        assert Submission.objects.filter(receipt_lookup__in=lookup_keys(receipt)).exists()
    assert "The shared cache is unreachable (ConnectionError)" in caplog.text


def test_pages_and_receipt_lookups_keep_working_without_redis(
    redis_cache: RedisServer, make_story, story_form_data: dict[str, str]
) -> None:
    story = make_story(title="Still readable without the cache")
    reader = Client()
    assert "Still readable" in reader.get("/").content.decode()  # cached under Redis' version
    redis_cache.stop()
    for path in ("/", story.get_absolute_url(), "/feed/", "/privacy/", "/share/", "/status/"):
        assert reader.get(path).status_code == 200, path
    story.status = "removed"
    story.save()
    # No page cached before the outage is served: the removed story is gone at once.
    assert "Still readable" not in reader.get("/").content.decode()
    assert reader.post("/status/", {"receipt": "wrong words"}).status_code in {400, 404}

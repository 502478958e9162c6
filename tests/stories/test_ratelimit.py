"""Rate limits count under an hourly keyed hash, in the cache only."""

from __future__ import annotations

import time

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from stories import ratelimit


def request_from(address: str):
    return RequestFactory().get("/", REMOTE_ADDR=address)


def test_it_allows_up_to_the_limit_then_refuses() -> None:
    cache.clear()
    request = request_from("192.0.2.10")
    assert [ratelimit.hit("t", request, limit=2) for _ in range(3)] == [True, True, False]
    assert ratelimit.is_limited("t", request, limit=2)
    assert ratelimit.hit("t", request_from("192.0.2.11"), limit=2)


def test_counts_live_in_the_cache_for_at_most_an_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    cache.clear()
    timeouts = []
    original_add = cache.add

    def spy_add(key, value, timeout=None, **kwargs):
        timeouts.append((key, timeout))
        return original_add(key, value, timeout=timeout, **kwargs)

    monkeypatch.setattr(cache, "add", spy_add)
    ratelimit.hit("t", request_from("192.0.2.10"), limit=5, window_seconds=86_400)
    assert timeouts and all(timeout <= 3600 for _, timeout in timeouts)
    assert all("192.0.2.10" not in key for key, _ in timeouts)


def test_the_key_for_an_address_changes_every_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    request = request_from("192.0.2.10")
    now = int(time.time())
    first = ratelimit._client_key("t", request, now // 3600)
    second = ratelimit._client_key("t", request, now // 3600 + 1)
    assert first != second

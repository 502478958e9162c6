"""Rate limits count under an hourly keyed hash, in the cache only."""

from __future__ import annotations

import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from stories import ratelimit
from storyshare.settings import parse_cache_url


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


# The windows' end, whatever the backend. Django's own file cache rewrote a count with its default
# TIMEOUT (300 s) on every increment, so a client that paused five minutes started again from zero.


class Clock:
    """The one clock the module and the caches read (``time.time``), moved by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


HOUR_START = (int(time.time()) // 3600 + 1) * 3600


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    moved = Clock(HOUR_START + 10)
    monkeypatch.setattr(time, "time", moved)
    return moved


@pytest.fixture(params=["file", "locmem"])
def real_cache(request: pytest.FixtureRequest, settings, tmp_path: Path) -> Iterator[Path]:
    """The default cache as production builds it (storyshare.settings), in a temporary directory."""
    url = f"file://{tmp_path}" if request.param == "file" else "locmem://"
    settings.CACHES = {**settings.CACHES, "default": parse_cache_url(url)}
    cache.clear()
    yield tmp_path
    cache.clear()


def file_expiries(directory: Path) -> list[float]:
    """When each entry of a file cache expires, as the cache itself reads it."""
    expiries = []
    for path in sorted(directory.glob("*.djcache")):
        with path.open("rb") as entry:
            expiries.append(pickle.load(entry))  # noqa: S301 - our own cache's files
    return expiries


def test_a_count_outlives_the_caches_default_timeout_until_its_window_ends(
    real_cache: Path, clock: Clock
) -> None:
    request = request_from("192.0.2.10")
    assert [ratelimit.hit("t", request, limit=3) for _ in range(3)] == [True, True, True]
    clock.now += 301  # past the cache's default TIMEOUT, well inside the hour
    assert ratelimit.is_limited("t", request, limit=3)
    assert not ratelimit.hit("t", request, limit=3)
    clock.now = HOUR_START + 3599
    assert not ratelimit.hit("t", request, limit=3)
    clock.now = HOUR_START + 3600  # the next window counts afresh
    assert ratelimit.hit("t", request, limit=3)


def test_a_short_window_keeps_its_count_to_its_end_and_no_longer(
    real_cache: Path, clock: Clock
) -> None:
    request = request_from("192.0.2.10")
    assert ratelimit.hit("t", request, limit=1, window_seconds=600)
    clock.now = HOUR_START + 599
    assert not ratelimit.hit("t", request, limit=1, window_seconds=600)
    clock.now = HOUR_START + 600
    assert ratelimit.hit("t", request, limit=1, window_seconds=600)


def test_a_file_cache_count_expires_at_its_windows_end(
    settings, tmp_path: Path, clock: Clock
) -> None:
    settings.CACHES = {**settings.CACHES, "default": parse_cache_url(f"file://{tmp_path}")}
    request = request_from("192.0.2.10")
    for offset in (10, 1000, 3000):  # the window's first post adds, the others increment
        clock.now = HOUR_START + offset
        ratelimit.hit("t", request, limit=5)
        assert file_expiries(tmp_path) == [HOUR_START + 3600]
    clock.now = HOUR_START + 3601
    assert not ratelimit.is_limited("t", request, limit=1)
    assert all(expiry < clock.now for expiry in file_expiries(tmp_path))  # nothing left to read


def test_a_redis_count_keeps_its_windows_end_through_increments(redis_cache: object) -> None:
    request = request_from("192.0.2.10")
    client = cache._cache.get_client(write=False)  # type: ignore[attr-defined]
    ratelimit.hit("t", request, limit=5)
    [key] = client.keys("*rl:t:*")
    first_ttl = client.ttl(key)
    now = int(time.time())
    assert 0 < first_ttl <= 3600 - now % 3600
    ratelimit.hit("t", request, limit=5)
    ratelimit.hit("t", request, limit=5)
    assert int(client.get(key)) == 3
    assert first_ttl - 1 <= client.ttl(key) <= first_ttl  # INCRBY keeps the expiry
    assert b"192.0.2.10" not in key

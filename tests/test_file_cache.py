"""The file cache (storyshare/cache.py): ``incr`` keeps an entry's expiry, as Redis does."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.core.cache import CacheHandler
from django.core.cache.backends.base import BaseCache

from storyshare.settings import parse_cache_url


@pytest.fixture
def file_cache(tmp_path: Path) -> BaseCache:
    return CacheHandler({"default": parse_cache_url(f"file://{tmp_path}")})["default"]


def test_an_increment_keeps_the_expiry_the_entry_was_added_with(
    file_cache: BaseCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = time.time()
    file_cache.add("count", 1, timeout=3600)
    assert file_cache.incr("count") == 2
    monkeypatch.setattr(time, "time", lambda: start + 3599)  # far past the default 300 s
    assert file_cache.get("count") == 2
    assert file_cache.incr("count", 5) == 7
    monkeypatch.setattr(time, "time", lambda: start + 3601)
    assert file_cache.get("count") is None
    with pytest.raises(ValueError):
        file_cache.incr("count")


def test_it_refuses_to_increment_what_is_not_there(file_cache: BaseCache) -> None:
    with pytest.raises(ValueError):
        file_cache.incr("nothing")


def test_counts_grow_past_their_first_byte_and_come_down_again(file_cache: BaseCache) -> None:
    file_cache.set("count", 250, timeout=60)
    assert [file_cache.incr("count", 100_000) for _ in range(2)] == [100_250, 200_250]
    assert file_cache.incr("count", -200_000) == 250
    assert file_cache.get("count") == 250


def test_concurrent_increments_are_all_counted(file_cache: BaseCache) -> None:
    file_cache.add("count", 0, timeout=60)
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda _: file_cache.incr("count"), range(400)))
    assert file_cache.get("count") == 400

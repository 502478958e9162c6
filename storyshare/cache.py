"""The shared cache: Redis failing open, and a file cache whose ``incr`` keeps an entry's expiry.

Redis, failing open: an outage costs protection, never a writer's story.

Rate limits, single-use share-form tokens and the public pages' version live in Redis. When
Redis is unreachable, Django's backend raises on every call and every page with a form answers
500. Here an unreachable cache behaves like an empty one that accepts nothing: a read finds
nothing, a write is dropped, ``add`` succeeds. So, until Redis is back:

- **rate limits fail open**: every client is under its limit (sends, receipt lookups, "me too").
  Deliberately: a writer must not lose a story to a cache outage, receipts have ~90 bits and
  each lookup costs Argon2's ~110 ms, so an outage of minutes gives a guesser nothing useful;
- a share form's token can be used twice (a double send gives two receipts; nothing is lost);
- public pages are rendered afresh instead of from the page cache (stories/page_cache.py), so
  no page cached before a story was removed comes back.

Each process logs one warning a minute while it lasts, naming the error class only.

The file cache (one host's processes, the default without debug): Django's ``incr`` there is a
``get`` and a ``set`` with the cache's default TIMEOUT (300 s), so every increment moved a
count's expiry to five minutes away, and a client that paused five minutes started its hourly
rate limit from zero. Here, as in Redis (INCRBY) and in memory, ``incr`` keeps the expiry.
"""

from __future__ import annotations

import logging
import pickle
import time
import zlib
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache
from django.core.files import locks
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
WARN_EVERY_SECONDS = 60
_last_warning = 0.0


def _unreachable(exc: Exception) -> None:
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= WARN_EVERY_SECONDS:
        _last_warning = now
        logger.warning(
            "The shared cache is unreachable (%s): rate limits are open and pages are "
            "rendered uncached until it is back.",
            type(exc).__name__,
        )


class FailOpenRedisCache(RedisCache):
    """Django's RedisCache, answering as an empty cache while Redis cannot be reached."""

    def get(self, key: Any, default: Any = None, version: Any = None) -> Any:
        try:
            return super().get(key, default, version)
        except RedisError as exc:
            _unreachable(exc)
            return default

    def get_many(self, keys: Any, version: Any = None) -> dict[Any, Any]:
        try:
            return super().get_many(keys, version)
        except RedisError as exc:
            _unreachable(exc)
            return {}

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None):
        try:
            return super().add(key, value, timeout, version)
        except RedisError as exc:
            _unreachable(exc)
            return True

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None):
        try:
            super().set(key, value, timeout, version)
        except RedisError as exc:
            _unreachable(exc)

    def set_many(self, data: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None):
        try:
            return super().set_many(data, timeout, version)
        except RedisError as exc:
            _unreachable(exc)
            return list(data)

    def incr(self, key: Any, delta: int = 1, version: Any = None) -> int:
        try:
            return super().incr(key, delta, version)
        except RedisError as exc:
            _unreachable(exc)
            return 1

    def delete(self, key: Any, version: Any = None) -> bool:
        try:
            return super().delete(key, version)
        except RedisError as exc:
            _unreachable(exc)
            return False

    def delete_many(self, keys: Any, version: Any = None) -> None:
        try:
            super().delete_many(keys, version)
        except RedisError as exc:
            _unreachable(exc)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None) -> bool:
        try:
            return super().touch(key, timeout, version)
        except RedisError as exc:
            _unreachable(exc)
            return False

    def has_key(self, key: Any, version: Any = None) -> bool:
        try:
            return super().has_key(key, version)
        except RedisError as exc:
            _unreachable(exc)
            return False

    def clear(self) -> bool:
        try:
            return super().clear()
        except RedisError as exc:
            _unreachable(exc)
            return False


class ExpiryKeepingFileBasedCache(FileBasedCache):
    """Django's FileBasedCache, whose ``incr`` keeps the entry's expiry (Django's resets it)."""

    def incr(self, key: Any, delta: int = 1, version: Any = None) -> Any:
        # One open, under the file's lock as Django's ``touch``: two workers' increments of one
        # count are serialised, where Django's get-then-set could lose one. The content only
        # grows when a count goes up, and it is written in one flush before the lock is let go.
        try:
            with open(self._key_to_file(key, version), "r+b") as entry:
                locks.lock(entry, locks.LOCK_EX)
                try:
                    expiry = pickle.load(entry)  # noqa: S301 - this cache's own file
                    if expiry is not None and expiry < time.time():
                        raise ValueError(f"Key {key!r} not found")
                    value = pickle.loads(zlib.decompress(entry.read())) + delta  # noqa: S301
                    entry.seek(0)
                    entry.write(
                        pickle.dumps(expiry, self.pickle_protocol)
                        + zlib.compress(pickle.dumps(value, self.pickle_protocol))
                    )
                    entry.truncate()
                    entry.flush()
                finally:
                    locks.unlock(entry)
        except (FileNotFoundError, EOFError):  # no entry, or an empty file (expired)
            raise ValueError(f"Key {key!r} not found") from None
        return value

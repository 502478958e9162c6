"""Rate limits that never store an address.

A client is known only by an HMAC of its address under a secret that changes every hour
(derived from SECRET_KEY and the hour), and the counts live only in Django's cache, for at most
one hour. Nothing reaches the database or a log, and after the hour nothing links the counts
to anyone.

Use: ``if not hit("share", request, limit=5, window_seconds=3600): return too_many(...)``.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from stories.client_address import client_address

MAX_WINDOW_SECONDS = 3600


def _client_key(bucket: str, request: HttpRequest, hour: int) -> str:
    secret = f"storyshare.ratelimit:{settings.SECRET_KEY}:{hour}".encode()
    address = client_address(request)
    return hmac.new(secret, f"{bucket}|{address}".encode(), hashlib.sha256).hexdigest()[:32]


def _window_key(bucket: str, request: HttpRequest, window_seconds: int) -> tuple[str, int]:
    """This client's count key for the current window, and the seconds left until its end.

    Windows are fixed (the hour, or a division of it) and the key names the window, so a count
    is never read after its window ends, and it expires then too.
    """
    window = min(window_seconds, MAX_WINDOW_SECONDS)
    now = int(time.time())
    key = f"rl:{bucket}:{_client_key(bucket, request, now // 3600)}:{now // window}"
    return key, window - now % window


def hit(bucket: str, request: HttpRequest, *, limit: int, window_seconds: int = 3600) -> bool:
    """Count one event for this client in ``bucket``; False once ``limit`` is passed."""
    key, seconds_left = _window_key(bucket, request, window_seconds)
    return _count(key, seconds_left) <= limit


def _count(key: str, seconds_left: int) -> int:
    """Count one event under ``key`` and return the count so far.

    It increments first and adds only when there is no count yet (the window's first event):
    adding first cost every later event one more cache round trip (a file read, or a Redis
    call), for an add that fails. The add sets the expiry to the window's end and ``incr``
    keeps it, in memory, in Redis (INCRBY) and in the file cache of storyshare/cache.py
    (Django's own moved it to 300 s away on every increment, so a five-minute pause reset the
    hourly limit).
    """
    try:
        return cache.incr(key)
    except ValueError:  # no count yet, or it just expired
        pass
    if cache.add(key, 1, timeout=seconds_left):
        return 1
    try:  # another request counted the first event in between
        return cache.incr(key)
    except ValueError:  # and it expired at once
        cache.add(key, 1, timeout=seconds_left)
        return 1


def is_limited(
    bucket: str, request: HttpRequest, *, limit: int, window_seconds: int = 3600
) -> bool:
    """True when this client already passed ``limit`` in ``bucket``, without counting."""
    key, _ = _window_key(bucket, request, window_seconds)
    return (cache.get(key) or 0) >= limit


def hourly_address_tag(request: HttpRequest) -> str:
    """The client, as an address that is no one's: an IPv6 address in ``fd00::/8`` made from
    the keyed HMAC of its address under this hour's secret.

    For a column that wants an address (django-axes' lockouts, by username and client): two
    clients get different tags, the same client keeps its tag for the hour, and nothing in the
    tag leads back to the address once the hour's secret is gone.
    """
    hour = int(time.time()) // 3600
    secret = f"storyshare.address-tag:{settings.SECRET_KEY}:{hour}".encode()
    digest = hmac.new(secret, client_address(request).encode(), hashlib.sha256).digest()
    return str(ipaddress.IPv6Address(b"\xfd" + digest[:15]))

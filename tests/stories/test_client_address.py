"""The client address behind the trusted proxy: what the proxy appended, never spoofable."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from stories import ratelimit
from stories.client_address import client_address
from storyshare.settings import parse_trusted_proxies


def request_from(peer: str, forwarded: str | None = None):
    extra = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    return RequestFactory().get("/", REMOTE_ADDR=peer, **extra)


def test_without_a_trusted_proxy_the_header_is_ignored(settings) -> None:
    settings.STORYSHARE_TRUSTED_PROXIES = 0
    assert client_address(request_from("192.0.2.1", "198.51.100.1")) == "192.0.2.1"


def test_behind_one_proxy_the_address_it_appended_is_the_client(settings) -> None:
    settings.STORYSHARE_TRUSTED_PROXIES = 1
    assert client_address(request_from("127.0.0.1", "198.51.100.1")) == "198.51.100.1"
    # What the client wrote itself is to the left of what nginx appended: ignored.
    spoofed = request_from("127.0.0.1", "198.51.100.99, 198.51.100.1")
    assert client_address(spoofed) == "198.51.100.1"


def test_behind_two_proxies_the_second_entry_from_the_right_is_the_client(settings) -> None:
    settings.STORYSHARE_TRUSTED_PROXIES = 2
    request = request_from("127.0.0.1", "203.0.113.5, 198.51.100.1, 10.0.0.2")
    assert client_address(request) == "198.51.100.1"
    # Fewer hops than proxies: it did not come through them all, so it counts as the peer.
    assert client_address(request_from("127.0.0.1", "198.51.100.1")) == "127.0.0.1"


def test_trusted_networks_are_skipped_from_the_right(settings) -> None:
    settings.STORYSHARE_TRUSTED_PROXIES = ("127.0.0.1/32", "10.0.0.0/8")
    request = request_from("127.0.0.1", "203.0.113.5, 198.51.100.1, 10.0.0.2")
    assert client_address(request) == "198.51.100.1"
    # A peer outside the trusted networks is the client, whatever it claims.
    assert client_address(request_from("192.0.2.7", "198.51.100.1")) == "192.0.2.7"
    assert client_address(request_from("127.0.0.1", "garbage, 10.0.0.3")) == "garbage"


def test_two_clients_behind_the_proxy_have_separate_limits(settings) -> None:
    settings.STORYSHARE_TRUSTED_PROXIES = 1
    cache.clear()
    first = request_from("127.0.0.1", "198.51.100.1")
    assert [ratelimit.hit("t", first, limit=1) for _ in range(2)] == [True, False]
    assert ratelimit.hit("t", request_from("127.0.0.1", "198.51.100.2"), limit=1)
    # The second client cannot be charged for by a header the first one wrote.
    assert ratelimit.hit("t", request_from("127.0.0.1", "198.51.100.2, 198.51.100.3"), limit=1)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("", 0), ("0", 0), ("2", 2), ("127.0.0.1, 10.0.0.0/8", ("127.0.0.1/32", "10.0.0.0/8"))],
)
def test_the_setting_reads_a_count_or_networks(raw: str, expected: object) -> None:
    assert parse_trusted_proxies(raw) == expected


@pytest.mark.parametrize("raw", ["-1", "yes", "10.0.0.0/33", "nginx"])
def test_a_malformed_setting_stops_start_up_with_a_clear_message(raw: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="STORYSHARE_TRUSTED_PROXIES"):
        parse_trusted_proxies(raw)

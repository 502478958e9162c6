"""Behind the documented nginx, each client has its own rate limits, and cannot spoof another's.

A real nginx (Debian's package) runs with the proxy lines of docs/deploy.md in front of the live
server; two clients connect from different loopback addresses (127.0.0.2 and 127.0.0.3).
"""

from __future__ import annotations

from typing import Any

import pytest

from stories.receipts import generate_receipt
from tests.proxy import LoopbackClient, nginx_in_front_of

pytestmark = pytest.mark.django_db(transaction=True)


def wrong_receipt(client: LoopbackClient) -> int:
    status, _ = client.post_form("/status/", {"receipt": generate_receipt()})
    return status


def test_two_clients_behind_nginx_have_separate_limits(live_server: Any, settings) -> None:
    settings.STORYSHARE_TRUSTED_PROXIES = 1
    settings.STORYSHARE_STATUS_FAILURES_PER_HOUR = 2
    upstream = live_server.url.removeprefix("http://")
    with nginx_in_front_of(upstream) as port:
        first = LoopbackClient(port, "127.0.0.2")
        second = LoopbackClient(port, "127.0.0.3")
        assert [wrong_receipt(first) for _ in range(3)] == [404, 404, 429]
        assert wrong_receipt(second) == 404


def test_a_client_cannot_spoof_another_address_through_the_header(
    live_server: Any, settings
) -> None:
    settings.STORYSHARE_TRUSTED_PROXIES = 1
    settings.STORYSHARE_STATUS_FAILURES_PER_HOUR = 2
    upstream = live_server.url.removeprefix("http://")
    with nginx_in_front_of(upstream) as port:
        victim = LoopbackClient(port, "127.0.0.2")
        # The attacker claims the victim's address, and then a fresh one each time.
        attacker = LoopbackClient(port, "127.0.0.3", {"X-Forwarded-For": "127.0.0.2"})
        assert [wrong_receipt(attacker) for _ in range(3)] == [404, 404, 429]
        assert wrong_receipt(victim) == 404
        attacker.headers["X-Forwarded-For"] = "127.0.0.9"
        assert wrong_receipt(attacker) == 429

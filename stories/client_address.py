"""The address a rate limit counts under: the client's, even behind the deployment's proxy.

Behind nginx, gunicorn sees every client as nginx's address, so one flood would lock the whole
site out. The proxy that the deployment trusts appends the address it saw to
``X-Forwarded-For`` (nginx: ``$proxy_add_x_forwarded_for``), so the client's address is the
entry that the nearest untrusted hop left, read from the right. Everything to its left was
written by the client and is ignored: a client cannot pass for another through that header.

``STORYSHARE_TRUSTED_PROXIES`` says which hops are trusted (settings.parse_trusted_proxies):

- ``0`` (the default): no proxy; the peer's address (``REMOTE_ADDR``) is the client's.
- a number N: N proxies, each appending to the header; the N-th entry from the right.
- addresses or networks (``10.0.0.0/8,127.0.0.1``): walk the header from the right, skipping
  trusted hops; the first untrusted one is the client. A peer that is not trusted is the client.

The address is only ever fed to the keyed, hourly hash of stories/ratelimit.py: it is never
stored, logged or returned to a template.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Sequence

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def forwarded_hops(request: HttpRequest) -> list[str]:
    """The addresses in X-Forwarded-For, left (farthest) to right (nearest), blanks dropped."""
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return [hop.strip() for hop in header.split(",") if hop.strip()]


def client_address(request: HttpRequest) -> str:
    """The client's address as the trusted proxies saw it (see the module's docstring)."""
    peer = request.META.get("REMOTE_ADDR", "")
    trusted = settings.STORYSHARE_TRUSTED_PROXIES
    if isinstance(trusted, int):
        return _by_count(peer, forwarded_hops(request), trusted)
    return _by_network(peer, forwarded_hops(request), _networks(tuple(trusted)))


@functools.lru_cache(maxsize=8)
def _networks(trusted: tuple[str, ...]) -> tuple[Network, ...]:
    # Settings validated these at start-up; parse them once, not on every request.
    return tuple(ipaddress.ip_network(network) for network in trusted)


def _by_count(peer: str, hops: list[str], count: int) -> str:
    if count <= 0:
        return peer
    # Fewer entries than proxies means the request did not come through all of them (a
    # misconfigured proxy, or a probe on the private network): count it under the peer.
    return hops[-count] if len(hops) >= count else peer


def _by_network(peer: str, hops: list[str], networks: Sequence[Network]) -> str:
    if not _is_trusted(peer, networks):
        return peer
    for hop in reversed(hops):
        if not _is_trusted(hop, networks):
            return hop
    # Every hop was a trusted proxy (a health check from inside): the farthest one.
    return hops[0] if hops else peer


def _is_trusted(address: str, networks: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:  # not an address (e.g. "unknown"): never trusted
        return False
    return any(ip in network for network in networks)

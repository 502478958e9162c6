"""Tor: the ``Onion-Location`` header, and the onion address for the pages that mention Tor.

A submitter with good reason to fear their employer may write from Tor Browser, which hides
their network address from everyone, storyshare included. When the site also runs as an onion
service (docs/deploy.md), ``STORYSHARE_ONION_URL`` names it: every response then carries
``Onion-Location: <onion URL><path>``, on which Tor Browser offers to switch to the onion
service, so that the connection never leaves the Tor network.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class OnionLocationMiddleware:
    """Adds ``Onion-Location`` to every response when ``STORYSHARE_ONION_URL`` is set."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        onion_url = settings.STORYSHARE_ONION_URL
        if onion_url:
            # The path only: a query string may hold a reader's search words.
            response.headers.setdefault("Onion-Location", onion_url + request.path)
        return response


def onion_context(request: HttpRequest) -> dict[str, str]:
    """Context processor: the onion address, for the pages that explain Tor Browser."""
    return {"onion_url": settings.STORYSHARE_ONION_URL}

"""django-axes, configured so that a failed moderator login leaves no trace of the client.

storyshare keeps no IP address, user agent or other request metadata anywhere (see
PRODUCT.md). Axes locks a username for one client only, so that someone elsewhere who guesses
a moderator's password does not lock the moderator out; the client is known to axes only as
the hourly keyed tag of stories/ratelimit.py, never by its address. These two hooks make sure
the address, the user agent and the Accept header never reach its tables or its log lines.
"""

from __future__ import annotations

from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from django.http import HttpRequest

from stories.ratelimit import hourly_address_tag


def hashed_client_address(request: HttpRequest) -> str:
    """AXES_CLIENT_IP_CALLABLE: axes learns only the hourly keyed tag of the client's address,
    an address in fd00::/8 that is no one's (and so fits its address column)."""
    return hourly_address_tag(request)


def _forget_client(request: HttpRequest | None) -> None:
    # Axes copies these from request.META before calling the handler; blanking them here is
    # the one place that covers AccessAttempt, AccessLog and AccessFailureLog alike.
    if request is not None:
        request.axes_user_agent = ""
        request.axes_http_accept = ""


class AnonymousAxesDatabaseHandler(AxesDatabaseHandler):
    """Axes' database handler, minus the user agent and the Accept header."""

    def user_login_failed(self, sender: Any, credentials: dict, request: Any = None, **kwargs):
        _forget_client(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def user_logged_in(self, sender: Any, request: Any, user: Any, **kwargs: Any):
        _forget_client(request)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender: Any, request: Any, user: Any, **kwargs: Any):
        _forget_client(request)
        return super().user_logged_out(sender, request, user, **kwargs)

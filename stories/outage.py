"""When the database is briefly unreachable (a restart, a failover), say so with a 503.

Pages served from the page cache keep working without the database; the others, and every
form, answer a clear "try again in a moment" page instead of a 500 that reads like a bug. The
share form handles it itself (stories/submission_views.py), keeping the writer's text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import Error, InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def is_outage(exc: BaseException) -> bool:
    """A lost or refused connection, not a bug: OperationalError, InterfaceError, or psycopg's
    pool timing out (which reaches Django as its bare ``Error``)."""
    return isinstance(exc, OperationalError | InterfaceError) or type(exc) is Error


class DatabaseOutageMiddleware:
    """Turns a database outage during a view into a 503 page, logged without the request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if not is_outage(exc):
            return None
        logger.error("The database is unreachable: %s", type(exc).__name__)
        # No request in the template's context: its processors could need the database.
        response = HttpResponse(render_to_string("unavailable.html"), status=503)
        response["Retry-After"] = "30"
        return response

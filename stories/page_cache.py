"""Whole public pages, cached: a reader's GET is served without touching the database.

Pages are kept in each process's memory (the "pages" cache); the *public version* they are
stored under is a random token in the shared "default" cache (Redis with several app servers).
:func:`bump_public_cache_version` replaces it whenever a story is published, changed or removed
(called from one place, ``stories.lifecycle``, through which every such change goes), so every
page rendered before is ignored from then on: a removed story disappears at once from every
page, on every app server that shares the cache. A random token rather than a counter: if the
cache ever evicts the version, a fresh one cannot bring an old generation of pages back.

Fragments of pages (a story's card in a list) are cached the same way, in each process's
"fragments" cache under the public version: :func:`fragment_context` gives templates what
``{% cache fragment_seconds … public_version using=fragment_cache %}`` needs, so a page
rendered anew (a search, a feed page not seen yet) reuses the cards other pages rendered.

Only anonymous, cookie-free GETs of pages without a form that posts are cached, and a response
is only stored when it sets no cookie and used no CSRF token, so no reader ever receives
another reader's token. Counts that change without a moderator (resonance) may lag by at most
``PAGE_SECONDS``.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.functional import SimpleLazyObject

VERSION_KEY = "public-pages:version"
PAGE_SECONDS = 300
# Parameters the public pages read; a URL with any other is rendered, never cached, so that
# made-up parameters cannot fill the cache.
KNOWN_PARAMETERS = frozenset({"q", "theme", "outcome", "role", "page", "before", "after"})
# Headers a view sets that belong to the page (the middleware adds the rest on every response).
KEPT_HEADERS = (
    "X-Robots-Tag",
    "Content-Type",
    "Content-Language",
    "Last-Modified",
    "Content-Disposition",
    "Link",
)

View = Callable[..., HttpResponse]


def bump_public_cache_version() -> None:
    """Forget every cached public page (and whatever else is keyed by :func:`public_version`).

    Inside a transaction it forgets them now and once more after the commit: a reader who
    rendered the old rows in between must not leave them cached under the new version.
    """
    _new_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_new_version)


def _new_version() -> None:
    cache.set(VERSION_KEY, _fresh_token(), timeout=None)


def _fresh_token() -> str:
    # The day (UTC) leads the token so that downloads can say when the data last changed
    # (Last-Modified): a day, never a time, since publishing may be a submitter's own act.
    return f"{timezone.now():%Y%m%d}-{secrets.token_hex(8)}"


def public_version() -> str:
    """The current version of everything readers see; keys of cached public data include it."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _fresh_token(), timeout=None)
        version = cache.get(VERSION_KEY, "")
    return version


def version_day(version: str) -> datetime.date | None:
    """The day a public version was made, or None for a token without one."""
    try:
        return datetime.datetime.strptime(version[:8], "%Y%m%d").date()
    except ValueError:
        return None


def request_version(request: HttpRequest) -> str:
    """The public version, read from the shared cache at most once per request."""
    if not hasattr(request, "_public_version"):
        request._public_version = public_version()  # type: ignore[attr-defined]
    return request._public_version  # type: ignore[attr-defined]


def fragment_context(request: HttpRequest) -> dict[str, object]:
    """Context processor: which cache ``{% cache %}`` keeps fragments in, under what, how long.

    Requests whose pages are never cached (a moderator's, with a session) get no cached
    fragment either: the "uncached" cache keeps nothing. The version is only read from the
    shared cache if the page uses it.
    """
    return {
        "fragment_cache": "fragments" if _is_cacheable_request(request) else "uncached",
        "public_version": SimpleLazyObject(lambda: request_version(request)),
        "fragment_seconds": PAGE_SECONDS,
    }


def _is_cacheable_request(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and set(request.GET).issubset(KNOWN_PARAMETERS)
    )


def _is_cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "Vary" not in response
    )


def _key(request: HttpRequest, version: str) -> str:
    query = sorted((name, request.GET.getlist(name)) for name in request.GET)
    digest = hashlib.sha256(repr((request.path, query)).encode()).hexdigest()
    return f"public-page:{version}:{digest}"


# The request headers that can make a GET conditional (RFC 9110, section 13.1).
CONDITIONAL_HEADERS = (
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
)


def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A 304 Not Modified when the reader already holds this page (If-None-Match).

    Most requests carry no conditional header at all; they skip Django's parsing of them,
    a few per cent of what serving a cached page costs."""
    if not any(header in request.META for header in CONDITIONAL_HEADERS):
        return response
    not_modified = get_conditional_response(request, etag=response["ETag"], response=response)
    return not_modified if not_modified is not None else response


def cache_public_page(view: View) -> View:
    """Serve ``view``'s page from the cache when a reader asks for it again."""

    @wraps(view)
    def cached_view(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not _is_cacheable_request(request):
            return view(request, *args, **kwargs)
        version = request_version(request)
        if not version:  # the shared cache is unreachable (storyshare/cache.py): render afresh
            return view(request, *args, **kwargs)
        key = _key(request, version)
        stored = caches["pages"].get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return _conditional(request, response)
        response = view(request, *args, **kwargs)
        if _is_cacheable_response(request, response):
            # The ETag is the page's digest: a count that changed without a new version
            # (resonance) changes it too, so a 304 never hides it.
            response["ETag"] = (
                f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
            )
            headers = [
                (name, response[name]) for name in (*KEPT_HEADERS, "ETag") if name in response
            ]
            caches["pages"].set(key, (response.content, headers), PAGE_SECONDS)
            return _conditional(request, response)
        return response

    return cached_view

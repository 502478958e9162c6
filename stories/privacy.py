"""Site-wide privacy plumbing: response headers and error reports without request metadata."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.views.debug import SafeExceptionReporterFilter

# Features no page of storyshare uses are switched off for every origin.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
        "encrypted-media", "fullscreen", "geolocation", "gyroscope", "hid", "magnetometer",
        "microphone", "midi", "payment", "picture-in-picture", "publickey-credentials-get",
        "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
)  # fmt: skip


class PermissionsPolicyMiddleware:
    """Adds a restrictive Permissions-Policy header to every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class NoRequestMetadataFilter(SafeExceptionReporterFilter):
    """Error reports (debug pages, mails to admins) carry no request headers or addresses."""

    def get_safe_request_meta(self, request: HttpRequest) -> dict[str, Any]:
        return {}

    def get_safe_cookies(self, request: HttpRequest) -> dict[str, Any]:
        return {}


class NoReferrerCsrfViewMiddleware(CsrfViewMiddleware):
    """Django's CSRF protection, made to work with ``Referrer-Policy: no-referrer``.

    Under that policy browsers send ``Origin: null`` with every form post (Fetch standard,
    "append a request Origin header"), which Django's origin check rejects, and no Referer, which
    its HTTPS check requires. The protection that remains is the one that matters: the token
    must match the CSRF cookie, and that cookie is ``SameSite=Strict``, so a post from another
    site never carries it. A real foreign origin is still refused.
    """

    def _origin_verified(self, request: HttpRequest) -> bool:
        if request.META.get("HTTP_ORIGIN") == "null":
            return True
        return super()._origin_verified(request)


CSRF_MIDDLEWARE = "stories.privacy.NoReferrerCsrfViewMiddleware"


@register(Tags.security, deploy=True)
def check_csrf_middleware(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """Stands in for Django's security.W003, which looks for Django's class name only."""
    if CSRF_MIDDLEWARE in settings.MIDDLEWARE:
        return []
    return [
        Error(
            f"{CSRF_MIDDLEWARE} is not in MIDDLEWARE: forms have no CSRF protection.",
            id="storyshare.E001",
        )
    ]


def forget_admin_log_of_deleted_submissions() -> int:
    """Delete the admin log's entries about submissions that no longer exist; return how many.

    Django's admin keeps a log of every change made through it, never purged. Its entries for a
    submission hold only the neutral ``Submission <id>`` and the names of the fields changed,
    but they must not outlive the submission the retention periods delete.
    """
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    from stories.models import Submission

    content_type = ContentType.objects.get_for_model(Submission)
    existing = {str(pk) for pk in Submission.objects.values_list("pk", flat=True)}
    entries = LogEntry.objects.filter(content_type=content_type).exclude(object_id__in=existing)
    deleted, _ = entries.delete()
    return deleted

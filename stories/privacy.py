"""Site-wide privacy plumbing: response headers and error reports without request metadata."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
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


class NoRequestDetailsFilter(logging.Filter):
    """Keeps what readers asked for out of every log line (LOGGING's console handler).

    Django logs each 4xx/5xx response as ``"Not Found: /the/path"`` (django.request), each
    refused Host header with its value (django.security) and, in development, each request
    line (django.server). The kind of event is kept; the path, the header and the line go.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "django.request" and record.msg == "%s: %s" and record.args:
            record.args = (record.args[0], "[path not logged]")  # type: ignore[index]
        elif record.name.startswith("django.security."):
            record.msg, record.args = "Refused a request: %s.", (record.name.split(".")[-1],)
            # The exception's own text repeats the header: no traceback for a refusal.
            record.exc_info, record.exc_text = None, None
        elif record.name == "django.server":
            record.msg, record.args = "%s", ("[request line not logged]",)
        return True


class RefuseFileUploads(FileUploadHandler):
    """FILE_UPLOAD_HANDLERS: no form of storyshare takes a file, so none is ever written to disk.

    Django's own handlers spool a multipart file part over 2.5 MB to a temporary file before any
    view can refuse it; here a body larger than DATA_UPLOAD_MAX_MEMORY_SIZE is refused (400)
    before it is read, and a smaller file part is read and dropped.
    """

    def handle_raw_input(
        self, input_data: Any, META: Any, content_length: int, boundary: Any, encoding: Any = None
    ) -> None:
        if content_length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            raise RequestDataTooBig("The request body is larger than any storyshare form.")

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        raise SkipFile("storyshare takes no files.")

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        return None

    def file_complete(self, file_size: int) -> None:
        return None

"""/data/: the open data page, the stories as JSON and CSV, and the insights tables as CSV."""

from __future__ import annotations

import datetime

from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from stories import open_data
from stories.insights import cached_insights
from stories.page_cache import request_version, version_day
from stories.taxonomy import Outcome, Role, Theme

FORMATS = {
    "json": ("application/json", open_data.stories_json),
    "csv": ("text/csv; charset=utf-8; header=present", open_data.stories_csv),
}


@require_safe
def data_page(request: HttpRequest) -> HttpResponse:
    context = {
        "schema": open_data.SCHEMA,
        "schema_version": open_data.SCHEMA_VERSION,
        "licence": open_data.LICENCE,
        "licence_url": open_data.LICENCE_URL,
        "total": cached_insights().total,
        "tables": list(open_data.INSIGHTS_TABLES),
        "taxonomy": [
            ("theme", Theme.choices),
            ("outcome", Outcome.choices),
            ("role", Role.choices),
        ],
    }
    return render(request, "stories/data.html", context)


@require_safe
def stories_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """Every published story, streamed; a re-download that would be the same answers 304.

    The ETag is the public version (it changes with every story published, changed or removed)
    plus the counts that change without it (the "me too" counts): one aggregate query.
    """
    if fmt not in FORMATS:
        raise Http404("The stories come as stories.json or stories.csv.")
    content_type, write = FORMATS[fmt]
    version = request_version(request)
    count, me_too = open_data.export_validators()
    etag = f'"{version}.{count}.{me_too}"'
    headers = _data_headers(etag, version, f"storyshare-stories.{fmt}")
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        for name, value in headers.items():
            not_modified[name] = value
        return not_modified
    response = StreamingHttpResponse(write(open_data.story_rows()), content_type=content_type)
    for name, value in headers.items():
        response[name] = value
    return response


@require_safe
def insights_export(request: HttpRequest, table: str) -> HttpResponse:
    """One insights table as CSV (cached like a page, which also answers conditional GETs)."""
    if table not in open_data.INSIGHTS_TABLES:
        raise Http404("No such table.")
    body = open_data.insights_csv(cached_insights(), table)
    response = HttpResponse(body, content_type="text/csv; charset=utf-8; header=present")
    response["Content-Disposition"] = f'attachment; filename="storyshare-insights-{table}.csv"'
    response["Link"] = f'<{open_data.LICENCE_URL}>; rel="license"'
    return response


def _data_headers(etag: str, version: str, filename: str) -> dict[str, str]:
    headers = {
        "ETag": etag,
        "Content-Disposition": f'attachment; filename="{filename}"',
        "Link": f'<{open_data.LICENCE_URL}>; rel="license"',
        # Always ask again: with the ETag a copy still current costs a 304.
        "Cache-Control": "no-cache",
    }
    day = version_day(version)
    if day is not None:
        # The day of the last change, never its time (publishing may be a submitter's act).
        # Only the ETag validates: a Last-Modified of midnight cannot tell two changes in a day.
        midnight = datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)
        headers["Last-Modified"] = http_date(midnight.timestamp())
    return headers

"""/healthz: a liveness check for load balancers, and the benchmark's ceiling.

It touches neither the database nor the cache, so it measures what Django itself costs per
request through the whole middleware stack: the fastest any page of the site can be.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")

"""The web's conventions: sitemap.xml, robots.txt, and canonical links.

Every absolute address comes from ``STORYSHARE_SITE_URL``, never from a request's Host header:
these pages are cached, and the first reader of a cached page must not choose its links.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from stories.models import Story

# The feed's parameters that pick a distinct page; search words (q) are left out, since the
# search pages are not meant for search engines (robots.txt).
CANONICAL_PARAMETERS = ("theme", "outcome", "role", "before", "after")


class SiteSitemap(Sitemap):
    """A sitemap whose addresses start with STORYSHARE_SITE_URL."""

    def get_domain(self, site: object = None) -> str:
        return urlsplit(settings.STORYSHARE_SITE_URL).netloc

    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(settings.STORYSHARE_SITE_URL).scheme


class PageSitemap(SiteSitemap):
    changefreq = "daily"

    def items(self) -> list[str]:
        names = ("feed", "most_shared", "insights", "data", "about", "privacy", "share")
        return [f"stories:{name}" for name in names]

    def location(self, item: str) -> str:
        return reverse(item)


class StorySitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self) -> object:
        return Story.objects.published().newest_first().only("slug", "published_month")

    def lastmod(self, story: Story) -> object:
        return story.published_month  # only the month is public


SITEMAPS = {"pages": PageSitemap, "stories": StorySitemap}


@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """/sitemap.xml: the sections (stories split in pages of 50,000), at the site's address."""
    items = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        location = settings.STORYSHARE_SITE_URL + reverse("sitemap", args=[section])
        for page in range(1, sitemap.paginator.num_pages + 1):
            url = location if page == 1 else f"{location}?p={page}"
            items.append(sitemap_views.SitemapIndexItem(url, None))
    response = TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )
    return response.render()


@require_safe
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    response = sitemap_views.sitemap(request, SITEMAPS, section=section)
    return response.render()


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /status/",
        "Disallow: /stories/*/me-too/",
        "Disallow: /?q=",
        f"Sitemap: {settings.STORYSHARE_SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def canonical_context(request: HttpRequest) -> dict[str, str]:
    """Context processor: the page's canonical address, for <link rel=canonical> and og:url."""
    query = [(name, request.GET[name]) for name in CANONICAL_PARAMETERS if request.GET.get(name)]
    suffix = f"?{urlencode(query)}" if query else ""
    return {
        "site_url": settings.STORYSHARE_SITE_URL,
        "canonical_url": f"{settings.STORYSHARE_SITE_URL}{request.path}{suffix}",
    }

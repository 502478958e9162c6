"""Top-level URLs: the public side, and the moderation queue in the admin."""

from django.contrib import admin
from django.urls import include, path

from stories import web
from stories.health import healthz
from stories.page_cache import cache_public_page as cached

admin.site.site_header = "storyshare moderation"
admin.site.site_title = "storyshare moderation"
admin.site.index_title = "Moderation queue"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", cached(web.robots_txt), name="robots_txt"),
    path("sitemap.xml", cached(web.sitemap_index), name="sitemap_index"),
    path("sitemap-<slug:section>.xml", cached(web.sitemap_section), name="sitemap"),
    path("", include("stories.urls")),
]

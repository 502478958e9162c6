"""Top-level URLs: the public side, and the moderation queue in the admin."""

from django.contrib import admin
from django.urls import include, path

from stories.health import healthz

admin.site.site_header = "storyshare moderation"
admin.site.site_title = "storyshare moderation"
admin.site.index_title = "Moderation queue"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("", include("stories.urls")),
]

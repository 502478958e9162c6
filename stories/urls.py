from django.urls import path

from stories import data_views, feeds, submission_views, views
from stories.page_cache import cache_public_page as cached

# Pages without a form that posts are cached whole for readers (stories/page_cache.py).
app_name = "stories"

urlpatterns = [
    path("", cached(views.feed), name="feed"),
    path("stories/<slug:slug>/", cached(views.story_detail), name="detail"),
    path("stories/<slug:slug>/me-too/", views.resonate, name="resonate"),
    path("most-shared/", cached(views.most_shared), name="most_shared"),
    path("feed/", cached(feeds.LatestStoriesFeed()), name="atom"),
    path("feed/<slug:theme>/", cached(feeds.ThemeStoriesFeed()), name="theme_atom"),
    path("insights/", cached(views.insights), name="insights"),
    path("about/", cached(views.about), name="about"),
    path("share/", submission_views.share, name="share"),
    path("status/", submission_views.status, name="status"),
    path("privacy/", cached(views.privacy), name="privacy"),
    path("data/", cached(data_views.data_page), name="data"),
    path("data/stories.<str:fmt>", data_views.stories_export, name="data_stories"),
    path(
        "data/insights-<slug:table>.csv", cached(data_views.insights_export), name="data_insights"
    ),
]

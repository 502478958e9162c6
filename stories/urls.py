from django.urls import path

from stories import views

app_name = "stories"

urlpatterns = [
    path("", views.feed, name="feed"),
    path("stories/<slug:slug>/", views.story_detail, name="detail"),
    path("share/", views.share, name="share"),
    path("share/thanks/", views.share_thanks, name="share_thanks"),
]

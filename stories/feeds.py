"""Atom feeds of published stories: all of them at /feed/, one theme at /feed/<theme>/."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from stories.models import Story
from stories.sanitize import render_paragraphs
from stories.taxonomy import Theme

FEED_LENGTH = 30


def absolute(path: str) -> str:
    """``path`` on the configured site (STORYSHARE_SITE_URL), never on the request's Host: a
    cached feed would otherwise carry the links of whoever asked for it first."""
    return settings.STORYSHARE_SITE_URL + path


def _month_start(story: Story) -> datetime.datetime:
    # Only the month is public: every story is dated to the first of its month, at midnight UTC.
    month = story.published_month
    return datetime.datetime(month.year, month.month, 1, tzinfo=datetime.UTC)


class LatestStoriesFeed(Feed):
    feed_type = Atom1Feed
    title = "storyshare: ethics dilemmas in data work"
    subtitle = "Anonymous, moderated stories from data practitioners."
    author_name = "storyshare"

    def link(self) -> str:
        return absolute(reverse("stories:feed"))

    def feed_url(self, obj: Theme | None = None) -> str:
        if obj is None:
            return absolute(reverse("stories:atom"))
        return absolute(reverse("stories:theme_atom", kwargs={"theme": obj.value}))

    def items(self) -> list[Story]:
        return list(Story.objects.published().newest_first().defer("search_vector")[:FEED_LENGTH])

    def item_title(self, item: Story) -> str:
        return item.title

    def item_description(self, item: Story) -> SafeString:
        """The whole story, as HTML from the sanitiser, each section under its label."""
        parts = [
            f"<p><strong>{escape(label)}</strong></p>{render_paragraphs(text)}"
            for label, text in item.sections()
        ]
        return mark_safe("".join(parts))  # noqa: S308 - escaped labels and sanitiser output

    def item_link(self, item: Story) -> str:
        return absolute(item.get_absolute_url())

    def item_pubdate(self, item: Story) -> datetime.datetime:
        return _month_start(item)

    def item_updateddate(self, item: Story) -> datetime.datetime:
        return _month_start(item)

    def item_categories(self, item: Story) -> list[str]:
        return [item.get_theme_display(), item.get_outcome_display()]


class ThemeStoriesFeed(LatestStoriesFeed):
    def get_object(self, request: HttpRequest, theme: str) -> Theme:  # type: ignore[override]
        if theme not in Theme.values:
            raise Http404("No such theme.")
        return Theme(theme)

    def title(self, obj: Theme) -> str:  # type: ignore[override]
        return f"storyshare: {obj.label}"

    def link(self, obj: Theme) -> str:  # type: ignore[override]
        return absolute(reverse("stories:feed") + f"?theme={obj.value}")

    def items(self, obj: Theme) -> list[Story]:  # type: ignore[override]
        stories = Story.objects.published().filtered(theme=obj.value).newest_first()
        return list(stories.defer("search_vector")[:FEED_LENGTH])

"""Public reading pages: the feed and search, a story, resonance, insights, about, privacy."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from stories import insights as insights_data
from stories import ratelimit, search
from stories.browse import FeedFilterForm, keyset_page, query_string
from stories.models import CARD_FIELDS, Story
from stories.taxonomy import Theme

RELATED_COUNT = 3
MOST_SHARED_COUNT = 30
NEWEST_WHEN_NONE_SHARED = 5
# A reader counts once per story per hour; a client at most this many stories an hour.
RESONANCE_LIMIT_PER_HOUR = 60


@require_GET
def feed(request: HttpRequest) -> HttpResponse:
    form = FeedFilterForm(request.GET)
    filters = form.filters()
    stories = Story.objects.published().filtered(
        theme=filters["theme"], outcome=filters["outcome"], role=filters["role"]
    )
    size = settings.STORYSHARE_PAGE_SIZE
    context = {"form": form, "filters": filters, "is_filtered": any(filters.values())}
    if filters["q"]:
        results = search.search_stories(
            stories, filters["q"], page=request.GET.get("page"), per_page=size
        )
        context.update(results=results, stories=results.stories)
        context["previous_url"] = query_string(filters, page=results.number - 1)
        context["next_url"] = query_string(filters, page=results.number + 1)
    else:
        page = keyset_page(
            stories.only(*CARD_FIELDS),
            before=request.GET.get("before"),
            after=request.GET.get("after"),
            size=size,
        )
        context.update(page=page, stories=page.stories)
        if context["is_filtered"]:
            context["filtered_total"] = stories.count()
        context["newest_url"] = query_string(filters)
        context["previous_url"] = query_string(filters, after=page.newer)
        context["next_url"] = query_string(filters, before=page.older)
    if filters["theme"]:
        context["theme_label"] = Theme(filters["theme"]).label
    return render(request, "stories/feed.html", context)


@require_GET
def story_detail(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story.objects.published().defer("search_vector"), slug=slug)
    related = Story.objects.published().related_to(story).only(*CARD_FIELDS)[:RELATED_COUNT]
    context = {
        "story": story,
        "related": related,
        "resonated": request.GET.get("resonated") == "1",
    }
    return render(request, "stories/story_detail.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def resonate(request: HttpRequest, slug: str) -> HttpResponse:
    """ "This happened to me too": a confirmation form (the only page here that sets the CSRF
    cookie), and the count. Nothing about the reader is kept: repeated clicks are only
    recognised for an hour, through the keyed, rotating hash of stories/ratelimit.py."""
    story = get_object_or_404(Story.objects.published().only("slug", "title"), slug=slug)
    if request.method == "GET":
        return render(request, "stories/resonate.html", {"story": story})
    first_time = ratelimit.hit(f"resonate:{story.slug}", request, limit=1, window_seconds=3600)
    if first_time and ratelimit.hit("resonate", request, limit=RESONANCE_LIMIT_PER_HOUR):
        story.record_resonance()
    return redirect(f"{story.get_absolute_url()}?resonated=1#resonance")


@require_GET
def most_shared(request: HttpRequest) -> HttpResponse:
    stories = list(Story.objects.published().most_shared().only(*CARD_FIELDS)[:MOST_SHARED_COUNT])
    # Before any reader has said "me too", the newest stories stand in, so the page still
    # leads somewhere.
    newest = [] if stories else list(Story.objects.published().newest_first()
                                     .only(*CARD_FIELDS)[:NEWEST_WHEN_NONE_SHARED])  # fmt: skip
    return render(request, "stories/most_shared.html", {"stories": stories, "newest": newest})


@require_GET
def insights(request: HttpRequest) -> HttpResponse:
    return render(request, "stories/insights.html", {"insights": insights_data.cached_insights()})


@require_GET
def about(request: HttpRequest) -> HttpResponse:
    return render(request, "stories/about.html")


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    retention = {
        "reply_days": settings.STORYSHARE_SUBMITTER_REPLY_DAYS,
        "decided_days": settings.STORYSHARE_DECIDED_RETENTION_DAYS,
        "pending_days": settings.STORYSHARE_PENDING_RETENTION_DAYS,
    }
    return render(request, "stories/privacy.html", retention)

"""Public pages: the feed, a story, and the submission form."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from stories.actions import submit_story
from stories.forms import SubmissionForm
from stories.models import Story

FEED_FIELDS = ("slug", "title", "theme", "outcome", "role", "published_month", "what_happened")


@require_GET
def feed(request: HttpRequest) -> HttpResponse:
    stories = Story.objects.published().newest_first().only(*FEED_FIELDS)
    page = Paginator(stories, settings.STORYSHARE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "stories/feed.html", {"page": page})


@require_GET
def story_detail(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story.objects.published(), slug=slug)
    return render(request, "stories/story_detail.html", {"story": story})


@require_http_methods(["GET", "POST"])
def share(request: HttpRequest) -> HttpResponse:
    form = SubmissionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        submit_story(cleaned_data=form.cleaned_data)
        return redirect("stories:share_thanks")
    status = 400 if request.method == "POST" else 200
    return render(request, "stories/share.html", {"form": form}, status=status)


@require_GET
def share_thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "stories/share_thanks.html")

"""Reading the feed: the filter form and keyset pages.

Everything a reader chooses lives in the URL (``?q=…&theme=…&outcome=…&role=…``), so a result can
be shared. The feed is paged by a cursor, not an offset: ``?before=2025-03.k3mz9q2xw8ab`` asks
for the stories after that (month, slug) in feed order, which an index finds directly, so the
5,000th page costs what the first does.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.db.models import QuerySet

from stories.models import Story
from stories.taxonomy import Outcome, Role, Theme

_CURSOR = re.compile(r"^(\d{4})-(\d{2})\.([a-z0-9]{1,40})$")


class FeedFilterForm(forms.Form):
    q = forms.CharField(label="Search stories", required=False, strip=True)
    theme = forms.ChoiceField(
        label="Theme", required=False, choices=[("", "Any theme"), *Theme.choices]
    )
    outcome = forms.ChoiceField(
        label="What they did", required=False, choices=[("", "Any outcome"), *Outcome.choices]
    )
    role = forms.ChoiceField(
        label="Role", required=False, choices=[("", "Any role"), *Role.choices]
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs.update({"type": "search", "maxlength": "200"})

    def filters(self) -> dict[str, str]:
        """The valid choices, as a dict; anything invalid is ignored rather than refused."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: (cleaned.get(name) or "")[:200] for name in ("q", "theme", "outcome", "role")}


def query_string(filters: dict[str, str], **extra: str | int | None) -> str:
    """``?…`` for these filters plus ``extra``, leaving out empty values."""
    params = {k: v for k, v in {**filters, **extra}.items() if v not in ("", None)}
    return "?" + urlencode(params) if params else "?"


def format_cursor(story: Story) -> str:
    return f"{story.published_month:%Y-%m}.{story.slug}"


def parse_cursor(raw: str | None) -> tuple[datetime.date, str] | None:
    """(month, slug) from a cursor, or None when it is missing or malformed."""
    match = _CURSOR.match((raw or "")[:60])
    if not match:
        return None
    year, month, slug = match.groups()
    try:
        return datetime.date(int(year), int(month), 1), slug
    except ValueError:
        return None


@dataclass
class FeedPage:
    stories: list[Story] = field(default_factory=list)
    older: str | None = None  # cursor for the next, older page
    newer: str | None = None  # cursor for the previous, newer page
    is_first: bool = True


def keyset_page(
    stories: QuerySet[Story], *, before: str | None, after: str | None, size: int
) -> FeedPage:
    """One page of ``stories`` in feed order, after ``before`` or before ``after``."""
    newer_cursor, older_cursor = parse_cursor(after), parse_cursor(before)
    if newer_cursor:
        rows = list(stories.newer_than(*newer_cursor)[: size + 1])
        if len(rows) > size:
            page = FeedPage(stories=rows[:size][::-1], is_first=False)
            page.newer = format_cursor(page.stories[0])
            page.older = format_cursor(page.stories[-1])
            return page
        older_cursor = None  # reached the newest stories: show the first page
    ordered = stories.newest_first()
    if older_cursor:
        ordered = ordered.older_than(*older_cursor)
    rows = list(ordered[: size + 1])
    page = FeedPage(stories=rows[:size], is_first=older_cursor is None)
    if len(rows) > size:
        page.older = format_cursor(page.stories[-1])
    if older_cursor and page.stories:
        first = page.stories[0]
        if stories.newer_than(first.published_month, first.slug).exists():
            page.newer = format_cursor(first)
    return page

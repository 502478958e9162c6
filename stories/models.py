"""Submissions (pending intake, raw text) and stories (published, approved text only)."""

from __future__ import annotations

import datetime
import secrets
from typing import TYPE_CHECKING

from django.db import models
from django.utils import timezone

from stories.taxonomy import Outcome, Role, Theme

if TYPE_CHECKING:
    from collections.abc import Iterator

TITLE_MAX_LENGTH = 120
SECTION_MAX_LENGTH = 10_000
STORY_MAX_LENGTH = 20_000
SLUG_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
SLUG_LENGTH = 12

# The guided prompts, in the order a story is told. Field names are shared by Submission
# (raw and publishable versions) and Story.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("what_happened", "What happened", "Describe the situation and what you were asked to do."),
    ("what_you_did", "What you did", "How did you respond: adapt, push back, escalate, leave?"),
    ("what_happened_next", "What happened next", "What followed, for you and for the work?"),
    ("looking_back", "Looking back", "What do you think about it now? What would you tell others?"),
)
SECTION_FIELDS: tuple[str, ...] = tuple(name for name, _, _ in SECTIONS)
REQUIRED_SECTIONS = frozenset({"what_happened", "what_you_did"})


def generate_slug() -> str:
    """Return a random public identifier: it reveals neither order nor count of stories."""
    return "".join(secrets.choice(SLUG_ALPHABET) for _ in range(SLUG_LENGTH))


def first_of_month(day: datetime.date) -> datetime.date:
    """Published stories carry only their month: keep the month, drop the day."""
    return day.replace(day=1)


def today() -> datetime.date:
    return timezone.localdate()


class SubmissionQuerySet(models.QuerySet["Submission"]):
    def pending(self) -> SubmissionQuerySet:
        return self.filter(status=Submission.Status.PENDING)


class Submission(models.Model):
    """What a submitter sent, pending a decision. The raw text lives only here."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    # Only the day: a time of day could be matched against someone's working hours or logs.
    submitted_on = models.DateField(default=today, db_index=True)
    decided_on = models.DateField(null=True, blank=True)

    theme = models.CharField(max_length=40, choices=Theme.choices)
    outcome = models.CharField(max_length=40, choices=Outcome.choices)
    role = models.CharField(max_length=40, choices=Role.choices, blank=True)

    # The raw story as sent. Cleared when a decision is taken.
    title = models.CharField(max_length=TITLE_MAX_LENGTH, blank=True)
    what_happened = models.TextField(blank=True)
    what_you_did = models.TextField(blank=True)
    what_happened_next = models.TextField(blank=True)
    looking_back = models.TextField(blank=True)

    # The version proposed for publication, edited by the moderator.
    public_title = models.CharField("publishable title", max_length=TITLE_MAX_LENGTH, blank=True)
    public_what_happened = models.TextField("what happened (publishable)", blank=True)
    public_what_you_did = models.TextField("what you did (publishable)", blank=True)
    public_what_happened_next = models.TextField("what happened next (publishable)", blank=True)
    public_looking_back = models.TextField("looking back (publishable)", blank=True)

    story = models.OneToOneField(
        "stories.Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["submitted_on", "id"]
        permissions = [("moderate_submission", "Can approve or reject submissions")]

    def __str__(self) -> str:
        label = self.public_title or self.title or "(text removed)"
        return f"{label} ({self.get_status_display()}, {self.submitted_on:%d %b %Y})"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    def raw_sections(self) -> Iterator[tuple[str, str]]:
        """Yield (label, raw text) for each prompt that was answered."""
        for name, label, _ in SECTIONS:
            text = getattr(self, name)
            if text:
                yield label, text

    def publishable_fields(self) -> dict[str, str]:
        """The moderator's version, keyed by Story field name."""
        fields = {"title": self.public_title}
        fields.update({name: getattr(self, f"public_{name}") for name in SECTION_FIELDS})
        return fields

    def fill_publishable(self, proposed: dict[str, str]) -> None:
        """Pre-fill the publishable version (keys: title and section names)."""
        self.public_title = proposed["title"]
        for name in SECTION_FIELDS:
            setattr(self, f"public_{name}", proposed[name])

    def erase_text(self) -> None:
        """Delete the raw text and the unpublished draft: nothing of it is kept after a decision."""
        self.title = ""
        for name in SECTION_FIELDS:
            setattr(self, name, "")
            setattr(self, f"public_{name}", "")
        self.public_title = ""


class StoryQuerySet(models.QuerySet["Story"]):
    def published(self) -> StoryQuerySet:
        return self.filter(status=Story.Status.PUBLISHED)

    def newest_first(self) -> StoryQuerySet:
        return self.order_by("-published_month", "-id")


class Story(models.Model):
    """What is published: only redacted, approved text."""

    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        REMOVED = "removed", "Removed"

    slug = models.CharField(max_length=SLUG_LENGTH, unique=True, default=generate_slug)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PUBLISHED)
    # The first day of the month of publication: the day itself is never shown nor kept.
    published_month = models.DateField()

    theme = models.CharField(max_length=40, choices=Theme.choices)
    outcome = models.CharField(max_length=40, choices=Outcome.choices)
    role = models.CharField(max_length=40, choices=Role.choices, blank=True)

    title = models.CharField(max_length=TITLE_MAX_LENGTH)
    what_happened = models.TextField()
    what_you_did = models.TextField()
    what_happened_next = models.TextField(blank=True)
    looking_back = models.TextField(blank=True)

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "stories"
        ordering = ["-published_month", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_month", "-id"], name="story_feed_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("stories:detail", kwargs={"slug": self.slug})

    def sections(self) -> Iterator[tuple[str, str]]:
        """Yield (label, text) for each answered prompt, in telling order."""
        for name, label, _ in SECTIONS:
            text = getattr(self, name)
            if text:
                yield label, text

    def excerpt(self, length: int = 240) -> str:
        """The first words of the story, cut at a word boundary."""
        text = " ".join(self.what_happened.split())
        if len(text) <= length:
            return text
        return text[:length].rsplit(" ", 1)[0] + "…"

"""Submissions (pending intake, raw text) and stories (published, approved text only)."""

from __future__ import annotations

import datetime
import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone

from stories.encryption import EncryptedTextField
from stories.taxonomy import Outcome, Role, Theme
from stories.wording import Piece, compare_texts

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
# Labels for each part of a story, title included, as moderators and submitters see them.
PART_LABELS: dict[str, str] = {"title": "Title", **{name: label for name, label, _ in SECTIONS}}
# What a moderator edits on a pending submission: the publishable version, its metadata and
# a message to the submitter (stories.lifecycle.save_draft and propose_submission).
PUBLISHABLE_FIELDS: tuple[str, ...] = (
    "public_title", *(f"public_{name}" for name in SECTION_FIELDS),
)  # fmt: skip
DRAFT_FIELDS: tuple[str, ...] = (
    "theme", "outcome", "role", *PUBLISHABLE_FIELDS, "moderator_message",
)  # fmt: skip
# What may change on a published story (stories.lifecycle.edit_story).
STORY_EDITABLE_FIELDS: tuple[str, ...] = (
    "status", "theme", "outcome", "role", "title", *SECTION_FIELDS,
)  # fmt: skip
# The feed's order: the slug is random, so ties within a month reveal nothing.
FEED_ORDER: tuple[str, ...] = ("-published_month", "slug")
# What a story's card in a list shows (templates/stories/includes/story_card.html).
CARD_FIELDS: tuple[str, ...] = (
    "slug", "title", "theme", "outcome", "role", "published_month", "what_happened",
    "resonance_count",
)  # fmt: skip


def answered_sections(obj: object, *, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(label, text) for each prompt ``obj`` holds text for, reading ``prefix + field name``."""
    for name, label, _ in SECTIONS:
        text = getattr(obj, prefix + name)
        if text:
            yield label, text


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

    def decided_before(self, day: datetime.date) -> SubmissionQuerySet:
        """Decided (published, rejected or withdrawn) on or before ``day``."""
        return self.filter(status__in=Submission.DECIDED, decided_on__lte=day)

    def find_by_receipt(self, receipt: str) -> Submission | None:
        """The submission this receipt belongs to, or None; the same work either way."""
        from stories import receipts

        candidate = None
        if receipts.looks_like_a_receipt(receipt):
            candidate = self.filter(receipt_lookup__in=receipts.lookup_keys(receipt)).first()
        stored = candidate.receipt_hash if candidate else receipts.DUMMY_HASH
        # Always run the slow check, so a miss takes as long as a hit.
        matches = receipts.verify_receipt(stored, receipt)
        return candidate if candidate and matches else None

    def next_waiting(
        self, after: Submission, *, skip: models.QuerySet | list[int] = ()
    ) -> Submission | None:
        """The next submission waiting for a moderator and not in ``skip`` (those another
        moderator holds), in queue order after ``after``, else the first from the top."""
        waiting = self.pending().exclude(pk=after.pk).exclude(pk__in=skip)
        waiting = waiting.order_by("submitted_on", "id")
        later = models.Q(submitted_on__gt=after.submitted_on) | models.Q(
            submitted_on=after.submitted_on, pk__gt=after.pk
        )
        return waiting.filter(later).first() or waiting.first()

    def inactive_since(self, day: datetime.date) -> SubmissionQuerySet:
        """Undecided, with no activity from moderator or submitter since ``day``."""
        return self.exclude(status__in=Submission.DECIDED).filter(last_activity_on__lte=day)


class Submission(models.Model):
    """What a submitter sent, pending a decision. The raw text lives only here, encrypted."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for a moderator"
        PROPOSED = "proposed", "Waiting for the submitter's approval"
        APPROVED = "approved", "Published"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"

    DECIDED = (Status.APPROVED, Status.REJECTED, Status.WITHDRAWN)

    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    # Only days, never times: a time of day could be matched against someone's working hours.
    submitted_on = models.DateField(default=today, db_index=True)
    last_activity_on = models.DateField(default=today)
    proposed_on = models.DateField(null=True, blank=True)
    decided_on = models.DateField(null=True, blank=True)

    # The receipt itself is never stored: only an HMAC to find the row and an Argon2id hash.
    receipt_lookup = models.CharField(max_length=64, unique=True, null=True, blank=True)
    receipt_hash = models.CharField(max_length=200, blank=True)

    theme = models.CharField(max_length=40, choices=Theme.choices)
    outcome = models.CharField(max_length=40, choices=Outcome.choices)
    role = models.CharField(max_length=40, choices=Role.choices, blank=True)

    # The raw story as sent, encrypted at rest. Erased when a decision is taken.
    title = EncryptedTextField(blank=True)
    what_happened = EncryptedTextField(blank=True)
    what_you_did = EncryptedTextField(blank=True)
    what_happened_next = EncryptedTextField(blank=True)
    looking_back = EncryptedTextField(blank=True)

    # The version proposed for publication, edited by the moderator; encrypted too, since the
    # engine may have missed something.
    public_title = EncryptedTextField("publishable title", blank=True)
    public_what_happened = EncryptedTextField("what happened (publishable)", blank=True)
    public_what_you_did = EncryptedTextField("what you did (publishable)", blank=True)
    public_what_happened_next = EncryptedTextField("what happened next (publishable)", blank=True)
    public_looking_back = EncryptedTextField("looking back (publishable)", blank=True)

    moderator_message = EncryptedTextField("message to the submitter", blank=True)
    submitter_reply = EncryptedTextField("the submitter's reply", blank=True)

    story = models.OneToOneField(
        "stories.Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Moderators who approved the draft as it is now, while STORYSHARE_REVIEWS_REQUIRED asks
    # for more than one: any change to the text starts the count again (stories.lifecycle).
    reviewed_by = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")

    # Grows with every save of the moderator's draft: a save made on an older version is
    # refused, so two moderators never silently overwrite each other (optimistic locking).
    version = models.PositiveIntegerField(default=1)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["submitted_on", "id"]
        permissions = [("moderate_submission", "Can approve or reject submissions")]

    def __str__(self) -> str:
        # Neutral: the admin copies this into django_admin_log in plain text, where a title
        # (raw or unpublished) would outlive the purge of the encrypted row.
        return f"Submission {self.pk}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def is_decided(self) -> bool:
        return self.status in self.DECIDED

    def days_waiting(self) -> int | None:
        """Days since it began waiting: for a moderator since it was sent, for the submitter
        since the proposal; None once decided."""
        since = {self.Status.PENDING: self.submitted_on, self.Status.PROPOSED: self.proposed_on}
        day = since.get(self.status)
        return None if day is None else (today() - day).days

    def publish_without_reply_from(self) -> datetime.date | None:
        """The day from which a moderator may publish a proposal the submitter did not answer."""
        if self.status != self.Status.PROPOSED or self.proposed_on is None:
            return None
        return self.proposed_on + datetime.timedelta(days=settings.STORYSHARE_SUBMITTER_REPLY_DAYS)

    def may_publish_without_reply(self) -> bool:
        day = self.publish_without_reply_from()
        return day is not None and today() >= day

    def raw_fields(self) -> dict[str, str]:
        """The story as sent, keyed by part name (title and sections)."""
        return {"title": self.title, **{name: getattr(self, name) for name in SECTION_FIELDS}}

    def publishable_sections(self) -> Iterator[tuple[str, str]]:
        """Yield (label, publishable text) for each prompt with text, as a reader would see it."""
        return answered_sections(self, prefix="public_")

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

    def submitter_status_display(self) -> str:
        """The status as the submitter reads it on /status/: spoken to them, not about them."""
        if self.status == self.Status.PROPOSED:
            return "Waiting for your approval"
        return self.get_status_display()

    def changed_parts(self) -> list[tuple[str, list[Piece]]]:
        """(label, word-level changes) for each part, the sent text against the publishable one."""
        sent, publishable = self.raw_fields(), self.publishable_fields()
        return [
            (PART_LABELS[name], compare_texts(sent[name], publishable[name]))
            for name in PART_LABELS
            if sent[name] or publishable[name]
        ]

    def erase_text(self) -> None:
        """Delete the raw text, the unpublished draft and the messages: nothing is kept."""
        self.title = self.public_title = self.moderator_message = self.submitter_reply = ""
        for name in SECTION_FIELDS:
            setattr(self, name, "")
            setattr(self, f"public_{name}", "")


class StoryQuerySet(models.QuerySet["Story"]):
    def published(self) -> StoryQuerySet:
        return self.filter(status=Story.Status.PUBLISHED)

    def newest_first(self) -> StoryQuerySet:
        """Newest month first; within a month by the random slug, so that the order of the
        feed never reveals the order in which stories were sent or approved."""
        return self.order_by(*FEED_ORDER)

    def filtered(self, *, theme: str = "", outcome: str = "", role: str = "") -> StoryQuerySet:
        """Only stories matching every non-empty filter."""
        wanted = {"theme": theme, "outcome": outcome, "role": role}
        return self.filter(**{name: value for name, value in wanted.items() if value})

    def older_than(self, month: datetime.date, slug: str) -> StoryQuerySet:
        """The stories after (month, slug) in feed order: a keyset page, as cheap deep as early."""
        # The redundant bound lets the index seek straight to the month instead of scanning.
        return self.filter(published_month__lte=month).filter(
            models.Q(published_month__lt=month) | models.Q(published_month=month, slug__gt=slug)
        )

    def newer_than(self, month: datetime.date, slug: str) -> StoryQuerySet:
        """The stories before (month, slug) in feed order, in reverse feed order."""
        return (
            self.filter(published_month__gte=month)
            .filter(
                models.Q(published_month__gt=month) | models.Q(published_month=month, slug__lt=slug)
            )
            .order_by("published_month", "-slug")
        )

    def most_shared(self) -> StoryQuerySet:
        """Stories readers said they lived too, most first (only those with at least one)."""
        return self.filter(resonance_count__gt=0).order_by("-resonance_count", *FEED_ORDER)

    def related_to(self, story: Story) -> StoryQuerySet:
        """Other stories with the same theme or the same outcome, same theme and outcome first."""
        same_both = models.Q(theme=story.theme, outcome=story.outcome)
        return (
            self.filter(models.Q(theme=story.theme) | models.Q(outcome=story.outcome))
            .exclude(pk=story.pk)
            .annotate(
                closeness=models.Case(
                    models.When(same_both, then=0),
                    models.When(theme=story.theme, then=1),
                    default=2,
                    output_field=models.IntegerField(),
                )
            )
            .order_by("closeness", *FEED_ORDER)
        )


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

    # "This happened to me too": a bare count; nothing about who said it is kept.
    resonance_count = models.PositiveIntegerField(default=0, editable=False)
    # PostgreSQL only: kept in sync by a trigger (migration 0002) and served by a GIN index.
    # SQLite leaves it empty and searches the FTS5 table story_fts instead (stories/search.py).
    search_vector = SearchVectorField(null=True, editable=False)

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "stories"
        ordering = list(FEED_ORDER)
        # One index per way the feed is read: all stories, by each filter, by resonance.
        indexes = [
            models.Index(fields=["status", "-published_month", "slug"], name="story_feed_idx"),
            models.Index(
                fields=["status", "theme", "-published_month", "slug"], name="story_theme_idx"
            ),
            models.Index(
                fields=["status", "outcome", "-published_month", "slug"], name="story_outcome_idx"
            ),
            models.Index(
                fields=["status", "role", "-published_month", "slug"], name="story_role_idx"
            ),
            models.Index(
                fields=["status", "-resonance_count", "-published_month", "slug"],
                name="story_shared_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("stories:detail", kwargs={"slug": self.slug})

    def sections(self) -> Iterator[tuple[str, str]]:
        """Yield (label, text) for each answered prompt, in telling order."""
        return answered_sections(self)

    def record_resonance(self) -> None:
        """Count one more reader for whom this happened too (atomic; nothing else is kept)."""
        Story.objects.filter(pk=self.pk).update(resonance_count=models.F("resonance_count") + 1)
        self.refresh_from_db(fields=["resonance_count"])

    def reading_minutes(self) -> int:
        """Minutes to read the story at a calm 200 words a minute, at least one."""
        words = sum(len(text.split()) for _, text in self.sections()) + len(self.title.split())
        return max(1, round(words / 200))

    def excerpt(self, length: int = 240) -> str:
        """The first words of the story, cut at a word boundary."""
        text = " ".join(self.what_happened.split())
        if len(text) <= length:
            return text
        return text[:length].rsplit(" ", 1)[0] + "…"


class ModerationDecision(models.Model):
    """The record of one change in a submission's or a story's life: what, by whom, which day.

    Written only by the transitions in ``stories.lifecycle``, so it lives beside them. The table
    keeps the name it was created with in the ``moderation`` app (no data moved).
    """

    class Action(models.TextChoices):
        PROPOSED = "proposed", "Sent to the submitter for approval"
        REVIEWED = "reviewed", "Approved, waiting for another moderator's approval"
        APPROVED = "approved", "Published"
        REJECTED = "rejected", "Rejected"
        CHANGES_REQUESTED = "changes_requested", "Submitter asked for changes"
        WITHDRAWN = "withdrawn", "Withdrawn by the submitter"
        EDITED = "edited", "Published story edited"
        REMOVED = "removed", "Story removed from the site"
        RESTORED = "restored", "Story put back on the site"
        DELETED = "deleted", "Story deleted"

    # SET_NULL: the record of the decision outlives the submission it was about.
    submission = models.ForeignKey(
        Submission, null=True, blank=True, on_delete=models.SET_NULL, related_name="decisions"
    )
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    reason = models.TextField(blank=True)
    # Empty when the submitter took the decision (approved the proposal, asked for changes,
    # withdrew): they have no account, and nothing about them is recorded.
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="moderation_decisions",
    )
    # Set when the moderator confirmed sending text in which the engine still found details.
    confirmed_findings = models.PositiveIntegerField(default=0)
    # Their kinds, with how many of each ({"PERSON": 2, "EMAIL": 1}), never their text: this
    # record outlives the submission, whose text is erased at the decision and whose row is
    # purged days later, and a flagged detail's text is exactly what could identify someone.
    confirmed_kinds = models.JSONField(default=dict, blank=True)
    # The day only, never a time, for every decision: a submitter's approval or withdrawal at
    # 23:40 could be matched against someone's evenings (/privacy/ promises days only).
    decided_on = models.DateField(default=today)

    class Meta:
        db_table = "moderation_moderationdecision"
        ordering = ["-decided_on", "-id"]

    def __str__(self) -> str:
        who = self.moderator or "the submitter"
        return f"{self.get_action_display()} by {who} on {self.decided_on:%d %b %Y}"

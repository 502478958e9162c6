"""The record of every moderation decision: what was decided, by whom and when."""

from django.conf import settings
from django.db import models


class ModerationDecision(models.Model):
    class Action(models.TextChoices):
        PROPOSED = "proposed", "Sent to the submitter for approval"
        APPROVED = "approved", "Published"
        REJECTED = "rejected", "Rejected"
        CHANGES_REQUESTED = "changes_requested", "Submitter asked for changes"
        WITHDRAWN = "withdrawn", "Withdrawn by the submitter"

    # SET_NULL: the record of the decision outlives the submission it was about.
    submission = models.ForeignKey(
        "stories.Submission",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    story = models.ForeignKey(
        "stories.Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
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
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_at", "-id"]

    def __str__(self) -> str:
        who = self.moderator or "the submitter"
        return f"{self.get_action_display()} by {who} on {self.decided_at:%d %b %Y}"


class AuditEvent(models.Model):
    """One moderator's access to sensitive material, e.g. opening a submission's raw text."""

    class Action(models.TextChoices):
        VIEWED_SUBMISSION = "viewed_submission", "Viewed a submission"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="audit_events"
    )
    action = models.CharField(max_length=40, choices=Action.choices)
    # A plain number, not a foreign key: the record must outlive the purge of the submission.
    submission_id = models.PositiveBigIntegerField(null=True, blank=True)
    occurred_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["submission_id"])]

    def __str__(self) -> str:
        return f"{self.user} {self.get_action_display().lower()} {self.submission_id}"

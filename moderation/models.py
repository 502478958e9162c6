"""The record of every moderation decision: what was decided, by whom and when."""

from django.conf import settings
from django.db import models


class ModerationDecision(models.Model):
    class Action(models.TextChoices):
        APPROVED = "approved", "Approved and published"
        REJECTED = "rejected", "Rejected"

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
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="moderation_decisions"
    )
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.moderator} on {self.decided_at:%d %b %Y}"

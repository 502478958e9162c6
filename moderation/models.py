"""The audit trail of moderators' reads. (Decisions live with the submission's life, in
``stories.models.ModerationDecision``: the transitions that write them are in ``stories``.)"""

from django.conf import settings
from django.db import models


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


class Claim(models.Model):
    """A moderator working on a waiting submission, since when (moderation/claims.py).

    Apart from ``Submission``, which keeps days only: this is a moderator's time, never a
    submitter's. It goes with the submission when the retention purge deletes it.
    """

    submission = models.OneToOneField(
        "stories.Submission", on_delete=models.CASCADE, related_name="claim"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    claimed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.user} on submission {self.submission_id}"

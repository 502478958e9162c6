"""The records in the admin, read-only: the audit trail (superusers only, never moderators) and
the decisions (moderators may read them)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from moderation.models import AuditEvent
from stories.models import ModerationDecision


class RecordAdmin(admin.ModelAdmin):
    """An admin for records nobody may add, change or delete: they are history."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(RecordAdmin):
    list_display = ("occurred_at", "action", "user", "submission_id")
    list_filter = ("action",)
    search_fields = ("user__username",)
    readonly_fields = ("occurred_at", "action", "user", "submission_id")

    # Superuser-only whatever permissions a group holds: the people audited do not read the audit.
    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.user.is_active and request.user.is_superuser


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(RecordAdmin):
    list_display = ("decided_on", "action", "decided_by", "submission", "story")
    list_filter = ("action",)
    readonly_fields = (
        "decided_on", "action", "moderator", "submission", "story", "reason", "confirmed_findings",
    )  # fmt: skip

    @admin.display(description="by")
    def decided_by(self, obj: ModerationDecision) -> str:
        return str(obj.moderator) if obj.moderator else "the submitter"
